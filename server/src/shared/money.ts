import { Decimal } from 'decimal.js';
import { badInput } from './errors.js';

/**
 * Exact money: an amount (decimal.js, never a float) in one ISO 4217 currency. Amounts are
 * rounded half-up (commercial rounding) to the currency's minor unit, and amounts of two
 * currencies are never added: sums are kept per currency (`MoneyTotals`).
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
export type Dec = Decimal;

export interface Money {
  amount: Dec;
  currency: string;
}

/** Money as a client sends it (the `MoneyInput` of the API): not yet validated. */
export interface MoneyText {
  amount: string;
  currency: string;
}

/** The database keeps amounts as numeric(…, 2): a currency with three minor units is kept to the cent. */
const STORED_SCALE = 2;

/** A plain decimal: optional minus, digits, optional fraction; no exponent, no NaN, no Infinity, no spaces. */
const DECIMAL_TEXT = /^-?\d{1,15}(\.\d{1,15})?$/;

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** Three upper-case letters that Intl knows as a currency. */
export const isCurrency = (code: string): boolean => /^[A-Z]{3}$/.test(code) && CURRENCIES.has(code);

const fractionDigitsCache = new Map<string, number>();

/** The currency's minor unit (EUR 2, JPY 0) as Intl knows it, never more than the database keeps. */
export function fractionDigits(currency: string): number {
  let digits = fractionDigitsCache.get(currency);
  if (digits === undefined) {
    const minor = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? STORED_SCALE;
    digits = Math.min(minor, STORED_SCALE);
    fractionDigitsCache.set(currency, digits);
  }
  return digits;
}

/** Whether `text` is a plain decimal string (the `Decimal` scalar's wire form). */
export const isDecimalText = (text: string): boolean => DECIMAL_TEXT.test(text);

/** The currency code, or BAD_USER_INPUT naming `field`. */
export function parseCurrency(code: string, field = 'currency'): string {
  if (!isCurrency(code)) throw badInput(`${field}: "${code}" is not an ISO 4217 currency code (three upper-case letters, e.g. EUR)`, { field });
  return code;
}

/**
 * A money value from user input: a decimal string with at most the currency's minor unit of
 * fraction digits, within [0, max]. Anything else is BAD_USER_INPUT naming `field`.
 */
export function parseMoney(amount: string, currency: string, field: string, max = 10_000_000): Money {
  parseCurrency(currency, `${field}.currency`);
  if (!isDecimalText(amount)) throw badInput(`${field}: "${amount}" is not a decimal amount like 1234.50`, { field });
  const digits = fractionDigits(currency);
  const fraction = amount.split('.')[1] ?? '';
  if (fraction.length > digits) throw badInput(`${field}: ${currency} amounts have at most ${digits} decimals`, { field });
  const value = new Dec(amount);
  if (value.isNegative() || value.greaterThan(max)) throw badInput(`${field}: must be between 0 and ${max}`, { field });
  return { amount: value, currency };
}

/** A stored amount (numeric as text) in its currency. */
export const money = (amount: string | number | Dec, currency: string): Money => ({ amount: new Dec(amount), currency });

/** Rounded half-up to the currency's minor unit. */
export const roundMoney = ({ amount, currency }: Money): Money => ({ amount: amount.toDecimalPlaces(fractionDigits(currency)), currency });

/** The amount as its wire and storage text, with exactly the currency's fraction digits ("1234.50", JPY "1500"). */
export const formatAmount = ({ amount, currency }: Money): string => amount.toFixed(fractionDigits(currency));

/** Adding amounts of two currencies is a programming error: nothing converts silently. */
export class CurrencyMismatchError extends Error {
  constructor(
    readonly left: string,
    readonly right: string,
  ) {
    super(`Cannot combine ${left} and ${right} amounts: money is never converted`);
    this.name = 'CurrencyMismatchError';
  }
}

export function addMoney(left: Money, right: Money): Money {
  if (left.currency !== right.currency) throw new CurrencyMismatchError(left.currency, right.currency);
  return { amount: left.amount.plus(right.amount), currency: left.currency };
}

/** Whether `left` is above `right`, of the same currency. */
export function isAbove(left: Money, right: Money): boolean {
  if (left.currency !== right.currency) throw new CurrencyMismatchError(left.currency, right.currency);
  return left.amount.greaterThan(right.amount);
}

/** Sums kept per currency: a statement over jobs in EUR and DKK has one total per currency. */
export class MoneyTotals {
  private readonly sums = new Map<string, Dec>();

  add(...values: Money[]): this {
    for (const { amount, currency } of values) this.sums.set(currency, (this.sums.get(currency) ?? new Dec(0)).plus(amount));
    return this;
  }

  /** One rounded amount per currency, ordered by currency code; `currencies` adds zero amounts for those missing. */
  list(currencies: Iterable<string> = []): Money[] {
    const codes = new Set([...this.sums.keys(), ...currencies]);
    return [...codes].sort().map((currency) => roundMoney({ amount: this.sums.get(currency) ?? new Dec(0), currency }));
  }

  currencies(): string[] {
    return [...this.sums.keys()].sort();
  }
}
