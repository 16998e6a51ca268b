import { NetworkMembership } from '../network/network-membership.entity.js';
import { Organization } from '../network/organization.entity.js';
import { WarrantyClaim } from '../billing/warranty-claim.entity.js';
import { ClaimState } from '../billing/claim.enums.js';
import { claimSums, type ClaimSums } from '../billing/claim-lines.js';
import { seesNetwork } from '../access/policy.js';
import { assertPeriod } from '../../shared/period.js';
import { notFound } from '../../shared/errors.js';
import { isUuid, type Scope } from '../../shared/scope.js';
import { MoneyTotals, type Money } from '../../shared/money.js';

/** A statement's claims in one state. */
export interface ClaimStateTotal {
  state: ClaimState;
  count: number;
  claimed: Money[];
  approved: Money[];
}

export interface Statement {
  partner: Organization;
  from: Date;
  to: Date;
  claims: WarrantyClaim[];
  partsTotal: Money[];
  laborTotal: Money[];
  total: Money[];
  byState: ClaimStateTotal[];
  approvedTotal: Money[];
  paidTotal: Money[];
}

/**
 * The reimbursement statement of one partner for a period: the claims of its warranty and
 * contract jobs completed in [from, to), in any state, with their sums per currency and per state.
 * Staff see any partner of their network, on their network's claims; a partner admin its own.
 */
export async function reimbursementStatement({ em, viewer }: Scope, partnerId: string, from: Date, to: Date): Promise<Statement> {
  assertPeriod(from, to);
  const staff = seesNetwork(viewer);
  const allowed =
    isUuid(partnerId) && (staff ? (await em.count(NetworkMembership, { manufacturer: viewer.orgId, partner: partnerId })) > 0 : partnerId === viewer.orgId);
  if (!allowed) throw notFound('Partner');
  const partner = await em.findOneOrFail(Organization, partnerId);
  const claims = await em.find(
    WarrantyClaim,
    { partner: partnerId, ...(staff ? { manufacturer: viewer.orgId } : {}), job: { completedAt: { $gte: from, $lt: to } } },
    { populate: ['lines', 'job'], orderBy: { job: { completedAt: 'asc', id: 'asc' } } },
  );
  const sums = new Map(claims.map((claim) => [claim, claimSums(claim.lines.getItems(), partner.currency)]));
  const all = [...sums.values()];
  // Totals per currency, each list naming every currency of the statement (zero where it has none).
  const total = new MoneyTotals().add(...all.flatMap((s) => s.total));
  const currencies = total.currencies();
  const sumOf = (pick: (s: ClaimSums) => Money[], which: ClaimSums[] = all) => new MoneyTotals().add(...which.flatMap(pick)).list(currencies);
  const inState = (states: ClaimState[]) => claims.filter((claim) => states.includes(claim.state)).map((claim) => sums.get(claim)!);
  const byState = Object.values(ClaimState).flatMap((state) => {
    const of = inState([state]);
    return of.length === 0 ? [] : [{ state, count: of.length, claimed: sumOf((s) => s.claimed, of), approved: sumOf((s) => s.approved, of) }];
  });
  return {
    partner,
    from,
    to,
    claims,
    partsTotal: sumOf((s) => s.partsAmount),
    laborTotal: sumOf((s) => [s.laborAmount]),
    total: total.list(),
    byState,
    approvedTotal: sumOf((s) => s.approved, inState([ClaimState.APPROVED, ClaimState.PARTIALLY_APPROVED, ClaimState.PAID])),
    paidTotal: sumOf((s) => s.approved, inState([ClaimState.PAID])),
  };
}
