import type { BusinessHoursInput, EventInput } from '@fullcalendar/react';
import type { Schedule_JobFragment, Weekday } from '../../gql/graphql';
import { isoDay } from '../calendar/week-hours';
import { zonedLocal } from './zoned-time';

/** An appointment as the schedule lists it; its job (when the viewer sees it) is the cache's, which live events keep current. */
export interface AppointmentRow {
  jobId: string;
  jobNumber: string;
  startsAt: string;
  endsAt: string;
  siteAddress: string;
  siteTimeZone?: string | null;
  job?: Schedule_JobFragment | null;
}

/** A job in one of these no longer needs its visit (the schedule leaves it out too). */
const DONE: readonly string[] = ['COMPLETED', 'CLOSED', 'CANCELLED'];

/** A job booked since the schedule was read, from its live event, as the schedule's row would have it. */
export function appointmentRowOf(job: Schedule_JobFragment): AppointmentRow | null {
  if (!job.appointmentAt || !job.appointmentEndsAt) return null;
  return {
    jobId: job.id,
    jobNumber: job.number,
    startsAt: job.appointmentAt,
    endsAt: job.appointmentEndsAt,
    siteAddress: job.equipment.siteAddress,
    siteTimeZone: job.siteTimeZone,
    job,
  };
}

/**
 * An appointment as a calendar event: dragged, it is the job that moves. The job's own times win over
 * the schedule's (they are newer once a live event changed them); a job no longer on the technician
 * or no longer booked is not drawn.
 */
export function appointmentEvent(row: AppointmentRow, technicianId: string): EventInput | null {
  const job = row.job;
  if (job && (!job.appointmentAt || job.technician?.id !== technicianId || DONE.includes(job.status))) return null;
  const start = job?.appointmentAt ?? row.startsAt;
  const end = job?.appointmentEndsAt ?? row.endsAt;
  return {
    id: row.jobId,
    title: row.jobNumber,
    start: Date.parse(start),
    end: Date.parse(end),
    editable: Boolean(job),
    extendedProps: { kind: 'appointment', row },
  };
}

export interface Absence {
  id: string;
  startsAt: string;
  endsAt: string;
  kind: string;
  note?: string | null;
}

/** An absence, drawn behind the appointments (a drop onto it is the server's to refuse). */
export function absenceEvent(absence: Absence, label: string): EventInput {
  return {
    id: `absence:${absence.id}`,
    title: label,
    start: Date.parse(absence.startsAt),
    end: Date.parse(absence.endsAt),
    display: 'background',
    className: 'absence',
    extendedProps: { kind: 'absence', absence },
  };
}

/**
 * Working hours as the calendar's business hours (the rest is shaded). The calendar counts weekdays
 * from Sunday (0); "24:00" ends a day.
 */
export function businessHoursOf(hours: readonly { day: Weekday; intervals: readonly string[] }[]): BusinessHoursInput {
  return hours.flatMap(({ day, intervals }) =>
    intervals.map((interval) => {
      const [startTime, endTime] = interval.split('-');
      return { daysOfWeek: [isoDay(day) % 7], startTime, endTime };
    }),
  );
}

/** A free slot the server proposes after a refusal. */
export interface Slot {
  startsAt: string;
  endsAt: string;
}

/** The next free slots a SCHEDULE_CONFLICT lists (extensions.nextFreeSlots), if any. */
export function nextFreeSlots(extensions: Record<string, unknown> | undefined): Slot[] {
  const slots = extensions?.nextFreeSlots;
  if (!Array.isArray(slots)) return [];
  return slots.filter((slot): slot is Slot => typeof slot?.startsAt === 'string' && typeof slot?.endsAt === 'string');
}

const hourOf = (time: string) => Number(time.slice(0, 2));
const clock = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/**
 * The hours the grid shows: 06:00 to 22:00, widened to every working interval and every
 * appointment of the period, in the calendar's zone, so that nothing booked early or late is
 * hidden off the grid.
 */
export function visibleHours(
  hours: readonly { intervals: readonly string[] }[],
  appointments: readonly { start: number; end: number }[],
  timeZone: string,
): { min: string; max: string } {
  let min = 6;
  let max = 22;
  for (const interval of hours.flatMap((day) => day.intervals)) {
    const [from = '06:00', to = '22:00'] = interval.split('-');
    min = Math.min(min, hourOf(from));
    max = Math.max(max, Math.ceil(hourOf(to) + Number(to.slice(3, 5)) / 60));
  }
  for (const { start, end } of appointments) {
    const from = zonedLocal(new Date(start), timeZone);
    const to = zonedLocal(new Date(end), timeZone);
    min = Math.min(min, hourOf(from.slice(11)));
    // An appointment past midnight runs to the end of the day.
    max = Math.max(max, to.slice(0, 10) > from.slice(0, 10) ? 24 : Math.ceil(hourOf(to.slice(11)) + Number(to.slice(14, 16)) / 60));
  }
  return { min: clock(min), max: clock(Math.min(24, max)) };
}
