import { byId, byRelation, scoped, type LoaderFactory } from '../../shared/loader-kit.js';
import { ClaimLine, ClaimMessage, WarrantyClaim } from '../billing/warranty-claim.entity.js';
import { PaymentBatch } from '../billing/payment-batch.entity.js';
import { claimScope, paymentBatchScope } from './claim-access.js';
import { limitFacts, type LimitFacts } from './claim-limits.js';
import DataLoader from 'dataloader';

export const CLAIM_LOADERS = {
  /** Claims the viewer sees (others load as null). */
  claim: (em, viewer) => byId(em, WarrantyClaim, scoped(viewer, claimScope)),
  claimLines: (em) => byRelation(em, ClaimLine, 'claim', { position: 'asc', id: 'asc' }),
  claimMessages: (em) => byRelation(em, ClaimMessage, 'claim', { createdAt: 'asc', id: 'asc' }),
  /** Payment batches the viewer sees. */
  paymentBatch: (em, viewer) => byId(em, PaymentBatch, scoped(viewer, paymentBatchScope)),
  claimsByBatch: (em, viewer) => byRelation(em, WarrantyClaim, 'paymentBatch', { reviewedAt: 'asc', number: 'asc' }, scoped(viewer, claimScope)),
  /** What a claim's lines' limits follow from (claim-limits.ts). */
  claimLimitFacts: (em) =>
    new DataLoader<string, LimitFacts | null>(async (ids) => {
      const facts = await limitFacts(em, ids);
      return ids.map((id) => facts.get(id) ?? null);
    }),
} satisfies Record<string, LoaderFactory>;
