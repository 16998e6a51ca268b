import type { MessageLinks } from '../../shared/message-links.js';

/**
 * The accept and decline links of a mailed offer: signed for that offer and that user, valid until
 * the offer expires; the /offer page shows the offer and acts on a button press (single use by the link's id).
 */
export async function offerLinkUrls(
  links: MessageLinks,
  input: { offerId: string; userId: string; expiresAt: Date },
): Promise<{ acceptUrl: string; declineUrl: string }> {
  const { offerId, userId, expiresAt } = input;
  const [accept, decline] = await Promise.all([
    links.sign({ purpose: 'offer.accept', subject: offerId, userId, expiresAt }),
    links.sign({ purpose: 'offer.decline', subject: offerId, userId, expiresAt }),
  ]);
  return { acceptUrl: links.url('/offer', accept), declineUrl: links.url('/offer', decline) };
}
