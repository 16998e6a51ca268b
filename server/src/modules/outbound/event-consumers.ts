import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Orm } from '../../db/orm.js';
import type { EventHub } from '../events/event-hub.js';
import { EVENT_COLUMNS, toEventRecord, type EventRecord, type EventRow } from '../events/event-record.js';

/**
 * Something that follows the event log (mail, webhooks): it turns events into its own rows (and
 * queue jobs) inside the transaction that advances its cursor, so each event is handled exactly
 * once whatever crashes, and no state change waits for it.
 */
export interface EventConsumer {
  /** The cursor's name in `event_consumer`. */
  name: string;
  handle(tx: EntityManager, events: readonly EventRecord[]): Promise<void>;
}

const BATCH = 500;
const RETRY_MS = 5_000;
/**
 * How long a wake-up gathers events before the consumers run. Mail and webhooks do not need the
 * milliseconds live screens do; gathering makes one transaction per burst instead of one per
 * change, so a busy network's writes do not share their server with a dozen statements each.
 */
const GATHER_MS = 200;

/**
 * Runs the consumers after every wake-up of the event hub. The event log is the transactional
 * outbox: events are written in the change's own transaction, and appends serialize until commit,
 * so reading past a cursor never skips one. A consumer's cursor row is locked while it works, so
 * of several server instances one handles each batch.
 */
export class EventConsumers {
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  private unwatch: (() => void) | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private gatherTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly orm: Orm,
    private readonly hub: EventHub,
    private readonly log: Logger,
    private readonly consumers: readonly EventConsumer[],
  ) {}

  /**
   * A consumer new to this database starts at the log's end: what happened before it existed
   * (the seeded history included) is not sent out.
   */
  async start(): Promise<void> {
    if (this.consumers.length === 0) return;
    const em = this.orm.em.fork();
    for (const consumer of this.consumers)
      await em.execute(`insert into event_consumer (name, seq) select ?, coalesce(max(seq), 0) from service_event on conflict (name) do nothing`, [
        consumer.name,
      ]);
    this.stopped = false;
    this.unwatch = this.hub.watch(() => this.soon());
    void this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unwatch?.();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.gatherTimer) clearTimeout(this.gatherTimer);
    this.gatherTimer = null;
    await this.running;
  }

  /** Resolves when every event committed before the call has been handled (tests, shutdown). */
  async drain(): Promise<void> {
    await this.wake();
    await this.running;
  }

  /** Runs the consumers once the events of the next GATHER_MS have arrived. */
  private soon(): void {
    this.gatherTimer ??= setTimeout(() => {
      this.gatherTimer = null;
      void this.wake();
    }, GATHER_MS).unref();
  }

  /** Single-flight: a wake-up while running makes the loop go round once more. */
  wake(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      for (const consumer of this.consumers) {
        try {
          while (!this.stopped && (await this.step(consumer)) === BATCH);
        } catch (error) {
          this.log.warn({ err: error, consumer: consumer.name }, 'event consumer failed; retrying');
          this.retryTimer ??= setTimeout(() => {
            this.retryTimer = null;
            void this.wake();
          }, RETRY_MS).unref();
        }
      }
    } while (this.again && !this.stopped);
  }

  /** One batch in one transaction: lock the cursor, read past it, handle, advance. */
  private async step(consumer: EventConsumer): Promise<number> {
    return this.orm.em.fork().transactional(async (tx) => {
      // skip locked: another instance holds this consumer; it will read these events.
      const [cursor] = await tx.execute<{ seq: string }[]>(`select seq from event_consumer where name = ? for update skip locked`, [consumer.name]);
      if (!cursor) return 0;
      const rows = await tx.execute<EventRow[]>(`select ${EVENT_COLUMNS} from service_event where seq > ? order by seq limit ${BATCH}`, [cursor.seq]);
      if (rows.length === 0) return 0;
      const events = rows.map(toEventRecord);
      await consumer.handle(tx, events);
      await tx.execute(`update event_consumer set seq = ?, updated_at = now() where name = ?`, [events.at(-1)!.seq, consumer.name]);
      return rows.length;
    });
  }
}
