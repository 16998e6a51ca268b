/** Where a warranty or contract claim stands: the partner drafts and submits it, the manufacturer reviews it, a payment batch pays it. */
export enum ClaimState {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  SENT_BACK = 'SENT_BACK',
  APPROVED = 'APPROVED',
  PARTIALLY_APPROVED = 'PARTIALLY_APPROVED',
  REJECTED = 'REJECTED',
  PAID = 'PAID',
}

/** What a claim (or quote) line charges for: one definition, shared with quotes. */
export { ClaimLineKind } from '../../shared/claim-line-kind.js';

/**
 * The decision reason codes a return's inspection sets on a claim line (fixed codes, not a
 * manufacturer's CLAIM_LINE reasons): the part came back without fault, or misused. Such a
 * rejection stands: the reviewer cannot approve the line again (modules/claim reviewClaim).
 */
export const INSPECTION_REJECTIONS = { NO_FAULT_FOUND: 'return.noFaultFound', MISUSE: 'return.misuse' } as const;

export const isInspectionRejection = (code: string | null | undefined): boolean =>
  code != null && (Object.values(INSPECTION_REJECTIONS) as string[]).includes(code);

/** The reviewer's decision on one line. */
export enum ClaimLineDecision {
  APPROVED = 'APPROVED',
  ADJUSTED = 'ADJUSTED',
  REJECTED = 'REJECTED',
}

/** The send-back conversation: the reviewer's question, the partner's answer. */
export enum ClaimMessageKind {
  QUESTION = 'QUESTION',
  ANSWER = 'ANSWER',
}

/** The partner may change and submit a claim in these states. */
export const EDITABLE_CLAIM_STATES: readonly ClaimState[] = [ClaimState.DRAFT, ClaimState.SENT_BACK];
/** Reviewed claims a payment batch pays. */
export const PAYABLE_CLAIM_STATES: readonly ClaimState[] = [ClaimState.APPROVED, ClaimState.PARTIALLY_APPROVED];
/** Claims the manufacturer has decided on (paid ones were decided first). */
export const REVIEWED_CLAIM_STATES: readonly ClaimState[] = [ClaimState.APPROVED, ClaimState.PARTIALLY_APPROVED, ClaimState.REJECTED, ClaimState.PAID];
