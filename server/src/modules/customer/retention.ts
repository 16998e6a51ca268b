import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Orm } from '../../db/orm.js';
import type { Clock } from '../../shared/clock.js';
import { JobStatus } from '../job/job.enums.js';

/** The jobs whose customer data is past retention in this pass (closed or cancelled longer ago than the setting), and the cutoff. */
export interface PastRetention {
  jobIds: string[];
  cutoff: Date;
  now: Date;
  /** Work outside the database (deleting files from an S3 store, say) to do once the pass's transaction has committed; a failure is logged. */
  afterCommit(task: () => Promise<void>): void;
}

/**
 * One kind of customer data the sweep clears. Each runs in the pass's transaction with the jobs
 * newly past retention (each job is handed over once) and answers how many rows it cleared.
 * Attachments plug in by adding theirs: to RETENTION_SWEEPERS, or (needing the file storage) to
 * the list server.ts hands RetentionSweep; their bytes outside PostgreSQL go through `afterCommit`.
 */
export interface RetentionSweeper {
  name: string;
  sweep(tx: EntityManager, past: PastRetention): Promise<number>;
}

/** The contact a customer sent with a request: cleared with its job, or on its own when no job came of it; the link is retired. */
const serviceRequests: RetentionSweeper = {
  name: 'serviceRequests',
  async sweep(tx, { jobIds, cutoff, now }) {
    const result = await tx.execute<{ affectedRows: number }>(
      `update service_request set contact_name = null, contact_email = null, contact_phone = null, address = null, client_address = null,
         description = '(removed after the retention period)', token = gen_random_uuid()::text, anonymized_at = ?
       where anonymized_at is null and (job_id = any(?::uuid[]) or (job_id is null and coalesce(handled_at, created_at) < ?))`,
      [now, `{${jobIds.join(',')}}`, cutoff],
      'run',
    );
    return result.affectedRows;
  },
};

/** Every sweeper, in order. */
export const RETENTION_SWEEPERS: readonly RetentionSweeper[] = [serviceRequests];

const BATCH = 500;
/** The advisory lock one instance holds for the pass (the others skip it). */
const LOCK_KEY = "hashtext('customer-retention-sweep')";

export interface RetentionResult {
  /** False when another instance was sweeping. */
  ran: boolean;
  jobs: number;
  cleared: Record<string, number>;
}

/**
 * The daily sweep of customer data past CUSTOMER_DATA_RETENTION_DAYS. Every instance runs the
 * timer; a transaction-scoped advisory lock lets one of them do each pass. Jobs are taken in
 * batches (`for update skip locked`, so a job being changed is taken next time), each marked swept
 * and its customer link retired (a new random token: the old link answers NOT_FOUND). Events keep
 * the facts; they never held the contact.
 */
export class RetentionSweep {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<RetentionResult> | null = null;

  constructor(
    private readonly orm: Orm,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly retentionDays: number,
    private readonly sweepers: readonly RetentionSweeper[] = RETENTION_SWEEPERS,
  ) {}

  start(intervalMs: number): void {
    if (intervalMs <= 0) return;
    this.timer = setInterval(() => void this.run().catch((error: unknown) => this.log.error({ err: error }, 'retention sweep failed')), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** One pass; tests call it after moving the clock. */
  run(): Promise<RetentionResult> {
    this.running ??= this.pass().finally(() => (this.running = null));
    return this.running;
  }

  private async pass(): Promise<RetentionResult> {
    const now = this.clock.now();
    const cutoff = new Date(now.getTime() - this.retentionDays * 86_400_000);
    const result: RetentionResult = { ran: true, jobs: 0, cleared: Object.fromEntries(this.sweepers.map((s) => [s.name, 0])) };
    for (let first = true; ; first = false) {
      const batch = await this.batch(cutoff, now, first);
      if (batch === null) return { ...result, ran: false };
      result.jobs += batch.jobs;
      for (const [name, count] of Object.entries(batch.cleared)) result.cleared[name] += count;
      if (batch.jobs < BATCH) break;
    }
    if (result.jobs > 0 || Object.values(result.cleared).some((n) => n > 0)) this.log.info(result, 'customer data past retention cleared');
    return result;
  }

  /** One batch in one transaction (then what the sweepers left for after its commit): null when another instance holds the sweep. */
  private async batch(cutoff: Date, now: Date, first: boolean): Promise<{ jobs: number; cleared: Record<string, number> } | null> {
    const em = this.orm.em.fork() as EntityManager;
    const tasks: (() => Promise<void>)[] = [];
    const result = await em.transactional(async (tx) => {
      const [{ locked }] = await tx.execute<{ locked: boolean }[]>(`select pg_try_advisory_xact_lock(${LOCK_KEY}) as locked`);
      if (!locked) return first ? null : { jobs: 0, cleared: {} };
      const jobs = await tx.execute<{ id: string }[]>(
        `select id from service_job
         where customer_data_swept_at is null and status in ('${JobStatus.CLOSED}', '${JobStatus.CANCELLED}') and coalesce(closed_at, updated_at) < ?
         order by id limit ${BATCH} for update skip locked`,
        [cutoff],
      );
      const jobIds = jobs.map((job) => job.id);
      if (jobIds.length > 0) {
        await tx.execute('update service_job set customer_data_swept_at = ?, customer_token = gen_random_uuid()::text where id = any(?::uuid[])', [
          now,
          `{${jobIds.join(',')}}`,
        ]);
      }
      const cleared: Record<string, number> = {};
      const past: PastRetention = { jobIds, cutoff, now, afterCommit: (task) => void tasks.push(task) };
      for (const sweeper of this.sweepers) cleared[sweeper.name] = await sweeper.sweep(tx, past);
      return { jobs: jobIds.length, cleared };
    });
    for (const task of tasks) await task().catch((error: unknown) => this.log.error({ err: error }, 'retention: clearing after commit failed'));
    return result;
  }
}
