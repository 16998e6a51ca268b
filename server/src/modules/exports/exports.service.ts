import { NetworkMembership } from '../network/network-membership.entity.js';
import { Organization } from '../network/organization.entity.js';
import { Capability, can, seesNetwork } from '../access/policy.js';
import { assertPeriod } from '../../shared/period.js';
import { notFound } from '../../shared/errors.js';
import { isUuid, type Scope } from '../../shared/scope.js';
import { MoneyTotals } from '../../shared/money.js';
import { loadExportClaims, totalsByState } from './exports.query.js';
import type { ExportClaim, ExportStatement } from './export.types.js';

/**
 * What an export may show, decided as the GraphQL reads decide it: the statement of a partner to
 * its own admin and to the staff of a network it belongs to (their network's claims only); a
 * claim to its partner's admins and its manufacturer's staff. Anything else is "not found", as
 * a missing one would be, so an export never tells that a claim or partner exists.
 */
export async function statementExport({ em, viewer }: Scope, partnerId: string, from: Date, to: Date): Promise<ExportStatement> {
  assertPeriod(from, to);
  const staff = seesNetwork(viewer);
  const allowed =
    can(viewer, Capability.STATEMENT_READ) &&
    isUuid(partnerId) &&
    (staff ? (await em.count(NetworkMembership, { manufacturer: viewer.orgId, partner: partnerId })) > 0 : partnerId === viewer.orgId);
  if (!allowed) throw notFound('Partner');
  const partner = await em.findOneOrFail(Organization, partnerId);
  const rows = await em.execute<{ id: string }[]>(
    `select c.id from warranty_claim c join service_job j on j.id = c.job_id
     where c.partner_id = ? and j.completed_at >= ? and j.completed_at < ?${staff ? ' and c.manufacturer_id = ?' : ''}`,
    staff ? [partnerId, from, to, viewer.orgId] : [partnerId, from, to],
  );
  const claims = await loadExportClaims(
    em,
    rows.map((row) => row.id),
  );
  const manufacturer = staff ? (await em.findOneOrFail(Organization, viewer.orgId)).name : null;
  const paid = claims.filter((claim) => claim.state === 'PAID');
  return {
    partner: partner.name,
    manufacturer,
    from,
    to,
    claims,
    byState: totalsByState(claims),
    claimedTotal: new MoneyTotals().add(...claims.flatMap((claim) => claim.claimed)).list(),
    approvedTotal: new MoneyTotals().add(...claims.flatMap((claim) => claim.approved)).list(),
    paidTotal: new MoneyTotals().add(...paid.flatMap((claim) => claim.approved)).list(),
  };
}

export async function claimExport({ em, viewer }: Scope, claimId: string): Promise<ExportClaim> {
  if (!isUuid(claimId) || !can(viewer, Capability.STATEMENT_READ)) throw notFound('Claim');
  const [visible] = await em.execute<{ id: string }[]>(
    `select c.id from warranty_claim c where c.id = ? and ${seesNetwork(viewer) ? 'c.manufacturer_id' : 'c.partner_id'} = ?`,
    [claimId, viewer.orgId],
  );
  const [claim] = visible ? await loadExportClaims(em, [claimId]) : [];
  if (!claim) throw notFound('Claim');
  return claim;
}
