import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceJob } from '../job/service-job.entity.js';
import { PartsRequest } from '../parts/parts-request.entity.js';
import { PartsRequestStatus } from '../parts/parts.enums.js';

/** Requests still waiting on the manufacturer: while one exists the partner is not to blame. */
const WITH_MANUFACTURER = [PartsRequestStatus.REQUESTED, PartsRequestStatus.APPROVED, PartsRequestStatus.PARTIALLY_APPROVED];

/** The resolution clock stops when the job starts waiting for the manufacturer's parts. */
export function pauseResolution(job: ServiceJob, now: Date): void {
  job.resolutionPausedAt ??= now;
}

/**
 * Once nothing of the job waits on the manufacturer any more (shipped or rejected), the
 * resolution clock runs again and its deadline moves on by the time it stood still.
 */
export async function resumeResolutionIfClear(tx: EntityManager, job: ServiceJob, settled: PartsRequest, now: Date): Promise<number | null> {
  if (!job.resolutionPausedAt) return null;
  const waiting = await tx.count(PartsRequest, { job: job.id, id: { $ne: settled.id }, status: { $in: WITH_MANUFACTURER } });
  if (waiting > 0) return null;
  const pausedMs = Math.max(0, now.getTime() - job.resolutionPausedAt.getTime());
  if (job.resolutionDueAt) job.resolutionDueAt = new Date(job.resolutionDueAt.getTime() + pausedMs);
  job.resolutionPausedMinutes += Math.round(pausedMs / 60_000);
  job.resolutionPausedAt = null;
  return Math.round(pausedMs / 60_000);
}
