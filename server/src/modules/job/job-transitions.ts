import { AppError, ErrorCode } from '../../shared/errors.js';
import { JobStatus } from './job.enums.js';

const { NEW, OFFERED, ASSIGNED, SCHEDULED, IN_PROGRESS, AWAITING_PARTS, COMPLETED, CLOSED, CANCELLED } = JobStatus;

/** Open: the job still needs work and may be cancelled. */
export const OPEN_STATUSES: readonly JobStatus[] = [NEW, OFFERED, ASSIGNED, SCHEDULED, IN_PROGRESS, AWAITING_PARTS];
/** Held by a partner: counts against its capacity. */
export const HELD_STATUSES: readonly JobStatus[] = [ASSIGNED, SCHEDULED, IN_PROGRESS, AWAITING_PARTS];

/** The one table of allowed moves: each step, the states it may start from, and where it leads. */
export const JOB_STEPS = {
  offer: { from: [NEW, OFFERED], to: OFFERED, verb: 'offer' },
  accept: { from: [OFFERED], to: ASSIGNED, verb: 'accept an offer for' },
  // Every offer declined or expired: back to NEW, for redispatch.
  redispatch: { from: [OFFERED], to: NEW, verb: 'return to dispatch' },
  schedule: { from: [ASSIGNED, SCHEDULED], to: SCHEDULED, verb: 'schedule' },
  start: { from: [SCHEDULED], to: IN_PROGRESS, verb: 'start' },
  requestParts: { from: [IN_PROGRESS, AWAITING_PARTS], to: AWAITING_PARTS, verb: 'request parts for' },
  partsSettled: { from: [AWAITING_PARTS], to: IN_PROGRESS, verb: 'resume' },
  complete: { from: [IN_PROGRESS], to: COMPLETED, verb: 'complete' },
  close: { from: [COMPLETED], to: CLOSED, verb: 'close' },
  // Rework goes back to the partner that did the job.
  reopen: { from: [COMPLETED, CLOSED], to: ASSIGNED, verb: 'reopen' },
  cancel: { from: OPEN_STATUSES, to: CANCELLED, verb: 'cancel' },
} as const satisfies Record<string, { from: readonly JobStatus[]; to: JobStatus; verb: string }>;

export type JobStep = keyof typeof JOB_STEPS;

export const canTake = (status: JobStatus, step: JobStep): boolean => (JOB_STEPS[step].from as readonly JobStatus[]).includes(status);

export function assertStep(status: JobStatus, step: JobStep): void {
  if (!canTake(status, step)) {
    const { verb, to } = JOB_STEPS[step];
    throw new AppError(ErrorCode.INVALID_TRANSITION, `Cannot ${verb} a job that is ${status}`, { from: status, to });
  }
}

/** Checks the step against the table and moves the job; returns the states before and after, for the event. */
export function takeStep(job: { status: JobStatus }, step: JobStep): { from: JobStatus; to: JobStatus } {
  assertStep(job.status, step);
  const from = job.status;
  job.status = JOB_STEPS[step].to;
  return { from, to: job.status };
}
