import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ServiceJob } from './service-job.entity.js';
import { Coverage, type JobType } from './job.enums.js';
import { registerJob } from './job-registration.js';
import { takeStep } from './job-transitions.js';
import { EquipmentUnit } from '../catalog/equipment-unit.entity.js';
import { User } from '../network/user.entity.js';
import { JobOffer } from '../dispatch/job-offer.entity.js';
import { OfferStatus } from '../dispatch/offer.enums.js';
import { EventKind } from '../events/event.enums.js';
import { jobEvent, type NewEvent } from '../events/event-log.js';
import { findVisibleJob } from '../access/job-access.js';
import { Capability, assertMayOnJob, can, mayOnJob } from '../access/policy.js';
import { changeState } from '../events/change-state.js';
import { claimIdempotencyKey, requestFingerprint } from '../../shared/idempotency.js';
import { badInput, forbidden, notFound } from '../../shared/errors.js';
import type { Scope } from '../../shared/scope.js';

export interface CreateJobData {
  serial: string;
  type: JobType;
  description: string;
  idempotencyKey?: string | null;
}

/**
 * Registers a customer request. Coverage comes from the equipment's warranty and contract,
 * priority from the product line's strategy, the standard and its SLA clocks from the product
 * line × job type. A replayed idempotency key returns the first job.
 */
export async function createJob({ em, viewer, clock }: Scope, input: CreateJobData): Promise<ServiceJob> {
  const jobId = randomUUID();
  const resultId = await changeState(em, async (tx, events) => {
    if (input.idempotencyKey) {
      const first = await claimIdempotencyKey(tx, {
        userId: viewer.userId,
        key: input.idempotencyKey,
        operation: 'createJob',
        fingerprint: requestFingerprint({ serial: input.serial, type: input.type, description: input.description }),
        resultId: jobId,
      });
      if (first) return first;
    }
    // The model and line come in the same statement; registerJob then finds them in the identity map.
    const equipment = await tx.findOne(
      EquipmentUnit,
      { serial: input.serial, manufacturer: viewer.orgId },
      { populate: ['model.productLine'], strategy: 'joined' },
    );
    if (!equipment) throw notFound(`Equipment with serial "${input.serial}"`);
    await registerJob(tx, events, { id: jobId, equipment, type: input.type, description: input.description, now: clock.now(), createdBy: viewer.userId });
    return jobId;
  });
  return em.findOneOrFail(ServiceJob, resultId, { refresh: true });
}

/** Fixes the appointment and, optionally, the technician who will go. */
export async function scheduleJob(
  { em, viewer, clock }: Scope,
  jobId: string,
  appointmentAt: Date,
  technicianId?: string | null,
  expectedVersion?: number | null,
): Promise<ServiceJob> {
  return changeState(em, async (tx, events) => {
    const job = await findVisibleJob(tx, viewer, jobId, true, expectedVersion);
    assertMayOnJob(viewer, Capability.JOB_SCHEDULE, job);
    const now = clock.now();
    if (appointmentAt.getTime() < now.getTime() - 60 * 60_000) throw badInput('The appointment cannot be in the past');
    if (technicianId) {
      if (technicianId !== viewer.userId && !mayOnJob(viewer, Capability.TECHNICIAN_ASSIGN, job))
        throw forbidden('Only a partner admin assigns other technicians');
      const technician = await tx.findOne(User, { id: technicianId, organization: job.assignedPartner!.id });
      if (!technician || !can(technician, Capability.JOB_WORK)) {
        throw badInput('The technician must be a member of the partner holding the job', { field: 'technicianId' });
      }
      job.technician = technician;
    }
    const move = takeStep(job, 'schedule');
    job.appointmentAt = appointmentAt;
    events.push(
      jobEvent(EventKind.JOB_SCHEDULED, job, now, viewer.userId, {
        data: { ...move, appointmentAt: appointmentAt.toISOString(), technicianId: job.technician?.id ?? null },
      }),
    );
    return job;
  });
}

export async function startJob({ em, viewer, clock }: Scope, jobId: string): Promise<ServiceJob> {
  return changeState(em, async (tx, events) => {
    const job = await findVisibleJob(tx, viewer, jobId, true);
    assertMayOnJob(viewer, Capability.JOB_WORK, job);
    const move = takeStep(job, 'start');
    const now = clock.now();
    job.startedAt ??= now;
    events.push(jobEvent(EventKind.JOB_STARTED, job, now, viewer.userId, { data: move }));
    return job;
  });
}

/** Closing after completion sends the customer the survey link. */
export async function closeJob({ em, viewer, clock }: Scope, jobId: string): Promise<ServiceJob> {
  return changeState(em, async (tx, events) => {
    const job = await findVisibleJob(tx, viewer, jobId, true);
    assertMayOnJob(viewer, Capability.JOB_CLOSE, job);
    const move = takeStep(job, 'close');
    const now = clock.now();
    job.closedAt = now;
    job.surveyToken ??= randomBytes(24).toString('base64url');
    events.push(jobEvent(EventKind.JOB_CLOSED, job, now, viewer.userId, { data: move }));
    return job;
  });
}

/** Rework: the job goes back to the partner that did it, and counts against its first-time fix. */
export async function reopenJob({ em, viewer, clock }: Scope, jobId: string, reason: string, expectedVersion?: number | null): Promise<ServiceJob> {
  return changeState(em, async (tx, events) => {
    const job = await findVisibleJob(tx, viewer, jobId, true, expectedVersion);
    assertMayOnJob(viewer, Capability.JOB_REOPEN, job);
    const move = takeStep(job, 'reopen');
    const now = clock.now();
    job.reopenCount += 1;
    job.completedAt = null;
    job.closedAt = null;
    job.appointmentAt = null;
    events.push(jobEvent(EventKind.JOB_REOPENED, job, now, viewer.userId, { data: { ...move, reason } }));
    return job;
  });
}

/** Cancelling withdraws every pending offer; each partner that had one is told. */
export async function cancelJob({ em, viewer, clock }: Scope, jobId: string, reason: string, expectedVersion?: number | null): Promise<ServiceJob> {
  return changeState(em, async (tx, events) => {
    const job = await findVisibleJob(tx, viewer, jobId, true, expectedVersion);
    assertMayOnJob(viewer, Capability.JOB_CANCEL, job);
    const move = takeStep(job, 'cancel');
    const now = clock.now();
    job.cancelReason = reason;
    events.push(...(await withdrawPendingOffers(tx, job, now, viewer.userId)));
    events.push(jobEvent(EventKind.JOB_CANCELLED, job, now, viewer.userId, { data: { ...move, reason } }));
    return job;
  });
}

/** Marks the job's pending offers WITHDRAWN (except `keep`) and describes an event for each partner. */
export async function withdrawPendingOffers(tx: EntityManager, job: ServiceJob, now: Date, actorId: string | null, keep?: JobOffer): Promise<NewEvent[]> {
  const pending = await tx.find(JobOffer, { job: job.id, status: OfferStatus.PENDING });
  return pending
    .filter((offer) => offer !== keep)
    .map((offer) => {
      offer.status = OfferStatus.WITHDRAWN;
      offer.respondedAt = now;
      return jobEvent(EventKind.OFFER_WITHDRAWN, job, now, actorId, {
        offerId: offer.id,
        offerPartnerId: offer.partner.id,
        data: { from: OfferStatus.PENDING, to: OfferStatus.WITHDRAWN },
      });
    });
}

export const isPaidWork = (job: ServiceJob): boolean => job.coverage === Coverage.POST_WARRANTY;
