import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '../modules/network/user.entity.js';
import { TechnicianAbsence } from '../modules/schedule/technician-absence.entity.js';
import { TechnicianHours } from '../modules/schedule/technician-hours.entity.js';
import { AbsenceKind } from '../modules/schedule/schedule.enums.js';
import type { CalendarSpec } from '../modules/calendar/business-calendar.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Second technicians work part-time, early: Monday to Thursday with a half-hour break. */
const PART_TIME: CalendarSpec['hours'] = {
  MON: ['07:00-12:00', '12:30-15:30'],
  TUE: ['07:00-12:00', '12:30-15:30'],
  WED: ['07:00-12:00', '12:30-15:30'],
  THU: ['07:00-12:00', '12:30-15:30'],
};

/** Absences of a few technicians, in days from today (whole days, from about local midnight in Central Europe). */
const ABSENCES: [email: string, fromDay: number, toDay: number, kind: AbsenceKind, note: string | null][] = [
  ['tech@alpine-service.demo', -21, -14, AbsenceKind.VACATION, 'Summer holiday'],
  ['tech@kessler-kaelte.demo', -6, -4, AbsenceKind.SICK, null],
  ['tech@maker-north.demo', 3, 5, AbsenceKind.TRAINING, 'Refrigerant handling certificate'],
  ['tech@riverside-tech.demo', 8, 15, AbsenceKind.VACATION, null],
  ['tech2@alpine-service.demo', -2, 1, AbsenceKind.OTHER, 'Moving house'],
];

/**
 * The technicians' time: network data, written with the network (both histories see it, and the
 * walk books around it: job-history.ts). Second technicians get their own hours; the others work
 * their organization's calendar.
 */
export function seedTechnicianTime(em: EntityManager, users: readonly User[], now: Date): void {
  const byEmail = new Map(users.map((user) => [user.email, user]));
  for (const user of users) {
    if (user.email.startsWith('tech2@')) em.create(TechnicianHours, { technician: user.id, hours: PART_TIME, updatedAt: now });
  }
  const midnight = Math.floor(now.getTime() / DAY) * DAY - HOUR;
  for (const [email, fromDay, toDay, kind, note] of ABSENCES) {
    const technician = byEmail.get(email);
    if (!technician) continue;
    em.create(TechnicianAbsence, {
      technician: technician.id,
      organization: technician.organization.id,
      startsAt: new Date(midnight + fromDay * DAY),
      endsAt: new Date(midnight + toDay * DAY),
      kind,
      note,
      createdAt: new Date(now.getTime() - 30 * DAY),
    });
  }
}
