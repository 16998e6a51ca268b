import { badInput } from '../../shared/errors.js';
import { type BusinessCalendar, type BusinessHoursCalendar, workingHoursOn } from './business-calendar.js';
import { instantsOnDay, isoDateOf, localDayOf, MINUTE_MS } from './local-time.js';

/**
 * Arithmetic in working time, for deadlines, breaches, countdowns, pauses and scorecards alike.
 * It walks day by day over working intervals (never minute by minute), from a per-calendar cache
 * of each local day's working spans as instants. Minutes may be fractional; results are exact to
 * the millisecond, so `workingMinutesBetween(c, s, addWorkingMinutes(c, s, m))` is `m`.
 */

/** Working time as instants (epoch ms), [start, end). */
type Span = readonly [start: number, end: number];

/** A walk that meets this many consecutive days without working time stops: the calendar has none left. */
const MAX_IDLE_DAYS = 731;
/** Days of spans kept per calendar before its cache starts over (a few years of deadlines). */
const MAX_CACHED_DAYS = 4096;
const spanCache = new WeakMap<BusinessHoursCalendar, Map<number, readonly Span[]>>();

/**
 * The deadline `minutes` of working time after `start`. A start outside working hours counts from
 * the next opening; a deadline that uses up a working interval exactly is its closing, not the next
 * opening; zero minutes is `start` itself.
 */
export function addWorkingMinutes(calendar: BusinessCalendar, start: Date, minutes: number): Date {
  let remaining = toMs(minutes);
  if (remaining === 0 || calendar.kind === 'CALENDAR_TIME') return new Date(start.getTime() + remaining);
  for (const [from, to] of spansFrom(calendar, start.getTime())) {
    if (remaining <= to - from) return new Date(from + remaining);
    remaining -= to - from;
  }
  throw new Error('unreachable: an unbounded walk ends only by returning or throwing');
}

/** Working minutes from `from` to `to`; negative when `to` comes first (an overdue countdown). */
export function workingMinutesBetween(calendar: BusinessCalendar, from: Date, to: Date): number {
  const [start, end] = [from.getTime(), to.getTime()];
  if (end < start) return 0 - workingMinutesBetween(calendar, to, from);
  if (calendar.kind === 'CALENDAR_TIME') return (end - start) / MINUTE_MS;
  let total = 0;
  for (const [spanStart, spanEnd] of spansFrom(calendar, start, end)) {
    if (spanStart >= end) break;
    total += Math.min(spanEnd, end) - spanStart;
  }
  return total / MINUTE_MS;
}

/** The first working moment at or after `at`: `at` itself while working. */
export function nextOpening(calendar: BusinessCalendar, at: Date): Date {
  if (calendar.kind === 'CALENDAR_TIME') return new Date(at);
  for (const [start] of spansFrom(calendar, at.getTime())) return new Date(start);
  throw new Error('unreachable: an unbounded walk ends only by returning or throwing');
}

/** Whether `at` lies in working time (an interval's closing minute does not). */
export const isWorking = (calendar: BusinessCalendar, at: Date): boolean => nextOpening(calendar, at).getTime() === at.getTime();

/**
 * A clock that moves to another calendar at `at` (a reassignment: the resolution clock follows
 * the holder): the working minutes it still had are added on the new calendar from `at`.
 */
export const continueOn = (calendar: BusinessCalendar, at: Date, remainingMinutes: number): Date => addWorkingMinutes(calendar, at, remainingMinutes);

/**
 * The deadline of a clock reassigned at `at` from one calendar to another: what was left of it on
 * the old calendar, continued on the new one. An overdue clock keeps its deadline (its breach stands).
 */
export function reassignDeadline(previous: BusinessCalendar, next: BusinessCalendar, deadline: Date, at: Date): Date {
  const remaining = workingMinutesBetween(previous, at, deadline);
  return remaining > 0 ? continueOn(next, at, remaining) : deadline;
}

/**
 * A clock paused for the manufacturer's parts from `pausedAt` to `resumedAt`: its deadline moves on
 * by the working minutes that passed in the pause, not by the wall-clock time (Friday 15:00 to
 * Monday 10:00 on Mon–Fri 08:00–17:00 moves it by 120 + 120 minutes).
 */
export function extendForPause(calendar: BusinessCalendar, deadline: Date, pausedAt: Date, resumedAt: Date): { deadline: Date; pausedMinutes: number } {
  const pausedMinutes = Math.max(0, workingMinutesBetween(calendar, pausedAt, resumedAt));
  return { deadline: addWorkingMinutes(calendar, deadline, pausedMinutes), pausedMinutes };
}

function toMs(minutes: number): number {
  if (!Number.isFinite(minutes) || minutes < 0) throw badInput(`Working minutes must be a finite number, zero or more (got ${minutes})`, { field: 'minutes' });
  return Math.round(minutes * MINUTE_MS);
}

/**
 * Working spans from `from` on, the first clipped to start there. Without `until` the walk runs
 * until its caller stops, or throws once it meets MAX_IDLE_DAYS without working time.
 */
function* spansFrom(calendar: BusinessHoursCalendar, from: number, until = Number.POSITIVE_INFINITY): Generator<Span> {
  const lastDay = Number.isFinite(until) ? localDayOf(calendar.timeZone, until) : Number.POSITIVE_INFINITY;
  // Earlier days end by this day's local midnight, which is at or before `from`.
  for (let day = localDayOf(calendar.timeZone, from), idle = 0; day <= lastDay; day++) {
    const spans = spansOn(calendar, day);
    for (const [start, end] of spans) if (end > from) yield [Math.max(start, from), end];
    idle = spans.length > 0 ? 0 : idle + 1;
    if (idle >= MAX_IDLE_DAYS && !Number.isFinite(until)) {
      throw badInput(`The calendar has no working time in the ${MAX_IDLE_DAYS} days after ${isoDateOf(day - idle)}`, { field: 'calendar' });
    }
  }
}

function spansOn(calendar: BusinessHoursCalendar, day: number): readonly Span[] {
  let days = spanCache.get(calendar);
  if (!days || days.size >= MAX_CACHED_DAYS) spanCache.set(calendar, (days = new Map()));
  let spans = days.get(day);
  if (!spans) {
    const intervals = workingHoursOn(calendar, day);
    const instants = instantsOnDay(calendar.timeZone, day, intervals.flat());
    // An interval the clock skips entirely (inside a spring-forward gap) is no working time.
    spans = intervals.map((_, i): Span => [instants[2 * i], instants[2 * i + 1]]).filter(([start, end]) => end > start);
    days.set(day, spans);
  }
  return spans;
}
