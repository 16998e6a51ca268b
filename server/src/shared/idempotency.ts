import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode } from './errors.js';

export const requestFingerprint = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/**
 * Claims an idempotency key inside the caller's transaction, for a result whose id the caller
 * chose up front. Returns null when the key is new (go ahead and create `resultId`), or the id of
 * the first request's result when it is a replay. A concurrent first request holds the key's row
 * until it commits, so the insert here waits and then sees it: one effect, identical answers.
 * The same key with other arguments is refused.
 */
export async function claimIdempotencyKey(
  tx: EntityManager,
  claim: { userId: string; key: string; operation: string; fingerprint: string; resultId: string },
): Promise<string | null> {
  const inserted = await tx.execute<{ user_id: string }[]>(
    `insert into idempotency_key (user_id, key, operation, request_hash, result_id, created_at)
     values (?, ?, ?, ?, ?, now()) on conflict do nothing returning user_id`,
    [claim.userId, claim.key, claim.operation, claim.fingerprint, claim.resultId],
  );
  if (inserted.length > 0) return null;
  const [existing] = await tx.execute<{ operation: string; request_hash: string; result_id: string }[]>(
    'select operation, request_hash, result_id from idempotency_key where user_id = ? and key = ?',
    [claim.userId, claim.key],
  );
  if (!existing || existing.operation !== claim.operation || existing.request_hash !== claim.fingerprint) {
    throw new AppError(ErrorCode.CONFLICT, 'This idempotency key was already used for a different request');
  }
  return existing.result_id;
}
