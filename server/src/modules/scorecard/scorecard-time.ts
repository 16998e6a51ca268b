import type { EntityManager } from '@mikro-orm/postgresql';
import { workingMinutesBetween } from '../calendar/business-time.js';
import { SlaTime, clockCalendar, type StoredCalendar } from '../calendar/sla-time.js';

/** An accepted offer as the scorecard's statement returns it: offered, accepted, the job's SLA time, its manufacturer. */
export type AcceptTime = [offeredAt: string, acceptedAt: string, slaTime: string, manufacturerId: string];

/**
 * The manufacturers' calendars the acceptances need: none when every job ran in calendar time
 * (then no statement is made), else one statement for all of them.
 */
export async function responseCalendars(em: EntityManager, times: readonly AcceptTime[]): Promise<Map<string, StoredCalendar>> {
  const ids = [...new Set(times.filter(([, , slaTime]) => slaTime === SlaTime.BUSINESS).map(([, , , manufacturer]) => manufacturer))];
  if (ids.length === 0) return new Map();
  // Read as rows, not through org-calendar's entity: that module reads the job's clocks, which read the scorecard's policy.
  const rows = await em.execute<{ organization_id: string; version: number; spec: StoredCalendar['spec'] }[]>(
    'select organization_id, version, spec from business_calendar where organization_id = any(?::uuid[])',
    [`{${ids.join(',')}}`],
  );
  return new Map(rows.map((row) => [row.organization_id, { organizationId: row.organization_id, version: row.version, spec: row.spec }]));
}

/**
 * The median minutes from offer to acceptance, counted as the response clock counts them: every
 * minute for a CALENDAR standard, the manufacturer's working minutes for a BUSINESS one (an offer
 * made Friday 16:50 and accepted Monday 08:10 took 20 working minutes, not three days).
 */
export function medianMinutesToAccept(times: readonly AcceptTime[], calendars: ReadonlyMap<string, StoredCalendar>): number | null {
  if (times.length === 0) return null;
  const minutes = times
    .map(([offeredAt, acceptedAt, slaTime, manufacturer]) =>
      workingMinutesBetween(clockCalendar(slaTime as SlaTime, calendars.get(manufacturer)), new Date(offeredAt), new Date(acceptedAt)),
    )
    .sort((a, b) => a - b);
  const middle = Math.floor(minutes.length / 2);
  return minutes.length % 2 === 1 ? minutes[middle] : (minutes[middle - 1] + minutes[middle]) / 2;
}
