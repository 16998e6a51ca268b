import { siteTimeZoneSql } from '../calendar/sla-time.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type CalendarSpec, defineCalendar, WEEKDAYS } from '../calendar/business-calendar.js';
import { technicianCalendarSpec } from '../calendar/free-slots.js';
import { CAPABILITY_ROLES, Capability, can } from '../access/policy.js';
import { changeState, type Change } from '../events/change.js';
import { EventKind } from '../events/event.enums.js';
import { JobStatus } from '../job/job.enums.js';
import { appointmentEndsSql, appointmentMinutesSql } from '../job/technician-booking.js';
import { User } from '../network/user.entity.js';
import type { Weekday } from '../org-calendar/org-calendar.types.js';
import { badInput, notFound } from '../../shared/errors.js';
import { isUuid, type Scope } from '../../shared/scope.js';
import type { Viewer } from '../../shared/viewer.js';
import { TechnicianAbsence } from './technician-absence.entity.js';
import type { AbsenceKind } from './schedule.enums.js';
import type { AppointmentObject, TechnicianAbsenceObject, TechnicianHoursObject, TechnicianScheduleObject } from './schedule.types.js';

const DAY_MS = 86_400_000;
/** A calendar screen asks for a day or a week; a month and a bit at most. */
const MAX_RANGE_DAYS = 62;
const MAX_ABSENCE_DAYS = 366;
/** Who can be sent on a visit: the roles that work jobs. */
const WORKER_ROLES = CAPABILITY_ROLES[Capability.JOB_WORK].map((role) => `'${role}'`).join(', ');

interface ScheduleRow {
  id: string;
  name: string;
  email: string;
  own_hours: CalendarSpec['hours'] | null;
  org_spec: CalendarSpec | null;
  absences: { id: string; startsAt: string; endsAt: string; kind: AbsenceKind; note: string | null }[];
  appointments: (Omit<AppointmentObject, 'startsAt' | 'endsAt'> & { startsAt: string })[];
}

/**
 * The technicians of the viewer's organization (a technician: only themselves) with their working
 * hours, and the absences and appointments overlapping [from, to): one statement for all of them.
 * Parameters: ?1 from, ?2 to, ?3 the organization, ?4 one technician or null.
 */
const SCHEDULES_SQL = `
select u.id, u.name, u.email, th.hours as own_hours, bc.spec as org_spec,
  coalesce((select json_agg(json_build_object('id', a.id, 'startsAt', a.starts_at, 'endsAt', a.ends_at, 'kind', a.kind, 'note', a.note) order by a.starts_at, a.id)
    from technician_absence a where a.technician_id = u.id and a.starts_at < ?2 and a.ends_at > ?1), '[]') as absences,
  coalesce((select json_agg(json_build_object('jobId', j.id, 'jobNumber', j.number, 'jobType', j.type, 'status', j.status, 'startsAt', j.appointment_at,
      'minutes', ${appointmentMinutesSql('j')}, 'siteAddress', e.site_address, 'description', j.description,
      'siteTimeZone', ${siteTimeZoneSql('j')})
      order by j.appointment_at, j.id)
    from service_job j join equipment_unit e on e.id = j.equipment_id
    where j.technician_id = u.id and j.assigned_partner_id = u.organization_id and j.status <> '${JobStatus.CANCELLED}' and j.appointment_at < ?2
      and ${appointmentEndsSql('j')} > ?1), '[]') as appointments
from app_user u
left join technician_hours th on th.technician_id = u.id
left join business_calendar bc on bc.organization_id = u.organization_id
where u.organization_id = ?3 and u.role in (${WORKER_ROLES}) and not u.integration and (?4::uuid is null or u.id = ?4::uuid)
order by u.role <> 'TECHNICIAN', u.name, u.id`;

export async function technicianSchedules({ em, viewer }: Scope, from: Date, to: Date, technicianId?: string | null): Promise<TechnicianScheduleObject[]> {
  if (!(from < to)) throw badInput('The period must start before it ends', { field: 'from' });
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS) throw badInput(`The period may span at most ${MAX_RANGE_DAYS} days`, { field: 'to' });
  // A technician sees their own time only; anyone else's id is nobody's.
  const only = can(viewer, Capability.TECHNICIAN_TIME_SET) ? (technicianId ?? null) : viewer.userId;
  if (only !== null && (!isUuid(only) || (technicianId && technicianId !== only))) return [];
  // The statement names its parameters ?1 … ?4; each use becomes a positional one.
  const values = [from, to, viewer.orgId, only];
  const params: unknown[] = [];
  const sql = SCHEDULES_SQL.replace(/\?(\d)/g, (_, n: string) => {
    params.push(values[Number(n) - 1]);
    return '?';
  });
  const rows = await em.execute<ScheduleRow[]>(sql, params);
  return rows.map(scheduleOf);
}

function scheduleOf(row: ScheduleRow): TechnicianScheduleObject {
  return {
    ...hoursOf(row.id, row.org_spec, row.own_hours),
    name: row.name,
    email: row.email,
    absences: row.absences.map((absence) => ({ ...absence, technicianId: row.id, startsAt: new Date(absence.startsAt), endsAt: new Date(absence.endsAt) })),
    appointments: row.appointments.map((appointment) => {
      const startsAt = new Date(appointment.startsAt);
      return { ...appointment, startsAt, endsAt: new Date(startsAt.getTime() + appointment.minutes * 60_000) };
    }),
  };
}

function hoursOf(technicianId: string, organization: CalendarSpec | null, own: CalendarSpec['hours'] | null): TechnicianHoursObject {
  const spec = technicianCalendarSpec(organization, own);
  return {
    technicianId,
    ownHours: own !== null,
    timeZone: spec?.timeZone ?? 'UTC',
    hours: WEEKDAYS.flatMap((day) => (spec?.hours[day]?.length ? [{ day: day as Weekday, intervals: [...spec.hours[day]] }] : [])),
  };
}

/** A technician of the viewer's organization, for a change to their time: NOT_FOUND for anyone else. */
export async function ownTechnician(tx: EntityManager, viewer: Viewer, technicianId: string): Promise<User> {
  const technician = isUuid(technicianId) ? await tx.findOne(User, { id: technicianId, organization: viewer.orgId, integration: false }) : null;
  if (!technician || !can(technician, Capability.JOB_WORK)) throw notFound('Technician');
  return technician;
}

/**
 * Files a change to a technician's time in the log: under a manufacturer the organization serves
 * (the log needs one), read only by the organization and the technician (TechnicianSubject).
 */
export async function technicianChanged(
  tx: EntityManager,
  change: Change,
  technician: User,
  what: { entity: string; id: string; change: string; before?: unknown; after?: unknown },
) {
  const [network] = await tx.execute<{ manufacturer_id: string }[]>(
    'select manufacturer_id from network_membership where partner_id = ? order by manufacturer_id limit 1',
    [technician.organization.id],
  );
  if (!network) return;
  change.emit(
    EventKind.NETWORK_CHANGED,
    { manufacturerId: network.manufacturer_id, technician: { id: technician.id, organizationId: technician.organization.id } },
    what,
  );
}

/** Sets a technician's own weekly hours (validated as a calendar), or with null returns them to the organization's calendar. */
export async function setTechnicianHours(
  { em, viewer, clock }: Scope,
  technicianId: string,
  hours: { day: Weekday; intervals: string[] }[] | null | undefined,
): Promise<TechnicianHoursObject> {
  const own = hours ? (Object.fromEntries(hours.map(({ day, intervals }) => [day, intervals])) as CalendarSpec['hours']) : null;
  // Refused with the offending field before anything is read.
  if (own) defineCalendar({ timeZone: 'UTC', hours: own });
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const technician = await ownTechnician(tx, viewer, technicianId);
    const [before] = await tx.execute<{ hours: CalendarSpec['hours'] }[]>('select hours from technician_hours where technician_id = ? for update', [
      technician.id,
    ]);
    if (own) {
      await tx.execute(
        `insert into technician_hours (technician_id, hours, updated_at) values (?, ?::jsonb, ?)
          on conflict (technician_id) do update set hours = excluded.hours, updated_at = excluded.updated_at`,
        [technician.id, JSON.stringify(own), change.at],
      );
    } else await tx.execute('delete from technician_hours where technician_id = ?', [technician.id]);
    await technicianChanged(tx, change, technician, {
      entity: 'TechnicianHours',
      id: technician.id,
      change: own ? 'set' : 'reset',
      before: before?.hours,
      after: own,
    });
    const [calendar] = await tx.execute<{ spec: CalendarSpec }[]>('select spec from business_calendar where organization_id = ?', [viewer.orgId]);
    return hoursOf(technician.id, calendar?.spec ?? null, own);
  });
}

export interface AbsenceData {
  technicianId: string;
  startsAt: Date;
  endsAt: Date;
  kind: AbsenceKind;
  note?: string | null;
}

/** Adds an absence: from then on the technician cannot be booked in it (appointments already in it stay, for the admin to move). */
export async function addTechnicianAbsence({ em, viewer, clock }: Scope, input: AbsenceData): Promise<TechnicianAbsenceObject> {
  if (!(input.startsAt < input.endsAt)) throw badInput('An absence must start before it ends', { field: 'endsAt' });
  if (input.endsAt.getTime() - input.startsAt.getTime() > MAX_ABSENCE_DAYS * DAY_MS) throw badInput('An absence may last a year at most', { field: 'endsAt' });
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const technician = await ownTechnician(tx, viewer, input.technicianId);
    const note = input.note?.trim() || null;
    const absence = tx.create(TechnicianAbsence, {
      technician: technician.id,
      organization: viewer.orgId,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      kind: input.kind,
      note,
      createdAt: change.at,
    });
    const after = { startsAt: input.startsAt.toISOString(), endsAt: input.endsAt.toISOString(), kind: input.kind, note };
    await technicianChanged(tx, change, technician, { entity: 'TechnicianAbsence', id: absence.id, change: 'added', after });
    return absenceOf(absence);
  });
}

/** Removes an absence of a technician of the viewer's organization; answers it as it was. */
export async function removeTechnicianAbsence({ em, viewer, clock }: Scope, id: string): Promise<TechnicianAbsenceObject> {
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const absence = isUuid(id) ? await tx.findOne(TechnicianAbsence, { id, organization: viewer.orgId }) : null;
    if (!absence) throw notFound('Absence');
    const technician = await ownTechnician(tx, viewer, absence.technician);
    const before = { startsAt: absence.startsAt.toISOString(), endsAt: absence.endsAt.toISOString(), kind: absence.kind, note: absence.note ?? null };
    tx.remove(absence);
    await technicianChanged(tx, change, technician, { entity: 'TechnicianAbsence', id: absence.id, change: 'removed', before });
    return absenceOf(absence);
  });
}

const absenceOf = (absence: TechnicianAbsence): TechnicianAbsenceObject => ({
  id: absence.id,
  technicianId: absence.technician,
  startsAt: absence.startsAt,
  endsAt: absence.endsAt,
  kind: absence.kind,
  note: absence.note ?? null,
});
