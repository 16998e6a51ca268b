import { ClaimLineKind } from '../../shared/claim-line-kind.js';
import { chargedRate } from '../billing/charges.js';
import { AppError, ErrorCode, badInput } from '../../shared/errors.js';
import { Dec, MoneyTotals, formatAmount, isAbove, money, parseMoney, roundMoney, type Money, type MoneyText } from '../../shared/money.js';

/** A quote line as the partner sends it (QuoteLineInput). */
export interface QuoteLineData {
  kind: ClaimLineKind;
  description?: string | null;
  partId?: string | null;
  quantity: string;
  unitPrice?: MoneyText | null;
}

/** What lines are priced against: the partner's charged hourly rate (null: none agreed), each named part's list price, the travel ceiling. */
export interface PriceList {
  currency: string;
  laborRate: Money | null;
  parts: Map<string, { name: string; listPrice: Money }>;
  /** The most a trip may charge: CLAIM_TRAVEL_CEILING, the ceiling warranty claims check travel against, in the partner's currency. */
  travelCeiling: Money;
}

/** The price list of a partner's quote: its currency, its agreed rate capped by the standard's ceiling (billing/charges.ts), the parts' list prices. */
export function priceListOf(
  partner: { laborRate?: string | null; currency: string },
  standard: { laborRateCeiling: string; currency: string } | null,
  parts: readonly { id: string; name: string; listPrice: string; currency: string }[],
  travelCeiling: string,
): PriceList {
  const ceiling = standard ? money(standard.laborRateCeiling, standard.currency) : null;
  return {
    currency: partner.currency,
    laborRate: partner.laborRate ? chargedRate(money(partner.laborRate, partner.currency), ceiling) : null,
    parts: new Map(parts.map((part) => [part.id, { name: part.name, listPrice: money(part.listPrice, part.currency) }])),
    travelCeiling: money(travelCeiling, partner.currency),
  };
}

/** A priced line, ready to be written. */
export interface PricedLine {
  kind: ClaimLineKind;
  description: string;
  partId: string | null;
  quantity: Dec;
  unitPrice: Money;
  amount: Money;
}

export const MAX_QUOTE_LINES = 50;
const QUANTITY_TEXT = /^\d{1,6}(\.\d{1,2})?$/;

/**
 * Prices the partner's lines: labour in hours at the charged rate (a lower rate may be quoted, never
 * a higher one), parts at most at list price, travel at most the travel ceiling a trip. Everything in
 * the partner's currency: a part listed in another is refused, amounts are never converted.
 */
export function priceLines(lines: readonly QuoteLineData[], prices: PriceList): PricedLine[] {
  if (lines.length === 0) throw badInput('A quote needs at least one line', { field: 'lines' });
  if (lines.length > MAX_QUOTE_LINES) throw badInput(`A quote has at most ${MAX_QUOTE_LINES} lines`, { field: 'lines' });
  return lines.map((line, index) => priceLine(line, index, prices));
}

function priceLine(line: QuoteLineData, index: number, prices: PriceList): PricedLine {
  const field = `lines.${index}`;
  if (!QUANTITY_TEXT.test(line.quantity) || new Dec(line.quantity).lessThanOrEqualTo(0)) {
    throw badInput(`${field}.quantity: "${line.quantity}" is not a positive amount like 1.5`, { field: `${field}.quantity` });
  }
  const quantity = new Dec(line.quantity);
  const given = line.unitPrice ? parseMoney(line.unitPrice.amount, line.unitPrice.currency, `${field}.unitPrice`) : null;
  if (given && given.currency !== prices.currency) {
    throw badInput(`${field}.unitPrice: the quote is in ${prices.currency}, not ${given.currency}`, { field: `${field}.unitPrice` });
  }
  const { ceiling, description, partId } = limitOf(line, field, prices);
  const unitPrice = given ?? ceiling;
  if (isAbove(unitPrice, ceiling)) {
    throw new AppError(
      ErrorCode.PRICE_ABOVE_LIST,
      `${field}: ${formatAmount(unitPrice)} ${unitPrice.currency} is above the most it may be quoted at, ${formatAmount(ceiling)} ${ceiling.currency}`,
      { field: `${field}.unitPrice`, line: index, limit: { amount: formatAmount(ceiling), currency: ceiling.currency } },
    );
  }
  // Left out: a part's name; labour and travel need no words beyond their kind (screens show it in the reader's language).
  const text = line.description?.trim().slice(0, 500) || description;
  return {
    kind: line.kind,
    description: text,
    partId,
    quantity,
    unitPrice,
    amount: roundMoney({ amount: unitPrice.amount.times(quantity), currency: unitPrice.currency }),
  };
}

function limitOf(line: QuoteLineData, field: string, prices: PriceList): { ceiling: Money; description: string; partId: string | null } {
  switch (line.kind) {
    case ClaimLineKind.LABOR:
      if (!prices.laborRate) throw badInput(`${field}: the partner has no agreed labour rate to quote labour at`, { field });
      return { ceiling: prices.laborRate, description: '', partId: null };
    case ClaimLineKind.PART: {
      const part = line.partId ? prices.parts.get(line.partId) : undefined;
      if (!part) throw badInput(`${field}.partId: a part of the manufacturer's catalogue is required`, { field: `${field}.partId` });
      if (part.listPrice.currency !== prices.currency) {
        throw badInput(`${field}: the part is listed in ${part.listPrice.currency}, the quote is in ${prices.currency}; amounts are never converted`, {
          field,
        });
      }
      return { ceiling: part.listPrice, description: part.name, partId: line.partId! };
    }
    case ClaimLineKind.TRAVEL:
      return { ceiling: prices.travelCeiling, description: '', partId: null };
  }
}

/** Net, tax at `taxRate` percent (rounded half-up to the currency's minor unit) and gross. */
export function quoteTotals(lines: readonly PricedLine[], currency: string, taxRate: string): { net: Money; tax: Money; gross: Money } {
  const [net = money(0, currency)] = new MoneyTotals().add(...lines.map((line) => line.amount)).list([currency]);
  const tax = roundMoney({ amount: net.amount.times(taxRate).dividedBy(100), currency });
  return { net, tax, gross: { amount: net.amount.plus(tax.amount), currency } };
}
