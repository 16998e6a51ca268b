import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { ClaimRow_ClaimFragment } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { useFormat, useT } from '../../i18n';

export const CLAIM_ROW = graphql(`
  fragment ClaimRow_claim on WarrantyClaim {
    id number state coverage submittedAt reviewDueAt reviewedAt
    claimed { amount currency } approved { amount currency }
    partner { id name }
    job { id number }
  }
`);

/** One claim in a list: its number (to its page), job, partner, state, deadline and amounts per currency. */
export function ClaimRow({ claim, showPartner }: { claim: ClaimRow_ClaimFragment; showPartner: boolean }) {
  const t = useT();
  const f = useFormat();
  return (
    <tr>
      <td>
        <Link to={`/claims/${claim.id}`}>{claim.number}</Link>
      </td>
      <td>{claim.job ? <Link to={`/jobs/${claim.job.id}`}>{claim.job.number}</Link> : t('claims.none')}</td>
      {showPartner && <td>{claim.partner.name}</td>}
      <td>
        <Badge value={claim.state} of="ClaimState" />
      </td>
      <td>{f.dateTime(claim.submittedAt)}</td>
      <td>{claim.state === 'SUBMITTED' ? f.dateTime(claim.reviewDueAt) : t('claims.none')}</td>
      <td>{f.moneyList(claim.claimed)}</td>
      <td>{f.moneyList(claim.approved)}</td>
    </tr>
  );
}

/** Claims as a table of rows, named `label` for whoever reads by landmarks. */
export function ClaimTable({ claims, staff, label }: { claims: readonly ClaimRow_ClaimFragment[]; staff: boolean; label: string }) {
  const t = useT();
  return (
    <table className="table" aria-label={label}>
      <thead>
        <tr>
          <th>{t('claims.column.claim')}</th>
          <th>{t('claims.column.job')}</th>
          {staff && <th>{t('claims.column.partner')}</th>}
          <th>{t('claims.column.state')}</th>
          <th>{t('claims.column.submitted')}</th>
          <th>{t('claims.column.reviewDue')}</th>
          <th>{t('claims.column.claimed')}</th>
          <th>{t('claims.column.approved')}</th>
        </tr>
      </thead>
      <tbody>
        {claims.map((claim) => (
          <ClaimRow key={claim.id} claim={claim} showPartner={staff} />
        ))}
      </tbody>
    </table>
  );
}
