import { chargesWhere, type JobCharges } from './charges.js';
import { NetworkMembership } from '../network/network-membership.entity.js';
import { Organization } from '../network/organization.entity.js';
import { assertPeriod } from '../../shared/period.js';
import { notFound } from '../../shared/errors.js';
import { seesNetwork } from '../access/policy.js';
import { isUuid, type Scope } from '../../shared/scope.js';
import { MoneyTotals, type Money } from '../../shared/money.js';

export interface Statement {
  partner: Organization;
  from: Date;
  to: Date;
  claims: JobCharges[];
  partsTotal: Money[];
  laborTotal: Money[];
  total: Money[];
}

/**
 * The reimbursement statement of one partner for a period: its warranty and contract jobs
 * completed in [from, to), each claim priced from the price list and the agreed labour rate.
 * Staff see any partner of their network, on their network's jobs; a partner admin its own.
 */
export async function reimbursementStatement({ em, viewer }: Scope, partnerId: string, from: Date, to: Date): Promise<Statement> {
  assertPeriod(from, to);
  const staff = seesNetwork(viewer);
  const allowed =
    isUuid(partnerId) && (staff ? (await em.count(NetworkMembership, { manufacturer: viewer.orgId, partner: partnerId })) > 0 : partnerId === viewer.orgId);
  if (!allowed) throw notFound('Partner');
  const partner = await em.findOneOrFail(Organization, partnerId);
  const claims = await chargesWhere(
    em,
    `j.assigned_partner_id = ? and j.coverage in ('WARRANTY', 'CONTRACT') and j.completed_at >= ? and j.completed_at < ?${staff ? ' and j.manufacturer_id = ?' : ''}`,
    staff ? [partnerId, from, to, viewer.orgId] : [partnerId, from, to],
  );
  // Totals per currency, each list naming every currency of the statement (zero where it has none).
  const parts = new MoneyTotals().add(...claims.flatMap((c) => c.partsAmount));
  const labor = new MoneyTotals().add(...claims.map((c) => c.laborAmount));
  const total = new MoneyTotals().add(...claims.flatMap((c) => c.total));
  const currencies = total.currencies();
  return { partner, from, to, claims, partsTotal: parts.list(currencies), laborTotal: labor.list(currencies), total: total.list() };
}
