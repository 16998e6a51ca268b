import { Capability, can } from '../access/policy.js';
import { reimbursementStatement } from '../claim/statement.service.js';
import { findVisibleClaim } from '../claim/claim-access.js';
import { Organization } from '../network/organization.entity.js';
import { seesNetwork } from '../access/policy.js';
import { notFound } from '../../shared/errors.js';
import type { Scope } from '../../shared/scope.js';
import { loadExportClaims } from './exports.query.js';
import type { ExportClaim, ExportStatement } from './export.types.js';

/**
 * What an export may show is what the GraphQL reads show, decided by the same services: the
 * statement of `reimbursementStatement` (a partner's admin its own; staff a partner of their
 * network, on their network's claims), a claim of `claim(id)` (its partner's admins and its
 * manufacturer's staff). Anything else is "not found", as a missing one would be.
 */
export async function statementExport(scope: Scope, partnerId: string, from: Date, to: Date): Promise<ExportStatement> {
  if (!can(scope.viewer, Capability.STATEMENT_READ)) throw notFound('Partner');
  const statement = await reimbursementStatement(scope, partnerId, from, to);
  const claims = await loadExportClaims(
    scope.em,
    statement.claims.map((claim) => claim.id),
  );
  const manufacturer = seesNetwork(scope.viewer) ? (await scope.em.findOneOrFail(Organization, scope.viewer.orgId)).name : null;
  return {
    partner: statement.partner.name,
    manufacturer,
    from,
    to,
    claims,
    byState: statement.byState,
    claimedTotal: statement.total,
    approvedTotal: statement.approvedTotal,
    paidTotal: statement.paidTotal,
  };
}

export async function claimExport({ em, viewer }: Scope, claimId: string): Promise<ExportClaim> {
  if (!can(viewer, Capability.CLAIM_READ)) throw notFound('Claim');
  const visible = await findVisibleClaim(em, viewer, claimId);
  const [claim] = await loadExportClaims(em, [visible.id]);
  if (!claim) throw notFound('Claim');
  return claim;
}
