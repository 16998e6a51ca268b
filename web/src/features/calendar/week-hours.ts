import type { Weekday } from '../../gql/graphql';

/** The weekdays in the order a week is written (Monday first, as ISO counts). */
export const WEEKDAYS: readonly Weekday[] = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

/** ISO day number (Monday 1 … Sunday 7) of a weekday; Sunday is 0 where a calendar counts from Sunday. */
export const isoDay = (day: Weekday): number => WEEKDAYS.indexOf(day) + 1;

const INTERVAL = /^([01]\d|2[0-3]):[0-5]\d-(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** A weekday's hours as a person writes them: "08:00-12:00, 13:00-17:00" (empty: closed). */
export const intervalsText = (intervals: readonly string[]): string => intervals.join(', ');

/** The intervals of a text, or null when one is not `HH:MM-HH:MM` (the server judges overlaps and order). */
export function parseIntervals(text: string): string[] | null {
  const parts = text
    .split(/[,;]/)
    .map((part) => part.replace(/\s+/g, '').replace(/[–—]/g, '-'))
    .filter(Boolean);
  return parts.every((part) => INTERVAL.test(part)) ? parts : null;
}

/** A week as texts per weekday, from the intervals the server keeps. */
export type WeekTexts = Record<Weekday, string>;

export function weekTexts(hours: readonly { day: Weekday; intervals: readonly string[] }[]): WeekTexts {
  const texts = Object.fromEntries(WEEKDAYS.map((day) => [day, ''])) as WeekTexts;
  for (const { day, intervals } of hours) texts[day] = intervalsText(intervals);
  return texts;
}

/** The week's intervals as the API takes them (closed weekdays left out), or the weekdays written wrongly. */
export function weekHours(texts: WeekTexts): { hours: { day: Weekday; intervals: string[] }[]; invalid: Weekday[] } {
  const hours: { day: Weekday; intervals: string[] }[] = [];
  const invalid: Weekday[] = [];
  for (const day of WEEKDAYS) {
    const intervals = parseIntervals(texts[day]);
    if (!intervals) invalid.push(day);
    else if (intervals.length > 0) hours.push({ day, intervals });
  }
  return { hours, invalid };
}

/** A working week to start from when an organization has none yet. */
export const DEFAULT_WEEK: WeekTexts = { MON: '08:00-17:00', TUE: '08:00-17:00', WED: '08:00-17:00', THU: '08:00-17:00', FRI: '08:00-17:00', SAT: '', SUN: '' };
