import { Link } from 'react-router';
import { graphql } from '../../gql';
import { useFigures } from './use-figures';
import { NewerFigures } from '../../ui/NewerFigures';
import { ErrorNote } from '../../ui/ErrorNote';
import { Empty } from '../../ui/States';
import type { MoneyView } from '../../ui/money';
import { useFormat, useT } from '../../i18n';

const STATEMENT = graphql(`
  query Statement($partnerId: ID!, $from: DateTime!, $to: DateTime!) {
    reimbursementStatement(partnerId: $partnerId, from: $from, to: $to) {
      partsTotal { amount currency } laborTotal { amount currency } total { amount currency }
      claims { partsAmount { amount currency } laborAmount { amount currency } total { amount currency } job { id number coverage } }
    }
  }
`);

/** The statement's total in `currency` of one column (the server lists every currency of the statement in each). */
const inCurrency = (values: readonly MoneyView[], currency: string): MoneyView =>
  values.find((value) => value.currency === currency) ?? { amount: '0', currency };

/** The reimbursement statement: warranty and contract claims of the period, priced from the list; totals per currency, never converted. */
export function Statement({ partnerId, days }: { partnerId: string; days: number }) {
  const { data, error, newer, refresh } = useFigures(STATEMENT, days, (period) => ({ partnerId, ...period }));
  const statement = data?.reimbursementStatement;
  const t = useT();
  const f = useFormat();
  return (
    <section aria-labelledby="statement-title">
      <h2 id="statement-title">{t('audit.statement.title', { days })}</h2>
      <NewerFigures newer={newer} refresh={refresh} />
      <ErrorNote error={error} />
      {statement && statement.claims.length === 0 && <Empty>{t('audit.statement.empty')}</Empty>}
      {statement && statement.claims.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th>{t('audit.statement.job')}</th>
              <th>{t('audit.statement.parts')}</th>
              <th>{t('audit.statement.labour')}</th>
              <th>{t('audit.statement.total')}</th>
            </tr>
          </thead>
          <tbody>
            {statement.claims.map((claim, i) => (
              <tr key={claim.job?.id ?? i}>
                <td>{claim.job ? <Link to={`/jobs/${claim.job.id}`}>{claim.job.number}</Link> : t('audit.none')}</td>
                <td>{f.moneyList(claim.partsAmount)}</td>
                <td>{f.money(claim.laborAmount)}</td>
                <td>{f.moneyList(claim.total)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            {statement.total.map((total) => (
              <tr key={total.currency}>
                <th>{t('audit.statement.totalIn', { currency: total.currency })}</th>
                <th>{f.money(inCurrency(statement.partsTotal, total.currency))}</th>
                <th>{f.money(inCurrency(statement.laborTotal, total.currency))}</th>
                <th>{f.money(total)}</th>
              </tr>
            ))}
          </tfoot>
        </table>
      )}
    </section>
  );
}
