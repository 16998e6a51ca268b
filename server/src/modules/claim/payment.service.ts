import type { FilterQuery } from '@mikro-orm/core';
import { LockMode } from '@mikro-orm/core';
import { NetworkMembership } from '../network/network-membership.entity.js';
import { PaymentBatch } from '../billing/payment-batch.entity.js';
import { WarrantyClaim } from '../billing/warranty-claim.entity.js';
import { ClaimState, PAYABLE_CLAIM_STATES } from '../billing/claim.enums.js';
import { EventKind } from '../events/event.enums.js';
import { changeState } from '../events/change.js';
import { paymentBatchScope } from './claim-access.js';
import { step } from './claim.service.js';
import { AppError, ErrorCode, badInput, notFound } from '../../shared/errors.js';
import { assertPeriod } from '../../shared/period.js';
import { isUuid, type Scope } from '../../shared/scope.js';

export interface PaymentBatchInput {
  partnerId: string;
  reference: string;
  from: Date;
  to: Date;
}

/**
 * Pays a partner of the network every APPROVED or PARTIALLY_APPROVED claim reviewed in [from, to)
 * in one batch under the manufacturer's reference (unique per manufacturer: CONFLICT otherwise).
 * Each claim becomes PAID (CLAIM_PAID); a period with nothing to pay is BAD_USER_INPUT.
 */
export async function createPaymentBatch(scope: Scope, input: PaymentBatchInput): Promise<PaymentBatch> {
  const { em, viewer, clock } = scope;
  assertPeriod(input.from, input.to);
  const reference = input.reference.trim();
  if (!reference || reference.length > 100) throw badInput('reference: 1 to 100 characters', { field: 'reference' });
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const member = isUuid(input.partnerId) ? await tx.count(NetworkMembership, { manufacturer: viewer.orgId, partner: input.partnerId }) : 0;
    if (member === 0) throw notFound('Partner');
    if ((await tx.count(PaymentBatch, { manufacturer: viewer.orgId, reference })) > 0) {
      throw new AppError(ErrorCode.CONFLICT, `A payment batch with reference "${reference}" exists already`, { field: 'reference' });
    }
    const claims = await tx.find(
      WarrantyClaim,
      { manufacturer: viewer.orgId, partner: input.partnerId, state: { $in: [...PAYABLE_CLAIM_STATES] }, reviewedAt: { $gte: input.from, $lt: input.to } },
      { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { reviewedAt: 'asc', number: 'asc' } },
    );
    if (claims.length === 0) throw badInput('No approved claims reviewed in this period to pay', { field: 'from' });
    const batch = tx.create(PaymentBatch, {
      manufacturer: viewer.orgId,
      partner: input.partnerId,
      reference,
      periodFrom: input.from,
      periodTo: input.to,
      paidAt: change.at,
      createdBy: viewer.userId,
    });
    for (const claim of claims) {
      const from = claim.state;
      claim.state = ClaimState.PAID;
      claim.paidAt = change.at;
      claim.paymentBatch = batch;
      claim.updatedAt = change.at;
      change.emit(EventKind.CLAIM_PAID, { claim }, { ...step(claim, from), paymentBatchId: batch.id, reference });
    }
    return batch;
  });
}

/** The payment batches the viewer sees (staff: their network's; a partner's admin: its own), newest first. */
export async function listPaymentBatches({ em, viewer }: Scope, partnerId: string | null | undefined): Promise<PaymentBatch[]> {
  const where: FilterQuery<PaymentBatch>[] = [paymentBatchScope(viewer)];
  if (partnerId) {
    if (!isUuid(partnerId)) return [];
    where.push({ partner: partnerId });
  }
  return em.find(PaymentBatch, { $and: where }, { orderBy: { paidAt: 'desc', id: 'desc' }, limit: 500 });
}
