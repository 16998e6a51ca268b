import Holidays from 'date-holidays';
import { badInput } from '../../shared/errors.js';
import { DAY_MS, dayNumberOf, yearOf } from './local-time.js';

/** Whose public holidays close a calendar: an ISO country and, optionally, its region (DE + BY). */
export interface HolidayRegion {
  readonly country: string;
  readonly region?: string;
}

// date-holidays takes ~15 ms to build a country and ~40 ms to list a year: one instance per
// region and one set of closed days per region and year, kept for the life of the process.
const instances = new Map<string, Holidays>();
const closedDays = new Map<string, ReadonlySet<number>>();
let catalogue: Holidays | null = null;

const keyOf = ({ country, region }: HolidayRegion) => (region ? `${country}-${region}` : country);

/** Throws BAD_USER_INPUT unless date-holidays knows the country (and region): it would silently list none. */
export function assertKnownRegion({ country, region }: HolidayRegion): void {
  catalogue ??= new Holidays();
  if (!(country in catalogue.getCountries())) throw badInput(`Unknown country for public holidays: ${country}`, { field: 'holidays.country' });
  if (region && !(region in (catalogue.getStates(country) ?? {}))) {
    throw badInput(`Unknown region ${region} of ${country} for public holidays`, { field: 'holidays.region' });
  }
}

/** Whether a local date is a public holiday there. Only type 'public' closes: bank, school and observance days do not. */
export function isPublicHoliday(where: HolidayRegion, day: number): boolean {
  const year = yearOf(day);
  // A holiday of several days listed under one year may run into the next.
  return holidaysOf(where, year).has(day) || holidaysOf(where, year - 1).has(day);
}

function holidaysOf(where: HolidayRegion, year: number): ReadonlySet<number> {
  const key = `${keyOf(where)}:${year}`;
  let days = closedDays.get(key);
  if (!days) {
    days = listPublicHolidays(instanceFor(where), year);
    closedDays.set(key, days);
  }
  return days;
}

function instanceFor(where: HolidayRegion): Holidays {
  const key = keyOf(where);
  let instance = instances.get(key);
  if (!instance) {
    instance = where.region ? new Holidays(where.country, where.region, { types: ['public'] }) : new Holidays(where.country, { types: ['public'] });
    instances.set(key, instance);
  }
  return instance;
}

function listPublicHolidays(instance: Holidays, year: number): ReadonlySet<number> {
  const days = new Set<number>();
  for (const holiday of instance.getHolidays(year)) {
    // `date` starts with the local date; Islamic holidays start the evening before ("… -0600"),
    // and Russia's New Year break lasts five days: the length in whole days, at least one.
    const first = dayNumberOf(holiday.date.slice(0, 10));
    if (first === null || holiday.type !== 'public') continue;
    const length = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / DAY_MS));
    for (let i = 0; i < length; i++) days.add(first + i);
  }
  return days;
}
