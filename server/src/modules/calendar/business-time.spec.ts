import { describe, expect, it } from 'vitest';
import { type BusinessCalendar, CALENDAR_TIME, type CalendarSpec, defineCalendar } from './business-calendar.js';
import { addWorkingMinutes, continueOn, extendForPause, isWorking, nextOpening, reassignDeadline, workingMinutesBetween } from './business-time.js';

// Instants are written with their local offset, so each row reads as the wall clock shows it.
const at = (iso: string) => new Date(iso);
const weekdays = (...hours: string[]) => ({ MON: hours, TUE: hours, WED: hours, THU: hours, FRI: hours });
const everyDay = (...hours: string[]) => ({ ...weekdays(...hours), SAT: hours, SUN: hours });

/** A Munich partner: Mon–Fri 08:00–17:00, Bavarian public holidays. */
const munich = defineCalendar({ timeZone: 'Europe/Berlin', hours: weekdays('08:00-17:00'), holidays: { country: 'DE', region: 'BY' } });
const withLunch = defineCalendar({ timeZone: 'Europe/Berlin', hours: weekdays('08:00-12:00', '13:00-17:00'), holidays: { country: 'DE' } });
const copenhagen = defineCalendar({ timeZone: 'Europe/Copenhagen', hours: weekdays('08:00-16:00'), holidays: { country: 'DK' } });
const newYork = defineCalendar({ timeZone: 'America/New_York', hours: weekdays('09:00-17:00'), holidays: { country: 'US', region: 'NY' } });
/** A night desk whose hours cover the changeover at 02:00. */
const nightDesk = defineCalendar({ timeZone: 'America/New_York', hours: everyDay('00:00-06:00', '22:00-24:00') });
const berlinSundayNights = defineCalendar({ timeZone: 'Europe/Berlin', hours: { SUN: ['01:00-05:00'], MON: ['08:00-09:00'] } });
/** Round the clock on the local calendar: every local day counts, 23 or 25 hours at a changeover. */
const berlin24x7 = defineCalendar({ timeZone: 'Europe/Berlin', hours: everyDay('00:00-24:00') });
const newYork24x7 = defineCalendar({ timeZone: 'America/New_York', hours: everyDay('00:00-24:00') });
const munichWith = (changes: Partial<CalendarSpec>) =>
  defineCalendar({ timeZone: 'Europe/Berlin', hours: weekdays('08:00-17:00'), holidays: { country: 'DE', region: 'BY' }, ...changes });

describe('addWorkingMinutes: the deadline', () => {
  it.each<[string, BusinessCalendar, string, number, string]>([
    ['weekday within hours', munich, '2026-12-01T09:00+01:00', 60, '2026-12-01T10:00+01:00'],
    ['start before opening counts from the opening', munich, '2026-12-01T06:30+01:00', 60, '2026-12-01T09:00+01:00'],
    ['start after closing counts from the next opening', munich, '2026-12-01T18:00+01:00', 60, '2026-12-02T09:00+01:00'],
    ['using up the day ends at the closing, not the next opening', munich, '2026-12-01T16:00+01:00', 60, '2026-12-01T17:00+01:00'],
    ['a working day and a minute', munich, '2026-12-01T08:00+01:00', 541, '2026-12-02T08:01+01:00'],
    ['zero minutes is the start itself, even outside hours', munich, '2026-12-05T11:00+01:00', 0, '2026-12-05T11:00+01:00'],
    ['over a weekend', munich, '2026-12-04T16:00+01:00', 120, '2026-12-07T09:00+01:00'],
    ['started on a Sunday', munich, '2026-12-06T10:00+01:00', 30, '2026-12-07T08:30+01:00'],
    ['over Christmas (25th and 26th closed, then the weekend)', munich, '2026-12-24T16:00+01:00', 120, '2026-12-28T09:00+01:00'],
    ['over the year end (New Year closed)', munich, '2026-12-31T16:00+01:00', 120, '2027-01-04T09:00+01:00'],
    ['over Epiphany, closed in Bavaria', munich, '2027-01-05T16:00+01:00', 120, '2027-01-07T09:00+01:00'],
    ['over Easter (Good Friday to Easter Monday) and the spring-forward Sunday', munich, '2027-03-25T16:00+01:00', 120, '2027-03-30T09:00+02:00'],
    ['over Ascension Day in Denmark', copenhagen, '2027-05-05T15:00+02:00', 120, '2027-05-07T09:00+02:00'],
    ['over Thanksgiving in New York', newYork, '2026-11-25T16:00-05:00', 120, '2026-11-27T10:00-05:00'],
    ['over a custom closed day', munichWith({ closedDays: ['2026-12-07'] }), '2026-12-04T16:00+01:00', 120, '2026-12-08T09:00+01:00'],
    [
      'on a custom extra working Saturday',
      munichWith({ extraWorkingDays: { '2026-12-05': ['09:00-13:00'] } }),
      '2026-12-04T16:00+01:00',
      120,
      '2026-12-05T10:00+01:00',
    ],
    [
      'an extra working day opens a public holiday',
      munichWith({ extraWorkingDays: { '2026-12-25': ['10:00-12:00'] } }),
      '2026-12-24T16:00+01:00',
      120,
      '2026-12-25T11:00+01:00',
    ],
    ['across the lunch break', withLunch, '2026-12-01T11:30+01:00', 60, '2026-12-01T13:30+01:00'],
    ['started in the lunch break', withLunch, '2026-12-01T12:15+01:00', 30, '2026-12-01T13:30+01:00'],
    ['a morning exactly: ends at noon, not after lunch', withLunch, '2026-12-01T08:00+01:00', 240, '2026-12-01T12:00+01:00'],
    ['Mon–Fri over the fall-back weekend in Berlin', munich, '2026-10-23T16:00+02:00', 120, '2026-10-26T09:00+01:00'],
    ['Mon–Fri over the spring-forward weekend in New York', newYork, '2027-03-12T16:00-05:00', 120, '2027-03-15T10:00-04:00'],
    ['Berlin spring forward: Sunday 01:00–05:00 holds 3 hours', berlinSundayNights, '2027-03-28T01:00+01:00', 180, '2027-03-28T05:00+02:00'],
    ['Berlin spring forward: the fourth hour is Monday’s', berlinSundayNights, '2027-03-28T01:00+01:00', 181, '2027-03-29T08:01+02:00'],
    ['Berlin fall back: Sunday 01:00–05:00 holds 5 hours', berlinSundayNights, '2026-10-25T01:00+02:00', 300, '2026-10-25T05:00+01:00'],
    ['New York spring forward: the night 22:00–06:00 holds 7 hours', nightDesk, '2027-03-13T22:00-05:00', 420, '2027-03-14T06:00-04:00'],
    ['New York fall back: the night 22:00–06:00 holds 9 hours', nightDesk, '2026-10-31T22:00-04:00', 540, '2026-11-01T06:00-05:00'],
    ['24×7 local, Berlin spring forward: a day is 23 hours', berlin24x7, '2027-03-28T00:00+01:00', 1380, '2027-03-29T00:00+02:00'],
    ['24×7 local, Berlin fall back: a day is 25 hours', berlin24x7, '2026-10-25T00:00+02:00', 1500, '2026-10-26T00:00+01:00'],
    ['24×7 local, New York spring forward', newYork24x7, '2027-03-14T00:00-05:00', 1380, '2027-03-15T00:00-04:00'],
    ['calendar time: plain minutes, weekends and DST alike', CALENDAR_TIME, '2026-10-24T12:00Z', 2 * 1440, '2026-10-26T12:00Z'],
  ])('%s', (_name, calendar, start, minutes, deadline) => {
    expect(addWorkingMinutes(calendar, at(start), minutes)).toEqual(at(deadline));
    expect(workingMinutesBetween(calendar, at(start), at(deadline))).toBe(minutes);
  });
});

describe('workingMinutesBetween: countdowns and scorecards', () => {
  it.each<[string, BusinessCalendar, string, string, number]>([
    ['a working day', munich, '2026-12-01T00:00+01:00', '2026-12-02T00:00+01:00', 540],
    ['a working day with lunch', withLunch, '2026-12-01T00:00+01:00', '2026-12-02T00:00+01:00', 480],
    ['a week with no holiday', munich, '2026-11-30T00:00+01:00', '2026-12-07T00:00+01:00', 5 * 540],
    ['Christmas week in Bavaria (24th and 31st worked, 25th and 1st closed)', munich, '2026-12-21T00:00+01:00', '2027-01-04T00:00+01:00', 8 * 540],
    ['a weekend', munich, '2026-12-05T00:00+01:00', '2026-12-07T00:00+01:00', 0],
    ['an overdue countdown is negative', munich, '2026-12-01T11:00+01:00', '2026-12-01T10:00+01:00', -60],
    ['the same moment', munich, '2026-12-01T11:00+01:00', '2026-12-01T11:00+01:00', 0],
    ['half a minute', munich, '2026-12-01T11:00:00+01:00', '2026-12-01T11:00:30+01:00', 0.5],
    ['a 24×7 local calendar counts real hours across spring forward', berlin24x7, '2027-03-27T12:00+01:00', '2027-03-28T12:00+02:00', 1380],
    ['a 24×7 local calendar counts real hours across fall back', newYork24x7, '2026-10-31T12:00-04:00', '2026-11-01T12:00-05:00', 1500],
  ])('%s', (_name, calendar, from, to, minutes) => {
    expect(workingMinutesBetween(calendar, at(from), at(to))).toBe(minutes);
  });
});

describe('public holidays by region (date-holidays, type public)', () => {
  it.each<[string, string, string | undefined, string, boolean]>([
    ['Bavaria keeps Epiphany', 'DE', 'BY', '2027-01-06', false],
    ['North Rhine-Westphalia works on Epiphany', 'DE', 'NW', '2027-01-06', true],
    ['Christmas Eve is a bank holiday only: worked', 'DE', 'BY', '2026-12-24', true],
    ['Denmark: Ascension Day', 'DK', undefined, '2027-05-06', false],
    ['Netherlands: King’s Day', 'NL', undefined, '2027-04-27', false],
    ['Russia: the five-day New Year break reaches Monday the 5th', 'RU', undefined, '2026-01-05', false],
    ['Russia: Russia Day', 'RU', undefined, '2026-06-12', false],
    ['Malaysia: Malaysia Day', 'MY', undefined, '2026-09-16', false],
    ['Albania: Monday substitute for the Independence weekend', 'AL', undefined, '2026-11-30', false],
    ['Zurich: Ascension Day', 'CH', 'ZH', '2027-05-06', false],
    ['Austria: National Day', 'AT', undefined, '2026-10-26', false],
    ['Austria: an ordinary Tuesday', 'AT', undefined, '2026-10-27', true],
  ])('%s', (_name, country, region, date, working) => {
    const calendar = defineCalendar({ timeZone: 'UTC', hours: weekdays('08:00-17:00'), holidays: { country, region } });
    expect(isWorking(calendar, at(`${date}T10:00Z`))).toBe(working);
  });
});

describe('nextOpening and isWorking', () => {
  it.each<[string, BusinessCalendar, string, string, boolean]>([
    ['while working: the moment itself', munich, '2026-12-01T10:00+01:00', '2026-12-01T10:00+01:00', true],
    ['the opening minute works', munich, '2026-12-01T08:00+01:00', '2026-12-01T08:00+01:00', true],
    ['the closing minute does not', munich, '2026-12-01T17:00+01:00', '2026-12-02T08:00+01:00', false],
    ['at lunch: after lunch', withLunch, '2026-12-01T12:00+01:00', '2026-12-01T13:00+01:00', false],
    ['Saturday: Monday', munich, '2026-12-05T10:00+01:00', '2026-12-07T08:00+01:00', false],
    [
      'spring forward: the skipped hour is no working time',
      defineCalendar({ timeZone: 'Europe/Berlin', hours: { SUN: ['02:00-03:00', '10:00-11:00'] } }),
      '2027-03-28T00:30+01:00',
      '2027-03-28T10:00+02:00',
      false,
    ],
    [
      'spring forward: an interval from the skipped hour opens at the jump',
      defineCalendar({ timeZone: 'Europe/Berlin', hours: { SUN: ['02:30-04:00'] } }),
      '2027-03-28T00:30+01:00',
      '2027-03-28T03:00+02:00',
      false,
    ],
    ['calendar time always works', CALENDAR_TIME, '2026-12-05T03:00Z', '2026-12-05T03:00Z', true],
  ])('%s', (_name, calendar, moment, opening, working) => {
    expect(nextOpening(calendar, at(moment))).toEqual(at(opening));
    expect(isWorking(calendar, at(moment))).toBe(working);
  });
});

describe('a clock moved to another calendar (reassignment)', () => {
  // Due Wednesday noon in Munich; reassigned Tuesday 16:00 Munich time (10:00 in New York): 60 + 240 minutes left.
  const deadline = at('2026-12-02T12:00+01:00');
  const reassigned = at('2026-12-01T16:00+01:00');

  it('continues what was left on the new holder’s calendar from that moment', () => {
    expect(workingMinutesBetween(munich, reassigned, deadline)).toBe(300);
    expect(continueOn(newYork, reassigned, 300)).toEqual(at('2026-12-01T15:00-05:00'));
    expect(reassignDeadline(munich, newYork, deadline, reassigned)).toEqual(at('2026-12-01T15:00-05:00'));
  });

  it('reassigned after the old holder’s hours: its 240 minutes left count on the new calendar from that moment', () => {
    // 20:00 in Copenhagen is closed too: from Wednesday's opening. In New York it is 14:00: three hours that Tuesday, one on Wednesday.
    expect(reassignDeadline(munich, copenhagen, deadline, at('2026-12-01T20:00+01:00'))).toEqual(at('2026-12-02T12:00+01:00'));
    expect(reassignDeadline(munich, newYork, deadline, at('2026-12-01T20:00+01:00'))).toEqual(at('2026-12-02T10:00-05:00'));
  });

  it('onto calendar time, the minutes left run round the clock', () => {
    expect(reassignDeadline(munich, CALENDAR_TIME, deadline, reassigned)).toEqual(at('2026-12-01T21:00+01:00'));
  });

  it('an overdue clock keeps its deadline', () => {
    expect(reassignDeadline(munich, newYork, deadline, at('2026-12-02T13:00+01:00'))).toEqual(deadline);
  });
});

describe('a pause for the manufacturer’s parts', () => {
  it.each<[string, BusinessCalendar, string, string, string, number, string]>([
    [
      'Friday 15:00 to Monday 10:00: 2 h + 2 h',
      munich,
      '2026-12-08T12:00+01:00',
      '2026-12-04T15:00+01:00',
      '2026-12-07T10:00+01:00',
      240,
      '2026-12-08T16:00+01:00',
    ],
    [
      'the moved deadline runs on into the next day',
      munich,
      '2026-12-08T16:00+01:00',
      '2026-12-04T15:00+01:00',
      '2026-12-07T10:00+01:00',
      240,
      '2026-12-09T11:00+01:00',
    ],
    ['over a weekend only: nothing moves', munich, '2026-12-04T17:00+01:00', '2026-12-05T09:00+01:00', '2026-12-06T18:00+01:00', 0, '2026-12-04T17:00+01:00'],
    [
      'over a holiday weekend with Easter Monday',
      munich,
      '2027-03-31T12:00+02:00',
      '2027-03-25T16:00+01:00',
      '2027-03-30T09:00+02:00',
      120,
      '2027-03-31T14:00+02:00',
    ],
    [
      'in calendar time the whole weekend counts',
      CALENDAR_TIME,
      '2026-12-08T12:00+01:00',
      '2026-12-04T15:00+01:00',
      '2026-12-07T10:00+01:00',
      4020,
      '2026-12-11T07:00+01:00',
    ],
    [
      'resumed before it paused (a clock went backwards): nothing moves',
      munich,
      '2026-12-08T12:00+01:00',
      '2026-12-07T10:00+01:00',
      '2026-12-04T15:00+01:00',
      0,
      '2026-12-08T12:00+01:00',
    ],
  ])('%s', (_name, calendar, deadline, pausedAt, resumedAt, pausedMinutes, moved) => {
    expect(extendForPause(calendar, at(deadline), at(pausedAt), at(resumedAt))).toEqual({ deadline: at(moved), pausedMinutes });
  });
});

describe('properties over random starts and lengths', () => {
  // A fixed seed: a failure reproduces (mulberry32).
  const random = (() => {
    let seed = 0x5eed;
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  })();
  const from = Date.parse('2026-01-01T00:00Z');
  const span = Date.parse('2028-12-31T00:00Z') - from;
  const samples = Array.from({ length: 250 }, () => ({
    start: new Date(from + Math.floor(random() * span)),
    minutes: Math.floor(random() * 20_000),
    more: 1 + Math.floor(random() * 3_000),
  }));
  const calendars: [string, BusinessCalendar][] = [
    ['Munich', munich],
    ['with lunch', withLunch],
    ['Copenhagen', copenhagen],
    ['New York', newYork],
    ['night desk', nightDesk],
    ['Berlin Sunday nights', berlinSundayNights],
    ['Berlin 24×7', berlin24x7],
    ['calendar time', CALENDAR_TIME],
  ];

  it.each(calendars)('%s: workingMinutesBetween(s, addWorkingMinutes(s, m)) is m, and adding twice is adding once', (_name, calendar) => {
    for (const { start, minutes, more } of samples) {
      const deadline = addWorkingMinutes(calendar, start, minutes);
      expect(workingMinutesBetween(calendar, start, deadline), `${start.toISOString()} + ${minutes}`).toBe(minutes);
      expect(addWorkingMinutes(calendar, deadline, more)).toEqual(addWorkingMinutes(calendar, start, minutes + more));
    }
  });

  it('a 24×7 local calendar is calendar time, across every changeover', () => {
    for (const { start, minutes } of samples) {
      expect(addWorkingMinutes(berlin24x7, start, minutes)).toEqual(addWorkingMinutes(CALENDAR_TIME, start, minutes));
      expect(addWorkingMinutes(newYork24x7, start, minutes)).toEqual(addWorkingMinutes(CALENDAR_TIME, start, minutes));
    }
  });
});

describe('refusals', () => {
  it('a calendar whose working days are all closed ends in an error, not an endless walk', () => {
    const mondays = Array.from({ length: 160 }, (_, week) => new Date(Date.parse('2026-11-30T00:00Z') + week * 7 * 86_400_000).toISOString().slice(0, 10));
    const closed = defineCalendar({ timeZone: 'Europe/Berlin', hours: { MON: ['08:00-17:00'] }, closedDays: mondays });
    expect(() => addWorkingMinutes(closed, at('2026-11-30T10:00+01:00'), 60)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => nextOpening(closed, at('2026-11-30T10:00+01:00'))).toThrow(/no working time/);
    // Counting between two moments is bounded by them: no error, just none.
    expect(workingMinutesBetween(closed, at('2026-11-30T00:00+01:00'), at('2029-12-18T00:00+01:00'))).toBe(0);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('minutes %s are refused', (minutes) => {
    expect(() => addWorkingMinutes(munich, at('2026-12-01T10:00+01:00'), minutes)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
