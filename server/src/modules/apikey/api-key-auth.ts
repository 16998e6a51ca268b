import type { Logger } from 'pino';
import type { Orm } from '../../db/orm.js';
import type { Clock } from '../../shared/clock.js';
import type { Role } from '../../shared/roles.js';
import type { Viewer } from '../../shared/viewer.js';
import { hashApiKey } from './api-key-secret.js';
import { ApiKey } from './api-key.entity.js';

/** How rarely a key's `lastUsedAt` is written: a minute is precise enough to tell a live integration from a dead one. */
export const LAST_USED_PRECISION_MS = 60_000;
/** How often the keys of open WebSockets are checked: a socket opened with a key revoked since is closed within this time. */
export const REVOCATION_CHECK_MS = 10_000;

interface KeyRow {
  id: string;
  last_used_at: Date | null;
  user_id: string;
  organization_id: string;
  role: Role;
}

/**
 * API keys as credentials: a key is looked up by its hash on every request (so a revoked key is
 * refused at once over HTTP), and the WebSockets opened with one are checked every
 * REVOCATION_CHECK_MS, in one query for all of them, and closed when their key was revoked.
 */
export class ApiKeyAuth {
  private readonly watched = new Map<string, Set<() => void>>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly orm: Orm,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  /** The viewer a live key acts as; null for an unknown or revoked key. */
  async verify(secret: string): Promise<Viewer | null> {
    const em = this.orm.em.fork();
    const [key] = await em.execute<KeyRow[]>(
      `select k.id, k.last_used_at, u.id as user_id, u.organization_id, u.role
       from api_key k join app_user u on u.id = k.user_id
       where k.secret_hash = ? and k.revoked_at is null`,
      [hashApiKey(secret)],
    );
    if (!key) return null;
    await this.touch(key);
    return { userId: key.user_id, orgId: key.organization_id, role: key.role, apiKeyId: key.id };
  }

  /**
   * Writes `lastUsedAt` at most once a minute per key, not on every request: a write per request
   * would turn each read into a write and make a busy integration's requests queue on one row's lock.
   * The condition in SQL keeps it so across server instances too.
   */
  private async touch(key: KeyRow): Promise<void> {
    const now = this.clock.now();
    if (key.last_used_at && now.getTime() - new Date(key.last_used_at).getTime() < LAST_USED_PRECISION_MS) return;
    await this.orm.em
      .fork()
      .execute('update api_key set last_used_at = ? where id = ? and (last_used_at is null or last_used_at <= ?)', [
        now,
        key.id,
        new Date(now.getTime() - LAST_USED_PRECISION_MS),
      ]);
  }

  /** Calls `close` once the key is found revoked; the returned function stops watching (the socket closed). */
  watch(keyId: string, close: () => void): () => void {
    const closers = this.watched.get(keyId) ?? new Set();
    closers.add(close);
    this.watched.set(keyId, closers);
    return () => {
      closers.delete(close);
      if (closers.size === 0 && this.watched.get(keyId) === closers) this.watched.delete(keyId);
    };
  }

  /** Closes the sockets whose key is no longer live: one query for every watched key. */
  async recheck(): Promise<void> {
    const ids = [...this.watched.keys()];
    if (ids.length === 0) return;
    const live = await this.orm.em.fork().find(ApiKey, { id: { $in: ids }, revokedAt: null }, { fields: ['id'] });
    const alive = new Set(live.map((key) => key.id));
    for (const id of ids) {
      if (alive.has(id)) continue;
      for (const close of this.watched.get(id) ?? []) close();
      this.watched.delete(id);
    }
  }

  start(): void {
    this.timer ??= setInterval(() => {
      this.recheck().catch((error: unknown) => this.log.error({ err: error }, 'API key revocation check failed'));
    }, REVOCATION_CHECK_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
