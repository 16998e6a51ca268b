import type { EntityManager } from '@mikro-orm/postgresql';
import { ClaimLine, type WarrantyClaim } from '../billing/warranty-claim.entity.js';
import { ClaimLineDecision, ClaimState } from '../billing/claim.enums.js';
import { reviewedState } from '../billing/claim-lines.js';

const REVIEWED: readonly ClaimState[] = [ClaimState.APPROVED, ClaimState.PARTIALLY_APPROVED, ClaimState.REJECTED];

/**
 * An inspection that found no fault (or misuse) rejects the returned part's claim line: approved 0,
 * the fixed reason code, the inspector's note as the reason. A reviewed claim's state follows from
 * its lines' decisions again (as reviewClaim derives it); a claim not reviewed yet keeps its state,
 * the line already decided. The caller holds the claim's lock and leaves PAID claims alone.
 */
export async function rejectLineByInspection(
  tx: EntityManager,
  claim: WarrantyClaim,
  lineId: string,
  code: string,
  note: string | null | undefined,
  at: Date,
): Promise<{ claimState: { from: ClaimState; to: ClaimState } | null }> {
  const lines = await tx.find(ClaimLine, { claim: claim.id }, { orderBy: { position: 'asc' }, refresh: true });
  const line = lines.find((candidate) => candidate.id === lineId)!;
  line.decision = ClaimLineDecision.REJECTED;
  line.approvedAmount = '0';
  line.decisionReasonCode = code;
  line.decisionReason = note ?? null;
  claim.updatedAt = at;
  if (!REVIEWED.includes(claim.state) || lines.some((l) => !l.decision)) return { claimState: null };
  const from = claim.state;
  claim.state = reviewedState(lines.map((l) => l.decision!));
  return { claimState: { from, to: claim.state } };
}
