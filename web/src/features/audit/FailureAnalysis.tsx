import { graphql } from '../../gql';
import { useFigures } from './use-figures';
import { NewerFigures } from '../../ui/NewerFigures';
import { ErrorNote } from '../../ui/ErrorNote';
import { Empty, percent } from '../../ui/States';

const ANALYSIS = graphql(`
  query FailureAnalysis($from: DateTime!, $to: DateTime!) {
    failureAnalysis(from: $from, to: $to) { model { id name } failureCode jobs repeatRate meanMinutesToRepair lowRatings complaints }
  }
`);

/** What fails, per model and failure code: the feedback that goes back into product quality. */
export function FailureAnalysis({ days }: { days: number }) {
  const { data, error, newer, refresh } = useFigures(ANALYSIS, days, (period) => period);
  return (
    <section aria-labelledby="failures-title">
      <h2 id="failures-title">Failure analysis</h2>
      <NewerFigures newer={newer} refresh={refresh} />
      <ErrorNote error={error} />
      {data?.failureAnalysis.length === 0 ? (
        <Empty>No repairs completed in this period.</Empty>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>Model</th>
              <th>Failure code</th>
              <th>Repairs</th>
              <th>Back within 30 days</th>
              <th>Mean time to repair</th>
              <th>Complaints</th>
            </tr>
          </thead>
          <tbody>
            {data?.failureAnalysis.map((row) => (
              <tr key={`${row.model.id}:${row.failureCode}`}>
                <td>{row.model.name}</td>
                <td>{row.failureCode ?? '—'}</td>
                <td>{row.jobs}</td>
                <td>{percent(row.repeatRate)}</td>
                <td>{row.meanMinutesToRepair === null || row.meanMinutesToRepair === undefined ? '—' : `${Math.round(row.meanMinutesToRepair)} min`}</td>
                <td className="small">{row.complaints.join(' · ') || (row.lowRatings ? `${row.lowRatings} low ratings` : '—')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
