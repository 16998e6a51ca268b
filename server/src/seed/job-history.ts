import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization } from '../modules/network/organization.entity.js';
import { NetworkMembership } from '../modules/network/network-membership.entity.js';
import { User } from '../modules/network/user.entity.js';
import { OrgKind, PartnerStatus, Role } from '../modules/network/network.enums.js';
import { EquipmentUnit } from '../modules/catalog/equipment-unit.entity.js';
import { Part } from '../modules/catalog/part.entity.js';
import { QualityStandard } from '../modules/quality/quality-standard.entity.js';
import { JobType } from '../modules/job/job.enums.js';
import { PartsRequestStatus } from '../modules/parts/parts.enums.js';
import { HELD_STATUSES } from '../modules/job/job-transitions.js';
import { ServiceJob } from '../modules/job/service-job.entity.js';
import { cancelJob, closeJob, createJob, reopenJob, scheduleJob, startJob } from '../modules/job/job.service.js';
import { completeJob } from '../modules/job/completion.service.js';
import { acceptOffer, declineOffer, dispatchCandidates, offerJob } from '../modules/dispatch/dispatch.service.js';
import { decidePartsRequest, receivePartsRequest, requestParts, shipPartsRequest } from '../modules/parts/parts.service.js';
import { submitSurvey } from '../modules/survey/survey.service.js';
import type { Viewer } from '../shared/viewer.js';
import { announceStatus } from '../modules/scorecard/partner-status.service.js';
import { Change } from '../modules/events/change.js';
import type { Clock } from '../shared/clock.js';
import type { Scope } from '../shared/scope.js';
import { AppError } from '../shared/errors.js';
import { DESCRIPTIONS, DECLINE_REASONS, RESOLUTIONS, COMMENTS } from './history-texts.js';
import { attachSeedEvidence, type SeedEvidence } from './evidence.js';

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
  evidence: SeedEvidence;
}

const viewerOf = (user: User): Viewer => ({ userId: user.id, orgId: user.organization.id, role: user.role });

/**
 * Plays jobs through the domain services, oldest first: each is walked step by step until its next
 * step would lie in the future, so recent jobs end open and old ones closed, as in a live network.
 * Then every partner's technician gets an open job, and the partners' seeded statuses take effect.
 */
export async function seedJobHistory(em: EntityManager, now: Date, evidence: SeedEvidence): Promise<number> {
  const random = prng(20261122);
  const clock = new SeedClock(now);
  const users = await em.find(User, {});
  const partnerStatus = new Map<string, PartnerStatus>();
  for (const partner of await em.find(Organization, { kind: { $ne: OrgKind.MANUFACTURER } })) {
    if (partner.status && partner.status !== PartnerStatus.ACTIVE) partnerStatus.set(partner.id, partner.status);
    partner.status = PartnerStatus.ACTIVE;
  }
  await em.flush();

  let created = 0;
  for (const manufacturer of await em.find(Organization, { kind: OrgKind.MANUFACTURER }, { orderBy: { slug: 'asc' } })) {
    const staff = users.filter((user) => user.organization.id === manufacturer.id);
    const find = (...roles: Role[]) => staff.find((user) => roles.includes(user.role));
    const cast: Cast = {
      dispatcher: viewerOf(find(Role.DISPATCHER, Role.ADMIN)!),
      partsDesk: viewerOf(find(Role.PARTS_CLERK, Role.ADMIN)!),
      partnerAdmin: new Map(users.filter((u) => u.role === Role.PARTNER_ADMIN).map((u) => [u.organization.id, viewerOf(u)])),
      technician: new Map(users.filter((u) => u.role === Role.TECHNICIAN && u.email.startsWith('tech@')).map((u) => [u.organization.id, viewerOf(u)])),
      evidence,
    };
    const units = await em.find(EquipmentUnit, { manufacturer: manufacturer.id }, { orderBy: { serial: 'asc' } });
    const parts = await em.find(Part, { manufacturer: manufacturer.id });
    const count = manufacturer.slug === 'maker' ? 140 : 24;
    const starts = Array.from({ length: count }, () => now.getTime() - random.int(2 * HOUR, 45 * DAY)).sort((a, b) => a - b);
    for (const start of starts) {
      clock.at = new Date(start);
      const unit = random.pick(units);
      const type = random.chance(0.6)
        ? JobType.REPAIR
        : random.pick([JobType.MAINTENANCE, JobType.INSPECTION, JobType.INSTALLATION, JobType.TRAINING, JobType.DELIVERY]);
      await walkJob(em, clock, now, random, cast, unit, type, parts);
      created++;
    }
    // The last few hours: calls not yet dispatched, and offers waiting for an answer.
    for (let i = 0; i < 8; i++) {
      clock.at = new Date(now.getTime() - random.int(10, 240) * MINUTE);
      await walkJob(em, clock, now, random, cast, random.pick(units), JobType.REPAIR, parts, i % 2 === 0 ? 'created' : 'offered');
      created++;
    }
    created += await giveEveryTechnicianAJob(em, clock, now, cast, units, manufacturer);
  }

  await applyPartnerStatuses(em, partnerStatus, now);
  return created;
}

type Random = ReturnType<typeof prng>;

async function walkJob(
  em: EntityManager,
  clock: SeedClock,
  now: Date,
  random: Random,
  cast: Cast,
  unit: EquipmentUnit,
  type: JobType,
  parts: Part[],
  stopAfter?: 'created' | 'offered',
): Promise<void> {
  // Each job starts with an empty identity map, so every flush looks at this job's rows only.
  em.clear();
  const as = (viewer: Viewer): Scope => ({ em, viewer, clock });
  /** Moves the clock on; false when that step would lie in the future (the job stays where it is). */
  const later = (ms: number) => {
    const next = new Date(clock.at.getTime() + ms);
    if (next > now) return false;
    clock.at = next;
    return true;
  };
  const job = await createJob(as(cast.dispatcher), { serial: unit.serial, type, description: random.pick(DESCRIPTIONS[type]) });
  if (stopAfter === 'created') return;
  if (random.chance(0.04) && later(random.int(10, 120) * MINUTE)) {
    await cancelJob(as(cast.dispatcher), job.id, 'Customer solved the problem by phone');
    return;
  }
  if (!later(random.int(3, 40) * MINUTE)) return;
  const eligible = (await dispatchCandidates(as(cast.dispatcher), job.id)).filter((c) => c.eligible && cast.partnerAdmin.has(c.partner.id));
  // The ranking loaded every partner with its certifications; only their ids are needed from here on.
  em.clear();
  if (eligible.length === 0) return;
  const chosen = eligible.slice(0, random.chance(0.3) ? Math.min(3, eligible.length) : 1);
  const offers = await offerJob(
    as(cast.dispatcher),
    job.id,
    chosen.map((c) => c.partner.id),
    stopAfter ? 480 : 120,
  );
  if (stopAfter === 'offered') return;
  // Some partners turn a job down before another takes it.
  if (offers.length > 1 && random.chance(0.5)) {
    const first = offers[0];
    if (!later(random.int(5, 30) * MINUTE)) return;
    await declineOffer(as(cast.partnerAdmin.get(first.partner.id)!), first.id, random.pick(DECLINE_REASONS));
    offers.shift();
  }
  if (!later(random.int(8, 70) * MINUTE)) return;
  const winner = random.pick(offers);
  const partnerAdmin = cast.partnerAdmin.get(winner.partner.id)!;
  if (!(await attempt(em, () => acceptOffer(as(partnerAdmin), winner.id)))) return;
  const technician = cast.technician.get(winner.partner.id) ?? partnerAdmin;
  if (!later(random.int(20, 180) * MINUTE)) return;
  const appointment = new Date(clock.at.getTime() + random.int(4, 40) * HOUR);
  await scheduleJob(as(partnerAdmin), job.id, appointment, technician.userId);
  if (appointment > now) return;
  clock.at = appointment;
  await startJob(as(technician), job.id);
  const fits = parts.length > 0 && random.chance(0.35);
  if (fits) {
    if (!later(random.int(30, 120) * MINUTE)) return;
    const lines = [random.pick(parts), random.pick(parts)].map((part) => ({ sku: part.sku, quantity: random.int(1, 3) }));
    const request = await requestParts(as(technician), { jobId: job.id, lines });
    if (!later(random.int(1, 6) * HOUR)) return;
    const decided = await decidePartsRequest(as(cast.partsDesk), { id: request.id, approve: !random.chance(0.08) });
    if (decided.status === PartsRequestStatus.REJECTED) return;
    if (!later(random.int(2, 20) * HOUR)) return;
    await shipPartsRequest(as(cast.partsDesk), request.id, `1Z${random.int(100000, 999999)}${random.int(1000, 9999)}`);
    if (!later(random.int(12, 48) * HOUR)) return;
    await receivePartsRequest(as(technician), request.id);
  }
  if (!later(random.int(1, 5) * HOUR)) return;
  const standard = job.qualityStandard ? await em.findOneOrFail(QualityStandard, job.qualityStandard.id) : null;
  const report = {
    jobId: job.id,
    resolution: random.pick(RESOLUTIONS),
    failureCode: type === JobType.REPAIR ? random.pick(['E-ELEC', 'E-MECH', 'E-HYDR', 'E-SOFT', 'E-WEAR']) : null,
    ...(await attachSeedEvidence(em, cast.evidence, job, technician.userId, clock.at)),
    laborMinutes: Math.min(random.int(30, 200), standard?.maxLaborMinutes ?? 240),
  };
  // Now and then a technician forgets a checklist item and the gate sends them back.
  if (standard && standard.checklist.length > 1 && random.chance(0.12)) {
    await attempt(em, () => completeJob(as(technician), { ...report, checklist: standard.checklist.slice(1).map((i) => ({ itemId: i.id, done: true })) }));
  }
  const checklist = (standard?.checklist ?? []).map((item) => ({ itemId: item.id, done: true }));
  if (!(await attempt(em, () => completeJob(as(technician), { ...report, checklist })))) return;
  if (!later(random.int(4, 30) * HOUR)) return;
  const closed = await closeJob(as(cast.dispatcher), job.id);
  if (random.chance(0.08) && later(random.int(1, 6) * DAY)) {
    await reopenJob(as(cast.dispatcher), job.id, 'The fault came back: customer called again');
    return;
  }
  if (random.chance(0.7) && later(random.int(6, 72) * HOUR)) {
    await submitSurvey(em, clock, closed.customerToken, random.pick([5, 5, 5, 4, 4, 4, 3, 2, 5, 4]), random.chance(0.5) ? random.pick(COMMENTS) : null);
  }
}

/**
 * A domain refusal (capacity, gate) ends the walk; anything else is a bug in the seed. The step ran
 * without a savepoint of its own (seed.ts) and was refused before it wrote; what it loaded or changed
 * in memory is dropped, so no later flush writes it.
 */
async function attempt(em: EntityManager, step: () => Promise<unknown>): Promise<boolean> {
  try {
    await step();
    return true;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    em.clear();
    return false;
  }
}

/** Every partner's `tech@` user has an open job assigned, so each partner's journey can be tried at once. */
async function giveEveryTechnicianAJob(
  em: EntityManager,
  clock: SeedClock,
  now: Date,
  cast: Cast,
  units: EquipmentUnit[],
  manufacturer: Organization,
): Promise<number> {
  let created = 0;
  const members = await em.find(NetworkMembership, { manufacturer: manufacturer.id });
  for (const { partner } of members) {
    const technician = cast.technician.get(partner.id);
    const partnerAdmin = cast.partnerAdmin.get(partner.id);
    if (!technician || !partnerAdmin) continue;
    em.clear();
    const open = await em.count(ServiceJob, { technician: technician.userId, status: { $in: [...HELD_STATUSES] } });
    if (open > 0) continue;
    clock.at = new Date(now.getTime() - 3 * HOUR);
    const as = (viewer: Viewer): Scope => ({ em, viewer, clock });
    for (const unit of units) {
      const job = await createJob(as(cast.dispatcher), {
        serial: unit.serial,
        type: JobType.REPAIR,
        description: DESCRIPTIONS.REPAIR[created % DESCRIPTIONS.REPAIR.length],
      });
      created++;
      const candidate = (await dispatchCandidates(as(cast.dispatcher), job.id)).find((c) => c.partner.id === partner.id);
      if (!candidate?.eligible) {
        await cancelJob(as(cast.dispatcher), job.id, 'Registered twice by mistake');
        continue;
      }
      clock.at = new Date(now.getTime() - 2 * HOUR);
      const [offer] = await offerJob(as(cast.dispatcher), job.id, [partner.id], 240);
      clock.at = new Date(now.getTime() - 90 * MINUTE);
      await acceptOffer(as(partnerAdmin), offer.id);
      clock.at = new Date(now.getTime() - 60 * MINUTE);
      await scheduleJob(as(partnerAdmin), job.id, new Date(now.getTime() + 20 * HOUR), technician.userId);
      break;
    }
  }
  return created;
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
