import { PgBoss, type Job, type JobInsert, type Queue, type SendOptions, type WorkOptions } from 'pg-boss';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CompiledQuery } from 'kysely';
import type { Logger } from 'pino';

/** pg-boss keeps its tables in a schema of its own; `pnpm backup` carries it with ours. */
export const QUEUE_SCHEMA = 'pgboss';

/** A queue a module declares: its name, pg-boss policy and retries, and the handler that works its jobs. */
export interface QueueDefinition<T extends object> {
  name: string;
  options: Omit<Queue, 'name'>;
  /** Per-instance workers and fetch cadence. */
  work?: WorkOptions;
  handle(job: Job<T>): Promise<void>;
}

/**
 * The PostgreSQL job queue (pg-boss) behind outgoing mail and webhooks: a job is claimed by one
 * instance (SKIP LOCKED), retried with backoff, and expired back to the queue when its worker
 * dies. Jobs are sent inside the caller's transaction, so a message and its job commit together.
 */
export class JobQueue {
  private readonly boss: PgBoss;
  private readonly definitions: QueueDefinition<object>[] = [];
  private started = false;

  constructor(
    connectionString: string,
    private readonly log: Logger,
  ) {
    this.boss = new PgBoss({ connectionString, schema: QUEUE_SCHEMA, max: 4, useListenNotify: true, application_name: 'portal-queue' });
    this.boss.on('error', (error) => this.log.warn({ error: error.message }, 'job queue error'));
  }

  /** Declares a queue; its workers start with `start`. */
  define<T extends object>(definition: QueueDefinition<T>): void {
    this.definitions.push(definition as unknown as QueueDefinition<object>);
  }

  /** Installs or migrates pg-boss's schema, creates the declared queues and, when `work`, starts their workers. */
  async start({ work }: { work: boolean }): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const definition of this.definitions) {
      const existing = await this.boss.getQueue(definition.name);
      // pg-boss refuses a policy in updateQueue, even an unchanged one: a second start (another instance, a restart) updates the rest.
      const { policy: _policy, ...changeable } = definition.options;
      if (existing) await this.boss.updateQueue(definition.name, changeable);
      else await this.boss.createQueue(definition.name, { notify: true, ...definition.options });
      if (!work) continue;
      await this.boss.work<object>(definition.name, { pollingIntervalSeconds: 2, ...definition.work }, async (jobs) => {
        for (const job of jobs) await definition.handle(job);
      });
    }
  }

  /** Enqueues a job in the caller's transaction: it becomes visible to workers when that commits. */
  async send(tx: EntityManager, name: string, data: object, options: SendOptions = {}): Promise<string | null> {
    return this.boss.send(name, data, { ...options, db: inTransaction(tx) });
  }

  /** Enqueues many jobs in one statement of the caller's transaction (pg-boss `insert`: the queue's retry policy applies). */
  async sendMany(tx: EntityManager, name: string, jobs: JobInsert[]): Promise<void> {
    if (jobs.length > 0) await this.boss.insert(name, jobs, { db: inTransaction(tx) });
  }

  /** Puts failed jobs back in the queue for one more attempt (a replay); with `tx`, in that transaction. */
  async retry(name: string, ids: string[], tx?: EntityManager): Promise<void> {
    if (ids.length > 0) await this.boss.retry(name, ids, tx ? { db: inTransaction(tx) } : {});
  }

  /** A job's state (`failed`, `completed`, ...), or null once pg-boss has deleted it. */
  async stateOf(tx: EntityManager, name: string, id: string): Promise<string | null> {
    const job = await this.boss.getJobById(name, id, { db: inTransaction(tx) });
    return job?.state ?? null;
  }

  /** Lets running jobs finish (up to `timeoutMs`), then closes the pool. */
  async stop(timeoutMs = 10_000): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, timeout: timeoutMs });
  }
}

/** pg-boss's SQL (numbered parameters) run on the connection of a MikroORM transaction. */
function inTransaction(tx: EntityManager) {
  return {
    async executeSql(text: string, values: unknown[] = []): Promise<{ rows: unknown[] }> {
      const context = tx.getTransactionContext();
      if (!context) throw new Error('JobQueue.send needs a transaction');
      const result = await context.executeQuery(CompiledQuery.raw(text, values));
      return { rows: [...result.rows] };
    },
  };
}
