import type { EntityManager } from '@mikro-orm/postgresql';
import { type CalendarSpec, defineCalendar } from '../calendar/business-calendar.js';
import { NetworkMembership } from '../network/network-membership.entity.js';
import { seesNetwork } from '../access/policy.js';
import { networkChanged } from '../admin/admin-event.js';
import { changeState } from '../events/change.js';
import { notFound } from '../../shared/errors.js';
import { isUuid, type Scope } from '../../shared/scope.js';
import type { Viewer } from '../../shared/viewer.js';
import type { BusinessCalendarInput, BusinessCalendarObject, Weekday } from './org-calendar.types.js';

/** The spec an input describes (defineCalendar judges it). */
export function specOf(input: BusinessCalendarInput): CalendarSpec {
  return {
    timeZone: input.timeZone,
    hours: Object.fromEntries(input.hours.map(({ day, intervals }) => [day, intervals])),
    holidays: input.holidayCountry ? { country: input.holidayCountry, ...(input.holidayRegion ? { region: input.holidayRegion } : {}) } : null,
    closedDays: input.closedDays ?? [],
    extraWorkingDays: Object.fromEntries((input.extraWorkingDays ?? []).map(({ date, intervals }) => [date, intervals])),
  };
}

interface CalendarRow {
  organization_id: string;
  organization_name: string;
  spec: CalendarSpec;
  version: number;
  updated_at: Date;
}

function viewOf(row: CalendarRow): BusinessCalendarObject {
  const { spec } = row;
  return {
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    timeZone: spec.timeZone,
    hours: Object.entries(spec.hours).map(([day, intervals]) => ({ day: day as Weekday, intervals: [...(intervals ?? [])] })),
    holidayCountry: spec.holidays?.country ?? null,
    holidayRegion: spec.holidays?.region ?? null,
    closedDays: [...(spec.closedDays ?? [])],
    extraWorkingDays: Object.entries(spec.extraWorkingDays ?? {}).map(([date, intervals]) => ({ date, intervals: [...intervals] })),
    version: row.version,
    updatedAt: new Date(row.updated_at),
  };
}

const CALENDARS_SQL = (where: string) => `
  select c.organization_id, o.name as organization_name, c.spec, c.version, c.updated_at
  from business_calendar c join organization o on o.id = c.organization_id
  where ${where}
  order by o.kind = 'MANUFACTURER' desc, o.name, o.id`;

/**
 * The calendars the viewer's clocks meet: manufacturer staff those of their organization and its
 * partners; a partner's people their own and those of the manufacturers they serve (whose calendar
 * the response clock follows).
 */
export async function businessCalendars({ em, viewer }: Scope): Promise<BusinessCalendarObject[]> {
  const where = seesNetwork(viewer)
    ? 'c.organization_id = ? or c.organization_id in (select partner_id from network_membership where manufacturer_id = ?)'
    : 'c.organization_id = ? or c.organization_id in (select manufacturer_id from network_membership where partner_id = ?)';
  return (await em.execute<CalendarRow[]>(CALENDARS_SQL(where), [viewer.orgId, viewer.orgId])).map(viewOf);
}

/**
 * Sets an organization's calendar (its own by default): a manufacturer's admin its own and its
 * partners', a partner's admin its own. Jobs already running keep their deadlines; the new
 * calendar counts for deadlines computed from now on (new jobs, hand-overs, pauses ending).
 */
export async function setBusinessCalendar(
  { em, viewer, clock }: Scope,
  organizationId: string | null | undefined,
  input: BusinessCalendarInput,
): Promise<BusinessCalendarObject> {
  const spec = specOf(input);
  // Refused with the offending field before anything is read.
  defineCalendar(spec);
  const target = organizationId ?? viewer.orgId;
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const manufacturers = await networksToTell(tx, viewer, target);
    const [before] = await tx.execute<{ spec: CalendarSpec }[]>('select spec from business_calendar where organization_id = ? for update', [target]);
    const [row] = await tx.execute<CalendarRow[]>(
      `insert into business_calendar (organization_id, spec, version, updated_at) values (?, ?::jsonb, 1, ?)
        on conflict (organization_id) do update set spec = excluded.spec, version = business_calendar.version + 1, updated_at = excluded.updated_at
        returning organization_id, (select o.name from organization o where o.id = business_calendar.organization_id) as organization_name, spec, version, updated_at`,
      [target, JSON.stringify(spec), change.at],
    );
    const partnerId = target === viewer.orgId && seesNetwork(viewer) ? undefined : target;
    for (const manufacturerId of manufacturers) {
      networkChanged(change, manufacturerId, { entity: 'BusinessCalendar', id: target, change: 'set', before: before?.spec, after: spec }, partnerId);
    }
    return viewOf(row);
  });
}

/**
 * Whose networks hear of the change, once the viewer may make it: a manufacturer's admin sets its
 * own or a partner of its network's; a partner's admin only its own, told to every network it
 * serves. Any other organization is NOT_FOUND, as if it did not exist.
 */
async function networksToTell(tx: EntityManager, viewer: Viewer, target: string): Promise<string[]> {
  if (!isUuid(target)) throw notFound('Organization');
  if (seesNetwork(viewer)) {
    if (target === viewer.orgId || (await tx.count(NetworkMembership, { manufacturer: viewer.orgId, partner: target })) > 0) return [viewer.orgId];
    throw notFound('Organization');
  }
  if (target !== viewer.orgId) throw notFound('Organization');
  return (await tx.find(NetworkMembership, { partner: target })).map((membership) => membership.manufacturer.id);
}
