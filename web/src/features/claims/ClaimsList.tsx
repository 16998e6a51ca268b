import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import type { ClaimState } from '../../gql/graphql';
import { CLAIMS } from './claims.documents';
import { ClaimTable } from './ClaimRow';
import { can, useSession } from '../../session/session';
import { ErrorNote } from '../../ui/ErrorNote';
import { Empty, Loading } from '../../ui/States';
import { useEnumLabel, useT } from '../../i18n';
import { EnumOptions } from '../../ui/EnumOptions';

export const CLAIM_STATES: ClaimState[] = ['DRAFT', 'SUBMITTED', 'SENT_BACK', 'APPROVED', 'PARTIALLY_APPROVED', 'REJECTED', 'PAID'];

/**
 * The claims: a partner admin's own, a section per state; the manufacturer's staff start on their review
 * queue (submitted claims, the oldest deadline first). The list is live: a claim moves in and
 * out of it by its events.
 */
export function ClaimsList() {
  const { user } = useSession();
  const reviewer = can(user, 'CLAIM_REVIEW');
  const [state, setState] = useState<ClaimState | ''>(reviewer ? 'SUBMITTED' : '');
  const { data, loading, error } = useQuery(CLAIMS, { variables: { states: state ? [state] : null } });
  const t = useT();
  const enumLabel = useEnumLabel();
  const staff = can(user, 'NETWORK_READ');
  const claims = [...(data?.claims ?? [])].sort(
    (a, b) =>
      CLAIM_STATES.indexOf(a.state) - CLAIM_STATES.indexOf(b.state) ||
      // The queue's order: the review that is due first comes first.
      (a.reviewDueAt ?? '').localeCompare(b.reviewDueAt ?? '') ||
      a.number.localeCompare(b.number),
  );
  const title = reviewer && state === 'SUBMITTED' ? t('claims.list.queueTitle') : t('claims.list.title');
  return (
    <section aria-labelledby="claims-title">
      <div className="row spread">
        <h1 id="claims-title">{title}</h1>
        <label>
          {t('claims.list.show')}
          <select value={state} onChange={(e) => setState(e.target.value as ClaimState | '')}>
            <option value="">{t('claims.list.all')}</option>
            <EnumOptions of="ClaimState" values={CLAIM_STATES} />
          </select>
        </label>
      </div>
      <ErrorNote error={error} />
      {loading && !data ? (
        <Loading what={t('claims.list.loading')} />
      ) : claims.length === 0 ? (
        <Empty>{t('claims.list.empty')}</Empty>
      ) : state ? (
        <ClaimTable claims={claims} staff={staff} label={title} />
      ) : (
        // All states: a section per state, in the claim's lifecycle order.
        CLAIM_STATES.map((value) => {
          const inState = claims.filter((claim) => claim.state === value);
          if (inState.length === 0) return null;
          return (
            <section key={value} aria-labelledby={`claims-state-${value}`}>
              <h2 id={`claims-state-${value}`}>
                {enumLabel('ClaimState', value)} <span className="muted">{inState.length}</span>
              </h2>
              <ClaimTable claims={inState} staff={staff} label={enumLabel('ClaimState', value)} />
            </section>
          );
        })
      )}
    </section>
  );
}
