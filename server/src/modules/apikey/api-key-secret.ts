import { createHash, randomBytes } from 'node:crypto';

/** Every key starts so: a reader (or a secret scanner) recognises it, and the server tells it from a token. */
export const API_KEY_PREFIX = 'spk_';
/** How much of the secret the list shows (`spk_` and six characters): enough to recognise a key, far too little to guess it. */
const SHOWN_LENGTH = API_KEY_PREFIX.length + 6;

export const isApiKey = (credential: string): boolean => credential.startsWith(API_KEY_PREFIX);

/** A new key: 256 random bits after the prefix. */
export function newApiKeySecret(): { secret: string; prefix: string; hash: string } {
  const secret = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { secret, prefix: secret.slice(0, SHOWN_LENGTH), hash: hashApiKey(secret) };
}

/**
 * SHA-256, not a slow password hash: a slow hash protects guessable secrets, and a 256-bit random
 * key cannot be guessed, so a fast hash is as safe and lets every request look its key up by index.
 */
export const hashApiKey = (secret: string): string => createHash('sha256').update(secret).digest('hex');
