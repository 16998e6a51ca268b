import { describe, expect, it } from 'vitest';
import { CALENDAR_TIME, defineCalendar } from './business-calendar.js';
import { type BusyPeriod, freeSlots, technicianCalendarSpec } from './free-slots.js';

const at = (iso: string) => new Date(iso);
const weekdays = (...hours: string[]) => ({ MON: hours, TUE: hours, WED: hours, THU: hours, FRI: hours });
const busy = (from: string, to: string): BusyPeriod => [at(from).getTime(), at(to).getTime()];
const starts = (slots: { startsAt: Date }[]) => slots.map((slot) => slot.startsAt.toISOString());

/** Mon–Fri 08:00–12:00 and 13:00–17:00 in Berlin. */
const berlin = defineCalendar({ timeZone: 'Europe/Berlin', hours: weekdays('08:00-12:00', '13:00-17:00'), holidays: { country: 'DE', region: 'BY' } });

describe('freeSlots', () => {
  it.each<[string, string, number, BusyPeriod[], string[]]>([
    ['back to back from the opening', '2026-12-01T07:10+01:00', 120, [], ['2026-12-01T07:00:00.000Z', '2026-12-01T09:00:00.000Z', '2026-12-01T12:00:00.000Z']],
    ['never across the lunch break', '2026-12-01T11:00+01:00', 120, [], ['2026-12-01T12:00:00.000Z', '2026-12-01T14:00:00.000Z', '2026-12-02T07:00:00.000Z']],
    [
      'after the appointment that clashes',
      '2026-12-01T08:00+01:00',
      60,
      [busy('2026-12-01T08:30+01:00', '2026-12-01T10:30+01:00')],
      ['2026-12-01T09:30:00.000Z', '2026-12-01T12:00:00.000Z', '2026-12-01T13:00:00.000Z'],
    ],
    [
      'over an absence and the weekend',
      '2026-12-03T08:00+01:00',
      240,
      [busy('2026-12-03T00:00+01:00', '2026-12-05T00:00+01:00')],
      ['2026-12-07T07:00:00.000Z', '2026-12-07T12:00:00.000Z', '2026-12-08T07:00:00.000Z'],
    ],
    [
      'a start between quarters waits for the next',
      '2026-12-01T09:05+01:00',
      30,
      [],
      ['2026-12-01T08:15:00.000Z', '2026-12-01T08:45:00.000Z', '2026-12-01T09:15:00.000Z'],
    ],
  ])('%s', (_name, from, minutes, periods, expected) => {
    expect(starts(freeSlots(berlin, at(from), minutes, periods))).toEqual(expected);
  });

  it('in calendar time every minute counts', () => {
    expect(starts(freeSlots(CALENDAR_TIME, at('2026-12-05T23:00Z'), 120, [busy('2026-12-06T00:00Z', '2026-12-06T01:00Z')], 2))).toEqual([
      '2026-12-06T01:00:00.000Z',
      '2026-12-06T03:00:00.000Z',
    ]);
  });

  it('finds none when no working interval is long enough', () => {
    expect(freeSlots(berlin, at('2026-12-01T08:00+01:00'), 300, [])).toEqual([]);
  });
});

describe('technicianCalendarSpec', () => {
  const organization = { timeZone: 'Europe/Vienna', hours: weekdays('08:00-17:00'), holidays: { country: 'AT' }, closedDays: ['2026-12-31'] };

  it("is the organization's calendar without own hours", () => {
    expect(technicianCalendarSpec(organization, null)).toBe(organization);
  });

  it("puts the technician's hours in the organization's zone, holidays and closed days", () => {
    expect(technicianCalendarSpec(organization, { MON: ['07:00-15:00'] })).toEqual({
      timeZone: 'Europe/Vienna',
      hours: { MON: ['07:00-15:00'] },
      holidays: { country: 'AT' },
      closedDays: ['2026-12-31'],
      extraWorkingDays: {},
    });
  });
});
