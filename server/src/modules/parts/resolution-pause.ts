import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceJob } from '../job/service-job.entity.js';
import { PartsRequest } from './parts-request.entity.js';
import { PartsRequestStatus } from './parts.enums.js';
import { resumeResolution } from '../sla/sla-clock.js';
import type { BusinessCalendar } from '../calendar/business-calendar.js';
import { clockCalendar, SlaTime, type StoredCalendar, storedCalendarSql } from '../calendar/sla-time.js';

/** Requests still waiting on the manufacturer: while one exists the partner is not to blame. */
const WITH_MANUFACTURER = [PartsRequestStatus.REQUESTED, PartsRequestStatus.APPROVED, PartsRequestStatus.PARTIALLY_APPROVED];

/**
 * Once nothing of the job waits on the manufacturer any more (shipped or rejected), the
 * resolution clock runs again and its deadline moves on by the time it stood still: on a BUSINESS
 * job by the holder's working minutes in the pause.
 */
export async function resumeResolutionIfClear(tx: EntityManager, job: ServiceJob, settled: PartsRequest, now: Date): Promise<number | null> {
  if (!job.resolutionPausedAt) return null;
  const waiting = await tx.count(PartsRequest, { job: job.id, id: { $ne: settled.id }, status: { $in: WITH_MANUFACTURER } });
  if (waiting > 0) return null;
  return resumeResolution(job, now, await resolutionCalendar(tx, job));
}

/** The calendar the job's resolution clock runs on: the holder's (the manufacturer's when it has none); read only for a BUSINESS job. */
async function resolutionCalendar(tx: EntityManager, job: ServiceJob): Promise<BusinessCalendar> {
  if (job.slaTime !== SlaTime.BUSINESS) return clockCalendar(job.slaTime);
  const [row] = await tx.execute<{ holder: StoredCalendar | null; manufacturer: StoredCalendar | null }[]>(
    `select ${storedCalendarSql('?::uuid', 'hc')} as holder, ${storedCalendarSql('?::uuid', 'mc')} as manufacturer`,
    [job.assignedPartner?.id ?? null, job.manufacturer.id],
  );
  return clockCalendar(job.slaTime, row.holder, row.manufacturer);
}
