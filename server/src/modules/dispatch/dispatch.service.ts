import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { JobOffer } from './job-offer.entity.js';
import { OfferStatus } from './offer.enums.js';
import { rankCandidates, type Candidate } from './eligibility.js';
import { ServiceJob } from '../job/service-job.entity.js';
import { canTake, takeStep, HELD_STATUSES } from '../job/job-transitions.js';
import { withdrawOffers } from '../job/job.service.js';
import type { JobStatus } from '../job/job.enums.js';
import { EquipmentUnit } from '../catalog/equipment-unit.entity.js';
import { ProductLine } from '../catalog/product-line.entity.js';
import type { Organization } from '../network/organization.entity.js';
import { PartnerStatus } from '../network/network.enums.js';
import { EventKind } from '../events/event.enums.js';
import { findVisibleJob } from '../job/job-access.js';
import { Capability, assertMayOnJob } from '../access/policy.js';
import { offerScope } from '../access/visibility.js';
import { changeState, type Change } from '../events/change.js';
import { AppError, ErrorCode, badInput, notFound } from '../../shared/errors.js';
import { isUuid, type Scope } from '../../shared/scope.js';
import { pointOf } from '../../shared/distance.js';
import type { Viewer } from '../../shared/viewer.js';
import { reasonCodeFor } from '../reason/reason.service.js';
import { ReasonKind } from '../reason/reason.enums.js';
import { clockCalendar, handOverDeadline, type StoredCalendar, storedCalendarSql } from '../calendar/sla-time.js';

type JobMove = { from: JobStatus; to: JobStatus };

export const DEFAULT_OFFER_MINUTES = 60;
export const AUTO_OFFER_MINUTES = 30;
const MAX_OFFER_MINUTES = 7 * 24 * 60;

/** Ranks the manufacturer's partners for the job; `only` judges just those partners (an offer to named ones). */
async function candidatesFor(em: EntityManager, job: ServiceJob, now: Date, only?: readonly string[]): Promise<Candidate[]> {
  const equipment = await em.findOneOrFail(EquipmentUnit, job.equipment.id, { populate: ['model.productLine'] });
  // A component job is judged on the component's line: consortium partners are certified for their component.
  const line = job.componentLine ? await em.findOneOrFail(ProductLine, job.componentLine.id) : equipment.model.productLine;
  const site = pointOf(equipment.siteLatitude, equipment.siteLongitude);
  const customerId = equipment.customer?.id ?? null;
  return rankCandidates(em, { job, productLineId: line.id, productLineName: line.name, region: equipment.region, site, customerId }, now, only);
}

export async function dispatchCandidates({ em, viewer, clock }: Scope, jobId: string): Promise<Candidate[]> {
  const job = await findVisibleJob(em, viewer, jobId);
  assertMayOnJob(viewer, Capability.JOB_DISPATCH, job);
  return candidatesFor(em, job, clock.now());
}

/** Offers the job to one partner, or broadcasts it to several: the first to accept wins. */
export async function offerJob({ em, viewer, clock }: Scope, jobId: string, partnerIds: string[], expiresInMinutes?: number | null): Promise<JobOffer[]> {
  const minutes = expiresInMinutes ?? DEFAULT_OFFER_MINUTES;
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_OFFER_MINUTES) {
    throw badInput(`expiresInMinutes must be between 1 and ${MAX_OFFER_MINUTES}`, { field: 'expiresInMinutes' });
  }
  const unique = [...new Set(partnerIds)];
  if (unique.length === 0 || unique.length > 50) throw badInput('Offer the job to between 1 and 50 partners', { field: 'partnerIds' });
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const job = await findVisibleJob(tx, viewer, jobId, true);
    assertMayOnJob(viewer, Capability.JOB_DISPATCH, job);
    const move = takeStep(job, 'offer');
    const now = change.at;
    const candidates = await candidatesFor(tx, job, now, unique.filter(isUuid));
    const byId = new Map(candidates.map((candidate) => [candidate.partner.id, candidate]));
    const chosen = unique.map((id) => {
      const candidate = isUuid(id) ? byId.get(id) : undefined;
      if (!candidate) throw notFound(`Partner ${id}`);
      return candidate;
    });
    const refused = chosen.filter((candidate) => !candidate.eligible);
    if (refused.length > 0) {
      throw new AppError(
        ErrorCode.NOT_ELIGIBLE,
        `Not eligible for this job: ${refused.map((c) => `${c.partner.name} (${c.blockers.join('; ')})`).join(', ')}`,
        { partners: refused.map((c) => ({ partnerId: c.partner.id, partnerName: c.partner.name, reasons: c.blockers, reasonCodes: c.blocking })) },
      );
    }
    // The job's move is told once, with the first offer: a broadcast moves it once.
    return chosen.map((candidate, i) => makeOffer(tx, change, job, candidate.partner, minutes, false, i === 0 ? move : null));
  });
}

/** Offers the job to the best-ranked partner that may receive automatic offers. */
export async function autoDispatch({ em, viewer, clock }: Scope, jobId: string): Promise<JobOffer[]> {
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const job = await findVisibleJob(tx, viewer, jobId, true);
    assertMayOnJob(viewer, Capability.JOB_DISPATCH, job);
    const offer = await offerToBestCandidate(tx, change, job);
    if (!offer) throw new AppError(ErrorCode.NOT_ELIGIBLE, 'No partner is eligible for an automatic offer of this job');
    return [offer];
  });
}

/** The next automatic offer; null (and the job back to NEW when it was OFFERED) when nobody qualifies. */
export async function offerToBestCandidate(tx: EntityManager, change: Change, job: ServiceJob, actorId = change.actorId): Promise<JobOffer | null> {
  const best = (await candidatesFor(tx, job, change.at)).find((candidate) => candidate.autoEligible);
  if (!best) return null;
  const move = takeStep(job, 'offer');
  return makeOffer(tx, change, job, best.partner, AUTO_OFFER_MINUTES, true, move, actorId);
}

/** An offer of the job to one partner and its event; the job's move, when the offer makes one, is told with it. */
export function makeOffer(
  tx: EntityManager,
  change: Change,
  job: ServiceJob,
  partner: Organization,
  minutes: number,
  automatic: boolean,
  jobMove: JobMove | null,
  actorId = change.actorId,
): JobOffer {
  const now = change.at;
  const offer = tx.create(JobOffer, { job, partner, expiresAt: new Date(now.getTime() + minutes * 60_000), automatic, createdAt: now });
  change.emit(
    EventKind.JOB_OFFERED,
    { job, offer },
    { to: OfferStatus.PENDING, expiresAt: offer.expiresAt.toISOString(), automatic, job: jobMove },
    { actorId },
  );
  return offer;
}

/** The answering partner's standing, read with its offer: whether it may take one more job, and the calendars its clock moves between. */
interface Standing {
  status: PartnerStatus | null;
  capacity: number;
  held: number;
  calendar: StoredCalendar | null;
  manufacturerCalendar: StoredCalendar | null;
}

/**
 * The offers of the job as they are now (the one answered and the other open ones) with the
 * answering partner's standing and calendar and the manufacturer's calendar, in one statement.
 */
const OFFERS_SQL = `
  select o.*, p.status as standing_status, p.capacity as standing_capacity,
    case when o.id = ? then (select count(*)::int from service_job h where h.assigned_partner_id = o.partner_id and h.status = any(?::job_status[])) end as standing_held,
    case when o.id = ? then ${storedCalendarSql('o.partner_id', 'pc')} end as standing_calendar,
    case when o.id = ? then ${storedCalendarSql('?::uuid', 'mc')} end as manufacturer_calendar
  from job_offer o join organization p on p.id = o.partner_id
  where o.job_id = ? and (o.id = ? or o.status = '${OfferStatus.PENDING}')`;

/**
 * The job behind an offer the viewer may see, locked for the step (concurrent steps on one job run
 * one after the other), then the offer, the job's other open offers and the partner's standing.
 */
async function lockOfferedJob(
  tx: EntityManager,
  viewer: Viewer,
  offerId: string,
): Promise<{ job: ServiceJob; offer: JobOffer; pending: JobOffer[]; standing: Standing }> {
  if (!isUuid(offerId)) throw notFound('Offer');
  const job = await tx.findOne(
    ServiceJob,
    { offers: { $some: { $and: [{ id: offerId }, offerScope<JobOffer>(viewer)] } } },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
  );
  if (!job) throw notFound('Offer');
  type Row = Record<string, unknown> & {
    standing_status: PartnerStatus | null;
    standing_capacity: number;
    standing_held: number | null;
    standing_calendar: StoredCalendar | null;
    manufacturer_calendar: StoredCalendar | null;
  };
  const rows = await tx.execute<Row[]>(OFFERS_SQL, [offerId, `{${HELD_STATUSES.join(',')}}`, offerId, offerId, job.manufacturer.id, job.id, offerId]);
  let standing: Standing | null = null;
  const offers = rows.map(({ standing_status, standing_capacity, standing_held, standing_calendar, manufacturer_calendar, ...row }) => {
    if (row.id === offerId) {
      standing = {
        status: standing_status,
        capacity: standing_capacity,
        held: standing_held ?? 0,
        calendar: standing_calendar,
        manufacturerCalendar: manufacturer_calendar,
      };
    }
    return tx.map(JobOffer, row);
  });
  const offer = offers.find((candidate) => candidate.id === offerId)!;
  assertMayOnJob(viewer, Capability.OFFER_ANSWER, job, offer.partner.id === viewer.orgId);
  return { job, offer, pending: offers.filter((other) => other !== offer && other.status === OfferStatus.PENDING), standing: standing! };
}

/**
 * First accept wins: the job row is locked, so concurrent accepts run one after the other; the
 * winner's competitors are withdrawn in the same transaction and every later accept finds its
 * offer closed. A unique index keeps a second ACCEPTED offer out even so.
 */
export async function acceptOffer({ em, viewer, clock }: Scope, offerId: string): Promise<ServiceJob> {
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const { job, offer, pending, standing: partner } = await lockOfferedJob(tx, viewer, offerId);
    const now = change.at;
    assertOfferOpen(offer, now);
    if (!canTake(job.status, 'accept')) throw new AppError(ErrorCode.OFFER_CLOSED, `This offer is closed: the job is ${job.status}`);
    if (partner.status === PartnerStatus.SUSPENDED) throw new AppError(ErrorCode.NOT_ELIGIBLE, 'A suspended partner cannot accept jobs');
    if (partner.held >= partner.capacity) {
      throw new AppError(ErrorCode.NOT_ELIGIBLE, `At capacity: ${partner.held} of ${partner.capacity} open jobs; finish one before accepting another`);
    }
    const move = takeStep(job, 'accept');
    offer.status = OfferStatus.ACCEPTED;
    offer.respondedAt = now;
    job.assignedPartner = offer.partner;
    job.acceptedAt = now;
    handOverResolution(job, partner.manufacturerCalendar, partner.calendar, now);
    withdrawOffers(change, job, pending, null);
    change.emit(EventKind.OFFER_ACCEPTED, { job, offer }, { ...move, offer: { from: OfferStatus.PENDING, to: OfferStatus.ACCEPTED } });
    return job;
  });
}

/**
 * The partner that accepts holds the job from now: on a BUSINESS standard, what was left of the
 * resolution clock on the manufacturer's calendar continues on the partner's (the manufacturer's
 * again when the partner has none). The seed's written history does the same (written-steps.ts).
 */
export function handOverResolution(job: ServiceJob, manufacturerCalendar: StoredCalendar | null, partnerCalendar: StoredCalendar | null, at: Date): void {
  const before = clockCalendar(job.slaTime, manufacturerCalendar);
  const after = clockCalendar(job.slaTime, partnerCalendar, manufacturerCalendar);
  job.resolutionDueAt = handOverDeadline(before, after, job.resolutionDueAt, at);
}

/**
 * Declining needs a reason, as typed; a code from the manufacturer's DECLINE list may name it too.
 * A job whose last offer is declined goes back to dispatch, or to the next partner when dispatched automatically.
 */
export async function declineOffer({ em, viewer, clock }: Scope, offerId: string, reason: string, reasonCode: string | null = null): Promise<JobOffer> {
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const { job, offer } = await lockOfferedJob(tx, viewer, offerId);
    assertOfferOpen(offer, change.at);
    offer.status = OfferStatus.DECLINED;
    offer.declineReason = reason;
    if (reasonCode !== null) offer.declineCode = await reasonCodeFor(tx, job.manufacturer.id, ReasonKind.DECLINE, reasonCode, 'reasonCode');
    offer.respondedAt = change.at;
    // Told before what follows from it (the next automatic offer); the job's move is known once that is settled.
    const declined = { from: OfferStatus.PENDING, to: OfferStatus.DECLINED, reason, ...(reasonCode !== null && { reasonCode }), job: null as JobMove | null };
    change.emit(EventKind.OFFER_DECLINED, { job, offer }, declined);
    declined.job = await afterOfferClosed(tx, change, job, offer);
    return offer;
  });
}

/**
 * When an offer closes without a winner and none is left pending: an automatically dispatched job
 * goes to the next candidate, any other back to NEW for the dispatcher. Returns the job's move, if any.
 */
export async function afterOfferClosed(tx: EntityManager, change: Change, job: ServiceJob, closed: JobOffer): Promise<JobMove | null> {
  if (!canTake(job.status, 'redispatch')) return null;
  const stillPending = await tx.count(JobOffer, { job: job.id, status: OfferStatus.PENDING, id: { $ne: closed.id } });
  if (stillPending > 0) return null;
  if (closed.automatic && (await offerToBestCandidate(tx, change, job, null))) return null;
  return takeStep(job, 'redispatch');
}

function assertOfferOpen(offer: JobOffer, now: Date): void {
  if (offer.status !== OfferStatus.PENDING) {
    const why = offer.status === OfferStatus.WITHDRAWN ? 'it was withdrawn' : `it is ${offer.status}`;
    throw new AppError(ErrorCode.OFFER_CLOSED, `This offer is closed: ${why}`, { status: offer.status });
  }
  if (offer.expiresAt <= now) throw new AppError(ErrorCode.OFFER_CLOSED, 'This offer is closed: it expired', { status: OfferStatus.EXPIRED });
}
