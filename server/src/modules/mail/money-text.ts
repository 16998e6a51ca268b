/** An amount (decimal text) in its currency as a reader of `locale` writes it ("1.234,50 €"); for display only, never for arithmetic. */
export const moneyText = (locale: string, amount: string, currency: string): string =>
  new Intl.NumberFormat(locale, { style: 'currency', currency }).format(Number(amount));
