import { type BusinessCalendar, CALENDAR_TIME, type CalendarSpec, defineCalendar } from './business-calendar.js';
import { reassignDeadline } from './business-time.js';

/** How a standard's clocks run: every minute (24×7), or the working time of the calendar they follow. */
export enum SlaTime {
  CALENDAR = 'CALENDAR',
  BUSINESS = 'BUSINESS',
}

/** An organization's calendar as stored (business_calendar): its spec and the version each change bumps. */
export interface StoredCalendar {
  readonly organizationId: string;
  readonly version: number;
  readonly spec: CalendarSpec;
}

/**
 * Built calendars, one per organization, rebuilt when its version changes: a built calendar holds
 * its per-day caches (business-time.ts), so every deadline of an organization walks the same one.
 */
const built = new Map<string, { version: number; calendar: BusinessCalendar }>();

export function calendarOf(stored: StoredCalendar): BusinessCalendar {
  const cached = built.get(stored.organizationId);
  if (cached && cached.version === stored.version) return cached.calendar;
  const calendar = defineCalendar(stored.spec);
  built.set(stored.organizationId, { version: stored.version, calendar });
  return calendar;
}

/**
 * The calendar a clock runs on: calendar time for a CALENDAR standard; for a BUSINESS one the
 * first organization of `candidates` that has a calendar (the holder, then the manufacturer), and
 * calendar time when none has one.
 */
export function clockCalendar(slaTime: SlaTime, ...candidates: (StoredCalendar | null | undefined)[]): BusinessCalendar {
  if (slaTime !== SlaTime.BUSINESS) return CALENDAR_TIME;
  const stored = candidates.find((candidate) => candidate != null);
  return stored ? calendarOf(stored) : CALENDAR_TIME;
}

/**
 * The resolution deadline when the job changes hands at `at` (a partner accepts: from the
 * manufacturer's calendar to the partner's): what was left continues on the new holder's calendar.
 */
export function handOverDeadline(previous: BusinessCalendar, next: BusinessCalendar, deadline: Date | null | undefined, at: Date): Date | null {
  if (!deadline) return deadline ?? null;
  if (previous === next) return deadline;
  return reassignDeadline(previous, next, deadline, at);
}

/**
 * A stored calendar as a json object in SQL, read in the statement that already loads the job's
 * parties (no read of its own): `organizationId`, `version`, `spec`, or null when it has none.
 */
export const storedCalendarSql = (organizationId: string, alias = 'bc'): string =>
  `(select json_build_object('organizationId', ${alias}.organization_id, 'version', ${alias}.version, 'spec', ${alias}.spec) from business_calendar ${alias} where ${alias}.organization_id = ${organizationId})`;

/**
 * The time zone a job's appointment and its customer's times are written in: the site's, else the
 * holder's calendar zone, else the manufacturer's. One rule for the planner's `siteTimeZone`, the
 * technicians' schedules, the customer's mails and the service report; `job` is the service_job
 * alias of the statement it goes into.
 */
export const siteTimeZoneSql = (job: string): string =>
  `coalesce((select site_tz_unit.site_time_zone from equipment_unit site_tz_unit where site_tz_unit.id = ${job}.equipment_id),
    (select site_tz_holder.spec->>'timeZone' from business_calendar site_tz_holder where site_tz_holder.organization_id = ${job}.assigned_partner_id),
    (select site_tz_maker.spec->>'timeZone' from business_calendar site_tz_maker where site_tz_maker.organization_id = ${job}.manufacturer_id))`;
