export enum PartsRequestStatus {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  PARTIALLY_APPROVED = 'PARTIALLY_APPROVED',
  REJECTED = 'REJECTED',
  SHIPPED = 'SHIPPED',
  RECEIVED = 'RECEIVED',
}

/** A request no longer holds the job in AWAITING_PARTS once it reaches one of these. */
export const SETTLED_PARTS_STATUSES: readonly PartsRequestStatus[] = [PartsRequestStatus.REJECTED, PartsRequestStatus.RECEIVED];

/** The steps of a parts request and the states each may start from (the service checks them; the policy tells the portal). */
export const PARTS_STEPS = {
  decide: { from: [PartsRequestStatus.REQUESTED], verb: 'decide on' },
  ship: { from: [PartsRequestStatus.APPROVED, PartsRequestStatus.PARTIALLY_APPROVED], verb: 'ship' },
  receive: { from: [PartsRequestStatus.SHIPPED], verb: 'receive' },
  // A loaner goes back once it is on its way (or arrived); whether a line is out is the line's own state.
  returnLoaner: { from: [PartsRequestStatus.SHIPPED, PartsRequestStatus.RECEIVED], verb: 'return a loaner of' },
} as const satisfies Record<string, { from: readonly PartsRequestStatus[]; verb: string }>;

export type PartsStep = keyof typeof PARTS_STEPS;

export const canTakePartsStep = (status: PartsRequestStatus, step: PartsStep): boolean =>
  (PARTS_STEPS[step].from as readonly PartsRequestStatus[]).includes(status);
