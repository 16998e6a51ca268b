import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { CurrencyMismatchError, MoneyTotals, addMoney, formatAmount, fractionDigits, isAbove, isCurrency, money, parseMoney, roundMoney } from './money.js';

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return error instanceof AppError ? error.code : (error as Error).name;
  }
  return undefined;
};

describe('currencies', () => {
  it.each([
    ['EUR', true],
    ['DKK', true],
    ['JPY', true],
    ['eur', false],
    ['EURO', false],
    ['XYZ', false],
    ['', false],
  ])('%s is a currency: %s', (code, known) => {
    expect(isCurrency(code)).toBe(known);
  });

  it.each([
    ['EUR', 2],
    ['DKK', 2],
    ['JPY', 0],
    ['KWD', 2],
  ])("%s amounts have %i decimals (a three-decimal currency is kept to the cent, the storage's scale)", (currency, digits) => {
    expect(fractionDigits(currency)).toBe(digits);
  });
});

describe('parsing money from input', () => {
  it.each([
    ['1234.5', 'EUR', '1234.50'],
    ['0', 'EUR', '0.00'],
    ['80.10', 'EUR', '80.10'],
    ['1500', 'JPY', '1500'],
    ['007.10', 'DKK', '7.10'],
  ])('%s %s reads as %s', (amount, currency, expected) => {
    expect(formatAmount(parseMoney(amount, currency, 'price'))).toBe(expected);
  });

  it.each([
    ['1.005', 'EUR', 'more decimals than the currency has'],
    ['1.5', 'JPY', 'a fraction of a yen'],
    ['1e3', 'EUR', 'an exponent'],
    ['NaN', 'EUR', 'NaN'],
    ['Infinity', 'EUR', 'Infinity'],
    [' 12', 'EUR', 'spaces'],
    ['12.', 'EUR', 'a dangling point'],
    ['-5', 'EUR', 'a negative price'],
    ['10000000.01', 'EUR', 'more than the maximum'],
    ['12', 'XYZ', 'an unknown currency'],
    ['12', 'eur', 'a lower-case code'],
  ])('%s %s is BAD_USER_INPUT (%s)', (amount, currency) => {
    expect(codeOf(() => parseMoney(amount, currency, 'price'))).toBe('BAD_USER_INPUT');
  });
});

describe('arithmetic', () => {
  it('adds without float artefacts: 0.1 + 0.2 = 0.30', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(formatAmount(addMoney(money('0.1', 'EUR'), money('0.2', 'EUR')))).toBe('0.30');
  });

  it.each([
    ['20.025', 'EUR', '20.03'],
    ['20.035', 'EUR', '20.04'],
    ['-20.025', 'EUR', '-20.03'],
    ['1.004999', 'EUR', '1.00'],
    ['1499.5', 'JPY', '1500'],
    ['1498.5', 'JPY', '1499'],
  ])('rounds %s %s half-up to %s', (amount, currency, expected) => {
    expect(formatAmount(roundMoney(money(amount, currency)))).toBe(expected);
  });

  it('rounds exactly where a float would not: a quarter hour at 80.10 is 20.03', () => {
    expect(Math.round((15 / 60) * 80.1 * 100) / 100).toBe(20.02);
    expect(formatAmount(roundMoney({ amount: money('80.10', 'EUR').amount.times(15).dividedBy(60), currency: 'EUR' }))).toBe('20.03');
  });

  it('refuses to add or compare amounts of different currencies', () => {
    expect(codeOf(() => addMoney(money('1', 'EUR'), money('1', 'DKK')))).toBe(CurrencyMismatchError.name);
    expect(codeOf(() => isAbove(money('1', 'EUR'), money('1', 'DKK')))).toBe(CurrencyMismatchError.name);
    expect(isAbove(money('90.01', 'EUR'), money('90', 'EUR'))).toBe(true);
  });

  it('totals per currency, ordered by code, with zero for a currency asked for but absent', () => {
    const totals = new MoneyTotals().add(money('0.10', 'EUR'), money('500.50', 'DKK'), money('0.20', 'EUR'), money('1500', 'JPY'));
    expect(totals.currencies()).toEqual(['DKK', 'EUR', 'JPY']);
    expect(totals.list(['SEK']).map((value) => `${formatAmount(value)} ${value.currency}`)).toEqual(['500.50 DKK', '0.30 EUR', '1500 JPY', '0.00 SEK']);
    expect(new MoneyTotals().list()).toEqual([]);
  });
});
