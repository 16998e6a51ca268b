import type { EntityManager } from '@mikro-orm/postgresql';
import { defineCalendar, CALENDAR_TIME, type CalendarSpec } from '../calendar/business-calendar.js';
import { type BusyPeriod, freeSlots, SLOT_HORIZON_DAYS, technicianCalendarSpec } from '../calendar/free-slots.js';
import { JobStatus } from './job.enums.js';
import { AppError, ErrorCode } from '../../shared/errors.js';
import { DEFAULT_APPOINTMENT_MINUTES } from '../quality/quality-standard.entity.js';

/**
 * Booking a technician: an appointment may not overlap another of theirs on a job still to be done
 * (not COMPLETED, CLOSED or CANCELLED) nor one of their absences. Bookings of one technician are
 * serialized by a transaction-scoped advisory lock, so of two concurrent requests for the same time
 * the second sees the first's booking once it commits.
 */
export interface Booking {
  technicianId: string;
  organizationId: string;
  /** The job being booked: its own appointment never conflicts with itself. */
  jobId: string;
  startsAt: Date;
  minutes: number;
  now: Date;
}

const DONE = [JobStatus.COMPLETED, JobStatus.CLOSED, JobStatus.CANCELLED].map((status) => `'${status}'`).join(', ');
/** A job's visit length in SQL: its own, else the standard's default (jobs booked before durations existed). */
export const appointmentMinutesSql = (job: string): string => `coalesce(${job}.appointment_minutes, ${DEFAULT_APPOINTMENT_MINUTES})`;
/** When a job's visit ends, in SQL. */
export const appointmentEndsSql = (job: string): string => `${job}.appointment_at + make_interval(mins => ${appointmentMinutesSql(job)})`;
const ENDS = appointmentEndsSql('j');

/** What the technician is booked for or away in [from, to): parameters technician, job, to, from, technician, to, from. */
const BUSY_SQL = `
  select 'APPOINTMENT' as kind, j.id as job_id, j.number as job_number, j.appointment_at as starts_at, ${ENDS} as ends_at
  from service_job j
  where j.technician_id = ? and j.id <> ? and j.appointment_at is not null and j.status not in (${DONE})
    and j.appointment_at < ? and ${ENDS} > ?
  union all
  select 'ABSENCE', null, null, a.starts_at, a.ends_at
  from technician_absence a
  where a.technician_id = ? and a.starts_at < ? and a.ends_at > ?
  order by starts_at`;

interface BusyRow {
  kind: 'APPOINTMENT' | 'ABSENCE';
  job_id: string | null;
  job_number: string | null;
  starts_at: Date;
  ends_at: Date;
}

const busyBetween = (tx: EntityManager, booking: Booking, from: Date, to: Date) =>
  tx.execute<BusyRow[]>(BUSY_SQL, [booking.technicianId, booking.jobId, to, from, booking.technicianId, to, from]);

/** SCHEDULE_CONFLICT, listing what is in the way and the next free slots of the same length, unless the technician is free. */
export async function assertTechnicianFree(tx: EntityManager, booking: Booking): Promise<void> {
  await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`technician:${booking.technicianId}`]);
  const endsAt = new Date(booking.startsAt.getTime() + booking.minutes * 60_000);
  const conflicts = await busyBetween(tx, booking, booking.startsAt, endsAt);
  if (conflicts.length === 0) return;
  const from = new Date(Math.max(booking.startsAt.getTime(), booking.now.getTime()));
  const slots = freeSlots(await technicianCalendar(tx, booking), from, booking.minutes, await busyAhead(tx, booking, from));
  const what = conflicts[0].kind === 'ABSENCE' ? 'they are absent' : `they are booked for job ${conflicts[0].job_number}`;
  throw new AppError(ErrorCode.SCHEDULE_CONFLICT, `The technician is not free then: ${what}`, {
    conflicts: conflicts.map((row) => ({
      kind: row.kind,
      startsAt: new Date(row.starts_at).toISOString(),
      endsAt: new Date(row.ends_at).toISOString(),
      jobId: row.job_id,
      jobNumber: row.job_number,
    })),
    nextFreeSlots: slots.map((slot) => ({ startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString() })),
  });
}

async function busyAhead(tx: EntityManager, booking: Booking, from: Date): Promise<BusyPeriod[]> {
  const to = new Date(from.getTime() + (SLOT_HORIZON_DAYS + 1) * 86_400_000);
  return (await busyBetween(tx, booking, from, to)).map((row) => [new Date(row.starts_at).getTime(), new Date(row.ends_at).getTime()]);
}

/** Their own hours in their organization's calendar, the organization's calendar, or every minute when neither is set. */
async function technicianCalendar(tx: EntityManager, booking: Booking) {
  const [row] = await tx.execute<{ hours: CalendarSpec['hours'] | null; organization: CalendarSpec | null }[]>(
    `select (select hours from technician_hours where technician_id = ?) as hours,
       (select spec from business_calendar where organization_id = ?) as organization`,
    [booking.technicianId, booking.organizationId],
  );
  const spec = technicianCalendarSpec(row.organization, row.hours);
  return spec ? defineCalendar(spec) : CALENDAR_TIME;
}
