import { Link } from 'react-router';
import { graphql } from '../../gql';
import { useFigures } from './use-figures';
import { NewerFigures } from '../../ui/NewerFigures';
import { ErrorNote } from '../../ui/ErrorNote';
import { Empty } from '../../ui/States';

const STATEMENT = graphql(`
  query Statement($partnerId: ID!, $from: DateTime!, $to: DateTime!) {
    reimbursementStatement(partnerId: $partnerId, from: $from, to: $to) {
      partsTotal laborTotal total
      claims { partsAmount laborAmount total job { id number coverage } }
    }
  }
`);

/** The reimbursement statement: warranty and contract claims of the period, priced from the list. */
export function Statement({ partnerId, days }: { partnerId: string; days: number }) {
  const { data, error, newer, refresh } = useFigures(STATEMENT, days, (period) => ({ partnerId, ...period }));
  const statement = data?.reimbursementStatement;
  return (
    <section aria-labelledby="statement-title">
      <h2 id="statement-title">Reimbursement statement, last {days} days</h2>
      <NewerFigures newer={newer} refresh={refresh} />
      <ErrorNote error={error} />
      {statement && statement.claims.length === 0 && <Empty>No warranty or contract work completed in this period.</Empty>}
      {statement && statement.claims.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th>Job</th>
              <th>Parts</th>
              <th>Labour</th>
              <th>Total</th>
            </tr>
          </thead>
          <tbody>
            {statement.claims.map((claim, i) => (
              <tr key={claim.job?.id ?? i}>
                <td>{claim.job ? <Link to={`/jobs/${claim.job.id}`}>{claim.job.number}</Link> : '—'}</td>
                <td>{claim.partsAmount.toFixed(2)}</td>
                <td>{claim.laborAmount.toFixed(2)}</td>
                <td>{claim.total.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th>Total</th>
              <th>{statement.partsTotal.toFixed(2)}</th>
              <th>{statement.laborTotal.toFixed(2)}</th>
              <th>{statement.total.toFixed(2)}</th>
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}
