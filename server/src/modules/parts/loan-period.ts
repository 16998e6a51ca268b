import type { PartsRequestLine } from './parts-request.entity.js';

/**
 * The loan period: one for every manufacturer and part for now (a per-manufacturer setting can
 * replace this constant). Calendar days, not business days: the customer keeps the unit meanwhile.
 */
export const LOAN_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/** On shipping: every loaner line that ships (approved at least one) is due back LOAN_DAYS later. */
export function lendLoaners(lines: PartsRequestLine[], shippedAt: Date): void {
  for (const line of lines) {
    if (line.loaner && (line.approvedQuantity ?? 0) > 0) line.loanerReturnBy = new Date(shippedAt.getTime() + LOAN_DAYS * DAY_MS);
  }
}

/** A loaner is overdue once the scheduler has recorded it so, until it is returned. */
export const isLoanerOverdue = (line: Pick<PartsRequestLine, 'loanerOverdueAt' | 'loanerReturnedAt'>): boolean =>
  line.loanerOverdueAt != null && line.loanerReturnedAt == null;
