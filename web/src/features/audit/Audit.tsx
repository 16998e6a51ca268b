import { useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { useFigures } from './use-figures';
import { NewerFigures } from '../../ui/NewerFigures';
import { FailureAnalysis } from './FailureAnalysis';
import { Findings } from './Findings';
import { can, useSession } from '../../session/session';
import { Badge } from '../../ui/Badge';
import { ErrorNote } from '../../ui/ErrorNote';
import { Loading } from '../../ui/States';
import { useFormat, useT, type MessageId } from '../../i18n';
import { ONE_DECIMAL } from './decimals';

const SCORECARDS = graphql(`
  query Scorecards($from: DateTime!, $to: DateTime!) {
    partnerScorecards(from: $from, to: $to) {
      partner { id name kind status }
      offersReceived offersAccepted acceptanceRate medianMinutesToAccept slaResponseCompliance slaResolutionCompliance
      jobsCompleted firstTimeFixRate qualityGateFailures priceCompliance partsPerJob meanSatisfaction score claimRejectionRate
    }
  }
`);

type Card = NonNullable<ReturnType<typeof useScorecards>['data']>['partnerScorecards'][number];
const useScorecards = (days: number) => useFigures(SCORECARDS, days, (period) => period);

type Format = ReturnType<typeof useFormat>;
type Translate = ReturnType<typeof useT>;

const COLUMNS: { key: keyof Card; label: MessageId; format(card: Card, f: Format, t: Translate): string }[] = [
  { key: 'score', label: 'audit.column.score', format: (c, f) => f.number(c.score, ONE_DECIMAL) },
  { key: 'offersReceived', label: 'audit.column.offers', format: (c, f) => f.number(c.offersReceived) },
  { key: 'acceptanceRate', label: 'audit.column.accepted', format: (c, f) => f.percent(c.acceptanceRate) },
  {
    key: 'medianMinutesToAccept',
    label: 'audit.column.medianToAccept',
    format: (c, _f, t) => (c.medianMinutesToAccept == null ? t('audit.none') : t('audit.minutes', { minutes: Math.round(c.medianMinutesToAccept) })),
  },
  { key: 'slaResponseCompliance', label: 'audit.column.responseSla', format: (c, f) => f.percent(c.slaResponseCompliance) },
  { key: 'slaResolutionCompliance', label: 'audit.column.resolutionSla', format: (c, f) => f.percent(c.slaResolutionCompliance) },
  { key: 'jobsCompleted', label: 'audit.column.completed', format: (c, f) => f.number(c.jobsCompleted) },
  { key: 'firstTimeFixRate', label: 'audit.column.firstTimeFix', format: (c, f) => f.percent(c.firstTimeFixRate) },
  { key: 'qualityGateFailures', label: 'audit.column.gateFailures', format: (c, f) => f.number(c.qualityGateFailures) },
  { key: 'meanSatisfaction', label: 'audit.column.satisfaction', format: (c, f) => f.number(c.meanSatisfaction, ONE_DECIMAL) },
  { key: 'claimRejectionRate', label: 'audit.column.claimsRejected', format: (c, f) => f.percent(c.claimRejectionRate) },
];

/** Scorecards over a period as a sortable table; a partner opens its drill-down. Partners see their own row. */
export function Audit() {
  const { user } = useSession();
  const [days, setDays] = useState(30);
  const [sort, setSort] = useState<{ key: keyof Card; descending: boolean }>({ key: 'score', descending: true });
  const { data, loading, error, newer, refresh } = useScorecards(days);
  const rows = [...(data?.partnerScorecards ?? [])].sort((a, b) => {
    const av = (a[sort.key] as number | null) ?? -Infinity;
    const bv = (b[sort.key] as number | null) ?? -Infinity;
    return sort.descending ? bv - av : av - bv;
  });
  const staff = can(user, 'ANALYSIS_READ');
  const t = useT();
  const f = useFormat();
  return (
    <div className="stack">
      <section aria-labelledby="cards-title">
        <div className="row spread">
          <h1 id="cards-title">{t('audit.title')}</h1>
          <label>
            {t('audit.period')}
            <select value={days} onChange={(e) => setDays(Number(e.target.value))}>
              {[7, 30, 90].map((value) => (
                <option key={value} value={value}>
                  {t('audit.lastDays', { days: value })}
                </option>
              ))}
            </select>
          </label>
        </div>
        <NewerFigures newer={newer} refresh={refresh} />
        <ErrorNote error={error} />
        {loading && !data ? (
          <Loading what={t('audit.computing')} />
        ) : (
          <div className="scroll">
            <table className="table sortable">
              <thead>
                <tr>
                  <th scope="col">{t('audit.column.partner')}</th>
                  {COLUMNS.map((column) => (
                    <th key={column.key} scope="col" aria-sort={sort.key === column.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                      <button
                        type="button"
                        className="link"
                        onClick={() => setSort({ key: column.key, descending: sort.key === column.key ? !sort.descending : true })}
                      >
                        {t(column.label)}
                        {sort.key === column.key ? (sort.descending ? ' ▼' : ' ▲') : ''}
                      </button>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((card) => (
                  <tr key={card.partner.id}>
                    <th scope="row">
                      <Link to={`/audit/partners/${card.partner.id}?days=${days}`}>{card.partner.name}</Link> <Badge value={card.partner.status} />
                    </th>
                    {COLUMNS.map((column) => (
                      <td key={column.key}>{column.format(card, f, t)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <Findings />
      {staff && <FailureAnalysis days={days} />}
    </div>
  );
}
