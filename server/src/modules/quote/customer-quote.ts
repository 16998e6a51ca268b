import type { EntityManager } from '@mikro-orm/postgresql';
import { QuoteState } from './quote.enums.js';
import { latestQuotes, type QuoteView } from './quote-views.js';
import { quoteToken } from './quote-links.js';
import type { MessageLinks } from '../../shared/message-links.js';
import type { Clock } from '../../shared/clock.js';

/** The quote as the customer sees it: no part ids, the partner's name, and while it is open the token that answers it. */
export interface CustomerQuote extends Omit<QuoteView, 'id' | 'jobId'> {
  partnerName: string;
  answerToken: string | null;
}

export async function customerQuote(em: EntityManager, links: MessageLinks, clock: Clock, quote: QuoteView): Promise<CustomerQuote> {
  const [row] = await em.execute<{ name: string }[]>('select o.name from service_job j join organization o on o.id = j.assigned_partner_id where j.id = ?', [
    quote.jobId,
  ]);
  const open = quote.state === QuoteState.SENT && quote.validUntil > clock.now();
  return {
    number: quote.number,
    state: quote.state,
    lines: quote.lines,
    net: quote.net,
    taxRate: quote.taxRate,
    tax: quote.tax,
    gross: quote.gross,
    validUntil: quote.validUntil,
    sentAt: quote.sentAt,
    answeredAt: quote.answeredAt,
    declineReason: quote.declineReason,
    partnerName: row?.name ?? '',
    answerToken: open ? await quoteToken(links, quote) : null,
  };
}

/** The customer's view of the job's latest quote, or null (tracking.service.ts). */
export async function customerQuoteOfJob(em: EntityManager, links: MessageLinks, clock: Clock, jobId: string): Promise<CustomerQuote | null> {
  const quote = (await latestQuotes(em, [jobId])).get(jobId);
  return quote ? customerQuote(em, links, clock, quote) : null;
}
