import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceJob } from './service-job.entity.js';
import { isPaidWork } from './job.service.js';
import { Organization } from '../network/organization.entity.js';
import { QualityStandard } from '../quality/quality-standard.entity.js';
import { chargedRate } from '../billing/charges.js';
import { AppError, ErrorCode } from '../../shared/errors.js';
import { Dec, formatAmount, isAbove, money, roundMoney, type Money } from '../../shared/money.js';
import { phrase, type Phrase } from '../../shared/phrases.js';

/**
 * Paid work goes on at the customer's word: requesting parts and completing a POST_WARRANTY job
 * need the customer's ACCEPTED quote (modules/quote), and the final charges stay within it. Read
 * here by SQL so the job's steps need nothing of the quote module but its table.
 */
export interface AcceptedQuote {
  number: string;
  net: Money;
  travel: Money;
}

const ACCEPTED_SQL = `select q.number, q.net::text as net, q.currency,
    coalesce((select sum(l.amount) from quote_line l where l.quote_id = q.id and l.kind = 'TRAVEL'), 0)::text as travel
  from quote q where q.job_id = ? and q.state = 'ACCEPTED' order by q.answered_at desc limit 1`;

/** The job's accepted quote, or null. */
export async function acceptedQuote(tx: EntityManager, jobId: string): Promise<AcceptedQuote | null> {
  const [row] = await tx.execute<{ number: string; net: string; currency: string; travel: string }[]>(ACCEPTED_SQL, [jobId]);
  return row ? { number: row.number, net: money(row.net, row.currency), travel: money(row.travel, row.currency) } : null;
}

/** INVALID_TRANSITION on paid work without an accepted quote; the quote otherwise (null for other work). */
export async function assertQuoteAccepted(tx: EntityManager, job: ServiceJob, step: string): Promise<AcceptedQuote | null> {
  if (!isPaidWork(job)) return null;
  const quote = await acceptedQuote(tx, job.id);
  if (!quote) {
    throw new AppError(
      ErrorCode.INVALID_TRANSITION,
      `Paid work needs the customer's accepted quote before it can ${step}: send one (sendQuote) and wait for the answer`,
      {
        quote: 'NOT_ACCEPTED',
      },
    );
  }
  return quote;
}

const SHIPPED_PARTS_SQL = `select p.currency, sum(l.approved_quantity * p.list_price)::text as amount
  from parts_request r join parts_request_line l on l.request_id = r.id join part p on p.id = l.part_id
  where r.job_id = ? and r.status in ('SHIPPED', 'RECEIVED') group by p.currency`;

/**
 * What completing would charge against the accepted quote (labour at the charged rate for the
 * reported minutes, the shipped parts at list price, the quoted travel): the violation when it is
 * above the quote's net, or when parts are priced in another currency (never converted).
 */
export async function aboveQuote(tx: EntityManager, job: ServiceJob, quote: AcceptedQuote, laborMinutes: number): Promise<Phrase | null> {
  const partner = await tx.findOneOrFail(Organization, job.assignedPartner!.id);
  const standard = job.qualityStandard ? await tx.findOne(QualityStandard, job.qualityStandard.id) : null;
  const rate = chargedRate(money(partner.laborRate ?? 0, partner.currency), standard ? money(standard.laborRateCeiling, standard.currency) : null);
  const parts = await tx.execute<{ currency: string; amount: string }[]>(SHIPPED_PARTS_SQL, [job.id]);
  return quoteViolation(
    quote,
    rate,
    parts.map((row) => money(row.amount, row.currency)),
    laborMinutes,
  );
}

/** The same in memory (the seed's written past): the charges of `laborMinutes` at `rate` and the shipped `parts` against the quote. */
export function quoteViolation(quote: AcceptedQuote, rate: Money, parts: readonly Money[], laborMinutes: number): Phrase | null {
  const currency = quote.net.currency;
  const foreign = parts.find((sum) => sum.currency !== currency);
  if (rate.currency !== currency || foreign) {
    return phrase('price.quoteCurrency', { quote: quote.number, currency, other: foreign?.currency ?? rate.currency });
  }
  const labor = roundMoney({ amount: rate.amount.times(laborMinutes).dividedBy(60), currency });
  const total = parts
    .reduce((sum, part) => sum.plus(part.amount), new Dec(0))
    .plus(labor.amount)
    .plus(quote.travel.amount);
  const charges = roundMoney({ amount: total, currency });
  if (!isAbove(charges, quote.net)) return null;
  return phrase('price.aboveQuote', { charges: formatAmount(charges), quote: quote.number, net: formatAmount(quote.net), currency });
}
