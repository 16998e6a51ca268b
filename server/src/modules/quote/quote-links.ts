import type { MessageLinks } from '../../shared/message-links.js';
import { AppError, ErrorCode } from '../../shared/errors.js';
import { isUuid } from '../../shared/scope.js';

/** The portal page that receives a quote's answer token: /quote/<token> (?answer=accept|decline preselects the button). */
export const QUOTE_LINK_PATH = '/quote';

/** A JWT of ours is a few hundred characters; anything far longer is not one. */
const TOKEN_MAX = 2048;

/**
 * The quote's answer token: signed for exactly this quote (purpose quote.answer, subject its id),
 * valid until the quote is. It answers nothing else, reads nothing else; that the quote is still
 * open is the quote's state, so a token answers once.
 */
export function quoteToken(links: MessageLinks, quote: { id: string; validUntil: Date }): Promise<string> {
  return links.sign({ purpose: 'quote.answer', subject: quote.id, userId: null, expiresAt: quote.validUntil });
}

/** The mail's accept and decline links to the answer page. */
export async function quoteLinkUrls(links: MessageLinks, quote: { id: string; validUntil: Date }): Promise<{ acceptUrl: string; declineUrl: string }> {
  const url = links.url(QUOTE_LINK_PATH, await quoteToken(links, quote));
  return { acceptUrl: `${url}?answer=accept`, declineUrl: `${url}?answer=decline` };
}

/** The quote's id, or NOT_FOUND for a forged, altered or foreign token; OFFER_CLOSED once it expired. */
export async function verifyQuoteToken(links: MessageLinks, token: string): Promise<string> {
  const { link, expired } = token.length <= TOKEN_MAX ? await links.verify(token, ['quote.answer']) : { link: null, expired: false };
  if (expired) throw new AppError(ErrorCode.OFFER_CLOSED, 'This quote expired: ask for a new one', { reason: 'EXPIRED' });
  if (!link || !isUuid(link.subject)) throw new AppError(ErrorCode.NOT_FOUND, 'This quote link is not valid: it may have been altered or cut short');
  return link.subject;
}
