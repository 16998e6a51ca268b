import { describe, expect, it } from 'vitest';
import { zonedInstant, zonedLocal } from './zoned-time';

describe('wall-clock times in a named zone', () => {
  it.each([
    ['2026-12-01T09:30', 'Europe/Berlin', '2026-12-01T08:30:00.000Z'],
    ['2026-07-01T09:30', 'Europe/Berlin', '2026-07-01T07:30:00.000Z'],
    ['2026-12-01T09:30', 'Asia/Kuala_Lumpur', '2026-12-01T01:30:00.000Z'],
    ['2026-12-01T00:15', 'UTC', '2026-12-01T00:15:00.000Z'],
    // The spring change skips 02:00–03:00 in Berlin: 02:30 moves forward to 03:30 CEST.
    ['2026-03-29T02:30', 'Europe/Berlin', '2026-03-29T01:30:00.000Z'],
    // The autumn change repeats 02:00–03:00: the earlier one (CEST) is taken.
    ['2026-10-25T02:30', 'Europe/Berlin', '2026-10-25T00:30:00.000Z'],
  ])('%s in %s is %s', (local, zone, instant) => {
    expect(zonedInstant(local, zone).toISOString()).toBe(instant);
  });

  it.each([
    ['2026-12-01T08:30:00.000Z', 'Europe/Berlin', '2026-12-01T09:30'],
    ['2026-12-31T23:30:00.000Z', 'Europe/Moscow', '2027-01-01T02:30'],
    ['2026-06-15T05:05:00.000Z', 'America/New_York', '2026-06-15T01:05'],
  ])('%s shows as %s local %s', (instant, zone, local) => {
    expect(zonedLocal(instant, zone)).toBe(local);
  });
});
