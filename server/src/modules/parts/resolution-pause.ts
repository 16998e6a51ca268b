import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceJob } from '../job/service-job.entity.js';
import { PartsRequest } from './parts-request.entity.js';
import { PartsRequestStatus } from './parts.enums.js';
import { resumeResolution } from '../sla/sla-clock.js';

/** Requests still waiting on the manufacturer: while one exists the partner is not to blame. */
const WITH_MANUFACTURER = [PartsRequestStatus.REQUESTED, PartsRequestStatus.APPROVED, PartsRequestStatus.PARTIALLY_APPROVED];

/**
 * Once nothing of the job waits on the manufacturer any more (shipped or rejected), the
 * resolution clock runs again and its deadline moves on by the time it stood still.
 */
export async function resumeResolutionIfClear(tx: EntityManager, job: ServiceJob, settled: PartsRequest, now: Date): Promise<number | null> {
  if (!job.resolutionPausedAt) return null;
  const waiting = await tx.count(PartsRequest, { job: job.id, id: { $ne: settled.id }, status: { $in: WITH_MANUFACTURER } });
  if (waiting > 0) return null;
  return resumeResolution(job, now);
}
