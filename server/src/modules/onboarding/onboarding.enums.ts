/**
 * Where a partner invitation stands. PENDING until the firm registers (or joins with its existing
 * organization): REGISTERED, its membership pending; then APPROVED or DECLINED by the manufacturer.
 * EXPIRED is how a PENDING invitation past its expiry reads (stored PENDING, it changes by time alone).
 */
export enum InvitationState {
  PENDING = 'PENDING',
  REGISTERED = 'REGISTERED',
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
}
