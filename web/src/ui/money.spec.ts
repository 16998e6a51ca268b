import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyList, moneyInput } from './money';

describe('money on screen', () => {
  it('formats the exact decimal string in its currency and the locale', () => {
    expect(formatMoney({ amount: '1234.50', currency: 'EUR' }, 'en-GB')).toBe('€1,234.50');
    expect(formatMoney({ amount: '1500', currency: 'JPY' }, 'en-GB')).toBe('JP¥1,500');
    expect(formatMoney({ amount: '751.00', currency: 'DKK' }, 'da-DK')).toBe('751,00\u00a0kr.');
    // Beyond a float's 15–17 digits: the string is formatted as it is.
    expect(formatMoney({ amount: '12345678901234567.89', currency: 'EUR' }, 'en-GB')).toBe('€12,345,678,901,234,567.89');
  });

  it('shows currencies side by side, never added', () => {
    expect(
      formatMoneyList(
        [
          { amount: '751.00', currency: 'DKK' },
          { amount: '70.00', currency: 'EUR' },
        ],
        '—',
        'en-GB',
      ),
    ).toBe('DKK\u00a0751.00 + €70.00');
    expect(formatMoneyList([], 'none', 'en-GB')).toBe('none');
  });

  it('sends what was typed, trimmed, with the currency in capitals', () => {
    expect(moneyInput(' 80.10 ', 'eur')).toEqual({ amount: '80.10', currency: 'EUR' });
  });
});
