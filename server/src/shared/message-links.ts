import { randomUUID } from 'node:crypto';
import { SignJWT, errors, jwtVerify } from 'jose';

/** What a link in a message may do: each purpose grants exactly its one thing. */
export type LinkPurpose = 'offer.accept' | 'offer.decline' | 'mail.unsubscribe' | 'partner.invitation' | 'quote.answer';

/** A verified link: its purpose, what it is about, for whom, and its own id (a single-use link is spent by id). */
export interface MessageLink {
  id: string;
  purpose: LinkPurpose;
  /** What the link acts on (an offer's id; for an unsubscribe, the recipient's address). */
  subject: string;
  /** The user the message went to, when it went to a user. */
  userId: string | null;
  expiresAt: Date;
}

/**
 * Signed links in messages (HS256 JWTs under LINK_SECRET): the token says what it grants, so a
 * forged or altered link is refused before anything is read. Whether a single-use link was
 * already used is the owning module's record (its `id`).
 */
export class MessageLinks {
  private readonly key: Promise<CryptoKey>;

  constructor(
    secret: string,
    private readonly publicUrl: () => string,
  ) {
    this.key = crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  }

  async sign(link: Omit<MessageLink, 'id'>): Promise<string> {
    return new SignJWT({ pur: link.purpose, ...(link.userId ? { uid: link.userId } : {}) })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(link.subject)
      .setJti(randomUUID())
      .setExpirationTime(Math.floor(link.expiresAt.getTime() / 1000))
      .sign(await this.key);
  }

  /** The absolute URL of a page of the portal that receives the token: `url('/offer', token)`. */
  url(path: string, token: string): string {
    return `${this.publicUrl()}${path}/${token}`;
  }

  /** The link, or null when the token is forged, altered, of another purpose, or expired (`expired` says which). */
  async verify(token: string, purposes: readonly LinkPurpose[]): Promise<{ link: MessageLink | null; expired: boolean }> {
    try {
      const { payload } = await jwtVerify(token, await this.key, { algorithms: ['HS256'] });
      const purpose = payload.pur as LinkPurpose;
      if (!purposes.includes(purpose) || typeof payload.sub !== 'string' || typeof payload.jti !== 'string') return { link: null, expired: false };
      const userId = typeof payload.uid === 'string' ? payload.uid : null;
      return { link: { id: payload.jti, purpose, subject: payload.sub, userId, expiresAt: new Date((payload.exp ?? 0) * 1000) }, expired: false };
    } catch (error) {
      if (error instanceof errors.JWTExpired) return { link: null, expired: true };
      if (error instanceof errors.JOSEError) return { link: null, expired: false };
      throw error;
    }
  }
}
