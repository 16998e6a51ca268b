import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { EventRecorder, errorCode, settle, wsClient, type Result } from '../support/graphql-client.js';
import type { Actor } from '../support/factory.js';
import { useNetwork } from '../support/use-network.js';

/**
 * Technicians' time: bookings refused with SCHEDULE_CONFLICT (a double booking, an absence) and the
 * next free slots they offer; concurrent bookings serialized; durations from the standard;
 * absences seen by the technician's organization only; punctuality on the scorecard.
 */
const network = useNetwork({ partners: 2, capacity: 50 });

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const SCHEDULE = graphql(`
  mutation TechScheduleJob($j: ID!, $a: DateTime!, $t: ID, $d: Int) {
    scheduleJob(jobId: $j, appointmentAt: $a, technicianId: $t, durationMinutes: $d) {
      id status appointmentAt appointmentMinutes appointmentEndsAt siteTimeZone technician { id }
    }
  }
`);
const SET_HOURS = graphql(`
  mutation TechSetHours($t: ID!, $h: [WorkingHoursInput!]) { setTechnicianHours(technicianId: $t, hours: $h) { technicianId ownHours timeZone hours { day intervals } } }
`);
const ADD_ABSENCE = graphql(`
  mutation TechAddAbsence($i: TechnicianAbsenceInput!) { addTechnicianAbsence(input: $i) { id technicianId startsAt endsAt kind note } }
`);
const REMOVE_ABSENCE = graphql(`
  mutation TechRemoveAbsence($id: ID!) { removeTechnicianAbsence(id: $id) { id } }
`);
const SCHEDULES = graphql(`
  query TechSchedules($from: DateTime!, $to: DateTime!, $t: ID) {
    technicianSchedules(from: $from, to: $to, technicianId: $t) {
      technicianId name ownHours timeZone hours { day intervals } technician { id email }
      absences { id startsAt endsAt kind note }
      appointments { jobId jobNumber status startsAt endsAt minutes siteTimeZone job { id number } }
    }
  }
`);
const JOB_TIME = graphql(`
  query TechJobTime($id: ID!) { job(id: $id) { appointmentAt appointmentMinutes appointmentEndsAt siteTimeZone qualityStandard { appointmentMinutes } events { kind data } } }
`);
const SET_POLICY = graphql(`
  mutation TechSetPolicy($m: Int!) { setScorecardPolicy(input: { punctualityToleranceMinutes: $m }) { punctualityToleranceMinutes } }
`);
const CARDS = graphql(`
  query TechCards($from: DateTime!, $to: DateTime!) { partnerScorecards(from: $from, to: $to) { partner { id } appointmentsKept appointmentsMissed punctuality } }
`);

interface Slot {
  startsAt: string;
  endsAt: string;
}
const extensionsOf = (result: Result<unknown>) =>
  (result.errors?.[0]?.extensions ?? {}) as { conflicts?: { kind: string; jobId: string | null }[]; nextFreeSlots?: Slot[] };
const iso = (ms: number) => new Date(ms).toISOString();
const weekdays = (interval: string) =>
  ['MON', 'TUE', 'WED', 'THU', 'FRI'].map((day) => ({ day, intervals: [interval] })) as { day: 'MON'; intervals: string[] }[];

/** Midnight UTC of the first Monday at least two days ahead of the test clock, `weeks` weeks on. */
function monday(weeks = 0): number {
  const now = network.server.clock.now().getTime();
  let day = Math.floor(now / DAY) * DAY + 2 * DAY;
  while (new Date(day).getUTCDay() !== 1) day += DAY;
  return day + weeks * 7 * DAY;
}

async function assignedJob(partner = network.net.partners[0]) {
  return (await network.api.assignedJob(network.net, partner)).job;
}

const schedule = (actor: Actor, jobId: string, at: number, technicianId?: string, durationMinutes?: number) =>
  network.api.call(actor, SCHEDULE, { j: jobId, a: iso(at), t: technicianId, d: durationMinutes });

describe("technicians' time", () => {
  it('refuses a double booking with SCHEDULE_CONFLICT and offers the next free slots in working hours, which can be booked', async () => {
    const { api, net } = network;
    const [a] = net.partners;
    const hours = await api.call(a.admin, SET_HOURS, { t: a.tech.id, h: weekdays('08:00-16:00') });
    expect(hours.data?.setTechnicianHours).toMatchObject({ technicianId: a.tech.id, ownHours: true, timeZone: 'UTC' });
    const week = monday(0);
    const [first, second, third] = [await assignedJob(), await assignedJob(), await assignedJob()];
    const booked = await schedule(a.admin, first.id, week + 9 * HOUR, a.tech.id);
    expect(booked.data?.scheduleJob).toMatchObject({ appointmentMinutes: 120, appointmentEndsAt: iso(week + 11 * HOUR), technician: { id: a.tech.id } });

    const refused = await schedule(a.admin, second.id, week + 10 * HOUR, a.tech.id);
    expect(errorCode(refused)).toBe('SCHEDULE_CONFLICT');
    const { conflicts, nextFreeSlots } = extensionsOf(refused);
    expect(conflicts).toEqual([expect.objectContaining({ kind: 'APPOINTMENT', jobId: first.id })]);
    // After the first appointment, then the afternoon; 15:00 + 2 h would run past 16:00, so Tuesday morning.
    expect(nextFreeSlots).toEqual([
      { startsAt: iso(week + 11 * HOUR), endsAt: iso(week + 13 * HOUR) },
      { startsAt: iso(week + 13 * HOUR), endsAt: iso(week + 15 * HOUR) },
      { startsAt: iso(week + DAY + 8 * HOUR), endsAt: iso(week + DAY + 10 * HOUR) },
    ]);
    // Nothing was written by the refusal.
    expect((await api.job(a.admin, second.id)).data?.job?.status).toBe('ASSIGNED');

    const slots = nextFreeSlots as Slot[];
    expect((await api.call(a.admin, SCHEDULE, { j: second.id, a: slots[0].startsAt, t: a.tech.id })).errors).toBeUndefined();
    expect((await api.call(a.admin, SCHEDULE, { j: third.id, a: slots[2].startsAt, t: a.tech.id })).errors).toBeUndefined();
    // Moving an appointment is scheduling again; it never conflicts with itself.
    expect((await schedule(a.admin, first.id, week + 9 * HOUR + 30 * 60_000, a.tech.id, 90)).data?.scheduleJob).toMatchObject({ appointmentMinutes: 90 });
    // The calendar's read: the week's appointments of the technician, with their jobs, in one statement.
    const rows = (await api.call(a.admin, SCHEDULES, { from: iso(week), to: iso(week + 2 * DAY), t: a.tech.id })).data?.technicianSchedules ?? [];
    const appointments = rows[0]?.appointments ?? [];
    expect(appointments.map((appointment) => [appointment.jobId, appointment.startsAt, appointment.endsAt, appointment.minutes])).toEqual([
      [first.id, iso(week + 9.5 * HOUR), iso(week + 11 * HOUR), 90],
      [second.id, iso(week + 11 * HOUR), iso(week + 13 * HOUR), 120],
      [third.id, iso(week + DAY + 8 * HOUR), iso(week + DAY + 10 * HOUR), 120],
    ]);
    expect(appointments.every((appointment) => appointment.job?.id === appointment.jobId && appointment.status === 'SCHEDULED')).toBe(true);
    expect(rows[0]).toMatchObject({ ownHours: true, hours: weekdays('08:00-16:00') });
    // Back to the organization's calendar (none in the test network: every hour counts).
    expect((await api.call(a.admin, SET_HOURS, { t: a.tech.id, h: null })).data?.setTechnicianHours).toMatchObject({ ownHours: false, hours: [] });
  });

  it('refuses a booking during an absence, and allows it once the absence is removed', async () => {
    const { api, net } = network;
    const [a] = net.partners;
    const week = monday(1);
    const absence = await api.call(a.admin, ADD_ABSENCE, {
      i: { technicianId: a.tech.id, startsAt: iso(week + 2 * DAY), endsAt: iso(week + 3 * DAY), kind: 'SICK', note: 'Flu' },
    });
    expect(absence.data?.addTechnicianAbsence).toMatchObject({ technicianId: a.tech.id, kind: 'SICK', note: 'Flu' });
    const job = await assignedJob();
    const refused = await schedule(a.admin, job.id, week + 2 * DAY + 10 * HOUR, a.tech.id);
    expect(errorCode(refused)).toBe('SCHEDULE_CONFLICT');
    expect(extensionsOf(refused).conflicts).toEqual([expect.objectContaining({ kind: 'ABSENCE', jobId: null })]);
    // No calendar: the first free time is the absence's end.
    expect(extensionsOf(refused).nextFreeSlots?.[0]).toEqual({ startsAt: iso(week + 3 * DAY), endsAt: iso(week + 3 * DAY + 2 * HOUR) });
    // The absence shows in the organization's calendar, and in the technician's own.
    const range = { from: iso(week), to: iso(week + 7 * DAY) };
    for (const actor of [a.admin, a.tech]) {
      const mine = (await api.call(actor, SCHEDULES, { ...range, t: a.tech.id })).data?.technicianSchedules;
      expect(mine?.[0]?.absences).toEqual([expect.objectContaining({ id: absence.data?.addTechnicianAbsence.id, kind: 'SICK' })]);
    }
    expect((await api.call(a.admin, REMOVE_ABSENCE, { id: absence.data!.addTechnicianAbsence.id })).errors).toBeUndefined();
    expect((await schedule(a.admin, job.id, week + 2 * DAY + 10 * HOUR, a.tech.id)).data?.scheduleJob?.status).toBe('SCHEDULED');
  });

  it('lets exactly one of two concurrent bookings of the same technician through', async () => {
    const { net } = network;
    const [a] = net.partners;
    const at = monday(2) + 4 * DAY + 9 * HOUR;
    for (let round = 0; round < 3; round++) {
      const [x, y] = [await assignedJob(), await assignedJob()];
      const answers = await Promise.all([schedule(a.admin, x.id, at + round * DAY, a.tech.id), schedule(a.admin, y.id, at + round * DAY + HOUR, a.tech.id)]);
      expect(answers.map((answer) => errorCode(answer) ?? 'OK').sort()).toEqual(['OK', 'SCHEDULE_CONFLICT']);
    }
  });

  it('checks nothing without a technician, and takes the duration from the standard unless given', async () => {
    const { api, net, server } = network;
    const [a] = net.partners;
    const at = monday(3) + 9 * HOUR;
    const [x, y] = [await assignedJob(), await assignedJob()];
    expect((await schedule(a.admin, x.id, at)).data?.scheduleJob).toMatchObject({ status: 'SCHEDULED', technician: null, appointmentMinutes: 120 });
    expect((await schedule(a.admin, y.id, at)).data?.scheduleJob).toMatchObject({ status: 'SCHEDULED', technician: null });
    // The standard's default changes: the next booking without a duration takes it; a given one wins.
    await server.deps.orm.em
      .fork()
      .execute('update quality_standard set appointment_minutes = 90 where id = (select quality_standard_id from service_job where id = ?)', [x.id]);
    expect((await schedule(a.admin, x.id, at)).data?.scheduleJob).toMatchObject({ appointmentMinutes: 90, appointmentEndsAt: iso(at + 90 * 60_000) });
    expect((await schedule(a.admin, y.id, at, undefined, 45)).data?.scheduleJob).toMatchObject({
      appointmentMinutes: 45,
      appointmentEndsAt: iso(at + 45 * 60_000),
    });
    const answer = await api.call(net.dispatcher, JOB_TIME, { id: x.id });
    expect(answer.errors).toBeUndefined();
    const read = answer.data?.job;
    expect(read).toMatchObject({ appointmentMinutes: 90, appointmentEndsAt: iso(at + 90 * 60_000), qualityStandard: { appointmentMinutes: 90 } });
    expect(read?.events.filter((event) => event.kind === 'JOB_SCHEDULED').map((event) => event.data.appointmentMinutes)).toEqual([120, 90]);
  });

  it("shows a technician's time to their own organization only: queries, changes and events", async () => {
    const { api, net, server } = network;
    const [a, b] = net.partners;
    const week = monday(4);
    const feeds = new Map<string, EventRecorder>();
    for (const [name, actor] of Object.entries({
      maker: net.admin,
      dispatcher: net.dispatcher,
      otherPartner: b.admin,
      otherTech: b.tech,
      admin: a.admin,
      tech: a.tech,
    })) {
      feeds.set(name, await EventRecorder.start(wsClient(server.wsUrl, actor.token)));
    }
    const added = await api.call(a.admin, ADD_ABSENCE, { i: { technicianId: a.tech.id, startsAt: iso(week), endsAt: iso(week + 5 * DAY), kind: 'VACATION' } });
    const id = added.data!.addTechnicianAbsence.id;
    const isAbsence = (event: { kind: string; data: unknown }) =>
      event.kind === 'NETWORK_CHANGED' && (event.data as { entity?: string }).entity === 'TechnicianAbsence';
    await feeds.get('admin')!.waitFor(isAbsence);
    await feeds.get('tech')!.waitFor(isAbsence);
    await settle();
    for (const name of ['maker', 'dispatcher', 'otherPartner', 'otherTech'])
      expect({ name, got: feeds.get(name)!.events.filter(isAbsence) }).toEqual({ name, got: [] });
    for (const feed of feeds.values()) feed.stop();

    const range = { from: iso(week), to: iso(week + 7 * DAY) };
    expect(errorCode(await api.call(net.admin, SCHEDULES, range))).toBe('FORBIDDEN');
    expect(errorCode(await api.call(net.dispatcher, SCHEDULES, range))).toBe('FORBIDDEN');
    const others = (await api.call(b.admin, SCHEDULES, range)).data?.technicianSchedules ?? [];
    expect(others.map((row) => row.technicianId)).not.toContain(a.tech.id);
    expect(others.flatMap((row) => row.absences.map((absence) => absence.id))).not.toContain(id);
    expect((await api.call(b.admin, SCHEDULES, { ...range, t: a.tech.id })).data?.technicianSchedules).toEqual([]);
    expect(errorCode(await api.call(b.admin, REMOVE_ABSENCE, { id }))).toBe('NOT_FOUND');
    expect(errorCode(await api.call(b.admin, SET_HOURS, { t: a.tech.id, h: weekdays('08:00-12:00') }))).toBe('NOT_FOUND');
    expect(
      errorCode(await api.call(b.admin, ADD_ABSENCE, { i: { technicianId: a.tech.id, startsAt: iso(week), endsAt: iso(week + DAY), kind: 'OTHER' } })),
    ).toBe('NOT_FOUND');
    // Their own organization sees every technician (its admin too, who may go on visits); a technician only themselves.
    const own = (await api.call(a.admin, SCHEDULES, range)).data?.technicianSchedules ?? [];
    expect(own.map((row) => row.technicianId).sort()).toEqual([a.admin.id, a.tech.id].sort());
    expect(own.find((row) => row.technicianId === a.tech.id)?.absences.map((absence) => absence.id)).toEqual([id]);
    const self = (await api.call(a.tech, SCHEDULES, range)).data?.technicianSchedules ?? [];
    expect(self.map((row) => row.technicianId)).toEqual([a.tech.id]);
    expect((await api.call(a.tech, SCHEDULES, { ...range, t: a.admin.id })).data?.technicianSchedules).toEqual([]);
  });

  it('counts kept and missed appointments on the scorecard, with the manufacturer’s tolerance', async () => {
    const { api, net, server } = network;
    const b = net.partners[1];
    const from = iso(server.clock.now().getTime() - DAY);
    const start = server.clock.now().getTime();
    const [kept, late, noShow, moved] = [await assignedJob(b), await assignedJob(b), await assignedJob(b), await assignedJob(b)];
    await schedule(b.admin, kept.id, start + HOUR, b.tech.id);
    await schedule(b.admin, late.id, start + 4 * HOUR, b.tech.id);
    await schedule(b.admin, noShow.id, start + 7 * HOUR, b.tech.id);
    await schedule(b.admin, moved.id, start + 10 * HOUR, b.tech.id);
    server.clock.advance(HOUR + 10 * 60_000);
    expect((await api.start(b.tech, kept.id)).errors).toBeUndefined();
    // Moved in time: the first appointment never stood.
    expect((await schedule(b.admin, moved.id, start + 20 * HOUR, b.tech.id)).errors).toBeUndefined();
    server.clock.advance(3 * HOUR + 25 * 60_000);
    expect((await api.start(b.tech, late.id)).errors).toBeUndefined();
    server.clock.advance(4 * HOUR);
    const card = async () =>
      (await api.call(net.admin, CARDS, { from, to: iso(server.clock.now().getTime() + DAY) })).data?.partnerScorecards.find((row) => row.partner.id === b.id);
    // Kept: started 10 minutes after; missed: 35 minutes after (past the default 30), and never started.
    expect(await card()).toMatchObject({ appointmentsKept: 1, appointmentsMissed: 2, punctuality: 1 / 3 });
    expect((await api.call(net.admin, SET_POLICY, { m: 40 })).data?.setScorecardPolicy.punctualityToleranceMinutes).toBe(40);
    expect(await card()).toMatchObject({ appointmentsKept: 2, appointmentsMissed: 1 });
  });
});
