import { describe, expect, it } from 'vitest';
import { CALENDAR_TIME, type CalendarSpec } from './business-calendar.js';
import { calendarOf, clockCalendar, handOverDeadline, SlaTime, type StoredCalendar } from './sla-time.js';

const office: CalendarSpec = { timeZone: 'Europe/Berlin', hours: { MON: ['08:00-17:00'], FRI: ['08:00-17:00'] } };
const stored = (organizationId: string, version: number, spec = office): StoredCalendar => ({ organizationId, version, spec });

describe('the calendars SLA clocks run on', () => {
  it('builds an organization’s calendar once per version, so its day caches are shared', () => {
    const first = calendarOf(stored('org-a', 1));
    expect(calendarOf(stored('org-a', 1))).toBe(first);
    expect(calendarOf(stored('org-a', 2))).not.toBe(first);
    expect(calendarOf(stored('org-b', 1))).not.toBe(calendarOf(stored('org-a', 2)));
  });

  it.each<[string, SlaTime, (StoredCalendar | null)[], string | null]>([
    ['a CALENDAR standard runs in calendar time, calendars or not', SlaTime.CALENDAR, [stored('holder', 1)], null],
    ['a BUSINESS standard follows the first organization that has a calendar', SlaTime.BUSINESS, [stored('holder', 1), stored('maker', 1)], 'Europe/Berlin'],
    [
      'a holder without one falls back to the manufacturer’s',
      SlaTime.BUSINESS,
      [null, stored('maker', 1, { ...office, timeZone: 'Europe/Zurich' })],
      'Europe/Zurich',
    ],
    ['nobody with one: calendar time', SlaTime.BUSINESS, [null, null], null],
  ])('%s', (_name, slaTime, candidates, timeZone) => {
    const calendar = clockCalendar(slaTime, ...candidates);
    expect(calendar.kind === 'BUSINESS_HOURS' ? calendar.timeZone : null).toBe(timeZone);
    if (timeZone === null) expect(calendar).toBe(CALENDAR_TIME);
  });

  it('hands a deadline over: what was left continues on the new calendar; none or the same calendar keeps it', () => {
    const maker = calendarOf(stored('maker-h', 1));
    const shortDays = calendarOf(stored('partner-h', 1, { timeZone: 'Europe/Berlin', hours: { MON: ['10:00-14:00'], FRI: ['10:00-14:00'] } }));
    const due = new Date('2027-01-18T10:00+01:00');
    const at = new Date('2027-01-15T16:00+01:00');
    expect(handOverDeadline(maker, shortDays, due, at)).toEqual(new Date('2027-01-18T13:00+01:00'));
    expect(handOverDeadline(maker, maker, due, at)).toBe(due);
    expect(handOverDeadline(maker, shortDays, null, at)).toBeNull();
  });
});
