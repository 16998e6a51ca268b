import { useEffect, useRef, useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import type { ReturnState } from '../gql/graphql';
import { useFormat, useT } from '../i18n';
import { useLive } from '../live/live-events';
import { can, useSession } from '../session/session';
import { ErrorNote } from '../ui/ErrorNote';
import { Empty, Loading } from '../ui/States';
import { ClaimLineReturn } from './ClaimLineReturn';
import { ReturnActions } from './ReturnActions';
import { ReturnStateNote } from './ReturnState';
import { RETURN_CANDIDATES, RETURNS } from './returns.documents';
import { takeNewReturn } from './take-new-return';
import { EnumOptions } from '../ui/EnumOptions';

const STATES: ReturnState[] = ['REQUESTED', 'SHIPPED', 'RECEIVED', 'INSPECTED'];

/**
 * Returns of replaced warranty parts: the manufacturer's staff see their network's and take the
 * next step (receive, inspect), the partner's admin its own (ship with a tracking code). Staff who
 * may ask for parts back find the claim lines they can ask for below. A return asked for elsewhere
 * arrives with its live event (RETURN_REQUESTED), which carries it; other steps update the row in place.
 */
export function ReturnsPage() {
  const t = useT();
  const f = useFormat();
  const { user } = useSession();
  const [state, setState] = useState<ReturnState | ''>('');
  const { data, previousData, loading, error } = useQuery(RETURNS, { variables: { states: state ? [state] : null } });
  const client = useApolloClient();
  const { recent } = useLive();
  const latest = recent[0];
  const handled = useRef<string | null>(latest?.cursor ?? null);
  useEffect(() => {
    if (!latest || handled.current === latest.cursor) return;
    handled.current = latest.cursor;
    takeNewReturn(client.cache, latest);
  }, [latest, client]);

  const rows = (data ?? previousData)?.returnAuthorizations;
  return (
    <div className="stack">
      <h1>{t('returns.title')}</h1>
      <label>
        {t('returns.filter')}
        <select value={state} onChange={(e) => setState(e.target.value as ReturnState | '')}>
          <option value="">{t('returns.filterAll')}</option>
          <EnumOptions of="ReturnState" values={STATES} />
        </select>
      </label>
      <ErrorNote error={error} />
      {loading && !rows ? (
        <Loading what={t('returns.loading')} />
      ) : !rows || rows.length === 0 ? (
        <Empty>{t('returns.none')}</Empty>
      ) : (
        <div className="scroll">
          <table className="table">
            <thead>
              <tr>
                <th>{t('returns.number')}</th>
                <th>{t('returns.partner')}</th>
                <th>{t('returns.part')}</th>
                <th>{t('returns.serial')}</th>
                <th>{t('returns.claim')}</th>
                <th>{t('returns.requested')}</th>
                <th>{t('returns.state')}</th>
                <th>{t('returns.next')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((ra) => (
                <tr key={ra.id}>
                  <td>{ra.number}</td>
                  <td>{ra.partner.name}</td>
                  <td>{ra.part ? `${ra.part.sku} ${ra.part.name}` : ''}</td>
                  <td>{ra.faultySerial}</td>
                  <td>
                    {ra.claim?.number}
                    {ra.job && (
                      <div className="small">
                        <Link to={`/jobs/${ra.job.id}`}>{ra.job.number}</Link>
                      </div>
                    )}
                  </td>
                  <td>{f.date(ra.requestedAt)}</td>
                  <td>
                    <ReturnStateNote ra={ra} />
                  </td>
                  <td>
                    <ReturnActions ra={ra} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {can(user, 'RETURN_REQUEST') && <ReturnCandidates />}
    </div>
  );
}

/** PART lines of claims under review or reviewed that name a faulty serial and were not asked back yet. */
function ReturnCandidates() {
  const t = useT();
  const { data, error } = useQuery(RETURN_CANDIDATES);
  const lines = (data?.claims ?? []).flatMap((claim) =>
    claim.lines.filter((line) => line.kind === 'PART' && line.faultySerial && !line.returnAuthorization).map((line) => ({ claim, line })),
  );
  return (
    <section className="stack" aria-labelledby="return-candidates-title">
      <h2 id="return-candidates-title">{t('returns.candidates.title')}</h2>
      <ErrorNote error={error} />
      {lines.length === 0 ? (
        <Empty>{t('returns.candidates.none')}</Empty>
      ) : (
        <ul className="stack">
          {lines.map(({ claim, line }) => (
            <li key={line.id} className="row spread">
              <span>
                {t('returns.candidates.line', {
                  claim: claim.number,
                  partner: claim.partner.name,
                  part: line.part ? `${line.part.sku} ${line.part.name}` : line.description,
                  serial: line.faultySerial ?? '',
                })}
              </span>
              <ClaimLineReturn line={{ __typename: 'ClaimLine', id: line.id, kind: line.kind, faultySerial: line.faultySerial, returnAuthorization: null }} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
