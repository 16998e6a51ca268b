import type { EntityManager } from '@mikro-orm/postgresql';
import { Attachment } from '../files/attachment.entity.js';
import { AttachmentKind } from '../files/files.enums.js';
import type { FileStorage } from '../files/file-storage.js';
import { storeJobFile } from '../files/files.service.js';
import { REPORTED_STATUSES, loadServiceReportInput } from './service-report.query.js';
import { renderServiceReport } from './service-report.render.js';
import type { ReportImages } from './service-report.types.js';
import type { Clock } from '../../shared/clock.js';
import type { Logger } from '../../shared/logger.js';

/**
 * The service report of a completed job, made once per completion and kept as the job's REPORT
 * attachment: right after the completion commits, and by a sweep for any completion that has none
 * (a crash between the two, or the seeded history). Two instances never make the same one: each
 * takes a transaction-scoped advisory lock on the job and checks again under it.
 */
export interface ServiceReports {
  /** After a completion committed: makes its report in the background (errors are logged; the sweep retries). */
  afterCompletion(jobId: string): void;
  /** Makes the reports of completions that have none, oldest first, at most `limit`; answers how many it made. */
  sweep(limit?: number): Promise<number>;
  /** Sweeps every `intervalMs` (0: never), the first time soon after the start. */
  start(intervalMs: number): void;
  /** Stops sweeping and waits for the reports being made. */
  stop(): Promise<void>;
  /** Resolves once the reports being made now are made (or failed): tests wait on it before they look at the job. */
  settled(): Promise<void>;
}

/** Reports made per sweep: a backlog (the seeded history) is worked off in the background, a batch at a time. */
const SWEEP_BATCH = 20;

export function createServiceReports(deps: { em: () => EntityManager; storage: FileStorage; clock: Clock; log: Logger }): ServiceReports {
  const pending = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): Promise<T> => {
    pending.add(work);
    return work.finally(() => pending.delete(work));
  };
  const make = (jobId: string) => track(makeServiceReport(deps.em(), deps.storage, jobId, deps.clock.now()));
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const reports: ServiceReports = {
    async settled() {
      await Promise.allSettled([...pending]);
    },
    afterCompletion(jobId) {
      if (stopped) return;
      make(jobId).catch((error: unknown) => deps.log.error({ err: error, jobId }, 'service report not made; the sweep will retry'));
    },
    async sweep(limit = SWEEP_BATCH) {
      const rows = await deps.em().execute<{ id: string }[]>(`select j.id from service_job j where ${WITHOUT_REPORT} order by j.completed_at limit ?`, [limit]);
      let made = 0;
      for (const { id } of rows) {
        if (stopped) break;
        if (await make(id)) made++;
      }
      return made;
    },
    start(intervalMs) {
      if (intervalMs <= 0) return;
      // A full batch means a backlog: the next one follows at once (after a breath for the event loop).
      const run = () =>
        void track(reports.sweep())
          .catch((error: unknown) => {
            deps.log.error({ err: error }, 'service report sweep failed');
            return 0;
          })
          .then((made) => {
            if (!stopped) timer = setTimeout(run, made === SWEEP_BATCH ? 100 : intervalMs);
          });
      timer = setTimeout(run, Math.min(intervalMs, 2_000));
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await Promise.allSettled([...pending]);
    },
  };
  return reports;
}

/** A completed (or closed) job whose latest completion has no report yet. */
const WITHOUT_REPORT = `j.completed_at is not null and j.status in (${[...REPORTED_STATUSES].map((status) => `'${status}'`).join(', ')})
  and not exists (select 1 from attachment a where a.job_id = j.id and a.kind = '${AttachmentKind.REPORT}' and a.created_at >= j.completed_at)`;

/** Makes and keeps the job's report unless it has one for its latest completion; true when it made one. */
export async function makeServiceReport(em: EntityManager, storage: FileStorage, jobId: string, at: Date): Promise<boolean> {
  return em.transactional(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`service-report:${jobId}`]);
    const [due] = await tx.execute<{ completed_at: Date }[]>(`select j.completed_at from service_job j where j.id = ? and ${WITHOUT_REPORT}`, [jobId]);
    if (!due) return false;
    const input = await loadServiceReportInput(tx, jobId, (id) => imagesOf(tx, storage, id), at);
    const pdf = await renderServiceReport(input);
    // A report of an earlier completion (before a reopen) is replaced.
    for (const old of await tx.find(Attachment, { job: jobId, kind: AttachmentKind.REPORT })) {
      await storage.delete(old.storageKey, tx);
      tx.remove(old);
    }
    await tx.flush();
    // Dated no earlier than the completion it reports (the clock of a test may stand before it).
    const stamped = new Date(Math.max(at.getTime(), new Date(due.completed_at).getTime()));
    await storeJobFile(tx, storage, { jobId, kind: AttachmentKind.REPORT, bytes: pdf, contentType: 'application/pdf', uploaderId: null, at: stamped });
    return true;
  });
}

/** The job's photos in the order they were taken, and its latest signature, as stored. */
async function imagesOf(em: EntityManager, storage: FileStorage, jobId: string): Promise<ReportImages> {
  const files = await em.find(
    Attachment,
    { job: jobId, kind: { $in: [AttachmentKind.PHOTO, AttachmentKind.SIGNATURE] } },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  const photos = files.filter((file) => file.kind === AttachmentKind.PHOTO);
  const signature = files.filter((file) => file.kind === AttachmentKind.SIGNATURE).at(-1);
  const bytes = (file: Attachment) => storage.get(file.storageKey);
  const loaded = await Promise.all(photos.map(bytes));
  const signatureBytes = signature ? await bytes(signature) : null;
  return {
    photos: photos.flatMap((file, i) => {
      const data = loaded[i];
      return data ? [{ data, takenAt: file.createdAt }] : [];
    }),
    signature:
      signature && signatureBytes
        ? { data: signatureBytes, signerName: signature.signerName ?? '', signedAt: signature.signedAt ?? signature.createdAt }
        : null,
  };
}
