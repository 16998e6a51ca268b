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
