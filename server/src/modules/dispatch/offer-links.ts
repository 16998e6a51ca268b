import type { LinkPurpose, MessageLinks } from '../../shared/message-links.js';

/** What a mailed offer's link does when its button is pressed. */
export enum OfferLinkAction {
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
}

/** Why a mailed offer's link can no longer act. */
export enum OfferLinkBlock {
  /** This very link answered the offer already. */
  ALREADY_USED = 'ALREADY_USED',
  /** The offer was answered otherwise: in the portal, or through its other link. */
  ANSWERED = 'ANSWERED',
  /** Another partner accepted the job first. */
  TAKEN = 'TAKEN',
  /** The dispatcher withdrew the offer (the job was cancelled, say). */
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
}

/** Each action's link purpose: a token signed for one never performs the other. */
export const OFFER_LINK_PURPOSE = {
  [OfferLinkAction.ACCEPT]: 'offer.accept',
  [OfferLinkAction.DECLINE]: 'offer.decline',
} as const satisfies Record<OfferLinkAction, LinkPurpose>;

export const OFFER_LINK_PURPOSES: readonly LinkPurpose[] = Object.values(OFFER_LINK_PURPOSE);

export const actionOf = (purpose: LinkPurpose): OfferLinkAction =>
  purpose === OFFER_LINK_PURPOSE[OfferLinkAction.ACCEPT] ? OfferLinkAction.ACCEPT : OfferLinkAction.DECLINE;

/** The portal page that receives an offer link's token. */
export const OFFER_LINK_PATH = '/offer';

/**
 * The signed single-use accept and decline links of an offer mailed to one of the partner's admins
 * (`/offer/<token>` on PUBLIC_URL). Each acts as that user, on that offer only, and expires with the
 * offer. Opening a link changes nothing; pressing its page's button answers (mailed-offer.service.ts).
 */
export async function offerLinkUrls(
  links: MessageLinks,
  input: { offerId: string; userId: string; expiresAt: Date },
): Promise<{ acceptUrl: string; declineUrl: string }> {
  const sign = (action: OfferLinkAction) =>
    links.sign({ purpose: OFFER_LINK_PURPOSE[action], subject: input.offerId, userId: input.userId, expiresAt: input.expiresAt });
  const [accept, decline] = await Promise.all([sign(OfferLinkAction.ACCEPT), sign(OfferLinkAction.DECLINE)]);
  return { acceptUrl: links.url(OFFER_LINK_PATH, accept), declineUrl: links.url(OFFER_LINK_PATH, decline) };
}
