import { describe, expect, it } from 'vitest';
import { Dec, formatAmount, money } from '../../shared/money.js';
import { ClaimLineDecision, ClaimLineKind, ClaimState } from './claim.enums.js';
import { claimSums, lineAmount, reviewedState } from './claim-lines.js';

const text = (value: { amount: Dec; currency: string }) => `${formatAmount(value)} ${value.currency}`;

describe('claim lines', () => {
  it('prices labour by the minute at the hourly rate, rounded half-up, and other lines by quantity', () => {
    expect(text(lineAmount({ kind: ClaimLineKind.LABOR, quantity: new Dec(0), minutes: 15, unitPrice: money('80.10', 'EUR') }))).toBe('20.03 EUR');
    expect(text(lineAmount({ kind: ClaimLineKind.PART, quantity: new Dec('1.5'), minutes: null, unitPrice: money('25.00', 'EUR') }))).toBe('37.50 EUR');
  });

  it('sums per currency, never converting, and names the labour currency even without labour', () => {
    const sums = claimSums(
      [
        { kind: ClaimLineKind.PART, amount: '100.00', currency: 'DKK', decision: ClaimLineDecision.APPROVED, approvedAmount: '100.00' },
        { kind: ClaimLineKind.TRAVEL, amount: '40.00', currency: 'EUR', decision: ClaimLineDecision.REJECTED, approvedAmount: '0.00' },
      ],
      'EUR',
    );
    expect(sums.claimed.map(text)).toEqual(['100.00 DKK', '40.00 EUR']);
    expect(sums.approved.map(text)).toEqual(['100.00 DKK', '0.00 EUR']);
    expect(sums.partsAmount.map(text)).toEqual(['100.00 DKK']);
    expect(text(sums.laborAmount)).toBe('0.00 EUR');
    expect(sums.total.map(text)).toEqual(['100.00 DKK', '40.00 EUR']);
  });

  it('derives the reviewed state from the decisions', () => {
    const { APPROVED, ADJUSTED, REJECTED } = ClaimLineDecision;
    expect(reviewedState([APPROVED, APPROVED])).toBe(ClaimState.APPROVED);
    expect(reviewedState([REJECTED, REJECTED])).toBe(ClaimState.REJECTED);
    expect(reviewedState([APPROVED, REJECTED])).toBe(ClaimState.PARTIALLY_APPROVED);
    expect(reviewedState([ADJUSTED])).toBe(ClaimState.PARTIALLY_APPROVED);
  });
});
