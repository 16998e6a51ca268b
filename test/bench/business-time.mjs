// node test/bench/business-time.mjs (after `pnpm --filter ./server build`): how long the deadline
// arithmetic takes, as the deadline scheduler would call it. Prints figures; asserts nothing.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = (path) => join(fileURLToPath(new URL('../../', import.meta.url)), 'server', 'dist', path);
const { defineCalendar, CALENDAR_TIME } = await import(dist('modules/calendar/business-calendar.js'));
const { addWorkingMinutes, workingMinutesBetween } = await import(dist('modules/calendar/business-time.js'));

const CALLS = 10_000;
const weekdays = (...hours) => ({ MON: hours, TUE: hours, WED: hours, THU: hours, FRI: hours });
const calendars = {
  'Munich, Mon–Fri 08–17, DE-BY holidays': () =>
    defineCalendar({ timeZone: 'Europe/Berlin', hours: weekdays('08:00-17:00'), holidays: { country: 'DE', region: 'BY' } }),
  'Copenhagen, lunch break, DK holidays': () =>
    defineCalendar({ timeZone: 'Europe/Copenhagen', hours: weekdays('08:00-12:00', '12:30-16:00'), holidays: { country: 'DK' } }),
  'calendar time': () => CALENDAR_TIME,
};

// Starts spread over two years, deadlines of 2 h to 5 working days, as standards set them.
let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const from = Date.parse('2026-11-01T00:00Z');
const cases = Array.from({ length: CALLS }, () => ({ start: new Date(from + random() * 730 * 86_400_000), minutes: 120 + Math.floor(random() * 2580) }));

for (const [name, make] of Object.entries(calendars)) {
  for (const round of ['cold', 'warm']) {
    // Cold: a freshly compiled calendar (empty span cache; holidays stay cached per process, as they would).
    const calendar = make();
    if (round === 'warm') for (const { start, minutes } of cases) addWorkingMinutes(calendar, start, minutes);
    const began = performance.now();
    for (const { start, minutes } of cases) addWorkingMinutes(calendar, start, minutes);
    const added = performance.now() - began;
    const deadlines = cases.map(({ start, minutes }) => addWorkingMinutes(calendar, start, minutes));
    const counted = performance.now();
    for (const [i, { start }] of cases.entries()) workingMinutesBetween(calendar, start, deadlines[i]);
    const between = performance.now() - counted;
    console.log(`${name} (${round}): ${CALLS} addWorkingMinutes ${added.toFixed(0)} ms, ${CALLS} workingMinutesBetween ${between.toFixed(0)} ms`);
  }
}
