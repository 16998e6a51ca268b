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
import { Loading, percent } from '../../ui/States';
import { humanize } from '../../ui/Badge';
import { usePageTitle } from '../../ui/usePageTitle';

const DETAIL = graphql(`
  query PartnerScorecard($partnerId: ID!, $from: DateTime!, $to: DateTime!) {
    partnerScorecard(partnerId: $partnerId, from: $from, to: $to) {
      card { partner { id name } score acceptanceRate slaResponseCompliance slaResolutionCompliance firstTimeFixRate meanSatisfaction jobsCompleted qualityGateFailures priceCompliance partsPerJob }
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
  usePageTitle(data && `Scorecard of ${data.partnerScorecard.card.partner.name}`);
  if (loading && !data) return <Loading what="Loading the scorecard" />;
  if (error || !data) return <ErrorNote error={error} />;
  const { card, weeks, jobsBehind } = data.partnerScorecard;
  const week = (from: string) => new Date(from).toLocaleDateString([], { month: 'short', day: 'numeric' });
  return (
    <div className="stack">
      <NewerFigures newer={newer} refresh={refresh} />
      <h1>
        {card.partner.name} <span className="muted">score {card.score.toFixed(1)}</span>
      </h1>
      <div className="facts-row">
        <span>Accepted {percent(card.acceptanceRate)}</span>
        <span>Response SLA {percent(card.slaResponseCompliance)}</span>
        <span>Resolution SLA {percent(card.slaResolutionCompliance)}</span>
        <span>First-time fix {percent(card.firstTimeFixRate)}</span>
        <span>Price compliance {percent(card.priceCompliance)}</span>
        <span>Satisfaction {card.meanSatisfaction?.toFixed(1) ?? '—'}</span>
      </div>
      <div className="grid-2">
        <TrendChart
          title="Score by week"
          points={weeks.map((w) => ({ label: week(w.from), value: w.jobsCompleted + (w.slaResolutionCompliance ?? 0) > 0 ? w.score : null }))}
        />
        <TrendChart
          title="Resolution SLA compliance by week"
          unit="%"
          points={weeks.map((w) => ({
            label: week(w.from),
            value: w.slaResolutionCompliance === null || w.slaResolutionCompliance === undefined ? null : w.slaResolutionCompliance * 100,
          }))}
        />
        <TrendChart
          title="Customer satisfaction by week (1–5)"
          max={5}
          points={weeks.map((w) => ({ label: week(w.from), value: w.meanSatisfaction ?? null }))}
        />
      </div>
      <section aria-labelledby="behind-title">
        <h2 id="behind-title">Jobs behind the figures</h2>
        <dl className="facts">
          {jobsBehind.map((figure) => (
            <div key={figure.figure}>
              <dt>{humanize(figure.figure)}</dt>
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
