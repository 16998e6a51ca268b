import pg from 'pg';
import type { Logger } from 'pino';
import { EVENT_CHANNEL } from './event-log.js';
import { EVENT_COLUMNS, toEventRecord, type EventRecord, type EventRow } from './event-record.js';

export interface HubSubscriber {
  /** Audience keys the subscriber listens on (viewer.ts). */
  keys: readonly string[];
  push(event: EventRecord): void;
}

export interface ReadOptions {
  after: number;
  upTo?: number;
  keys?: readonly string[];
  jobId?: string | null;
  limit: number;
}

/** What metrics may read of a connection pool. */
export type PoolGauges = Pick<pg.Pool, 'totalCount' | 'idleCount' | 'waitingCount' | 'options'>;

const BATCH = 1000;
const RECONNECT_MS = [100, 250, 500, 1000, 2000, 5000];

/**
 * One per server instance. It holds the instance's single LISTEN connection; each wake-up reads
 * the new events once, in order, and hands each to the subscribers whose keys are in its audience,
 * so an event touches only the sockets that may see it.
 */
export class EventHub {
  private readonly pool: pg.Pool;
  private listener: pg.Client | null = null;
  private headSeq = 0;
  private pumping = false;
  private pumpAgain = false;
  private stopping = false;
  private listening = false;
  private reconnectAttempt = 0;
  private readonly byKey = new Map<string, Set<HubSubscriber>>();
  private readonly watchers = new Set<() => void>();

  constructor(
    private readonly connectionString: string,
    private readonly log: Logger,
  ) {
    this.pool = new pg.Pool({ connectionString, max: 4 });
    // pg attaches the whole client to its errors: log what a person needs.
    this.pool.on('error', (error) => this.log.warn({ error: error.message }, 'event reader connection error'));
  }

  /** The highest sequence number this instance has delivered. */
  get head(): number {
    return this.headSeq;
  }

  /** Ready while the LISTEN connection is up. */
  get ready(): boolean {
    return this.listening;
  }

  /** The newest sequence in the log, delivered or not: against `head`, how far this instance lags. */
  async newestSequence(): Promise<number> {
    const { rows } = await this.pool.query<{ newest: string | null }>({ name: 'service_event_newest', text: 'select max(seq) as newest from service_event' });
    return Number(rows[0]?.newest ?? 0);
  }

  /** The event reader's own pool (replays and the live pump), beside the ORM's. */
  get poolGauges(): PoolGauges {
    return this.pool;
  }

  get subscriberCount(): number {
    const all = new Set<HubSubscriber>();
    for (const set of this.byKey.values()) for (const s of set) all.add(s);
    return all.size;
  }

  async start(): Promise<void> {
    this.headSeq = await this.newestInLog();
    await this.listen();
  }

  /** The newest sequence number in the log, which may be ahead of `head` until the wake-up is read. */
  async newestInLog(): Promise<number> {
    const { rows } = await this.pool.query<{ head: string | null }>('select max(seq) as head from service_event');
    return Number(rows[0]?.head ?? 0);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.listening = false;
    await this.listener?.end().catch(() => undefined);
    await this.pool.end();
  }

  subscribe(subscriber: HubSubscriber): () => void {
    for (const key of subscriber.keys) {
      let set = this.byKey.get(key);
      if (!set) this.byKey.set(key, (set = new Set()));
      set.add(subscriber);
    }
    return () => {
      for (const key of subscriber.keys) {
        const set = this.byKey.get(key);
        set?.delete(subscriber);
        if (set?.size === 0) this.byKey.delete(key);
      }
    };
  }

  /** How many events after `after` carry one of `keys`, counted up to `limit` (the count stops there). */
  async countAfter(after: number, keys: readonly string[], limit: number): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>({
      name: 'service_event_count_after',
      text: 'select count(*)::int as n from (select 1 from service_event where seq > $1 and audience && $2::text[] limit $3) as missed',
      values: [after, keys, limit],
    });
    return rows[0].n;
  }

  /** Reads the log in order; used for catch-up here and replay by resuming subscribers. */
  async read(options: ReadOptions): Promise<EventRecord[]> {
    const params: unknown[] = [options.after];
    let where = 'seq > $1';
    if (options.upTo !== undefined) {
      params.push(options.upTo);
      where += ` and seq <= $${params.length}`;
    }
    if (options.keys) {
      params.push(options.keys);
      where += ` and audience && $${params.length}::text[]`;
    }
    if (options.jobId) {
      params.push(options.jobId);
      where += ` and job_id = $${params.length}`;
    }
    params.push(options.limit);
    const text = `select ${EVENT_COLUMNS} from service_event where ${where} order by seq limit $${params.length}`;
    // Named by its shape, each read is parsed and planned once per connection: the live pump asks
    // the same one on every wake-up.
    const name = `service_event_read_${Number(options.upTo !== undefined)}${Number(Boolean(options.keys))}${Number(Boolean(options.jobId))}`;
    const { rows } = await this.pool.query<EventRow>({ name, text, values: params });
    return rows.map(toEventRecord);
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('notification', () => void this.pump());
    client.on('error', (error) => {
      this.log.warn({ error: error.message }, 'event listener connection lost');
      this.onListenerLost(client);
    });
    client.on('end', () => this.onListenerLost(client));
    await client.connect();
    await client.query(`listen ${EVENT_CHANNEL}`);
    this.listener = client;
    this.listening = true;
    this.reconnectAttempt = 0;
    // Whatever committed while we were not listening is read now.
    void this.pump();
  }

  private onListenerLost(client: pg.Client): void {
    if (this.listener !== client || this.stopping) return;
    this.listener = null;
    this.listening = false;
    client.end().catch(() => undefined);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopping) return;
    const delay = RECONNECT_MS[Math.min(this.reconnectAttempt++, RECONNECT_MS.length - 1)];
    setTimeout(() => {
      if (this.stopping) return;
      this.listen().catch((error: unknown) => {
        this.log.warn({ error: error instanceof Error ? error.message : String(error) }, 'event listener reconnect failed');
        this.scheduleReconnect();
      });
    }, delay).unref();
  }

  /** Calls `listener` after each read that found new events (the log's consumers, outbound/event-consumers.ts). */
  watch(listener: () => void): () => void {
    this.watchers.add(listener);
    return () => this.watchers.delete(listener);
  }

  /** Single-flight: a wake-up during a read makes the loop go round once more. */
  private async pump(): Promise<void> {
    if (this.pumping) {
      this.pumpAgain = true;
      return;
    }
    this.pumping = true;
    try {
      do {
        this.pumpAgain = false;
        const before = this.headSeq;
        let batch: EventRecord[];
        do {
          batch = await this.read({ after: this.headSeq, limit: BATCH });
          for (const event of batch) this.deliver(event);
        } while (batch.length === BATCH);
        if (this.headSeq !== before) for (const listener of this.watchers) listener();
      } while (this.pumpAgain);
    } catch (error) {
      this.log.warn({ err: error }, 'reading new events failed; retrying on the next wake-up');
    } finally {
      this.pumping = false;
    }
  }

  private deliver(event: EventRecord): void {
    this.headSeq = event.seq;
    const reached = new Set<HubSubscriber>();
    for (const key of event.audience) {
      const set = this.byKey.get(key);
      if (!set) continue;
      for (const subscriber of set) {
        if (reached.has(subscriber)) continue;
        reached.add(subscriber);
        subscriber.push(event);
      }
    }
  }
}
