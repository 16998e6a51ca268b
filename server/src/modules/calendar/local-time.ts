import { tzOffset } from '@date-fns/tz';

/**
 * Wall-clock time in an IANA time zone, on day numbers (days since 1970-01-01, as a local date)
 * and minutes since local midnight: integer arithmetic for the walk, with @date-fns/tz (the
 * runtime's Intl data) for the zone's UTC offsets.
 */
export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a local date 'YYYY-MM-DD', or null when it is no date of the calendar. */
export function dayNumberOf(isoDate: string): number | null {
  const parts = ISO_DATE.exec(isoDate);
  if (!parts) return null;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2026-02-30 over to March: only a date that survives the round trip is one.
  return new Date(ms).getUTCDate() === day && new Date(ms).getUTCMonth() === month - 1 ? ms / DAY_MS : null;
}

export const isoDateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const yearOf = (day: number): number => new Date(day * DAY_MS).getUTCFullYear();
/** 0 is Sunday, as Date#getDay counts (1970-01-01 was a Thursday). */
export const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;

/** Whether the runtime knows `timeZone` as an IANA zone (tzOffset answers NaN for an unknown one). */
export const isTimeZone = (timeZone: string): boolean => !Number.isNaN(tzOffset(timeZone, new Date(0)));

/** The local date (day number) of an instant. */
export function localDayOf(timeZone: string, instant: number): number {
  return Math.floor((instant + tzOffset(timeZone, new Date(instant)) * MINUTE_MS) / DAY_MS);
}

/**
 * The instants of wall-clock times (minutes since local midnight, 0–1440, ascending) on one local
 * day. Most days keep one UTC offset throughout: one subtraction each. On a changeover day a time
 * the clock skips (spring forward) counts from the moment the clock jumps, and a time it shows
 * twice (fall back) is its first showing, so later wall times never map to earlier instants and
 * ordered intervals stay ordered; 00:00–24:00 then spans 23 or 25 hours.
 */
export function instantsOnDay(timeZone: string, day: number, minutes: readonly number[]): number[] {
  const midnight = day * DAY_MS;
  // Offsets lie within −12 h … +14 h, so these probes lie before this local day and after it.
  const before = tzOffset(timeZone, new Date(midnight - 14 * HOUR_MS));
  const after = tzOffset(timeZone, new Date(midnight + DAY_MS + 12 * HOUR_MS));
  if (before === after) return minutes.map((minute) => midnight + (minute - before) * MINUTE_MS);
  return minutes.map((minute) => resolveWallTime(timeZone, midnight + minute * MINUTE_MS, before, after));
}

/** A wall time on a day whose offset changes from `before` to `after`. */
function resolveWallTime(timeZone: string, wall: number, before: number, after: number): number {
  const withBefore = wall - before * MINUTE_MS;
  const withAfter = wall - after * MINUTE_MS;
  // A reading is real when the zone shows that offset at that instant: both in a repeated hour, neither in a skipped one.
  const real = [withBefore, withAfter].filter((instant) => tzOffset(timeZone, new Date(instant)) * MINUTE_MS === wall - instant);
  if (real.length > 0) return Math.min(...real);
  return changeoverBetween(timeZone, Math.min(withBefore, withAfter), Math.max(withBefore, withAfter), after);
}

/** The first instant in (`lo`, `hi`] at which the zone shows offset `after`, to the second. */
function changeoverBetween(timeZone: string, lo: number, hi: number, after: number): number {
  let [low, high] = [lo, hi];
  while (high - low > 1000) {
    const mid = Math.floor((low + high) / 2000) * 1000;
    if (tzOffset(timeZone, new Date(mid)) === after) high = mid;
    else low = mid;
  }
  return high;
}
