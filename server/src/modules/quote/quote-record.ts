import type { EntityManager } from '@mikro-orm/postgresql';
import { Quote, QuoteLine } from './quote.entity.js';
import { QuoteState } from './quote.enums.js';
import { quoteTotals, type PricedLine } from './quote-pricing.js';
import type { ServiceJob } from '../job/service-job.entity.js';
import { Coverage, JobStatus } from '../job/job.enums.js';
import { EventKind } from '../events/event.enums.js';
import type { Change } from '../events/change.js';
import { AppError, ErrorCode } from '../../shared/errors.js';
import { formatAmount } from '../../shared/money.js';
import { vatRateOf } from '../../shared/vat-rates.js';

const DAY_MS = 86_400_000;

/**
 * What sending and answering a quote do to the entities and the log, shared by the services and
 * the seed's written past (which runs the same rules in memory).
 */

/** INVALID_TRANSITION unless the job is paid work, started, and no quote of it was accepted. */
export function assertQuotable(job: ServiceJob, earlier: readonly Quote[]): void {
  if (job.coverage !== Coverage.POST_WARRANTY) {
    throw new AppError(ErrorCode.INVALID_TRANSITION, `Only paid (post-warranty) work is quoted; this job is ${job.coverage}`, { coverage: job.coverage });
  }
  if (job.status !== JobStatus.IN_PROGRESS) {
    throw new AppError(ErrorCode.INVALID_TRANSITION, `A quote is sent once the job is started for diagnosis (IN_PROGRESS); it is ${job.status}`, {
      status: job.status,
    });
  }
  if (earlier.some((quote) => quote.state === QuoteState.ACCEPTED)) {
    throw new AppError(ErrorCode.INVALID_TRANSITION, 'The customer accepted a quote for this job already: its price stands');
  }
}

export interface QuoteDraft {
  lines: PricedLine[];
  currency: string;
  /** The manufacturer's country (its calendar's), whose VAT rate applies; null: none known. */
  country: string | null;
  validDays: number;
  sentBy: string;
}

/** Writes the quote and its lines, supersedes the open one among `earlier`, and records QUOTE_SENT. */
export function recordQuote(em: EntityManager, change: Change, job: ServiceJob, earlier: readonly Quote[], draft: QuoteDraft): Quote {
  const taxRate = vatRateOf(draft.country);
  const totals = quoteTotals(draft.lines, draft.currency, taxRate);
  const superseded = earlier.filter((quote) => quote.state === QuoteState.SENT);
  for (const quote of superseded) quote.state = QuoteState.SUPERSEDED;
  const quote = em.create(Quote, {
    job,
    number: `${job.number}-Q${earlier.length + 1}`,
    currency: draft.currency,
    net: formatAmount(totals.net),
    taxRate,
    taxCountry: draft.country && taxRate !== '0.00' ? draft.country : null,
    tax: formatAmount(totals.tax),
    gross: formatAmount(totals.gross),
    validUntil: new Date(change.at.getTime() + draft.validDays * DAY_MS),
    sentAt: change.at,
    sentBy: draft.sentBy,
  });
  for (const [position, line] of draft.lines.entries()) {
    em.create(QuoteLine, {
      quote,
      position,
      kind: line.kind,
      description: line.description,
      part: line.partId,
      quantity: line.quantity.toFixed(2),
      unitPrice: formatAmount(line.unitPrice),
      amount: formatAmount(line.amount),
      currency: draft.currency,
    });
  }
  change.emit(EventKind.QUOTE_SENT, { job }, { ...quoteFacts(quote), superseded: superseded.map((old) => old.id) });
  return quote;
}

/** The customer's answer: OFFER_CLOSED unless the quote is still open; records QUOTE_ACCEPTED or QUOTE_DECLINED. */
export function recordAnswer(change: Change, job: ServiceJob, quote: Quote, accept: boolean, reason: string | null): void {
  if (quote.state !== QuoteState.SENT) throw closed(quote.state, `This quote was ${quote.state.toLowerCase()} already`);
  if (quote.validUntil <= change.at) throw closed(quote.state, 'This quote expired: ask for a new one');
  quote.state = accept ? QuoteState.ACCEPTED : QuoteState.DECLINED;
  quote.answeredAt = change.at;
  if (accept) {
    change.emit(EventKind.QUOTE_ACCEPTED, { job }, quoteFacts(quote));
    return;
  }
  quote.declineReason = reason;
  change.emit(EventKind.QUOTE_DECLINED, { job }, { ...quoteFacts(quote), reason });
}

const closed = (state: QuoteState, message: string) => new AppError(ErrorCode.OFFER_CLOSED, message, { state });

/** A quote as its events carry it: enough for a screen and for the customer's mail. */
function quoteFacts(quote: Quote) {
  return {
    quoteId: quote.id,
    number: quote.number,
    state: quote.state,
    currency: quote.currency,
    net: quote.net,
    gross: quote.gross,
    validUntil: quote.validUntil.toISOString(),
  };
}
