import type { MessageLinks } from '../../shared/message-links.js';
import { AppError, ErrorCode } from '../../shared/errors.js';
import { isUuid } from '../../shared/scope.js';

/** The portal page that receives an invitation's token. */
export const JOIN_PATH = '/join';
/** How long an invitation may be answered. */
export const INVITATION_DAYS = 14;
/**
 * How long past the invitation's expiry its link still names it, so the page can say whose
 * invitation expired; after that the token itself has expired and reads like a forged one.
 */
const READABLE_DAYS_AFTER_EXPIRY = 30;
const DAY = 86_400_000;
/** A JWT of ours is a few hundred characters; anything far longer is not one. */
const TOKEN_MAX = 2048;

/** The invitation's signed link, `/join/<token>`: it names exactly that invitation and grants nothing else. */
export async function invitationUrl(links: MessageLinks, invitation: { id: string; expiresAt: Date }): Promise<string> {
  const token = await links.sign({
    purpose: 'partner.invitation',
    subject: invitation.id,
    userId: null,
    expiresAt: new Date(invitation.expiresAt.getTime() + READABLE_DAYS_AFTER_EXPIRY * DAY),
  });
  return links.url(JOIN_PATH, token);
}

/** The invitation a token names; NOT_FOUND for a forged, altered, foreign-purpose or long-expired one. */
export async function invitationIdOf(links: MessageLinks, token: string): Promise<string> {
  const { link } = token.length <= TOKEN_MAX ? await links.verify(token, ['partner.invitation']) : { link: null };
  if (!link || !isUuid(link.subject)) throw new AppError(ErrorCode.NOT_FOUND, 'This invitation link is not valid: it may have been altered or cut short');
  return link.subject;
}
