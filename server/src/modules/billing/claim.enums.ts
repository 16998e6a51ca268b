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

/** What a claim (or quote) line charges for. */
export enum ClaimLineKind {
  LABOR = 'LABOR',
  PART = 'PART',
  TRAVEL = 'TRAVEL',
}

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
