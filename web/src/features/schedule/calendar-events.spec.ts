import { describe, expect, it } from 'vitest';
import type { Schedule_JobFragment } from '../../gql/graphql';
import { appointmentEvent, businessHoursOf, nextFreeSlots, visibleHours, type AppointmentRow } from './calendar-events';

const job = (patch: Partial<Schedule_JobFragment> = {}): Schedule_JobFragment => ({
  __typename: 'ServiceJob',
  id: 'j1',
  number: 'SJ-1',
  status: 'SCHEDULED',
  version: 3,
  appointmentAt: '2026-12-01T09:00:00.000Z',
  appointmentEndsAt: '2026-12-01T11:00:00.000Z',
  appointmentMinutes: 120,
  siteTimeZone: 'Europe/Berlin',
  technician: { __typename: 'User', id: 't1', name: 'Tess' },
  equipment: { __typename: 'EquipmentUnit', id: 'e1', siteAddress: 'Hauptstr. 1', model: { __typename: 'ProductModel', id: 'm1', name: 'CD-200' } },
  ...patch,
});
const row = (patch: Partial<AppointmentRow> = {}): AppointmentRow => ({
  jobId: 'j1',
  jobNumber: 'SJ-1',
  startsAt: '2026-12-01T08:00:00.000Z',
  endsAt: '2026-12-01T09:00:00.000Z',
  siteAddress: 'Hauptstr. 1',
  job: job(),
  ...patch,
});

describe('the calendar drawn from a technician schedule', () => {
  it("draws an appointment at its job's times, which live events keep newer than the schedule's", () => {
    const event = appointmentEvent(row(), 't1');
    expect(event).toMatchObject({ id: 'j1', start: Date.parse('2026-12-01T09:00:00.000Z'), end: Date.parse('2026-12-01T11:00:00.000Z'), editable: true });
  });

  it('leaves out an appointment whose job went to another technician or lost its time, and keeps one whose job the viewer cannot read (not draggable)', () => {
    expect(appointmentEvent(row({ job: job({ technician: { __typename: 'User', id: 't2', name: 'Other' } }) }), 't1')).toBeNull();
    expect(appointmentEvent(row({ job: job({ appointmentAt: null, appointmentEndsAt: null }) }), 't1')).toBeNull();
    expect(appointmentEvent(row({ job: null }), 't1')).toMatchObject({ start: Date.parse('2026-12-01T08:00:00.000Z'), editable: false });
  });

  it('shades all but the working hours, Sunday counted as day 0', () => {
    expect(
      businessHoursOf([
        { day: 'MON', intervals: ['08:00-12:00', '13:00-17:00'] },
        { day: 'SUN', intervals: ['10:00-24:00'] },
      ]),
    ).toEqual([
      { daysOfWeek: [1], startTime: '08:00', endTime: '12:00' },
      { daysOfWeek: [1], startTime: '13:00', endTime: '17:00' },
      { daysOfWeek: [0], startTime: '10:00', endTime: '24:00' },
    ]);
  });

  it("reads the next free slots of a refusal's extensions, and nothing from other errors", () => {
    const slots = [{ startsAt: '2026-12-01T15:00:00.000Z', endsAt: '2026-12-01T17:00:00.000Z' }];
    expect(nextFreeSlots({ code: 'SCHEDULE_CONFLICT', nextFreeSlots: [...slots, { startsAt: 1 }] })).toEqual(slots);
    expect(nextFreeSlots({ code: 'CONFLICT' })).toEqual([]);
    expect(nextFreeSlots(undefined)).toEqual([]);
  });

  it('shows 06:00 to 22:00, widened to the working hours and to every appointment in the zone', () => {
    expect(visibleHours([], [], 'UTC')).toEqual({ min: '06:00', max: '22:00' });
    expect(visibleHours([{ intervals: ['05:30-12:00', '13:00-22:30'] }], [], 'UTC')).toEqual({ min: '05:00', max: '23:00' });
    // 03:00Z is 04:00 in Berlin; one running past midnight there shows the whole evening.
    const early = { start: Date.parse('2026-12-01T03:00:00Z'), end: Date.parse('2026-12-01T05:00:00Z') };
    const late = { start: Date.parse('2026-12-01T22:00:00Z'), end: Date.parse('2026-12-02T00:00:00Z') };
    expect(visibleHours([], [early, late], 'Europe/Berlin')).toEqual({ min: '04:00', max: '24:00' });
  });
});
