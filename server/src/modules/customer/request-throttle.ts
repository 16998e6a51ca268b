import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode } from '../../shared/errors.js';

/** How many requests one network address, and one serial, may send in a window. */
export interface RequestLimits {
  perAddress: number;
  perSerial: number;
  windowMinutes: number;
}

const LOCK_SPACE = { address: 7310101, serial: 7310102 } as const;

/**
 * Refuses a request past either limit with TOO_MANY_REQUESTS and when to try again. Counted from
 * the requests themselves (service_request), under transaction-scoped advisory locks on the address
 * and the serial, so two instances taking the same sender's requests at once count each other's.
 */
export async function assertRequestAllowed(tx: EntityManager, limits: RequestLimits, address: string, serialKey: string, now: Date): Promise<void> {
  // Two-key locks: a namespace per kind (the two-key space is apart from the one-key locks used elsewhere), always address first.
  await tx.execute(`select pg_advisory_xact_lock(${LOCK_SPACE.address}, hashtext(?)), pg_advisory_xact_lock(${LOCK_SPACE.serial}, hashtext(?))`, [
    address,
    serialKey,
  ]);
  const since = new Date(now.getTime() - limits.windowMinutes * 60_000);
  const [row] = await tx.execute<{ address: string; serial: string; oldest_address: Date | null; oldest_serial: Date | null }[]>(
    `select count(*) filter (where client_address = ?) as address, count(*) filter (where serial_key = ?) as serial,
       min(created_at) filter (where client_address = ?) as oldest_address, min(created_at) filter (where serial_key = ?) as oldest_serial
     from service_request where created_at > ? and (client_address = ? or serial_key = ?)`,
    [address, serialKey, address, serialKey, since, address, serialKey],
  );
  const byAddress = Number(row.address) >= limits.perAddress;
  const bySerial = Number(row.serial) >= limits.perSerial;
  if (!byAddress && !bySerial) return;
  const oldest = byAddress ? row.oldest_address : row.oldest_serial;
  const retryAfterSeconds = Math.max(
    60,
    Math.ceil(((oldest ? new Date(oldest).getTime() : now.getTime()) + limits.windowMinutes * 60_000 - now.getTime()) / 1000),
  );
  throw new AppError(
    ErrorCode.TOO_MANY_REQUESTS,
    bySerial
      ? `This unit's service was requested several times already; we are on it. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes if something is missing.`
      : `Too many requests from your network. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
    { retryAfterSeconds, limit: bySerial ? 'SERIAL' : 'ADDRESS' },
  );
}
