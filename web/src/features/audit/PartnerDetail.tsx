import { Link, useParams, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { useFigures } from './use-figures';
import { NewerFigures } from '../../ui/NewerFigures';
import { TrendChart } from './TrendChart';
import { Findings } from './Findings';
import { RecordFinding } from './RecordFinding';
import { Statement } from './Statement';
import { can, useSession } from '../../session/session';
import { ErrorNote } from '../../ui/ErrorNote';
import { Loading } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';
import { isMessageId, useFormat, useT } from '../../i18n';
import { ONE_DECIMAL } from './decimals';
import { ClaimFigures } from './ClaimFigures';

const DETAIL = graphql(`
  query PartnerScorecard($partnerId: ID!, $from: DateTime!, $to: DateTime!) {
    partnerScorecard(partnerId: $partnerId, from: $from, to: $to) {
      card { partner { id name } score acceptanceRate slaResponseCompliance slaResolutionCompliance firstTimeFixRate meanSatisfaction jobsCompleted qualityGateFailures priceCompliance partsPerJob
        claimRejectionRate claimPerJob { amount currency } networkMedianClaimPerJob { amount currency } medianHoursToSubmit }
      weeks { from score slaResolutionCompliance meanSatisfaction jobsCompleted }
      jobsBehind { figure jobs { id number status } }
    }
  }
`);

/** One partner's drill-down: the trend over weeks, the jobs behind each figure, its findings and statement. */
export function PartnerDetail() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const { user } = useSession();
  const days = Number(search.get('days') ?? 90);
  const { data, loading, error, newer, refresh } = useFigures(DETAIL, Math.max(days, 28), (period) => ({ partnerId: id, ...period }));
  const t = useT();
  const f = useFormat();
  usePageTitle(data && t('audit.detail.pageTitle', { partner: data.partnerScorecard.card.partner.name }));
  if (loading && !data) return <Loading what={t('audit.detail.loading')} />;
  if (error || !data) return <ErrorNote error={error} />;
  const { card, weeks, jobsBehind } = data.partnerScorecard;
  const week = (from: string) => f.shortDate(from);
  /** A figure's name (the server's code, e.g. RESPONSE_LATE), in words even for a code the catalogue lacks. */
  const figureName = (figure: string) => {
    const name = `audit.figure.${figure}`;
    return isMessageId(name) ? t(name) : figure.charAt(0) + figure.slice(1).toLowerCase().replaceAll('_', ' ');
  };
  return (
    <div className="stack">
      <NewerFigures newer={newer} refresh={refresh} />
      <h1>
        {card.partner.name} <span className="muted">{t('audit.detail.score', { score: f.number(card.score, ONE_DECIMAL) })}</span>
      </h1>
      <div className="facts-row">
        <span>{t('audit.detail.accepted', { value: f.percent(card.acceptanceRate) })}</span>
        <span>{t('audit.detail.responseSla', { value: f.percent(card.slaResponseCompliance) })}</span>
        <span>{t('audit.detail.resolutionSla', { value: f.percent(card.slaResolutionCompliance) })}</span>
        <span>{t('audit.detail.firstTimeFix', { value: f.percent(card.firstTimeFixRate) })}</span>
        <span>{t('audit.detail.priceCompliance', { value: f.percent(card.priceCompliance) })}</span>
        <span>{t('audit.detail.satisfaction', { value: f.number(card.meanSatisfaction, ONE_DECIMAL) })}</span>
      </div>
      <ClaimFigures card={card} />
      <div className="grid-2">
        <TrendChart
          title={t('audit.detail.scoreTrend')}
          points={weeks.map((w) => ({ label: week(w.from), value: w.jobsCompleted + (w.slaResolutionCompliance ?? 0) > 0 ? w.score : null }))}
        />
        <TrendChart
          title={t('audit.detail.slaTrend')}
          unit="%"
          points={weeks.map((w) => ({
            label: week(w.from),
            value: w.slaResolutionCompliance === null || w.slaResolutionCompliance === undefined ? null : w.slaResolutionCompliance * 100,
          }))}
        />
        <TrendChart
          title={t('audit.detail.satisfactionTrend')}
          max={5}
          points={weeks.map((w) => ({ label: week(w.from), value: w.meanSatisfaction ?? null }))}
        />
      </div>
      <section aria-labelledby="behind-title">
        <h2 id="behind-title">{t('audit.detail.behind')}</h2>
        <dl className="facts">
          {jobsBehind.map((figure) => (
            <div key={figure.figure}>
              <dt>{figureName(figure.figure)}</dt>
              <dd>
                {figure.jobs.map((job) => (
                  <Link key={job.id} to={`/jobs/${job.id}`} className="chip">
                    {job.number}
                  </Link>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      {can(user, 'FINDING_RECORD') ? <RecordFinding partnerId={id} /> : null}
      <Findings partnerId={id} />
      {can(user, 'STATEMENT_READ') && <Statement partnerId={id} days={Math.max(days, 30)} />}
    </div>
  );
}
