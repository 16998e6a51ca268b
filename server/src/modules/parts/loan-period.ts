import type { PartsRequestLine } from './parts-request.entity.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * On shipping: every loaner line that ships (approved at least one) is due back `loanDays` later
 * (the LOAN_DAYS setting, one period for every manufacturer and part). Calendar days, not business
 * days: the customer keeps the unit meanwhile.
 */
export function lendLoaners(lines: PartsRequestLine[], shippedAt: Date, loanDays: number): void {
  for (const line of lines) {
    if (line.loaner && (line.approvedQuantity ?? 0) > 0) line.loanerReturnBy = new Date(shippedAt.getTime() + loanDays * DAY_MS);
  }
}

/** A loaner is overdue once the scheduler has recorded it so, until it is returned. */
export const isLoanerOverdue = (line: Pick<PartsRequestLine, 'loanerOverdueAt' | 'loanerReturnedAt'>): boolean =>
  line.loanerOverdueAt != null && line.loanerReturnedAt == null;
