import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ClaimRow_ClaimFragment, ClaimState } from '../../gql/graphql';
import { useFigures } from './use-figures';
import { NewerFigures } from '../../ui/NewerFigures';
import { ErrorNote } from '../../ui/ErrorNote';
import { Empty } from '../../ui/States';
import { Badge } from '../../ui/Badge';
import { ClaimTable } from '../claims/ClaimRow';
import { CLAIM_STATES } from '../claims/ClaimsList';
import { ExportLinks } from '../claims/ExportLinks';
import { CREATE_PAYMENT_BATCH } from '../claims/claims.documents';
import { can, useSession } from '../../session/session';
import { useEnumLabel, useFormat, useT } from '../../i18n';

const STATEMENT = graphql(`
  query Statement($partnerId: ID!, $from: DateTime!, $to: DateTime!) {
    reimbursementStatement(partnerId: $partnerId, from: $from, to: $to) {
      total { amount currency } approvedTotal { amount currency } paidTotal { amount currency }
      byState { state count claimed { amount currency } approved { amount currency } }
      claims { ...ClaimRow_claim }
    }
  }
`);

/**
 * The reimbursement statement: the partner's warranty and contract claims of the period grouped by
 * state, each state's count and amounts per currency (never converted), its CSV and PDF exports;
 * a manufacturer admin pays the approved claims of the period in a payment batch from here.
 */
export function Statement({ partnerId, days }: { partnerId: string; days: number }) {
  const { data, error, newer, refresh, period } = useFigures(STATEMENT, days, (p) => ({ partnerId, ...p }));
  const { user } = useSession();
  const statement = data?.reimbursementStatement;
  const t = useT();
  const f = useFormat();
  const staff = can(user, 'NETWORK_READ');
  const query = new URLSearchParams({ partnerId, from: period.from, to: period.to }).toString();
  return (
    <section aria-labelledby="statement-title" className="stack">
      <div className="row spread">
        <h2 id="statement-title">{t('audit.statement.title', { days })}</h2>
        <ExportLinks path={`/exports/statement?${query}`} name={`statement-${period.from.slice(0, 10)}-${period.to.slice(0, 10)}`} />
      </div>
      <NewerFigures newer={newer} refresh={refresh} />
      <ErrorNote error={error} />
      {statement && statement.claims.length === 0 && <Empty>{t('audit.statement.empty')}</Empty>}
      {statement && statement.claims.length > 0 && (
        <>
          <table className="table" aria-label={t('claims.statement.byState')}>
            <thead>
              <tr>
                <th>{t('claims.column.state')}</th>
                <th>{t('claims.statement.count')}</th>
                <th>{t('claims.column.claimed')}</th>
                <th>{t('claims.column.approved')}</th>
              </tr>
            </thead>
            <tbody>
              {statement.byState.map((total) => (
                <tr key={total.state}>
                  <td>
                    <Badge value={total.state} of="ClaimState" />
                  </td>
                  <td>{f.number(total.count)}</td>
                  <td>{f.moneyList(total.claimed)}</td>
                  <td>{f.moneyList(total.approved)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th>{t('claims.statement.total')}</th>
                <th>{f.number(statement.claims.length)}</th>
                <th>{f.moneyList(statement.total)}</th>
                <th>{f.moneyList(statement.approvedTotal)}</th>
              </tr>
              <tr>
                <th colSpan={3}>{t('claims.statement.paid')}</th>
                <th>{f.moneyList(statement.paidTotal)}</th>
              </tr>
            </tfoot>
          </table>
          {CLAIM_STATES.map((state) => (
            <ClaimsInState key={state} state={state} claims={statement.claims.filter((claim) => claim.state === state)} staff={staff} />
          ))}
        </>
      )}
      {can(user, 'PAYMENT_CREATE') && <PaymentBatchForm partnerId={partnerId} from={period.from} to={period.to} onPaid={refresh} />}
    </section>
  );
}

function ClaimsInState({ state, claims, staff }: { state: ClaimState; claims: ClaimRow_ClaimFragment[]; staff: boolean }) {
  const enumLabel = useEnumLabel();
  if (claims.length === 0) return null;
  const id = `statement-state-${state}`;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>
        <Badge value={state} of="ClaimState" />
      </h3>
      <ClaimTable claims={claims} staff={staff} label={enumLabel('ClaimState', state)} />
    </section>
  );
}

/** A manufacturer admin pays every approved claim reviewed in the statement's period, under its own reference. */
function PaymentBatchForm({ partnerId, from, to, onPaid }: { partnerId: string; from: string; to: string; onPaid: () => void }) {
  const [reference, setReference] = useState('');
  const [create, created] = useMutation(CREATE_PAYMENT_BATCH);
  const t = useT();
  const f = useFormat();
  const batch = created.data?.createPaymentBatch;
  return (
    <form
      className="row"
      aria-label={t('claims.payment.title')}
      onSubmit={(e) => {
        e.preventDefault();
        void create({ variables: { partnerId, reference: reference.trim(), from, to } })
          .then(() => {
            setReference('');
            onPaid();
          })
          .catch(() => undefined);
      }}
    >
      <label>
        {t('claims.payment.reference')}
        <input value={reference} onChange={(e) => setReference(e.target.value)} />
      </label>
      <button type="submit" disabled={reference.trim() === '' || created.loading}>
        {t('claims.payment.create')}
      </button>
      {batch && (
        <span role="status">{t('claims.payment.done', { reference: batch.reference, count: batch.claims.length, total: f.moneyList(batch.total) })}</span>
      )}
      <ErrorNote error={created.error} />
    </form>
  );
}
