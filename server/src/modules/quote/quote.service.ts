import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Quote, QuoteLine } from './quote.entity.js';
import { QuoteState } from './quote.enums.js';
import { priceLines, quoteTotals, type PriceList, type QuoteLineData } from './quote-pricing.js';
import { quoteById, type QuoteView } from './quote-views.js';
import { verifyQuoteToken } from './quote-links.js';
import { ServiceJob } from '../job/service-job.entity.js';
import { Coverage, JobStatus } from '../job/job.enums.js';
import { findVisibleJob } from '../job/job-access.js';
import { Organization } from '../network/organization.entity.js';
import { Part } from '../catalog/part.entity.js';
import { QualityStandard } from '../quality/quality-standard.entity.js';
import { chargedRate } from '../billing/charges.js';
import { EventKind } from '../events/event.enums.js';
import { changeState } from '../events/change.js';
import { Capability, assertMayOnJob } from '../access/policy.js';
import { AppError, ErrorCode, badInput } from '../../shared/errors.js';
import { formatAmount, money } from '../../shared/money.js';
import { vatRateOf } from '../../shared/vat-rates.js';
import type { MessageLinks } from '../../shared/message-links.js';
import type { Clock } from '../../shared/clock.js';
import { isUuid, type Scope } from '../../shared/scope.js';

const DAY_MS = 86_400_000;
export const MAX_VALID_DAYS = 90;
const MAX_REASON = 1000;

/**
 * The partner holding a paid (POST_WARRANTY) job, once it started (diagnosis), quotes the work to
 * the customer. A quote still waiting for an answer is superseded by the new one; after an accepted
 * quote no other is sent (the customer agreed to that price).
 */
export async function sendQuote({ em, viewer, clock }: Scope, input: { jobId: string; lines: QuoteLineData[]; validDays?: number | null }): Promise<QuoteView> {
  const validDays = input.validDays ?? 14;
  if (!Number.isInteger(validDays) || validDays < 1 || validDays > MAX_VALID_DAYS) {
    throw badInput(`validDays must be a whole number of days from 1 to ${MAX_VALID_DAYS}`, { field: 'validDays' });
  }
  const quoteId = await changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const job = await findVisibleJob(tx, viewer, input.jobId, true);
    assertMayOnJob(viewer, Capability.QUOTE_SEND, job);
    if (job.coverage !== Coverage.POST_WARRANTY) {
      throw new AppError(ErrorCode.INVALID_TRANSITION, `Only paid (post-warranty) work is quoted; this job is ${job.coverage}`, { coverage: job.coverage });
    }
    if (job.status !== JobStatus.IN_PROGRESS) {
      throw new AppError(ErrorCode.INVALID_TRANSITION, `A quote is sent once the job is started for diagnosis (IN_PROGRESS); it is ${job.status}`, {
        status: job.status,
      });
    }
    const earlier = await tx.find(Quote, { job: job.id }, { orderBy: { sentAt: 'asc' } });
    if (earlier.some((quote) => quote.state === QuoteState.ACCEPTED)) {
      throw new AppError(ErrorCode.INVALID_TRANSITION, 'The customer accepted a quote for this job already: its price stands');
    }
    const prices = await priceListOf(tx, job, input.lines);
    const lines = priceLines(input.lines, prices);
    const country = await manufacturerCountry(tx, job.manufacturer.id);
    const taxRate = vatRateOf(country);
    const totals = quoteTotals(lines, prices.currency, taxRate);
    const superseded = earlier.filter((quote) => quote.state === QuoteState.SENT);
    for (const quote of superseded) quote.state = QuoteState.SUPERSEDED;
    const quote = tx.create(Quote, {
      job,
      number: `${job.number}-Q${earlier.length + 1}`,
      currency: prices.currency,
      net: formatAmount(totals.net),
      taxRate,
      taxCountry: country && taxRate !== '0.00' ? country : null,
      tax: formatAmount(totals.tax),
      gross: formatAmount(totals.gross),
      validUntil: new Date(change.at.getTime() + validDays * DAY_MS),
      sentAt: change.at,
      sentBy: viewer.userId,
    });
    for (const [position, line] of lines.entries()) {
      tx.create(QuoteLine, {
        quote,
        position,
        kind: line.kind,
        description: line.description,
        part: line.partId,
        quantity: line.quantity.toFixed(2),
        unitPrice: formatAmount(line.unitPrice),
        amount: formatAmount(line.amount),
        currency: prices.currency,
      });
    }
    change.emit(EventKind.QUOTE_SENT, { job }, { ...factsOf(quote), superseded: superseded.map((old) => old.id) });
    return quote.id;
  });
  return (await quoteById(em, quoteId))!;
}

/**
 * The customer's answer through the quote's link (no sign-in): the token grants exactly its one
 * quote. Answered once: a quote that is no longer open (answered, superseded, expired) is
 * OFFER_CLOSED, with its `state`.
 */
export async function answerQuote(
  em: EntityManager,
  links: MessageLinks,
  clock: Clock,
  input: { token: string; accept: boolean; reason?: string | null },
): Promise<QuoteView> {
  const quoteId = await verifyQuoteToken(links, input.token);
  const reason = input.reason?.trim().slice(0, MAX_REASON) || null;
  await changeState(em, { at: clock.now(), actorId: null }, async (tx, change) => {
    const quote = await tx.findOne(Quote, quoteId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!quote) throw new AppError(ErrorCode.NOT_FOUND, 'This quote link is not valid');
    if (quote.state !== QuoteState.SENT) throw closed(quote.state, `This quote was ${quote.state.toLowerCase()} already`);
    if (quote.validUntil <= change.at) throw closed(quote.state, 'This quote expired: ask for a new one');
    const job = await tx.findOneOrFail(ServiceJob, quote.job.id);
    quote.state = input.accept ? QuoteState.ACCEPTED : QuoteState.DECLINED;
    quote.answeredAt = change.at;
    if (input.accept) change.emit(EventKind.QUOTE_ACCEPTED, { job }, factsOf(quote));
    else {
      quote.declineReason = reason;
      change.emit(EventKind.QUOTE_DECLINED, { job }, { ...factsOf(quote), reason });
    }
  });
  return (await quoteById(em, quoteId))!;
}

const closed = (state: QuoteState, message: string) => new AppError(ErrorCode.OFFER_CLOSED, message, { state });

function factsOf(quote: Quote) {
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

/** What the lines are priced against: the partner's rate capped by the standard's ceiling, and the named parts of the job's manufacturer. */
async function priceListOf(tx: EntityManager, job: ServiceJob, lines: readonly QuoteLineData[]): Promise<PriceList> {
  const partner = await tx.findOneOrFail(Organization, job.assignedPartner!.id);
  const standard = job.qualityStandard ? await tx.findOne(QualityStandard, job.qualityStandard.id) : null;
  const partIds = [...new Set(lines.map((line) => line.partId).filter((id): id is string => !!id && isUuid(id)))];
  const parts = partIds.length > 0 ? await tx.find(Part, { id: { $in: partIds }, manufacturer: job.manufacturer.id }) : [];
  const rate = partner.laborRate
    ? chargedRate(money(partner.laborRate, partner.currency), standard ? money(standard.laborRateCeiling, standard.currency) : null)
    : null;
  return {
    currency: partner.currency,
    laborRate: rate,
    parts: new Map(parts.map((part) => [part.id, { name: part.name, listPrice: money(part.listPrice, part.currency) }])),
  };
}

/** The manufacturer's country: where its business calendar's public holidays come from (null when it has none). */
async function manufacturerCountry(tx: EntityManager, manufacturerId: string): Promise<string | null> {
  const [row] = await tx.execute<{ country: string | null }[]>(
    `select spec->'holidays'->>'country' as country from business_calendar where organization_id = ?`,
    [manufacturerId],
  );
  return row?.country ?? null;
}
