import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FileVariant } from './files.enums.js';

/** Expiries are rounded up to this step, so the URLs of one page stay the same for a while and the browser's cache serves them. */
const EXPIRY_STEP_SECONDS = 300;

export interface SignedFileRequest {
  id: string;
  variant: FileVariant;
  /** Unix seconds. */
  expires: number;
}

/**
 * Short-lived signed URLs for attachments: an `<img>` cannot send a bearer token, so whoever may
 * see the job gets, at read time, a URL that opens exactly one variant of exactly one file until
 * it expires (HMAC-SHA256 over id, variant and expiry). The viewer is checked when signing.
 */
export class FileUrlSigner {
  constructor(
    private readonly secret: string,
    private readonly ttlSeconds: number,
  ) {}

  url(id: string, variant: FileVariant, now: Date): string {
    const expires = Math.ceil((now.getTime() / 1000 + this.ttlSeconds) / EXPIRY_STEP_SECONDS) * EXPIRY_STEP_SECONDS;
    return `/files/${id}?v=${variant}&exp=${expires}&sig=${this.signature({ id, variant, expires })}`;
  }

  /** Whether the signature is ours for exactly this request; expiry is checked apart, so the answer can say which failed. */
  verify(request: SignedFileRequest, signature: string): boolean {
    const expected = Buffer.from(this.signature(request));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  private signature({ id, variant, expires }: SignedFileRequest): string {
    return createHmac('sha256', this.secret).update(`${id}.${variant}.${expires}`).digest('base64url');
  }
}
