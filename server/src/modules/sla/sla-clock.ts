import { JobStatus } from '../job/job.enums.js';
import type { ServiceJob } from '../job/service-job.entity.js';

export type SlaClock = 'RESPONSE' | 'RESOLUTION';

/** The response clock runs until a partner accepts. */
export const AWAITING_RESPONSE: readonly JobStatus[] = [JobStatus.NEW, JobStatus.OFFERED];
/** The resolution clock runs until the job completes. */
export const AWAITING_RESOLUTION: readonly JobStatus[] = [
  JobStatus.NEW,
  JobStatus.OFFERED,
  JobStatus.ASSIGNED,
  JobStatus.SCHEDULED,
  JobStatus.IN_PROGRESS,
  JobStatus.AWAITING_PARTS,
];

type ClockFacts = Pick<ServiceJob, 'status' | 'responseDueAt' | 'resolutionDueAt' | 'responseBreachedAt' | 'resolutionBreachedAt' | 'resolutionPausedAt'>;
type PauseFacts = Pick<ServiceJob, 'resolutionDueAt' | 'resolutionPausedAt' | 'resolutionPausedMinutes'>;

/**
 * The deadline a clock has passed at `now`, if its breach is to be raised: not yet raised, due,
 * still running for the job's status, and (resolution) not paused. Null otherwise.
 */
export function breachedDeadline(job: ClockFacts, clock: SlaClock, now: Date): Date | null {
  const statuses = clock === 'RESPONSE' ? AWAITING_RESPONSE : AWAITING_RESOLUTION;
  const due = clock === 'RESPONSE' ? job.responseDueAt : job.resolutionDueAt;
  const already = clock === 'RESPONSE' ? job.responseBreachedAt : job.resolutionBreachedAt;
  if (already || !due || due > now || !statuses.includes(job.status) || (clock === 'RESOLUTION' && job.resolutionPausedAt)) return null;
  return due;
}

/** The resolution clock stops when the job starts waiting for the manufacturer's parts. */
export function pauseResolution(job: PauseFacts, now: Date): void {
  job.resolutionPausedAt ??= now;
}

/**
 * Runs the resolution clock again: its deadline moves on by the time it stood still, which is
 * added up in whole minutes. Returns those minutes, or null when it was not paused.
 */
export function resumeResolution(job: PauseFacts, now: Date): number | null {
  if (!job.resolutionPausedAt) return null;
  const pausedMs = Math.max(0, now.getTime() - job.resolutionPausedAt.getTime());
  if (job.resolutionDueAt) job.resolutionDueAt = new Date(job.resolutionDueAt.getTime() + pausedMs);
  job.resolutionPausedMinutes += Math.round(pausedMs / 60_000);
  job.resolutionPausedAt = null;
  return Math.round(pausedMs / 60_000);
}
