import { describe, expect, it } from 'vitest';
import { AppError, ErrorCode } from '../../shared/errors.js';
import { JobStatus } from './job.enums.js';
import { HELD_STATUSES, OPEN_STATUSES, canTake, takeStep, type JobStep } from './job-transitions.js';

const { NEW, OFFERED, ASSIGNED, SCHEDULED, IN_PROGRESS, AWAITING_PARTS, COMPLETED, CLOSED, CANCELLED } = JobStatus;
const OPEN = [NEW, OFFERED, ASSIGNED, SCHEDULED, IN_PROGRESS, AWAITING_PARTS];

/** DESIGN.md's lifecycle, written out by hand: each step, the states it may start from, where it leads. */
const LIFECYCLE: Record<JobStep, { from: JobStatus[]; to: JobStatus; verb: string }> = {
  offer: { from: [NEW, OFFERED], to: OFFERED, verb: 'offer' },
  accept: { from: [OFFERED], to: ASSIGNED, verb: 'accept an offer for' },
  redispatch: { from: [OFFERED], to: NEW, verb: 'return to dispatch' },
  schedule: { from: [ASSIGNED, SCHEDULED], to: SCHEDULED, verb: 'schedule' },
  start: { from: [SCHEDULED], to: IN_PROGRESS, verb: 'start' },
  requestParts: { from: [IN_PROGRESS, AWAITING_PARTS], to: AWAITING_PARTS, verb: 'request parts for' },
  partsSettled: { from: [AWAITING_PARTS], to: IN_PROGRESS, verb: 'resume' },
  complete: { from: [IN_PROGRESS], to: COMPLETED, verb: 'complete' },
  close: { from: [COMPLETED], to: CLOSED, verb: 'close' },
  reopen: { from: [COMPLETED, CLOSED], to: ASSIGNED, verb: 'reopen' },
  cancel: { from: OPEN, to: CANCELLED, verb: 'cancel' },
};

// Every step from every state: 11 × 9 cells, each either a move or a refusal.
const cells = (Object.keys(LIFECYCLE) as JobStep[]).flatMap((step) =>
  Object.values(JobStatus).map((from) => ({ step, from, allowed: LIFECYCLE[step].from.includes(from) })),
);
const allowed = cells.filter((cell) => cell.allowed).map((cell) => ({ ...cell, to: LIFECYCLE[cell.step].to }));
const forbidden = cells.filter((cell) => !cell.allowed).map((cell) => ({ ...cell, to: LIFECYCLE[cell.step].to, verb: LIFECYCLE[cell.step].verb }));

describe('the table of allowed moves', () => {
  it('has 20 allowed and 79 forbidden cells', () => {
    expect([allowed.length, forbidden.length]).toEqual([20, 79]);
  });

  it.each(allowed)('$step from $from leads to $to', ({ step, from, to }) => {
    const job = { status: from };
    expect(canTake(from, step)).toBe(true);
    expect(takeStep(job, step)).toEqual({ from, to });
    expect(job.status).toBe(to);
  });

  it.each(forbidden)('$step from $from is refused with INVALID_TRANSITION', ({ step, from, to, verb }) => {
    const job = { status: from };
    expect(canTake(from, step)).toBe(false);
    let refusal: unknown;
    try {
      takeStep(job, step);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(AppError);
    const { code, message, extensions } = refusal as AppError;
    expect({ code, message, extensions }).toEqual({
      code: ErrorCode.INVALID_TRANSITION,
      message: `Cannot ${verb} a job that is ${from}`,
      extensions: { code: 'INVALID_TRANSITION', from, to },
    });
    // A refused step leaves the job as it was.
    expect(job.status).toBe(from);
  });
});

describe('the groups of states other rules count on', () => {
  it.each(Object.values(JobStatus))('%s: open and held as DESIGN.md says', (status) => {
    expect({ open: OPEN_STATUSES.includes(status), held: HELD_STATUSES.includes(status) }).toEqual({
      open: OPEN.includes(status),
      held: [ASSIGNED, SCHEDULED, IN_PROGRESS, AWAITING_PARTS].includes(status),
    });
  });
});
