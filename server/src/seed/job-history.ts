import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization } from '../modules/network/organization.entity.js';
import { NetworkMembership } from '../modules/network/network-membership.entity.js';
import { User } from '../modules/network/user.entity.js';
import { Certification } from '../modules/network/certification.entity.js';
import { OrgKind, PartnerStatus, Role } from '../modules/network/network.enums.js';
import { EquipmentUnit } from '../modules/catalog/equipment-unit.entity.js';
import { Part } from '../modules/catalog/part.entity.js';
import { QualityStandard } from '../modules/quality/quality-standard.entity.js';
import { Coverage, JobType } from '../modules/job/job.enums.js';
import { ClaimLineKind } from '../shared/claim-line-kind.js';
import { deriveCoverage } from '../modules/job/coverage.js';
import type { QuoteLineData } from '../modules/quote/quote-pricing.js';
import { ServiceJob } from '../modules/job/service-job.entity.js';
import { PartsRequestStatus } from '../modules/parts/parts.enums.js';
import type { PartsRequest } from '../modules/parts/parts-request.entity.js';
import type { Viewer } from '../shared/viewer.js';
import { announceStatus } from '../modules/scorecard/partner-status.service.js';
import { Change } from '../modules/events/change.js';
import type { Clock } from '../shared/clock.js';
import { DESCRIPTIONS, DECLINE_REASONS, RESOLUTIONS, COMMENTS } from './history-texts.js';
import type { HistorySteps } from './history-steps.js';
import { DispatchDesk } from './dispatch-desk.js';
import { PlayedSteps } from './played-steps.js';
import { WrittenSteps } from './written-steps.js';
import type { SeedEvidence } from './evidence.js';
import { ReasonCode } from '../modules/reason/reason-code.entity.js';
import { ReasonKind } from '../modules/reason/reason.enums.js';
import { BusinessCalendarRecord } from '../modules/org-calendar/business-calendar.entity.js';
import { DEFAULT_APPOINTMENT_MINUTES } from '../modules/quality/quality-standard.entity.js';
import { type BusinessCalendar, defineCalendar } from '../modules/calendar/business-calendar.js';
import { type BusyPeriod, technicianCalendarSpec } from '../modules/calendar/free-slots.js';
import { TechnicianHours } from '../modules/schedule/technician-hours.entity.js';
import { TechnicianAbsence } from '../modules/schedule/technician-absence.entity.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A clock the seed sets by hand, so history carries believable times. */
class SeedClock implements Clock {
  constructor(public at: Date) {}
  now(): Date {
    return this.at;
  }
}

/** Deterministic: the same demo every time. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}

interface Cast {
  dispatcher: Viewer;
  partsDesk: Viewer;
  partnerAdmin: Map<string, Viewer>;
  technician: Map<string, Viewer>;
}

/** One manufacturer's part of the history: who acts, on which units. */
interface NetworkPlan {
  manufacturer: Organization;
  cast: Cast;
  units: EquipmentUnit[];
  parts: Part[];
}

/** What every walk shares: the clock, the dice, the dispatcher's ranking, the standards. */
interface World {
  clock: SeedClock;
  now: Date;
  random: Random;
  dispatch: DispatchDesk;
  standards: Map<string, QualityStandard>;
  /** Every partner, for the quotes of paid work (its rate and currency). */
  partners: Map<string, Organization>;
}

/** One walk of the history: when it begins, and what it does with the steps it is taken with. */
interface Walk {
  at: number;
  take(steps: HistorySteps): Promise<void>;
}

/**
 * Walks begun in these last days are played through the services: they fill the boards, inboxes
 * and queues people act on. Older ones are written in bulk, with the same walk and the same rules.
 */
export const PLAYED_DAYS = 4;

/** A replacement unit or a costly module is lent to the customer while theirs is repaired (decided by the part, not the dice). */
const isLentOut = (part: Part): boolean => part.name.startsWith('Replacement') || Number(part.listPrice) >= 200;
/** The odd technician forgets to send the loaner back: every job whose number ends in 3 (not the dice, which would change the rest). */
const forgetsLoaner = (job: ServiceJob): boolean => job.number.endsWith('3');

/** The odd customer turns the quote for paid work down: every job whose number ends in 7 (not the dice, which would change the rest). */
const declinesQuote = (job: ServiceJob): boolean => job.number.endsWith('7');

const viewerOf = (user: User): Viewer => ({ userId: user.id, orgId: user.organization.id, role: user.role });

/**
 * Walks jobs oldest first, per manufacturer: each step by step until its next step would lie in the
 * future, so recent jobs end open and old ones closed, as in a live network; then calls of the last
 * few hours, and an open job for every partner's technician. Walks begun before `playedFrom` are
 * written in bulk (written-steps.ts), the others then played through the services (played-steps.ts),
 * each in the same order and with the same dice whichever way it is taken. Last, the partners'
 * seeded statuses take effect.
 */
export async function seedJobHistory(em: EntityManager, now: Date, playedFrom: number, evidence: SeedEvidence): Promise<number> {
  const random = prng(20261122);
  const clock = new SeedClock(now);
  const users = await em.find(User, {});
  const partners = await em.find(Organization, { kind: { $ne: OrgKind.MANUFACTURER } });
  const partnerStatus = new Map<string, PartnerStatus>();
  for (const partner of partners) {
    if (partner.status && partner.status !== PartnerStatus.ACTIVE) partnerStatus.set(partner.id, partner.status);
    partner.status = PartnerStatus.ACTIVE;
  }
  await em.flush();

  const standards = new Map((await em.find(QualityStandard, {})).map((standard) => [standard.id, standard]));
  const units = await em.find(EquipmentUnit, {}, { populate: ['model.productLine'], orderBy: { serial: 'asc' } });
  const parts = await em.find(Part, {});
  const partnersOf = new Map<string, Organization[]>();
  for (const { manufacturer, partner } of await em.find(NetworkMembership, {})) {
    partnersOf.set(manufacturer.id, [...(partnersOf.get(manufacturer.id) ?? []), partner]);
  }
  const calendarRecords = await em.find(BusinessCalendarRecord, {});
  const desk = new DispatchDesk(partnersOf, await em.find(Certification, {}), ...(await technicianTime(em, users, calendarRecords)));
  const world: World = { clock, now, random, dispatch: desk, standards, partners: new Map(partners.map((partner) => [partner.id, partner])) };

  const walks: Walk[] = [];
  for (const manufacturer of await em.find(Organization, { kind: OrgKind.MANUFACTURER }, { orderBy: { slug: 'asc' } })) {
    const plan: NetworkPlan = {
      manufacturer,
      cast: castOf(manufacturer, users),
      units: units.filter((unit) => unit.manufacturer.id === manufacturer.id),
      parts: parts.filter((part) => part.manufacturer.id === manufacturer.id),
    };
    const count = manufacturer.slug === 'maker' ? 140 : 24;
    const starts = Array.from({ length: count }, () => now.getTime() - random.int(2 * HOUR, 45 * DAY)).sort((a, b) => a - b);
    for (const at of starts) walks.push({ at, take: (steps) => walkJob(world, steps, plan, at, random.pick(plan.units), jobType(random)) });
    // The last few hours: calls not yet dispatched, and offers waiting for an answer.
    for (let i = 0; i < 8; i++) {
      const at = now.getTime() - random.int(10, 240) * MINUTE;
      const stopAfter = i % 2 === 0 ? 'created' : 'offered';
      walks.push({ at, take: (steps) => walkJob(world, steps, plan, at, random.pick(plan.units), JobType.REPAIR, stopAfter) });
    }
    walks.push({ at: now.getTime() - 3 * HOUR, take: (steps) => giveEveryTechnicianAJob(world, steps, plan) });
    if (manufacturer.slug === 'maker') walks.push({ at: now.getTime() - 5 * DAY, take: (steps) => leaveOneAwaitingParts(world, steps, plan) });
    if (manufacturer.slug === 'maker') walks.push({ at: now.getTime() - 4 * DAY, take: (steps) => leaveOneQuoteOpen(world, steps, plan) });
  }

  const written = new WrittenSteps(em, clock, {
    evidence,
    partners: new Map(partners.map((partner) => [partner.id, partner])),
    users: new Map(users.map((user) => [user.id, user])),
    standards,
    parts: new Map(parts.map((part) => [`${part.manufacturer.id}:${part.sku}`, part])),
    loadOf: (partnerId) => world.dispatch.load(partnerId),
    calendars: new Map(calendarRecords.map(({ organization, version, spec }) => [organization, { organizationId: organization, version, spec }])),
    reasonCodes: new Map((await em.find(ReasonCode, { kind: ReasonKind.DECLINE })).map((code) => [`${code.manufacturer.id}:${code.code}`, code])),
  });
  const played = new PlayedSteps(em, clock, evidence);
  for (const walk of walks.filter((w) => w.at < playedFrom)) await walk.take(written);
  await written.write();
  for (const walk of walks.filter((w) => w.at >= playedFrom)) await walk.take(played);

  em.clear();
  await applyPartnerStatuses(em, partnerStatus, now);
  return em.count(ServiceJob, {});
}

type Random = ReturnType<typeof prng>;

/** Who acts for the manufacturer, and for each partner. */
function castOf(manufacturer: Organization, users: User[]): Cast {
  const staff = users.filter((user) => user.organization.id === manufacturer.id);
  const find = (...roles: Role[]) => staff.find((user) => roles.includes(user.role));
  return {
    dispatcher: viewerOf(find(Role.DISPATCHER, Role.ADMIN)!),
    partsDesk: viewerOf(find(Role.PARTS_CLERK, Role.ADMIN)!),
    partnerAdmin: new Map(users.filter((u) => u.role === Role.PARTNER_ADMIN).map((u) => [u.organization.id, viewerOf(u)])),
    technician: new Map(users.filter((u) => u.role === Role.TECHNICIAN && u.email.startsWith('tech@')).map((u) => [u.organization.id, viewerOf(u)])),
  };
}

const jobType = (random: Random): JobType =>
  random.chance(0.6) ? JobType.REPAIR : random.pick([JobType.MAINTENANCE, JobType.INSPECTION, JobType.INSTALLATION, JobType.TRAINING, JobType.DELIVERY]);

/** One job, from the call at `at` on: step by step until the next step would lie in the future. */
async function walkJob(
  world: World,
  steps: HistorySteps,
  { manufacturer, cast, parts }: NetworkPlan,
  at: number,
  unit: EquipmentUnit,
  type: JobType,
  stopAfter?: 'created' | 'offered',
): Promise<void> {
  const { clock, now, random, dispatch, standards } = world;
  clock.at = new Date(at);
  /** Moves the clock on; false when that step would lie in the future (the job stays where it is). */
  const later = (ms: number) => {
    const next = new Date(clock.at.getTime() + ms);
    if (next > now) return false;
    clock.at = next;
    return true;
  };
  const job = await steps.createJob(cast.dispatcher, unit, type, random.pick(DESCRIPTIONS[type]));
  if (stopAfter === 'created') return;
  if (random.chance(0.04) && later(random.int(10, 120) * MINUTE)) {
    dispatch.track(await steps.cancelJob(cast.dispatcher, job, 'Customer solved the problem by phone'));
    return;
  }
  if (!later(random.int(3, 40) * MINUTE)) return;
  // The dispatcher ranks the candidates once; the offer itself is judged by the rules again.
  const eligible = dispatch.rank(manufacturer.id, unit, type, clock.now()).filter((c) => c.eligible && cast.partnerAdmin.has(c.partner.id));
  if (eligible.length === 0) return;
  const chosen = eligible.slice(0, random.chance(0.3) ? Math.min(3, eligible.length) : 1);
  const offers = await steps.offerJob(
    cast.dispatcher,
    job,
    chosen.map((c) => c.partner.id),
    stopAfter ? 480 : 120,
  );
  dispatch.offered(offers);
  if (stopAfter === 'offered') return;
  // Some partners turn a job down before another takes it.
  if (offers.length > 1 && random.chance(0.5)) {
    const first = offers[0];
    if (!later(random.int(5, 30) * MINUTE)) return;
    const { reason, code } = random.pick(DECLINE_REASONS);
    await steps.declineOffer(cast.partnerAdmin.get(first.partner.id)!, first, reason, code);
    dispatch.declined(first);
    offers.shift();
  }
  if (!later(random.int(8, 70) * MINUTE)) return;
  const winner = random.pick(offers);
  const partnerAdmin = cast.partnerAdmin.get(winner.partner.id)!;
  const assigned = await steps.acceptOffer(partnerAdmin, winner);
  if (!assigned) return;
  dispatch.accepted(winner);
  dispatch.track(assigned);
  const technician = cast.technician.get(winner.partner.id) ?? partnerAdmin;
  if (!later(random.int(20, 180) * MINUTE)) return;
  const standard = job.qualityStandard ? standards.get(job.qualityStandard.id)! : null;
  const wanted = new Date(clock.at.getTime() + random.int(4, 40) * HOUR);
  const appointment = dispatch.book(technician.userId, wanted, standard?.appointmentMinutes ?? DEFAULT_APPOINTMENT_MINUTES);
  dispatch.track(await steps.scheduleJob(partnerAdmin, job, appointment, technician.userId));
  // Most technicians arrive about on time; now and then one is held up (the scorecard's punctuality).
  const arrival = new Date(appointment.getTime() + (random.chance(0.12) ? random.int(35, 150) : random.int(-10, 20)) * MINUTE);
  if (arrival > now) return;
  clock.at = arrival;
  await steps.startJob(technician, job);
  const fits = parts.length > 0 && random.chance(0.35);
  let parted: PartsRequest | null = null;
  if (fits) {
    if (!later(random.int(30, 120) * MINUTE)) return;
    const picked = [random.pick(parts), random.pick(parts)].map((part) => ({ part, quantity: random.int(1, 3) }));
    if (!(await quoteAccepted(world, steps, job, technician, winner.partner.id, picked))) return;
    const lines = picked.map(({ part, quantity }) => ({ sku: part.sku, quantity, loaner: isLentOut(part) }));
    const request = await steps.requestParts(technician, job, lines);
    parted = request;
    if (!later(random.int(1, 6) * HOUR)) return;
    const decided = await steps.decideParts(cast.partsDesk, request, !random.chance(0.08));
    if (decided === PartsRequestStatus.REJECTED) return;
    if (!later(random.int(2, 20) * HOUR)) return;
    await steps.shipParts(cast.partsDesk, request, `1Z${random.int(100000, 999999)}${random.int(1000, 9999)}`);
    if (!later(random.int(12, 48) * HOUR)) return;
    await steps.receiveParts(technician, request);
  } else if (!(await quoteAccepted(world, steps, job, technician, winner.partner.id, []))) return;
  if (!later(random.int(1, 5) * HOUR)) return;
  // The loaner goes back when the repair is done; now and then one is forgotten (and shows overdue).
  if (parted && !forgetsLoaner(job)) await steps.returnLoaners(technician, parted);
  const report = {
    resolution: random.pick(RESOLUTIONS),
    failureCode: type === JobType.REPAIR ? random.pick(['E-ELEC', 'E-MECH', 'E-HYDR', 'E-SOFT', 'E-WEAR']) : null,
    ...(await steps.attachEvidence(technician, job)),
    laborMinutes: Math.min(random.int(30, 200), standard?.maxLaborMinutes ?? 240),
  };
  // Now and then a technician forgets a checklist item and the gate sends them back.
  if (standard && standard.checklist.length > 1 && random.chance(0.12)) {
    await steps.completeJob(technician, job, { ...report, checklist: standard.checklist.slice(1).map((i) => ({ itemId: i.id, done: true })) });
  }
  const checklist = (standard?.checklist ?? []).map((item) => ({ itemId: item.id, done: true }));
  const completed = await steps.completeJob(technician, job, { ...report, checklist });
  if (!completed) return;
  dispatch.track(completed);
  if (!later(random.int(4, 30) * HOUR)) return;
  const closed = await steps.closeJob(cast.dispatcher, job);
  if (random.chance(0.08) && later(random.int(1, 6) * DAY)) {
    dispatch.track(await steps.reopenJob(cast.dispatcher, job, 'The fault came back: customer called again'));
    return;
  }
  if (random.chance(0.7) && later(random.int(6, 72) * HOUR)) {
    await steps.submitSurvey(closed.customerToken, random.pick([5, 5, 5, 4, 4, 4, 3, 2, 5, 4]), random.chance(0.5) ? random.pick(COMMENTS) : null);
  }
}

/**
 * Paid (POST_WARRANTY) work goes on at the customer's word: after the diagnosis the technician
 * quotes a call-out, the labour (four hours at the partner's rate, more than a visit takes) and the
 * parts to order; the customer answers three hours later (every job numbered …7 declines, unless
 * `mayDecline` is false). Whether the work goes on: a quote still unanswered at `now` stays SENT.
 * Other work goes on at once.
 */
async function quoteAccepted(
  { clock, now, partners }: World,
  steps: HistorySteps,
  job: ServiceJob,
  technician: Viewer,
  partnerId: string,
  parts: { part: Part; quantity: number }[],
  mayDecline = true,
): Promise<boolean> {
  if (job.coverage !== Coverage.POST_WARRANTY) return true;
  const partner = partners.get(partnerId)!;
  const lines: QuoteLineData[] = [
    { kind: ClaimLineKind.TRAVEL, quantity: '1', unitPrice: { amount: '45.00', currency: partner.currency } },
    ...(partner.laborRate ? [{ kind: ClaimLineKind.LABOR, quantity: '4' }] : []),
    ...parts.map(({ part, quantity }) => ({ kind: ClaimLineKind.PART, partId: part.id, quantity: String(quantity) })),
  ];
  const quote = await steps.sendQuote(technician, job, lines);
  const answerAt = new Date(clock.at.getTime() + 3 * HOUR);
  if (answerAt > now) return false;
  clock.at = answerAt;
  const accept = !mayDecline || !declinesQuote(job);
  await steps.answerQuote(quote, accept, accept ? null : 'Too expensive for a unit this old: we will replace it');
  return accept;
}

/**
 * Every partner's `tech@` user has an open job assigned, so each partner's journey can be tried at
 * once: on the first unit the partner may take a repair for, offered, accepted and scheduled.
 */
async function giveEveryTechnicianAJob(
  { clock, now, dispatch, standards }: World,
  steps: HistorySteps,
  { manufacturer, cast, units }: NetworkPlan,
): Promise<void> {
  let created = 0;
  for (const [partnerId, technician] of cast.technician) {
    const partnerAdmin = cast.partnerAdmin.get(partnerId);
    if (!partnerAdmin || dispatch.holdsJobFor(technician.userId)) continue;
    clock.at = new Date(now.getTime() - 3 * HOUR);
    const unit = units.find((candidate) =>
      dispatch.rank(manufacturer.id, candidate, JobType.REPAIR, clock.now()).some((c) => c.partner.id === partnerId && c.eligible),
    );
    if (!unit) continue;
    const job = await steps.createJob(cast.dispatcher, unit, JobType.REPAIR, DESCRIPTIONS.REPAIR[created % DESCRIPTIONS.REPAIR.length]);
    created++;
    clock.at = new Date(now.getTime() - 2 * HOUR);
    const offers = await steps.offerJob(cast.dispatcher, job, [partnerId], 240);
    dispatch.offered(offers);
    clock.at = new Date(now.getTime() - 90 * MINUTE);
    const assigned = await steps.acceptOffer(partnerAdmin, offers[0]);
    if (!assigned) throw new Error(`The seed's technician job for ${partnerId} was refused`);
    dispatch.accepted(offers[0]);
    clock.at = new Date(now.getTime() - 60 * MINUTE);
    const standard = job.qualityStandard ? standards.get(job.qualityStandard.id)! : null;
    const appointment = dispatch.book(technician.userId, new Date(now.getTime() + 20 * HOUR), standard?.appointmentMinutes ?? DEFAULT_APPOINTMENT_MINUTES);
    dispatch.track(await steps.scheduleJob(partnerAdmin, job, appointment, technician.userId));
  }
}

/**
 * One job waiting for the manufacturer's parts, whatever the time of day the seed runs at: the
 * random walks leave one there only when a request falls in the hours before now, and with visits
 * booked into working hours that depends on the hour (a seed run at midnight may have none).
 */
async function leaveOneAwaitingParts(world: World, steps: HistorySteps, { manufacturer, cast, units, parts }: NetworkPlan): Promise<void> {
  const { clock, now, dispatch, standards } = world;
  clock.at = new Date(now.getTime() - 5 * DAY);
  for (const [partnerId, technician] of cast.technician) {
    const partnerAdmin = cast.partnerAdmin.get(partnerId);
    const unit = units.find((candidate) =>
      dispatch.rank(manufacturer.id, candidate, JobType.REPAIR, clock.now()).some((c) => c.partner.id === partnerId && c.eligible),
    );
    if (!partnerAdmin || !unit || parts.length === 0) continue;
    const job = await repairHeldBy(world, steps, cast.dispatcher, partnerAdmin, partnerId, unit, DESCRIPTIONS.REPAIR[0]);
    if (!job) continue;
    const standard = job.qualityStandard ? standards.get(job.qualityStandard.id)! : null;
    // The first free slot a day on, in the technician's working hours: days before now.
    const appointment = dispatch.book(technician.userId, new Date(clock.at.getTime() + DAY), standard?.appointmentMinutes ?? DEFAULT_APPOINTMENT_MINUTES);
    if (appointment.getTime() + 2 * HOUR > now.getTime()) return;
    dispatch.track(await steps.scheduleJob(partnerAdmin, job, appointment, technician.userId));
    clock.at = new Date(appointment.getTime() + 5 * MINUTE);
    await steps.startJob(technician, job);
    clock.at = new Date(clock.at.getTime() + HOUR);
    if (!(await quoteAccepted(world, steps, job, technician, partnerId, [{ part: parts[0], quantity: 1 }], false))) return;
    await steps.requestParts(technician, job, [{ sku: parts[0].sku, quantity: 1, loaner: isLentOut(parts[0]) }]);
    return;
  }
}

/**
 * A repair of the unit the dispatcher offers to one partner alone and its admin accepts, half an
 * hour apart from the clock's time: the job, or null when the acceptance did not assign it.
 */
async function repairHeldBy(
  { clock, dispatch }: World,
  steps: HistorySteps,
  dispatcher: Viewer,
  partnerAdmin: Viewer,
  partnerId: string,
  unit: EquipmentUnit,
  description: string,
): Promise<ServiceJob | null> {
  const job = await steps.createJob(dispatcher, unit, JobType.REPAIR, description);
  clock.at = new Date(clock.at.getTime() + 20 * MINUTE);
  const offers = await steps.offerJob(dispatcher, job, [partnerId], 240);
  dispatch.offered(offers);
  clock.at = new Date(clock.at.getTime() + 30 * MINUTE);
  const assigned = await steps.acceptOffer(partnerAdmin, offers[0]);
  if (!assigned) return null;
  dispatch.accepted(offers[0]);
  dispatch.track(assigned);
  clock.at = new Date(clock.at.getTime() + 30 * MINUTE);
  return job;
}

/**
 * One quote for paid work awaiting the customer, whatever the hour: the walks' quotes are answered
 * three hours after they are sent, so one is left open only when sent in the hours before now.
 * A unit past its warranty, a repair started days ago, quoted an hour ago.
 */
async function leaveOneQuoteOpen(world: World, steps: HistorySteps, { manufacturer, cast, units }: NetworkPlan): Promise<void> {
  const { clock, now, dispatch, standards } = world;
  clock.at = new Date(now.getTime() - 4 * DAY);
  const paid = units.filter((unit) => deriveCoverage(clock.now(), unit.saleDate, unit.model.warrantyMonths, unit.underContract) === Coverage.POST_WARRANTY);
  for (const [partnerId, technician] of cast.technician) {
    const partnerAdmin = cast.partnerAdmin.get(partnerId);
    const unit = paid.find((candidate) =>
      dispatch.rank(manufacturer.id, candidate, JobType.REPAIR, clock.now()).some((c) => c.partner.id === partnerId && c.eligible),
    );
    if (!partnerAdmin || !unit || !world.partners.get(partnerId)?.laborRate) continue;
    const job = await repairHeldBy(world, steps, cast.dispatcher, partnerAdmin, partnerId, unit, DESCRIPTIONS.REPAIR[1]);
    if (!job) continue;
    const standard = job.qualityStandard ? standards.get(job.qualityStandard.id)! : null;
    // The first free slot three days back, in the technician's working hours (a weekend pushes it on).
    const appointment = dispatch.book(technician.userId, new Date(now.getTime() - 3 * DAY), standard?.appointmentMinutes ?? DEFAULT_APPOINTMENT_MINUTES);
    if (appointment.getTime() + HOUR > now.getTime()) return;
    dispatch.track(await steps.scheduleJob(partnerAdmin, job, appointment, technician.userId));
    clock.at = new Date(appointment.getTime() + 5 * MINUTE);
    await steps.startJob(technician, job);
    clock.at = new Date(Math.max(clock.at.getTime() + 30 * MINUTE, now.getTime() - HOUR));
    await steps.sendQuote(technician, job, [
      { kind: ClaimLineKind.LABOR, quantity: '3' },
      { kind: ClaimLineKind.TRAVEL, quantity: '1', unitPrice: { amount: '45.00', currency: world.partners.get(partnerId)!.currency } },
    ]);
    return;
  }
}

/** Each technician's working calendar (their hours in their organization's calendar) and absences, for the desk's bookings. */
async function technicianTime(
  em: EntityManager,
  users: readonly User[],
  calendars: readonly BusinessCalendarRecord[],
): Promise<[Map<string, BusinessCalendar>, { technicianId: string; period: BusyPeriod }[]]> {
  const specOf = new Map(calendars.map((record) => [record.organization, record.spec]));
  const hoursOf = new Map((await em.find(TechnicianHours, {})).map((row) => [row.technician, row.hours]));
  const byTechnician = new Map<string, BusinessCalendar>();
  for (const user of users) {
    const spec = technicianCalendarSpec(specOf.get(user.organization.id) ?? null, hoursOf.get(user.id) ?? null);
    if (spec) byTechnician.set(user.id, defineCalendar(spec));
  }
  const absences = (await em.find(TechnicianAbsence, {}, { orderBy: { startsAt: 'asc', id: 'asc' } })).map((absence) => ({
    technicianId: absence.technician,
    period: [absence.startsAt.getTime(), absence.endsAt.getTime()] as const,
  }));
  return [byTechnician, absences];
}

/** Partners seeded on PROBATION or SUSPENDED take that status now, with the event that says why. */
async function applyPartnerStatuses(em: EntityManager, statuses: Map<string, PartnerStatus>, now: Date): Promise<void> {
  for (const [partnerId, status] of statuses) {
    const partner = await em.findOneOrFail(Organization, partnerId);
    partner.status = status;
    await em.flush();
    const reason = status === PartnerStatus.SUSPENDED ? 'Score below the suspension threshold: repeated SLA breaches' : 'Score below the probation threshold';
    const change = new Change({ at: now, actorId: null });
    await announceStatus(em, change, partnerId, { from: PartnerStatus.ACTIVE, to: status, reason, score: null });
    await change.append(em);
  }
}
