import type { BusinessHoursInput, EventInput } from '@fullcalendar/react';
import type { Schedule_JobFragment, Weekday } from '../../gql/graphql';
import { isoDay } from '../calendar/week-hours';

/** How long an appointment is drawn when the job does not say. */
export const DEFAULT_MINUTES = 60;

export interface Absence {
  id: string;
  startsAt: string;
  endsAt: string;
  kind: string;
  note?: string | null;
}

/** A job's appointment as a calendar event: dragged, it is the job that moves. */
export function appointmentEvent(job: Schedule_JobFragment, minutes: number = DEFAULT_MINUTES): EventInput | null {
  if (!job.appointmentAt) return null;
  const start = Date.parse(job.appointmentAt);
  return {
    id: job.id,
    title: job.number,
    start,
    end: start + minutes * 60_000,
    classNames: ['appointment'],
    extendedProps: { kind: 'appointment', job },
  };
}

/** An absence, drawn behind the appointments (a drop onto it is the server's to refuse). */
export function absenceEvent(absence: Absence): EventInput {
  return {
    id: `absence:${absence.id}`,
    title: absence.note ?? '',
    start: Date.parse(absence.startsAt),
    end: Date.parse(absence.endsAt),
    display: 'background',
    classNames: ['absence'],
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
