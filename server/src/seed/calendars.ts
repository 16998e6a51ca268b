import type { EntityManager } from '@mikro-orm/postgresql';
import type { CalendarSpec } from '../modules/calendar/business-calendar.js';
import type { HolidayRegion } from '../modules/calendar/public-holidays.js';
import type { Organization } from '../modules/network/organization.entity.js';
import { BusinessCalendarRecord } from '../modules/org-calendar/business-calendar.entity.js';

/**
 * Where each demo organization works (its service point's city): time zone and public holidays.
 * Everyone works Monday to Friday, 08:00–17:00 local; the RAPID_RESPONSE and NEVER_FAIL lines'
 * standards stay in calendar time (standards.ts), so only the others' clocks follow these.
 */
const WHERE: Record<string, [timeZone: string, holidays: HolidayRegion]> = {
  maker: ['Europe/Zurich', { country: 'CH', region: 'ZH' }],
  other: ['Europe/Amsterdam', { country: 'NL' }],
  'maker-north': ['Europe/Berlin', { country: 'DE', region: 'NI' }], // Hanover
  'maker-south': ['Europe/Zurich', { country: 'CH', region: 'ZH' }],
  'alpine-service': ['Europe/Berlin', { country: 'DE', region: 'NW' }], // Cologne
  'riverside-tech': ['Europe/Berlin', { country: 'DE', region: 'BY' }], // Munich
  'coastline-repairs': ['Europe/Amsterdam', { country: 'NL' }], // Rotterdam
  'kessler-kaelte': ['Europe/Berlin', { country: 'DE', region: 'BW' }], // Stuttgart
  'precision-field': ['Europe/Copenhagen', { country: 'DK' }],
  'meier-sons': ['Europe/Zurich', { country: 'CH', region: 'BS' }], // Basel
  'quickfix-24': ['Europe/Berlin', { country: 'DE', region: 'BE' }],
  'drivetrain-consortium': ['Europe/Vienna', { country: 'AT' }],
  'controlsys-consortium': ['Europe/Amsterdam', { country: 'NL' }], // Eindhoven
  'hydra-consortium': ['Europe/Vienna', { country: 'AT' }], // Linz
};

const OFFICE_HOURS = ['08:00-17:00'];

/** The time zone of a demo organization's calendar; null for one without. */
export const demoTimeZone = (slug: string): string | null => WHERE[slug]?.[0] ?? null;

export const demoCalendar = ([timeZone, holidays]: [string, HolidayRegion]): CalendarSpec => ({
  timeZone,
  hours: { MON: OFFICE_HOURS, TUE: OFFICE_HOURS, WED: OFFICE_HOURS, THU: OFFICE_HOURS, FRI: OFFICE_HOURS },
  holidays,
  closedDays: [],
  extraWorkingDays: {},
});

/** The demo organizations' calendars: network data, made with the network (both histories see them). */
export function seedCalendars(em: EntityManager, organizations: readonly Organization[], now: Date): void {
  for (const organization of organizations) {
    const where = WHERE[organization.slug];
    if (where) em.create(BusinessCalendarRecord, { organization: organization.id, spec: demoCalendar(where), updatedAt: now });
  }
}
