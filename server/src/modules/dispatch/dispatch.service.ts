import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { JobOffer } from './job-offer.entity.js';
import { OfferStatus } from './offer.enums.js';
import { rankCandidates, type Candidate } from './eligibility.js';
import { ServiceJob } from '../job/service-job.entity.js';
import { canTake, takeStep, HELD_STATUSES } from '../job/job-transitions.js';
import { withdrawPendingOffers } from '../job/job.service.js';
import { EquipmentUnit } from '../catalog/equipment-unit.entity.js';
import { ProductLine } from '../catalog/product-line.entity.js';
import { Organization } from '../network/organization.entity.js';
import { PartnerStatus } from '../network/network.enums.js';
import { EventKind } from '../events/event.enums.js';
import { jobEvent, type NewEvent } from '../events/event-log.js';
import { findVisibleJob } from '../access/job-access.js';
import { Capability, assertMayOnJob } from '../access/policy.js';
import { offerScope } from '../access/visibility.js';
import { changeState } from '../events/change-state.js';
import { AppError, ErrorCode, badInput, notFound } from '../../shared/errors.js';
import { isUuid, type Scope } from '../../shared/scope.js';

export const DEFAULT_OFFER_MINUTES = 60;
export const AUTO_OFFER_MINUTES = 30;
const MAX_OFFER_MINUTES = 7 * 24 * 60;

/** Ranks the manufacturer's partners for the job; `only` judges just those partners (an offer to named ones). */
async function candidatesFor(em: EntityManager, job: ServiceJob, now: Date, only?: readonly string[]): Promise<Candidate[]> {
  const equipment = await em.findOneOrFail(EquipmentUnit, job.equipment.id, { populate: ['model.productLine'] });
  // A component job is judged on the component's line: consortium partners are certified for their component.
  const line = job.componentLine ? await em.findOneOrFail(ProductLine, job.componentLine.id) : equipment.model.productLine;
  return rankCandidates(em, { job, productLineId: line.id, productLineName: line.name, region: equipment.region }, now, only);
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
  return changeState(em, async (tx, events) => {
    const job = await findVisibleJob(tx, viewer, jobId, true);
    assertMayOnJob(viewer, Capability.JOB_DISPATCH, job);
    const move = takeStep(job, 'offer');
    const now = clock.now();
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
        { partners: refused.map((c) => ({ partnerId: c.partner.id, reasons: c.blockers })) },
      );
    }
    // The job's move is told once, with the first offer: a broadcast moves it once.
    return chosen.map((candidate, i) => makeOffer(tx, events, job, candidate.partner, now, minutes, false, viewer.userId, i === 0 ? move : null));
  });
}

/** Offers the job to the best-ranked partner that may receive automatic offers. */
export async function autoDispatch({ em, viewer, clock }: Scope, jobId: string): Promise<JobOffer[]> {
  return changeState(em, async (tx, events) => {
    const job = await findVisibleJob(tx, viewer, jobId, true);
    assertMayOnJob(viewer, Capability.JOB_DISPATCH, job);
    const offer = await offerToBestCandidate(tx, events, job, clock.now(), viewer.userId);
    if (!offer) throw new AppError(ErrorCode.NOT_ELIGIBLE, 'No partner is eligible for an automatic offer of this job');
    return [offer];
  });
}

/** The next automatic offer; null (and the job back to NEW when it was OFFERED) when nobody qualifies. */
export async function offerToBestCandidate(
  tx: EntityManager,
  events: NewEvent[],
  job: ServiceJob,
  now: Date,
  actorId: string | null,
): Promise<JobOffer | null> {
  const best = (await candidatesFor(tx, job, now)).find((candidate) => candidate.autoEligible);
  if (!best) return null;
  const move = takeStep(job, 'offer');
  return makeOffer(tx, events, job, best.partner, now, AUTO_OFFER_MINUTES, true, actorId, move);
}

function makeOffer(
  tx: EntityManager,
  events: NewEvent[],
  job: ServiceJob,
  partner: Organization,
  now: Date,
  minutes: number,
  automatic: boolean,
  actorId: string | null,
  jobMove: { from: string; to: string } | null,
): JobOffer {
  const offer = tx.create(JobOffer, { job, partner, expiresAt: new Date(now.getTime() + minutes * 60_000), automatic, createdAt: now });
  events.push(
    jobEvent(EventKind.JOB_OFFERED, job, now, actorId, {
      offerId: offer.id,
      offerPartnerId: partner.id,
      data: { to: OfferStatus.PENDING, expiresAt: offer.expiresAt.toISOString(), automatic, job: jobMove },
    }),
  );
  return offer;
}

/**
 * First accept wins: the job row is locked, so concurrent accepts run one after the other; the
 * winner's competitors are withdrawn in the same transaction and every later accept finds its
 * offer closed. A unique index keeps a second ACCEPTED offer out even so.
 */
export async function acceptOffer({ em, viewer, clock }: Scope, offerId: string): Promise<ServiceJob> {
  const seen = await findVisibleOffer(em, { viewer }, offerId);
  return changeState(em, async (tx, events) => {
    const job = await tx.findOneOrFail(ServiceJob, seen.job.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const offer = await tx.findOneOrFail(JobOffer, offerId, { refresh: true });
    const now = clock.now();
    assertOfferOpen(offer, now);
    if (!canTake(job.status, 'accept')) throw new AppError(ErrorCode.OFFER_CLOSED, `This offer is closed: the job is ${job.status}`);
    const partner = await tx.findOneOrFail(Organization, offer.partner.id);
    if (partner.status === PartnerStatus.SUSPENDED) throw new AppError(ErrorCode.NOT_ELIGIBLE, 'A suspended partner cannot accept jobs');
    const held = await tx.count(ServiceJob, { assignedPartner: partner.id, status: { $in: [...HELD_STATUSES] } });
    if (held >= partner.capacity) {
      throw new AppError(ErrorCode.NOT_ELIGIBLE, `At capacity: ${held} of ${partner.capacity} open jobs; finish one before accepting another`);
    }
    const move = takeStep(job, 'accept');
    offer.status = OfferStatus.ACCEPTED;
    offer.respondedAt = now;
    job.assignedPartner = partner;
    job.acceptedAt = now;
    events.push(...(await withdrawPendingOffers(tx, job, now, null, offer)));
    events.push(
      jobEvent(EventKind.OFFER_ACCEPTED, job, now, viewer.userId, {
        offerId: offer.id,
        offerPartnerId: partner.id,
        data: { ...move, offer: { from: OfferStatus.PENDING, to: OfferStatus.ACCEPTED } },
      }),
    );
    return job;
  });
}

/** Declining needs a reason. A job whose last offer is declined goes back to dispatch, or to the next partner when dispatched automatically. */
export async function declineOffer({ em, viewer, clock }: Scope, offerId: string, reason: string): Promise<JobOffer> {
  const seen = await findVisibleOffer(em, { viewer }, offerId);
  return changeState(em, async (tx, events) => {
    const job = await tx.findOneOrFail(ServiceJob, seen.job.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const offer = await tx.findOneOrFail(JobOffer, offerId, { refresh: true });
    const now = clock.now();
    assertOfferOpen(offer, now);
    offer.status = OfferStatus.DECLINED;
    offer.declineReason = reason;
    offer.respondedAt = now;
    const followUp: NewEvent[] = [];
    const jobMove = await afterOfferClosed(tx, followUp, job, offer, now);
    events.push(
      jobEvent(EventKind.OFFER_DECLINED, job, now, viewer.userId, {
        offerId: offer.id,
        offerPartnerId: offer.partner.id,
        data: { from: OfferStatus.PENDING, to: OfferStatus.DECLINED, reason, job: jobMove },
      }),
      ...followUp,
    );
    return offer;
  });
}

/**
 * When an offer closes without a winner and none is left pending: an automatically dispatched job
 * goes to the next candidate, any other back to NEW for the dispatcher. Returns the job's move, if any.
 */
export async function afterOfferClosed(
  tx: EntityManager,
  events: NewEvent[],
  job: ServiceJob,
  closed: JobOffer,
  now: Date,
): Promise<{ from: string; to: string } | null> {
  if (!canTake(job.status, 'redispatch')) return null;
  const stillPending = await tx.count(JobOffer, { job: job.id, status: OfferStatus.PENDING, id: { $ne: closed.id } });
  if (stillPending > 0) return null;
  if (closed.automatic && (await offerToBestCandidate(tx, events, job, now, null))) return null;
  return takeStep(job, 'redispatch');
}

function assertOfferOpen(offer: JobOffer, now: Date): void {
  if (offer.status !== OfferStatus.PENDING) {
    const why = offer.status === OfferStatus.WITHDRAWN ? 'it was withdrawn' : `it is ${offer.status}`;
    throw new AppError(ErrorCode.OFFER_CLOSED, `This offer is closed: ${why}`, { status: offer.status });
  }
  if (offer.expiresAt <= now) throw new AppError(ErrorCode.OFFER_CLOSED, 'This offer is closed: it expired', { status: OfferStatus.EXPIRED });
}

export async function findVisibleOffer(em: EntityManager, { viewer }: Pick<Scope, 'viewer'>, offerId: string): Promise<JobOffer> {
  if (!isUuid(offerId)) throw notFound('Offer');
  const offer = await em.findOne(JobOffer, { $and: [{ id: offerId }, offerScope(viewer)] });
  if (!offer) throw notFound('Offer');
  return offer;
}
