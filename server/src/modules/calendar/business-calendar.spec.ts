import { describe, expect, it } from 'vitest';
import { type CalendarSpec, defineCalendar, workingHoursOn } from './business-calendar.js';
import { dayNumberOf } from './local-time.js';

const valid: CalendarSpec = { timeZone: 'Europe/Berlin', hours: { MON: ['08:00-17:00'] } };
const day = (date: string) => dayNumberOf(date)!;

describe('defineCalendar', () => {
  it('sorts intervals and merges the ones that touch', () => {
    const calendar = defineCalendar({ ...valid, hours: { TUE: ['13:00-17:00', '08:00-12:00', '12:00-13:00'], WED: ['00:00-24:00'] } });
    expect(calendar.week).toEqual([[], [], [[480, 1020]], [[0, 1440]], [], [], []]);
  });

  it.each<[string, Partial<CalendarSpec>, string]>([
    ['an unknown time zone', { timeZone: 'Europe/Atlantis' }, 'timeZone'],
    ['no weekly hours at all', { hours: {} }, 'hours'],
    ['only empty weekdays', { hours: { MON: [], TUE: [] } }, 'hours'],
    ['an unknown weekday', { hours: { MONDAY: ['08:00-17:00'] } as CalendarSpec['hours'] }, 'hours'],
    ['an interval ending before it starts', { hours: { MON: ['17:00-08:00'] } }, 'hours.MON'],
    ['an empty interval', { hours: { MON: ['08:00-08:00'] } }, 'hours.MON'],
    ['an interval past midnight', { hours: { MON: ['22:00-24:30'] } }, 'hours.MON'],
    ['starting at 24:00', { hours: { MON: ['24:00-24:00'] } }, 'hours.MON'],
    ['minute 60', { hours: { MON: ['08:60-17:00'] } }, 'hours.MON'],
    ['a loose format', { hours: { MON: ['8:00-17:00'] } }, 'hours.MON'],
    ['overlapping intervals', { hours: { MON: ['08:00-12:00', '11:00-17:00'] } }, 'hours.MON'],
    ['an unknown holiday country', { holidays: { country: 'XX' } }, 'holidays.country'],
    ['an unknown holiday region', { holidays: { country: 'DE', region: 'XX' } }, 'holidays.region'],
    ['a date that does not exist', { closedDays: ['2026-02-30'] }, 'closedDays'],
    ['an extra day in another format', { extraWorkingDays: { '5.12.2026': ['09:00-13:00'] } }, 'extraWorkingDays'],
    ['bad hours on an extra day', { extraWorkingDays: { '2026-12-05': ['13:00-09:00'] } }, 'extraWorkingDays.2026-12-05'],
    ['a day both closed and worked', { closedDays: ['2026-12-05'], extraWorkingDays: { '2026-12-05': ['09:00-13:00'] } }, 'extraWorkingDays'],
  ])('refuses %s', (_name, changes, field) => {
    expect(() => defineCalendar({ ...valid, ...changes })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', extensions: { code: 'BAD_USER_INPUT', field } }),
    );
  });
});

describe('workingHoursOn: which hours a local date has', () => {
  const calendar = defineCalendar({
    timeZone: 'Europe/Berlin',
    hours: { MON: ['08:00-17:00'], FRI: ['08:00-14:00'] },
    holidays: { country: 'DE', region: 'BY' },
    closedDays: ['2026-12-07'],
    extraWorkingDays: { '2026-12-05': ['09:00-13:00'], '2026-12-25': ['10:00-12:00'] },
  });

  it.each<[string, string, [number, number][]]>([
    ['its weekday’s', '2026-11-30', [[480, 1020]]],
    ['another weekday’s', '2026-12-04', [[480, 840]]],
    ['a weekday without hours', '2026-12-01', []],
    ['a custom closed day', '2026-12-07', []],
    ['a public holiday', '2027-01-01', []],
    ['an extra working Saturday', '2026-12-05', [[540, 780]]],
    ['an extra working day over a public holiday', '2026-12-25', [[600, 720]]],
  ])('%s', (_name, date, hours) => {
    expect(workingHoursOn(calendar, day(date))).toEqual(hours);
  });
});
