import { badInput } from '../../shared/errors.js';
import { dayNumberOf, isTimeZone, weekdayOf } from './local-time.js';
import { assertKnownRegion, type HolidayRegion, isPublicHoliday } from './public-holidays.js';

/** Weekdays in Date#getDay order, so `weekdayOf(day)` indexes them. */
export const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * A calendar as people write it down (plain JSON, so it can be stored as it is). Times are local
 * to `timeZone`; intervals are 'HH:MM-HH:MM', end exclusive, '24:00' ends a day.
 */
export interface CalendarSpec {
  /** IANA time zone, e.g. 'Europe/Berlin'. */
  readonly timeZone: string;
  /** Working intervals per weekday, e.g. MON: ['08:00-12:00', '13:00-17:00']; a weekday left out is closed. */
  readonly hours: Partial<Record<Weekday, readonly string[]>>;
  /** Whose public holidays close the calendar (date-holidays, type 'public'). */
  readonly holidays?: HolidayRegion | null;
  /** Local dates 'YYYY-MM-DD' closed besides the public holidays (company holidays, stocktaking). */
  readonly closedDays?: readonly string[];
  /** Local dates worked with their own hours, even on a weekend or public holiday. */
  readonly extraWorkingDays?: Readonly<Record<string, readonly string[]>>;
}

/** A working interval in minutes since local midnight, [from, to). */
export type LocalInterval = readonly [from: number, to: number];

/** Working hours in a time zone: what `defineCalendar` makes of a spec. */
export interface BusinessHoursCalendar {
  readonly kind: 'BUSINESS_HOURS';
  readonly timeZone: string;
  /** Intervals per weekday, indexed as WEEKDAYS: ascending, disjoint, touching ones merged. */
  readonly week: readonly (readonly LocalInterval[])[];
  readonly holidays: HolidayRegion | null;
  readonly closedDays: ReadonlySet<number>;
  readonly extraWorkingDays: ReadonlyMap<number, readonly LocalInterval[]>;
}

/** Calendar time: every minute counts, as for standards whose clocks run 24×7. */
export interface CalendarTime {
  readonly kind: 'CALENDAR_TIME';
}

export type BusinessCalendar = BusinessHoursCalendar | CalendarTime;

export const CALENDAR_TIME: CalendarTime = Object.freeze({ kind: 'CALENDAR_TIME' });

/** Validates a spec (BAD_USER_INPUT with the offending field) and compiles it for the arithmetic. */
export function defineCalendar(spec: CalendarSpec): BusinessHoursCalendar {
  if (!isTimeZone(spec.timeZone)) throw badInput(`Unknown time zone: ${spec.timeZone}`, { field: 'timeZone' });
  for (const key of Object.keys(spec.hours)) {
    if (!(WEEKDAYS as readonly string[]).includes(key)) throw badInput(`Unknown weekday ${key}: use ${WEEKDAYS.join(', ')}`, { field: 'hours' });
  }
  const week = WEEKDAYS.map((weekday) => parseIntervals(spec.hours[weekday] ?? [], `hours.${weekday}`));
  // Without weekly hours, no deadline could be found once the extra days are past.
  if (week.every((intervals) => intervals.length === 0)) throw badInput('A calendar needs working hours on at least one weekday', { field: 'hours' });
  if (spec.holidays) assertKnownRegion(spec.holidays);
  const closedDays = new Set((spec.closedDays ?? []).map((date) => parseDate(date, 'closedDays')));
  const extraWorkingDays = new Map<number, readonly LocalInterval[]>();
  for (const [date, hours] of Object.entries(spec.extraWorkingDays ?? {})) {
    const day = parseDate(date, 'extraWorkingDays');
    if (closedDays.has(day)) throw badInput(`${date} is both closed and an extra working day`, { field: 'extraWorkingDays' });
    extraWorkingDays.set(day, parseIntervals(hours, `extraWorkingDays.${date}`));
  }
  return { kind: 'BUSINESS_HOURS', timeZone: spec.timeZone, week, holidays: spec.holidays ?? null, closedDays, extraWorkingDays };
}

/** The working intervals of one local date: an extra day's own, none when closed or a public holiday, else its weekday's. */
export function workingHoursOn(calendar: BusinessHoursCalendar, day: number): readonly LocalInterval[] {
  const extra = calendar.extraWorkingDays.get(day);
  if (extra) return extra;
  if (calendar.closedDays.has(day) || (calendar.holidays && isPublicHoliday(calendar.holidays, day))) return [];
  return calendar.week[weekdayOf(day)];
}

const INTERVAL = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/;

function parseIntervals(texts: readonly string[], field: string): LocalInterval[] {
  const intervals = texts.map((text) => parseInterval(text, field)).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of intervals) {
    const last = merged.at(-1);
    if (last && from < last[1]) throw badInput(`Working intervals overlap in ${field}`, { field });
    if (last && from === last[1]) last[1] = to;
    else merged.push([from, to]);
  }
  return merged;
}

function parseInterval(text: string, field: string): LocalInterval {
  const parts = INTERVAL.exec(text);
  const [fromHour, fromMinute, toHour, toMinute] = (parts ?? []).slice(1).map(Number);
  const from = fromHour * 60 + fromMinute;
  const to = toHour * 60 + toMinute;
  const valid = parts && fromHour < 24 && fromMinute < 60 && toMinute < 60 && to <= 1440 && from < to;
  if (!valid) throw badInput(`Invalid working interval '${text}' in ${field}: expected 'HH:MM-HH:MM', start before end, up to 24:00`, { field });
  return [from, to];
}

function parseDate(date: string, field: string): number {
  const day = dayNumberOf(date);
  if (day === null) throw badInput(`Invalid date '${date}' in ${field}: expected YYYY-MM-DD`, { field });
  return day;
}
