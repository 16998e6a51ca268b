import { JobStatus } from '../job/job.enums.js';
import type { ServiceJob } from '../job/service-job.entity.js';
import { type BusinessCalendar, CALENDAR_TIME } from '../calendar/business-calendar.js';
import { extendForPause, workingMinutesBetween } from '../calendar/business-time.js';
import { clockCalendar, SlaTime, type StoredCalendar } from '../calendar/sla-time.js';

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
 * Runs the resolution clock again: its deadline moves on by the time it stood still, counted on
 * the clock's calendar (the holder's working minutes on a BUSINESS job, every minute on a CALENDAR
 * one) and added up in whole minutes. Returns those minutes, or null when it was not paused.
 */
export function resumeResolution(job: PauseFacts, now: Date, calendar: BusinessCalendar = CALENDAR_TIME): number | null {
  if (!job.resolutionPausedAt) return null;
  const { deadline, pausedMinutes } = extendForPause(calendar, job.resolutionDueAt ?? now, job.resolutionPausedAt, now);
  if (job.resolutionDueAt) job.resolutionDueAt = deadline;
  job.resolutionPausedMinutes += Math.round(pausedMinutes);
  job.resolutionPausedAt = null;
  return Math.round(pausedMinutes);
}

/** What a countdown needs of one clock (ServiceJob.responseClock / resolutionClock). */
export interface ClockView {
  dueAt: Date;
  mode: SlaTime;
  workingMinutesLeft: number | null;
  timeZone: string | null;
}

/** A job's clock facts, from the entity or from a planned row alike, with the calendars of its manufacturer and holder. */
export interface JobClockFacts {
  status: JobStatus;
  slaTime: SlaTime;
  responseDueAt: Date | null;
  resolutionDueAt: Date | null;
  resolutionPausedAt: Date | null;
  manufacturerCalendar: StoredCalendar | null;
  holderCalendar: StoredCalendar | null;
}

/**
 * One clock as the portal counts it down, on the calendar its deadline was computed on: the
 * response clock the manufacturer's, the resolution clock the holder's (the manufacturer's before
 * acceptance, or when the holder has none). Minutes left are counted to the stored deadline from
 * `now`, or from the pause while the resolution clock stands still, to the nearest minute; null
 * once the clock stopped, and on a CALENDAR clock.
 */
export function clockView(job: JobClockFacts, clock: SlaClock, now: Date): ClockView | null {
  const due = clock === 'RESPONSE' ? job.responseDueAt : job.resolutionDueAt;
  if (!due) return null;
  const calendar =
    clock === 'RESPONSE' ? clockCalendar(job.slaTime, job.manufacturerCalendar) : clockCalendar(job.slaTime, job.holderCalendar, job.manufacturerCalendar);
  const running = (clock === 'RESPONSE' ? AWAITING_RESPONSE : AWAITING_RESOLUTION).includes(job.status);
  const from = clock === 'RESOLUTION' && job.resolutionPausedAt ? job.resolutionPausedAt : now;
  return {
    dueAt: due,
    mode: job.slaTime,
    // A CALENDAR clock counts down to `dueAt` itself, second by second.
    workingMinutesLeft: running && job.slaTime === SlaTime.BUSINESS ? Math.round(workingMinutesBetween(calendar, from, due)) : null,
    timeZone: calendar.kind === 'BUSINESS_HOURS' ? calendar.timeZone : null,
  };
}
