import { MoneyTotals, money, roundMoney, type Dec, type Money } from '../../shared/money.js';
import { ClaimLineDecision, ClaimLineKind, ClaimState } from './claim.enums.js';

/** What the money of a claim line is computed from. */
export interface LinePrice {
  kind: ClaimLineKind;
  quantity: Dec;
  minutes: number | null;
  unitPrice: Money;
}

/** quantity × unit price; labour: minutes / 60 × the hourly rate. Rounded half-up to the currency's minor unit. */
export function lineAmount({ kind, quantity, minutes, unitPrice }: LinePrice): Money {
  const units = kind === ClaimLineKind.LABOR ? unitPrice.amount.times(minutes ?? 0).dividedBy(60) : unitPrice.amount.times(quantity);
  return roundMoney({ amount: units, currency: unitPrice.currency });
}

/** A stored claim line's money, as claim-lines' sums read it. */
export interface StoredLine {
  kind: ClaimLineKind;
  amount: string;
  currency: string;
  decision?: ClaimLineDecision | null;
  approvedAmount?: string | null;
}

/** A claim's sums, per currency (never converted). `laborCurrency`: the partner's, for a claim without labour. */
export interface ClaimSums {
  claimed: Money[];
  approved: Money[];
  partsAmount: Money[];
  laborAmount: Money;
  total: Money[];
}

export function claimSums(lines: readonly StoredLine[], laborCurrency: string): ClaimSums {
  const amountOf = (line: StoredLine) => money(line.amount, line.currency);
  const parts = new MoneyTotals().add(...lines.filter((line) => line.kind === ClaimLineKind.PART).map(amountOf));
  const labor = new MoneyTotals().add(...lines.filter((line) => line.kind === ClaimLineKind.LABOR).map(amountOf));
  const laborAmount = labor.list([laborCurrency]).find((sum) => sum.currency === laborCurrency) ?? money(0, laborCurrency);
  const decided = lines.filter((line) => line.decision != null);
  return {
    claimed: new MoneyTotals().add(...lines.map(amountOf)).list(),
    approved: new MoneyTotals().add(...decided.map((line) => money(line.approvedAmount ?? 0, line.currency))).list(),
    partsAmount: parts.list(),
    laborAmount: roundMoney(laborAmount),
    // As JobCharges' total: the labour's currency is named even without labour.
    total: new MoneyTotals().add(...lines.map(amountOf)).list([laborCurrency]),
  };
}

/** A reviewed claim's state follows from its lines' decisions: all approved, all rejected, or in part. */
export function reviewedState(decisions: readonly ClaimLineDecision[]): ClaimState {
  if (decisions.every((decision) => decision === ClaimLineDecision.APPROVED)) return ClaimState.APPROVED;
  if (decisions.every((decision) => decision === ClaimLineDecision.REJECTED)) return ClaimState.REJECTED;
  return ClaimState.PARTIALLY_APPROVED;
}
