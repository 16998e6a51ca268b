import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Reach, reachOf } from '../access/policy.js';
import { WarrantyClaim } from '../billing/warranty-claim.entity.js';
import type { PaymentBatch } from '../billing/payment-batch.entity.js';
import { notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/scope.js';
import type { Viewer } from '../../shared/viewer.js';

/** Matches no row: what a technician sees of claims. */
const NOTHING = { id: null } as unknown as FilterQuery<never>;

/**
 * Who sees a claim: the manufacturer's staff those of their network, the claiming partner's admins
 * their own (whichever manufacturer they claim on); technicians none, other partners none.
 */
export function claimScope(viewer: Viewer): FilterQuery<WarrantyClaim> {
  switch (reachOf(viewer)) {
    case Reach.NETWORK:
      return { manufacturer: viewer.orgId };
    case Reach.ORGANIZATION:
      return { partner: viewer.orgId };
    case Reach.ASSIGNED:
      return NOTHING;
  }
}

/** Payment batches by the same rule as their claims. */
export function paymentBatchScope(viewer: Viewer): FilterQuery<PaymentBatch> {
  return claimScope(viewer) as FilterQuery<PaymentBatch>;
}

/** A claim the viewer sees (locked for the rest of the transaction when `lock`), or NOT_FOUND. */
export async function findVisibleClaim(em: EntityManager, viewer: Viewer, id: string, lock = false): Promise<WarrantyClaim> {
  const claim = isUuid(id)
    ? await em.findOne(WarrantyClaim, { $and: [{ id }, claimScope(viewer)] }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {})
    : null;
  if (!claim) throw notFound('Claim');
  await em.populate(claim, ['lines', 'partner'], { orderBy: { lines: { position: 'asc' } } });
  return claim;
}
