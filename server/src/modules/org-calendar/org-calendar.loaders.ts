import DataLoader from 'dataloader';
import type { LoaderFactory } from '../../shared/loader-kit.js';
import type { StoredCalendar } from '../calendar/sla-time.js';
import { BusinessCalendarRecord } from './business-calendar.entity.js';

/** Calendars by organization, for the clocks of jobs that were not read by the planner: one query per request. */
export const ORG_CALENDAR_LOADERS = {
  calendarByOrganization: (em) =>
    new DataLoader<string, StoredCalendar | null>(async (ids) => {
      const rows = await em.find(BusinessCalendarRecord, { organization: { $in: [...ids] } });
      const byId = new Map(rows.map(({ organization, version, spec }) => [organization, { organizationId: organization, version, spec }]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
} satisfies Record<string, LoaderFactory>;
