import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Quote } from './quote.entity.js';
import { priceLines, priceListOf as priceListFrom, type PriceList, type QuoteLineData } from './quote-pricing.js';
import { assertQuotable, recordAnswer, recordQuote } from './quote-record.js';
import { quoteById, type QuoteView } from './quote-views.js';
import { verifyQuoteToken } from './quote-links.js';
import { ServiceJob } from '../job/service-job.entity.js';
import { findVisibleJob } from '../job/job-access.js';
import { Organization } from '../network/organization.entity.js';
import { Part } from '../catalog/part.entity.js';
import { QualityStandard } from '../quality/quality-standard.entity.js';
import { changeState } from '../events/change.js';
import { Capability, assertMayOnJob } from '../access/policy.js';
import { AppError, ErrorCode, badInput } from '../../shared/errors.js';
import type { MessageLinks } from '../../shared/message-links.js';
import type { Clock } from '../../shared/clock.js';
import { isUuid, type Scope } from '../../shared/scope.js';

export const MAX_VALID_DAYS = 90;
const MAX_REASON = 1000;

/**
 * The partner holding a paid (POST_WARRANTY) job, once it started (diagnosis), quotes the work to
 * the customer. A quote still waiting for an answer is superseded by the new one; after an accepted
 * quote no other is sent (the customer agreed to that price).
 */
export async function sendQuote(
  { em, viewer, clock }: Scope,
  input: { jobId: string; lines: QuoteLineData[]; validDays?: number | null },
  travelCeiling: string,
): Promise<QuoteView> {
  const validDays = input.validDays ?? 14;
  if (!Number.isInteger(validDays) || validDays < 1 || validDays > MAX_VALID_DAYS) {
    throw badInput(`validDays must be a whole number of days from 1 to ${MAX_VALID_DAYS}`, { field: 'validDays' });
  }
  const quoteId = await changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const job = await findVisibleJob(tx, viewer, input.jobId, true);
    assertMayOnJob(viewer, Capability.QUOTE_SEND, job);
    const earlier = await tx.find(Quote, { job: job.id }, { orderBy: { sentAt: 'asc' } });
    assertQuotable(job, earlier);
    const prices = await priceListOf(tx, job, input.lines, travelCeiling);
    const lines = priceLines(input.lines, prices);
    const country = await manufacturerCountry(tx, job.manufacturer.id);
    return recordQuote(tx, change, job, earlier, { lines, currency: prices.currency, country, validDays, sentBy: viewer.userId }).id;
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
  return answerQuoteById(em, clock, quoteId, input.accept, input.reason);
}

/** The answer to a quote known by id (the token verified, or the seed's customer). */
export async function answerQuoteById(em: EntityManager, clock: Clock, quoteId: string, accept: boolean, reason?: string | null): Promise<QuoteView> {
  const why = reason?.trim().slice(0, MAX_REASON) || null;
  await changeState(em, { at: clock.now(), actorId: null }, async (tx, change) => {
    const quote = await tx.findOne(Quote, quoteId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!quote) throw new AppError(ErrorCode.NOT_FOUND, 'This quote link is not valid');
    recordAnswer(change, await tx.findOneOrFail(ServiceJob, quote.job.id), quote, accept, why);
  });
  return (await quoteById(em, quoteId))!;
}

/** What the lines are priced against: the partner's rate and standard, and the named parts of the job's manufacturer. */
async function priceListOf(tx: EntityManager, job: ServiceJob, lines: readonly QuoteLineData[], travelCeiling: string): Promise<PriceList> {
  const partner = await tx.findOneOrFail(Organization, job.assignedPartner!.id);
  const standard = job.qualityStandard ? await tx.findOne(QualityStandard, job.qualityStandard.id) : null;
  const partIds = [...new Set(lines.map((line) => line.partId).filter((id): id is string => !!id && isUuid(id)))];
  const parts = partIds.length > 0 ? await tx.find(Part, { id: { $in: partIds }, manufacturer: job.manufacturer.id }) : [];
  return priceListFrom(partner, standard, parts, travelCeiling);
}

/** The manufacturer's country: where its business calendar's public holidays come from (null when it has none). */
async function manufacturerCountry(tx: EntityManager, manufacturerId: string): Promise<string | null> {
  const [row] = await tx.execute<{ country: string | null }[]>(
    `select spec->'holidays'->>'country' as country from business_calendar where organization_id = ?`,
    [manufacturerId],
  );
  return row?.country ?? null;
}
