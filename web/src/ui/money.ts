/** Money as the API sends it: an exact decimal string and its ISO 4217 currency (never a float). */
export interface MoneyView {
  amount: string;
  currency: string;
}

/**
 * The amount in its currency, in the reader's locale ("€1,234.50", "1.234,50 kr."). Intl formats
 * the decimal string itself, so no float rounding comes between the server's amount and the screen.
 */
export function formatMoney({ amount, currency }: MoneyView, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount as Intl.StringNumericLiteral);
}

/** Amounts in several currencies side by side ("€70.00 + DKK 500.00"): they are never added up; an empty list is `empty`. */
export function formatMoneyList(values: readonly MoneyView[], empty = '—', locale?: string): string {
  return values.length === 0 ? empty : values.map((value) => formatMoney(value, locale)).join(' + ');
}

/** What a form sends as `MoneyInput`: the typed amount as it is (no float) and the currency in capitals. */
export const moneyInput = (amount: string, currency: string): MoneyView => ({ amount: amount.trim(), currency: currency.trim().toUpperCase() });
