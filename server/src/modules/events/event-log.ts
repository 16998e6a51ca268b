import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventKind } from './event.enums.js';

export const EVENT_CHANNEL = 'service_event';

/**
 * Appends serialise on this transaction-scoped advisory lock, taken by the insert itself and
 * held until commit. So sequence numbers become visible in order: a reader that has seen seq N
 * never later finds a committed event below N (no gap for resumable subscriptions).
 */
const APPEND_LOCK = 7_310_001;

/** A row of the log before it is written (built by a Change, change.ts). */
export interface NewEvent {
  kind: EventKind;
  at: Date;
  manufacturerId: string;
  audience: string[];
  jobId?: string | null;
  offerId?: string | null;
  partsRequestId?: string | null;
  partnerId?: string | null;
  actorId?: string | null;
  data: object;
}

/**
 * Writes events inside the caller's transaction (call it last, after the flush) and wakes every
 * server instance: NOTIFY is delivered at commit, never after a rollback, so it may be sent first.
 */
export async function appendEvents(em: EntityManager, events: readonly NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  const values: unknown[] = [];
  const rows = events.map((event) => {
    values.push(
      event.kind,
      event.at,
      event.manufacturerId,
      event.jobId ?? null,
      event.offerId ?? null,
      event.partsRequestId ?? null,
      event.partnerId ?? null,
      event.actorId ?? null,
      `{${event.audience.map((key) => `"${key}"`).join(',')}}`,
      JSON.stringify(event.data),
    );
    return '(?::event_kind, ?::timestamptz, ?::uuid, ?::uuid, ?::uuid, ?::uuid, ?::uuid, ?::uuid, ?::text[], ?::jsonb)';
  });
  // One round trip, and the lock held one round trip less: the lock (with the wake-up) is the insert's
  // one-time filter, which PostgreSQL evaluates before it produces any row, so before any sequence number is drawn.
  await em.execute(
    `insert into service_event (kind, at, manufacturer_id, job_id, offer_id, parts_request_id, partner_id, actor_id, audience, data)
     select * from (values ${rows.join(', ')}) as appended
     where (select true from (select pg_advisory_xact_lock(?), pg_notify('${EVENT_CHANNEL}', '')) as lock)`,
    [...values, APPEND_LOCK],
    'run',
  );
}
