import { describe, expect, it } from 'vitest';
import { createCache } from '../../apollo/cache';
import type { TechnicianSchedulesQuery } from '../../gql/graphql';
import { TECHNICIAN_SCHEDULES } from './schedule.documents';
import { addAbsence, removeAbsence, writeHours } from './schedule-cache';

type Schedule = TechnicianSchedulesQuery['technicianSchedules'][number];

const THIS_WEEK = { from: '2026-12-07T00:00:00.000Z', to: '2026-12-14T00:00:00.000Z' };
const NEXT_WEEK = { from: '2026-12-14T00:00:00.000Z', to: '2026-12-21T00:00:00.000Z' };

const schedule = (technicianId: string): Schedule => ({
  __typename: 'TechnicianSchedule',
  technicianId,
  name: technicianId,
  ownHours: false,
  timeZone: 'Europe/Berlin',
  hours: [{ __typename: 'WorkingHours', day: 'MON', intervals: ['08:00-17:00'] }],
  absences: [],
  appointments: [],
});

/** The calendar has read two weeks for two technicians. */
function cacheWithTwoWeeks() {
  const cache = createCache();
  for (const variables of [THIS_WEEK, NEXT_WEEK]) {
    cache.writeQuery({ query: TECHNICIAN_SCHEDULES, variables, data: { __typename: 'Query', technicianSchedules: [schedule('ann'), schedule('bob')] } });
  }
  const read = (variables: typeof THIS_WEEK, technicianId: string) =>
    cache.readQuery({ query: TECHNICIAN_SCHEDULES, variables })?.technicianSchedules.find((one) => one.technicianId === technicianId);
  return { cache, read };
}

const absence = (id: string, startsAt: string, endsAt: string) =>
  ({ __typename: 'TechnicianAbsence', id, technicianId: 'ann', startsAt, endsAt, kind: 'VACATION', note: null }) as const;

describe('a technician’s time written from the answer', () => {
  it('gives new hours to every period read, for that technician only', () => {
    const { cache, read } = cacheWithTwoWeeks();
    writeHours(cache, {
      __typename: 'TechnicianHours',
      technicianId: 'ann',
      ownHours: true,
      timeZone: 'UTC',
      hours: [{ __typename: 'WorkingHours', day: 'TUE', intervals: ['09:00-12:00'] }],
    });
    for (const week of [THIS_WEEK, NEXT_WEEK]) {
      expect(read(week, 'ann')).toMatchObject({ ownHours: true, timeZone: 'UTC', hours: [{ day: 'TUE', intervals: ['09:00-12:00'] }] });
      expect(read(week, 'bob')).toMatchObject({ ownHours: false, hours: [{ day: 'MON' }] });
    }
  });

  it('adds an absence to the periods it overlaps, in start order, and removes it from all', () => {
    const { cache, read } = cacheWithTwoWeeks();
    addAbsence(cache, absence('a2', '2026-12-10T08:00:00.000Z', '2026-12-10T12:00:00.000Z'));
    addAbsence(cache, absence('a1', '2026-12-08T08:00:00.000Z', '2026-12-08T12:00:00.000Z'));
    // Across the weeks' boundary: in both.
    addAbsence(cache, absence('a3', '2026-12-13T20:00:00.000Z', '2026-12-14T06:00:00.000Z'));
    expect(read(THIS_WEEK, 'ann')?.absences.map((one) => one.id)).toEqual(['a1', 'a2', 'a3']);
    expect(read(NEXT_WEEK, 'ann')?.absences.map((one) => one.id)).toEqual(['a3']);
    expect(read(THIS_WEEK, 'bob')?.absences).toEqual([]);

    removeAbsence(cache, 'a3');
    expect(read(THIS_WEEK, 'ann')?.absences.map((one) => one.id)).toEqual(['a1', 'a2']);
    expect(read(NEXT_WEEK, 'ann')?.absences).toEqual([]);
  });
});
