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
import { Loading, percent } from '../../ui/States';

const SCORECARDS = graphql(`
  query Scorecards($from: DateTime!, $to: DateTime!) {
    partnerScorecards(from: $from, to: $to) {
      partner { id name kind status }
      offersReceived offersAccepted acceptanceRate medianMinutesToAccept slaResponseCompliance slaResolutionCompliance
      jobsCompleted firstTimeFixRate qualityGateFailures priceCompliance partsPerJob meanSatisfaction score
    }
  }
`);

type Card = NonNullable<ReturnType<typeof useScorecards>['data']>['partnerScorecards'][number];
const useScorecards = (days: number) => useFigures(SCORECARDS, days, (period) => period);

const COLUMNS: { key: keyof Card; label: string; format(card: Card): string }[] = [
  { key: 'score', label: 'Score', format: (c) => c.score.toFixed(1) },
  { key: 'offersReceived', label: 'Offers', format: (c) => String(c.offersReceived) },
  { key: 'acceptanceRate', label: 'Accepted', format: (c) => percent(c.acceptanceRate) },
  {
    key: 'medianMinutesToAccept',
    label: 'Median to accept',
    format: (c) => (c.medianMinutesToAccept === null || c.medianMinutesToAccept === undefined ? '—' : `${Math.round(c.medianMinutesToAccept)} min`),
  },
  { key: 'slaResponseCompliance', label: 'Response SLA', format: (c) => percent(c.slaResponseCompliance) },
  { key: 'slaResolutionCompliance', label: 'Resolution SLA', format: (c) => percent(c.slaResolutionCompliance) },
  { key: 'jobsCompleted', label: 'Completed', format: (c) => String(c.jobsCompleted) },
  { key: 'firstTimeFixRate', label: 'First-time fix', format: (c) => percent(c.firstTimeFixRate) },
  { key: 'qualityGateFailures', label: 'Gate failures', format: (c) => String(c.qualityGateFailures) },
  {
    key: 'meanSatisfaction',
    label: 'Satisfaction',
    format: (c) => (c.meanSatisfaction === null || c.meanSatisfaction === undefined ? '—' : c.meanSatisfaction.toFixed(1)),
  },
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
  return (
    <div className="stack">
      <section aria-labelledby="cards-title">
        <div className="row spread">
          <h1 id="cards-title">Partner scorecards</h1>
          <label>
            Period
            <select value={days} onChange={(e) => setDays(Number(e.target.value))}>
              <option value={7}>Last 7 days</option>
              <option value={30}>Last 30 days</option>
              <option value={90}>Last 90 days</option>
            </select>
          </label>
        </div>
        <NewerFigures newer={newer} refresh={refresh} />
        <ErrorNote error={error} />
        {loading && !data ? (
          <Loading what="Computing scorecards" />
        ) : (
          <div className="scroll">
            <table className="table sortable">
              <thead>
                <tr>
                  <th scope="col">Partner</th>
                  {COLUMNS.map((column) => (
                    <th key={column.key} scope="col" aria-sort={sort.key === column.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                      <button
                        type="button"
                        className="link"
                        onClick={() => setSort({ key: column.key, descending: sort.key === column.key ? !sort.descending : true })}
                      >
                        {column.label}
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
                      <td key={column.key}>{column.format(card)}</td>
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
