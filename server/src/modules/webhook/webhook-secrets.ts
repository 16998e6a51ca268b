import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Signing secrets in the Standard Webhooks form (`whsec_` + base64 of 32 random bytes). The server
 * must sign with them, so they are not hashed but encrypted at rest (AES-256-GCM under a key from
 * WEBHOOK_SECRET_KEY): a copy of the database alone does not let anyone forge deliveries.
 */
export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64')}`;

const VERSION = 'v1';

export class SecretBox {
  private readonly key: Buffer;

  constructor(keyMaterial: string) {
    this.key = createHash('sha256').update(`webhook-secret-box:${keyMaterial}`).digest();
  }

  seal(secret: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64'), cipher.getAuthTag().toString('base64'), sealed.toString('base64')].join(':');
  }

  /** Throws when the stored value was sealed under another key (WEBHOOK_SECRET_KEY changed): rotate the secret. */
  open(stored: string): string {
    const [version, iv, tag, sealed] = stored.split(':');
    if (version !== VERSION || !iv || !tag || !sealed) throw new Error('Unknown webhook secret format');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64')), decipher.final()]).toString('utf8');
  }
}
