import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { Actor } from '../support/factory.js';
import { errorCode } from '../support/graphql-client.js';
import { useNetwork } from '../support/use-network.js';

/**
 * SLA clocks in business time, on the test clock: a REPAIR standard of 1 h response and 4 h
 * resolution in BUSINESS time, the manufacturer and its first partner on Mon–Fri 08:00–17:00 in
 * Berlin with Germany's public holidays, the second partner on 10:00–14:00. MAINTENANCE keeps the
 * CALENDAR standard the network was made with. Times are written with Berlin's offset.
 */
const network = useNetwork({ partners: 2, rival: { partners: 1 } });

const SET_CALENDAR = graphql(`
  mutation BizSetCalendar($o: ID, $c: BusinessCalendarInput!) { setBusinessCalendar(organizationId: $o, calendar: $c) { organizationId timeZone version } }
`);
const CALENDARS = graphql(`
  query BizCalendars { businessCalendars { organizationId timeZone hours { day intervals } holidayCountry } }
`);
const SET_STANDARD = graphql(`
  mutation BizSetStandard($i: QualityStandardInput!) { setQualityStandard(input: $i) { slaTime resolutionMinutes } }
`);
const CLOCKS = graphql(`
  query BizClocks($id: ID!) {
    job(id: $id) {
      slaTime resolutionDueAt resolutionBreachedAt resolutionPausedMinutes
      responseClock { dueAt mode workingMinutesLeft timeZone }
      resolutionClock { dueAt mode workingMinutesLeft timeZone }
    }
  }
`);

const ACCEPT = graphql(`
  mutation BizAccept($o: ID!) { acceptOffer(offerId: $o) { resolutionClock { dueAt mode workingMinutesLeft timeZone } } }
`);

const CARDS = graphql(`
  query BizScorecards($from: DateTime!, $to: DateTime!) { partnerScorecards(from: $from, to: $to) { partner { id } offersAccepted medianMinutesToAccept } }
`);

const weekdays = (...intervals: string[]) => ['MON', 'TUE', 'WED', 'THU', 'FRI'].map((day) => ({ day: day as 'MON', intervals }));
const OFFICE = { timeZone: 'Europe/Berlin', hours: weekdays('08:00-17:00'), holidayCountry: 'DE' };
const SHORT_DAYS = { timeZone: 'Europe/Berlin', hours: weekdays('10:00-14:00'), holidayCountry: 'DE' };

/** Puts the server's clock at an instant (the test clock moves by offsets). */
function clockAt(iso: string): void {
  const { clock } = network.server;
  clock.advance(Date.parse(iso) - clock.now().getTime());
}

async function clocksOf(id: string) {
  return (await network.api.ok(network.net.dispatcher, CLOCKS, { id })).job!;
}

/** The resolution breach after a deadline pass at `iso`, or null. */
async function breachAt(iso: string, jobId: string): Promise<string | null | undefined> {
  clockAt(iso);
  await network.server.deps.scheduler.tick();
  return (await clocksOf(jobId)).resolutionBreachedAt;
}

/** To the nearest minute: the test clock runs on between moving it and the request, by some milliseconds. */
const minuteOf = (iso: string | null | undefined) => (iso ? new Date(Math.round(Date.parse(iso) / 60_000) * 60_000).toISOString().slice(0, 16) : iso);
const utcMinute = (iso: string) => new Date(iso).toISOString().slice(0, 16);

beforeAll(async () => {
  const { api, net } = network;
  await api.ok(net.admin, SET_CALENDAR, { c: OFFICE });
  await api.ok(net.admin, SET_CALENDAR, { o: net.partners[0].id, c: OFFICE });
  // The second partner's admin sets its own.
  await api.ok(net.partners[1].admin, SET_CALENDAR, { c: SHORT_DAYS });
  const standard = await api.ok(net.admin, SET_STANDARD, {
    i: {
      productLineId: net.productLineId,
      jobType: 'REPAIR',
      responseMinutes: 60,
      resolutionMinutes: 240,
      slaTime: 'BUSINESS',
      checklist: net.checklist.map((id) => ({ id, label: id })),
      requiredReportFields: ['resolution', 'failureCode'],
      requiresSignature: false,
      laborRateCeiling: { amount: '90', currency: 'EUR' },
      maxLaborMinutes: 240,
    },
  });
  expect(standard.setQualityStandard).toEqual({ slaTime: 'BUSINESS', resolutionMinutes: 240 });
});

describe('deadlines in business time', () => {
  it('a job called in on Friday 15:00 is not breached over the weekend: its 4 working hours end Monday 10:00', async () => {
    const { api, net } = network;
    clockAt('2027-01-08T15:00:00+01:00');
    const job = await api.createJob(net);
    const clocks = await clocksOf(job.id);
    expect(clocks.slaTime).toBe('BUSINESS');
    // Friday 15:00–17:00 and Monday 08:00–10:00.
    expect(minuteOf(clocks.resolutionDueAt)).toBe(utcMinute('2027-01-11T10:00+01:00'));
    expect(minuteOf(clocks.responseClock?.dueAt)).toBe(utcMinute('2027-01-08T16:00+01:00'));
    expect(clocks.resolutionClock).toMatchObject({ mode: 'BUSINESS', timeZone: 'Europe/Berlin', workingMinutesLeft: 240 });

    clockAt('2027-01-09T12:00:00+01:00');
    // On Saturday the countdown stands where Friday's closing left it.
    expect((await clocksOf(job.id)).resolutionClock?.workingMinutesLeft).toBe(120);
    expect(await breachAt('2027-01-10T23:00:00+01:00', job.id)).toBeNull();
    expect(await breachAt('2027-01-11T09:59:00+01:00', job.id)).toBeNull();
    expect(minuteOf(await breachAt('2027-01-11T10:01:00+01:00', job.id))).toBe(utcMinute('2027-01-11T10:01+01:00'));
  });

  it('a CALENDAR standard breaches as before, weekend or not', async () => {
    const { api, net } = network;
    clockAt('2027-01-08T15:00:00+01:00');
    const job = await api.createJob(net, net.warrantySerial, 'MAINTENANCE');
    const clocks = await clocksOf(job.id);
    expect(clocks.slaTime).toBe('CALENDAR');
    expect(minuteOf(clocks.resolutionDueAt)).toBe(utcMinute('2027-01-09T15:00+01:00'));
    expect(clocks.resolutionClock).toMatchObject({ mode: 'CALENDAR', timeZone: null, workingMinutesLeft: null });
    expect(minuteOf(await breachAt('2027-01-09T15:01:00+01:00', job.id))).toBe(utcMinute('2027-01-09T15:01+01:00'));
  });

  it('on acceptance the resolution clock continues on the new holder’s calendar from that moment', async () => {
    const { api, net } = network;
    clockAt('2027-01-15T15:00:00+01:00');
    const job = await api.createJob(net);
    expect(minuteOf((await clocksOf(job.id)).resolutionDueAt)).toBe(utcMinute('2027-01-18T10:00+01:00'));
    const [offer] = await api.offerOk(net, job.id, [net.partners[1].id], 600);
    clockAt('2027-01-15T16:00:00+01:00');
    // The job a mutation answers with is an entity (its clocks load the calendars); the query's is planned: both count alike.
    const accepted = (await api.ok(net.partners[1].admin, ACCEPT, { o: offer.id })).acceptOffer.resolutionClock;
    // 180 working minutes were left on the manufacturer's calendar (Friday 16–17, Monday 8–10);
    // on the partner's 10:00–14:00 they run Monday 10:00–13:00.
    const clocks = await clocksOf(job.id);
    expect(clocks.resolutionClock).toEqual(accepted);
    expect(minuteOf(clocks.resolutionDueAt)).toBe(utcMinute('2027-01-18T13:00+01:00'));
    expect(clocks.resolutionClock).toMatchObject({ workingMinutesLeft: 180 });
    expect(clocks.responseClock).toMatchObject({ workingMinutesLeft: null });
    expect(await breachAt('2027-01-18T10:01:00+01:00', job.id)).toBeNull();
    expect(minuteOf(await breachAt('2027-01-18T13:01:00+01:00', job.id))).toBe(utcMinute('2027-01-18T13:01+01:00'));
  });

  it('a pause for the manufacturer’s parts over a weekend moves the deadline by the working minutes that passed', async () => {
    const { api, net } = network;
    const partner = net.partners[0];
    clockAt('2027-01-21T09:00:00+01:00');
    const { job } = await api.startedJob(net, partner);
    expect(minuteOf((await clocksOf(job.id)).resolutionDueAt)).toBe(utcMinute('2027-01-21T13:00+01:00'));
    clockAt('2027-01-21T10:00:00+01:00');
    const request = (await api.requestParts(partner.tech, job.id, [{ sku: net.skus[0], quantity: 1 }])).data!.requestParts.id;
    await api.decide(net.partsClerk, request, true);
    expect(await breachAt('2027-01-22T16:00:00+01:00', job.id)).toBeNull();
    // Shipped on Monday 10:00: Thursday 10–17, Friday and Monday 8–10 passed in the pause (1,080 working minutes).
    clockAt('2027-01-25T10:00:00+01:00');
    expect(errorCode(await api.ship(net.partsClerk, request))).toBeUndefined();
    const clocks = await clocksOf(job.id);
    expect(clocks.resolutionPausedMinutes).toBe(1080);
    expect(minuteOf(clocks.resolutionDueAt)).toBe(utcMinute('2027-01-25T13:00+01:00'));
    expect(clocks.resolutionClock).toMatchObject({ workingMinutesLeft: 180 });
    expect(await breachAt('2027-01-25T12:59:00+01:00', job.id)).toBeNull();
    expect(minuteOf(await breachAt('2027-01-25T13:01:00+01:00', job.id))).toBe(utcMinute('2027-01-25T13:01+01:00'));
  });

  it('a public holiday is no working time: Ascension Day (Thursday 6 May 2027) is skipped', async () => {
    const { api, net } = network;
    clockAt('2027-05-05T15:00:00+02:00');
    const job = await api.createJob(net);
    // Wednesday 15:00–17:00, then Friday 08:00–10:00.
    expect(minuteOf((await clocksOf(job.id)).resolutionDueAt)).toBe(utcMinute('2027-05-07T10:00+02:00'));
    expect(await breachAt('2027-05-06T16:00:00+02:00', job.id)).toBeNull();
    expect(await breachAt('2027-05-07T09:59:00+02:00', job.id)).toBeNull();
    expect(minuteOf(await breachAt('2027-05-07T10:01:00+02:00', job.id))).toBe(utcMinute('2027-05-07T10:01+02:00'));
  });
});

describe('scorecards count in the same working time', () => {
  it('an offer made Friday 16:50 and accepted Monday 08:10 took 20 working minutes to accept, not three days', async () => {
    const { api, net } = network;
    clockAt('2027-02-05T16:50:00+01:00');
    const job = await api.createJob(net);
    const [offer] = await api.offerOk(net, job.id, [net.partners[0].id], 5000);
    clockAt('2027-02-08T08:10:00+01:00');
    await api.ok(net.partners[0].admin, ACCEPT, { o: offer.id });
    const cards = (await api.ok(net.auditor, CARDS, { from: '2027-02-01T00:00:00Z', to: '2027-02-15T00:00:00Z' })).partnerScorecards;
    const card = cards.find((c) => c.partner.id === net.partners[0].id);
    expect(card?.offersAccepted).toBe(1);
    // To the minute: the test clock runs on by milliseconds between moving it and the request.
    expect(Math.round(card?.medianMinutesToAccept ?? -1)).toBe(20);
  });
});

describe('who sets the calendars', () => {
  it('refuses the roles that may not, and organizations outside the caller’s reach, as if they did not exist', async () => {
    const { api, net, rival } = network;
    const set = (actor: Actor, organizationId?: string) => api.call(actor, SET_CALENDAR, { o: organizationId, c: OFFICE });
    expect(errorCode(await set(net.dispatcher))).toBe('FORBIDDEN');
    expect(errorCode(await set(net.auditor, net.partners[0].id))).toBe('FORBIDDEN');
    expect(errorCode(await set(net.partners[0].tech))).toBe('FORBIDDEN');
    expect(errorCode(await set(net.partners[0].admin, net.partners[1].id))).toBe('NOT_FOUND');
    expect(errorCode(await set(net.partners[0].admin, net.manufacturerId))).toBe('NOT_FOUND');
    expect(errorCode(await set(net.admin, rival.partners[0].id))).toBe('NOT_FOUND');
    expect(errorCode(await set(rival.admin, net.partners[0].id))).toBe('NOT_FOUND');
    // Allowed: and each change bumps the version.
    const again = await api.ok(net.partners[0].admin, SET_CALENDAR, { c: OFFICE });
    expect(again.setBusinessCalendar).toMatchObject({ organizationId: net.partners[0].id, version: 2 });
  });

  it('judges the calendar itself: an unknown time zone or holiday region is BAD_USER_INPUT with its field', async () => {
    const { api, net } = network;
    const zone = await api.call(net.admin, SET_CALENDAR, { c: { ...OFFICE, timeZone: 'Europe/Atlantis' } });
    expect(zone.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timeZone' });
    const region = await api.call(net.admin, SET_CALENDAR, { c: { ...OFFICE, holidayRegion: 'XX' } });
    expect(region.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'holidays.region' });
    const hours = await api.call(net.admin, SET_CALENDAR, { c: { ...OFFICE, hours: [{ day: 'MON', intervals: ['17:00-08:00'] }] } });
    expect(hours.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hours.MON' });
  });

  it('shows staff their network’s calendars and a partner its own and its manufacturer’s', async () => {
    const { api, net } = network;
    const staff = (await api.ok(net.auditor, CALENDARS)).businessCalendars.map((c) => c.organizationId);
    expect(staff.sort()).toEqual([net.manufacturerId, net.partners[0].id, net.partners[1].id].sort());
    const partner = (await api.ok(net.partners[1].tech, CALENDARS)).businessCalendars;
    expect(partner.map((c) => c.organizationId).sort()).toEqual([net.manufacturerId, net.partners[1].id].sort());
    expect(partner.find((c) => c.organizationId === net.partners[1].id)).toMatchObject({
      timeZone: 'Europe/Berlin',
      holidayCountry: 'DE',
      hours: expect.arrayContaining([{ day: 'MON', intervals: ['10:00-14:00'] }]),
    });
  });
});
