import type { ApolloCache, Reference } from '@apollo/client';
import type { ModifierDetails } from '@apollo/client/cache';
import type { Schedule_AbsenceFragment, SetTechnicianHoursMutation } from '../../gql/graphql';
import { keyArgs } from '../../live/apply-event';
import { TECHNICIAN_ABSENCE } from './schedule.documents';

/**
 * The partner admin's own changes to a technician's time, written into every stored schedule
 * (each period the calendar has read) from the mutation's answer, so the calendar does not read
 * its schedules again. A schedule has no id of its own: it is stored inside its period's answer,
 * and is found there by its technician.
 */
interface StoredSchedule {
  technicianId: string;
  absences: readonly Reference[];
  [field: string]: unknown;
}

type Hours = SetTechnicianHoursMutation['setTechnicianHours'];

/** Hours apply to every period shown. */
export function writeHours(cache: ApolloCache, hours: Hours): void {
  eachSchedule(cache, hours.technicianId, (schedule) => ({ ...schedule, ownHours: hours.ownHours, timeZone: hours.timeZone, hours: hours.hours }));
}

/** An absence joins the periods it overlaps, in start order. */
export function addAbsence(cache: ApolloCache, absence: Schedule_AbsenceFragment): void {
  const ref = cache.writeFragment({ fragment: TECHNICIAN_ABSENCE, data: absence });
  if (!ref) return;
  eachSchedule(cache, absence.technicianId, (schedule, period, details) => {
    if (!(Date.parse(absence.startsAt) < period.to && Date.parse(absence.endsAt) > period.from)) return schedule;
    const startOf = (one: Reference) => Date.parse(String(details.readField('startsAt', one)));
    const absences = [...schedule.absences.filter((one) => details.readField('id', one) !== absence.id), ref];
    return { ...schedule, absences: absences.sort((a, b) => startOf(a) - startOf(b)) };
  });
}

/** A removed absence leaves every list (lists drop a reference to what the cache no longer holds). */
export function removeAbsence(cache: ApolloCache, id: string): void {
  cache.evict({ id: cache.identify({ __typename: 'TechnicianAbsence', id }) });
  cache.gc();
}

function eachSchedule(
  cache: ApolloCache,
  technicianId: string,
  change: (schedule: StoredSchedule, period: { from: number; to: number }, details: ModifierDetails) => StoredSchedule,
): void {
  cache.modify<{ technicianSchedules: readonly StoredSchedule[] }>({
    id: 'ROOT_QUERY',
    fields: {
      technicianSchedules: (stored, details) => {
        const args = keyArgs(details.storeFieldName);
        const period = { from: Date.parse(String(args.from)), to: Date.parse(String(args.to)) };
        return (stored as readonly StoredSchedule[]).map((schedule) => (schedule.technicianId === technicianId ? change(schedule, period, details) : schedule));
      },
    },
  });
}
