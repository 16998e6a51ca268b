import { describe, expect, it } from 'vitest';
import { JobStatus } from '../job/job.enums.js';
import { breachedDeadline, clockView, pauseResolution, resumeResolution, type SlaClock } from './sla-clock.js';
import { defineCalendar } from '../calendar/business-calendar.js';
import { SlaTime } from '../calendar/sla-time.js';

const MINUTE = 60_000;
const T0 = Date.parse('2026-11-22T10:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * MINUTE);

/** A job created at T0 with a 120-minute response and a 1,440-minute resolution clock. */
const job = (changes: Partial<Parameters<typeof breachedDeadline>[0]> = {}) => ({
  status: JobStatus.NEW,
  responseDueAt: at(120),
  resolutionDueAt: at(1440),
  responseBreachedAt: null,
  resolutionBreachedAt: null,
  resolutionPausedAt: null,
  ...changes,
});

describe('when a clock is breached', () => {
  it.each<[string, SlaClock, ReturnType<typeof job>, number, Date | null]>([
    ['response, a minute early', 'RESPONSE', job(), 119, null],
    ['response, on the minute', 'RESPONSE', job(), 120, at(120)],
    ['response, late', 'RESPONSE', job({ status: JobStatus.OFFERED }), 500, at(120)],
    ['response, already raised', 'RESPONSE', job({ responseBreachedAt: at(121) }), 500, null],
    ['response, accepted in the meantime', 'RESPONSE', job({ status: JobStatus.ASSIGNED }), 500, null],
    ['response, no standard, no clock', 'RESPONSE', job({ responseDueAt: null }), 500, null],
    ['resolution, a minute early', 'RESOLUTION', job({ status: JobStatus.IN_PROGRESS }), 1439, null],
    ['resolution, on the minute', 'RESOLUTION', job({ status: JobStatus.IN_PROGRESS }), 1440, at(1440)],
    ['resolution, late while still NEW', 'RESOLUTION', job(), 2000, at(1440)],
    ['resolution, late and waiting for parts the manufacturer has shipped', 'RESOLUTION', job({ status: JobStatus.AWAITING_PARTS }), 2000, at(1440)],
    ['resolution, late but paused for the manufacturer', 'RESOLUTION', job({ status: JobStatus.AWAITING_PARTS, resolutionPausedAt: at(100) }), 2000, null],
    ['resolution, already raised', 'RESOLUTION', job({ status: JobStatus.SCHEDULED, resolutionBreachedAt: at(1441) }), 2000, null],
    ['resolution, completed', 'RESOLUTION', job({ status: JobStatus.COMPLETED }), 2000, null],
    ['resolution, closed', 'RESOLUTION', job({ status: JobStatus.CLOSED }), 2000, null],
    ['resolution, cancelled', 'RESOLUTION', job({ status: JobStatus.CANCELLED }), 2000, null],
    ['resolution, no standard, no clock', 'RESOLUTION', job({ resolutionDueAt: null }), 2000, null],
    // A paused resolution clock does not hold up the response clock.
    ['response, while the resolution clock is paused', 'RESPONSE', job({ resolutionPausedAt: at(10) }), 200, at(120)],
  ])('%s', (_name, clock, facts, minutes, expected) => {
    expect(breachedDeadline(facts, clock, at(minutes))).toEqual(expected);
  });

  it.each(Object.values(JobStatus))('%s: runs the clocks DESIGN.md says', (status) => {
    const late = job({ status });
    expect({ response: breachedDeadline(late, 'RESPONSE', at(5000)) !== null, resolution: breachedDeadline(late, 'RESOLUTION', at(5000)) !== null }).toEqual({
      response: [JobStatus.NEW, JobStatus.OFFERED].includes(status),
      resolution: ![JobStatus.COMPLETED, JobStatus.CLOSED, JobStatus.CANCELLED].includes(status),
    });
  });
});

describe('the resolution clock paused while the manufacturer owes parts', () => {
  const clock = (changes: Partial<{ resolutionDueAt: Date | null; resolutionPausedAt: Date | null; resolutionPausedMinutes: number }> = {}) => ({
    resolutionDueAt: at(1440) as Date | null,
    resolutionPausedAt: null as Date | null,
    resolutionPausedMinutes: 0,
    ...changes,
  });

  it('pauses once: a second request does not move the start of the pause', () => {
    const job = clock();
    pauseResolution(job, at(100));
    pauseResolution(job, at(300));
    expect(job).toEqual({ resolutionDueAt: at(1440), resolutionPausedAt: at(100), resolutionPausedMinutes: 0 });
  });

  it.each<[string, ReturnType<typeof clock>, number, number | null, ReturnType<typeof clock>]>([
    ['not paused: nothing moves', clock(), 500, null, clock()],
    [
      'paused two days: the deadline moves two days on',
      clock({ resolutionPausedAt: at(100) }),
      100 + 2880,
      2880,
      clock({ resolutionDueAt: at(1440 + 2880), resolutionPausedMinutes: 2880 }),
    ],
    [
      'a second pause adds to the first',
      clock({ resolutionDueAt: at(1500), resolutionPausedAt: at(200), resolutionPausedMinutes: 60 }),
      230,
      30,
      clock({ resolutionDueAt: at(1530), resolutionPausedMinutes: 90 }),
    ],
    ['resumed at once: zero minutes', clock({ resolutionPausedAt: at(100) }), 100, 0, clock({ resolutionPausedMinutes: 0 })],
    [
      'minutes rounded to the nearest: 90 s is 2',
      clock({ resolutionPausedAt: at(100) }),
      100 + 1.5,
      2,
      clock({ resolutionDueAt: at(1441.5), resolutionPausedMinutes: 2 }),
    ],
    [
      '29 s round to 0, the deadline still moves by them',
      clock({ resolutionPausedAt: at(100) }),
      100 + 29 / 60,
      0,
      clock({ resolutionDueAt: new Date(at(1440).getTime() + 29_000), resolutionPausedMinutes: 0 }),
    ],
    ['a clock that went backwards pauses for nothing', clock({ resolutionPausedAt: at(100) }), 50, 0, clock()],
    [
      'no deadline (no standard): only the minutes are kept',
      clock({ resolutionDueAt: null, resolutionPausedAt: at(100) }),
      160,
      60,
      clock({ resolutionDueAt: null, resolutionPausedMinutes: 60 }),
    ],
  ])('%s', (_name, job, minutes, returned, after) => {
    expect(resumeResolution(job, at(minutes))).toBe(returned);
    expect(job).toEqual(after);
  });

  it('a paused job that resumes late breaches only past the moved deadline', () => {
    const paused = { ...job({ status: JobStatus.AWAITING_PARTS }), resolutionPausedMinutes: 0 };
    pauseResolution(paused, at(60));
    expect(breachedDeadline(paused, 'RESOLUTION', at(3000))).toBeNull();
    resumeResolution(paused, at(60 + 2880));
    expect(breachedDeadline(paused, 'RESOLUTION', at(1440 + 2880 - 1))).toBeNull();
    expect(breachedDeadline(paused, 'RESOLUTION', at(1440 + 2880))).toEqual(at(1440 + 2880));
  });
});

describe('clocks in business time', () => {
  const office = {
    timeZone: 'Europe/Berlin',
    hours: { MON: ['08:00-17:00'], TUE: ['08:00-17:00'], WED: ['08:00-17:00'], THU: ['08:00-17:00'], FRI: ['08:00-17:00'] },
  };
  const berlin = defineCalendar(office);
  const local = (iso: string) => new Date(iso);

  it('a pause from Friday 15:00 to Monday 10:00 moves the deadline by 240 working minutes, not 67 hours', () => {
    const paused = { resolutionDueAt: local('2026-12-04T16:00+01:00'), resolutionPausedAt: local('2026-12-04T15:00+01:00'), resolutionPausedMinutes: 0 };
    expect(resumeResolution(paused, local('2026-12-07T10:00+01:00'), berlin)).toBe(240);
    expect(paused).toEqual({ resolutionDueAt: local('2026-12-07T11:00+01:00'), resolutionPausedAt: null, resolutionPausedMinutes: 240 });
  });

  it('counts a countdown down on the calendar it follows, frozen while paused, and only while its clock runs', () => {
    const stored = { organizationId: 'm', version: 1, spec: office };
    const facts = {
      status: JobStatus.IN_PROGRESS,
      slaTime: SlaTime.BUSINESS,
      responseDueAt: local('2026-12-04T16:00+01:00'),
      resolutionDueAt: local('2026-12-07T10:00+01:00'),
      resolutionPausedAt: null,
      manufacturerCalendar: stored,
      holderCalendar: null,
    };
    const saturday = local('2026-12-05T12:00+01:00');
    expect(clockView(facts, 'RESOLUTION', saturday)).toEqual({
      dueAt: facts.resolutionDueAt,
      mode: SlaTime.BUSINESS,
      workingMinutesLeft: 120,
      timeZone: 'Europe/Berlin',
    });
    expect(clockView({ ...facts, resolutionPausedAt: local('2026-12-04T16:00+01:00') }, 'RESOLUTION', saturday)?.workingMinutesLeft).toBe(180);
    expect(clockView(facts, 'RESPONSE', saturday)?.workingMinutesLeft).toBeNull();
    expect(clockView({ ...facts, slaTime: SlaTime.CALENDAR }, 'RESOLUTION', saturday)).toMatchObject({
      mode: SlaTime.CALENDAR,
      workingMinutesLeft: null,
      timeZone: null,
    });
  });
});
