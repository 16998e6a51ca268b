/**
 * Standard VAT rates (percent) by ISO country, for quotes to customers. Source: European
 * Commission, "VAT rates applied in the Member States of the European Union" (taxation_customs,
 * situation at 1 January 2025); CH, NO, GB, AL, MY, RU from their tax authorities' published
 * standard rates (MY: the 8 % service tax). A country not listed is quoted at 0 % and the quote
 * says so (`taxRate` "0.00"): the partner adds tax where the customer's law wants it.
 */
export const VAT_RATES: Readonly<Record<string, string>> = {
  AT: '20.00',
  BE: '21.00',
  CH: '8.10',
  DE: '19.00',
  DK: '25.00',
  ES: '21.00',
  FI: '25.50',
  FR: '20.00',
  GB: '20.00',
  IE: '23.00',
  IT: '22.00',
  LU: '17.00',
  NL: '21.00',
  NO: '25.00',
  PL: '23.00',
  SE: '25.00',
  AL: '20.00',
  MY: '8.00',
  RU: '20.00',
};

/** The standard rate of a country, "0.00" when unknown or none is given. */
export const vatRateOf = (country: string | null | undefined): string => (country && VAT_RATES[country.toUpperCase()]) || '0.00';
