import type { BusinessCalendar, CalendarSpec } from './business-calendar.js';
import { nextOpening, workingMinutesBetween } from './business-time.js';
import { DAY_MS, MINUTE_MS } from './local-time.js';

/** A bookable period, [startsAt, endsAt). */
export interface Slot {
  startsAt: Date;
  endsAt: Date;
}

/** A period someone is already booked or away, as instants (epoch ms), [start, end). */
export type BusyPeriod = readonly [start: number, end: number];

/** Slots start on the quarter hour (every time zone's offset is a multiple of 15 minutes, so local quarters too). */
const STEP_MS = 15 * MINUTE_MS;
/** How far ahead free slots are looked for. */
export const SLOT_HORIZON_DAYS = 62;

const quarterAtOrAfter = (ms: number): number => Math.ceil(ms / STEP_MS) * STEP_MS;

/**
 * A technician's calendar as a spec: their own weekly hours in their organization's time zone,
 * holidays and closed days; without own hours, the organization's calendar; without either, null
 * (every minute counts).
 */
export function technicianCalendarSpec(organization: CalendarSpec | null, hours: CalendarSpec['hours'] | null): CalendarSpec | null {
  if (!hours) return organization;
  return {
    timeZone: organization?.timeZone ?? 'UTC',
    hours,
    holidays: organization?.holidays ?? null,
    closedDays: organization?.closedDays ?? [],
    extraWorkingDays: {},
  };
}

/**
 * The first `count` free slots of `minutes` at or after `from`: each lies wholly in working time
 * (never across a break or a closing), overlaps no busy period, starts on a quarter hour, and
 * follows the previous one without overlapping it. Looks SLOT_HORIZON_DAYS ahead at most, so it
 * may find fewer.
 */
export function freeSlots(calendar: BusinessCalendar, from: Date, minutes: number, busy: readonly BusyPeriod[], count = 3): Slot[] {
  const length = minutes * MINUTE_MS;
  const periods = [...busy].sort((a, b) => a[0] - b[0]);
  const limit = from.getTime() + SLOT_HORIZON_DAYS * DAY_MS;
  const slots: Slot[] = [];
  let at = quarterAtOrAfter(from.getTime());
  while (slots.length < count && at < limit) {
    const opening = quarterAtOrAfter(nextOpening(calendar, new Date(at)).getTime());
    if (opening !== at) {
      at = opening;
      continue;
    }
    const end = at + length;
    const clash = periods.find(([start, stop]) => start < end && stop > at);
    if (clash) at = quarterAtOrAfter(clash[1]);
    else if (workingMinutesBetween(calendar, new Date(at), new Date(end)) < minutes) at += STEP_MS;
    else {
      slots.push({ startsAt: new Date(at), endsAt: new Date(end) });
      at = quarterAtOrAfter(end);
    }
  }
  return slots;
}
