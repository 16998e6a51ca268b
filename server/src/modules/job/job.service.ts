import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ServiceJob } from './service-job.entity.js';
import { Coverage, type JobType } from './job.enums.js';
import { registerJob } from './job-registration.js';
import { takeStep } from './job-transitions.js';
import { User } from '../network/user.entity.js';
import { JobOffer } from '../dispatch/job-offer.entity.js';
import { OfferStatus } from '../dispatch/offer.enums.js';
import { EventKind } from '../events/event.enums.js';
import { findVisibleJob } from './job-access.js';
import { assertTechnicianFree } from './technician-booking.js';
import { assertTechnicianCertified } from './technician-certified.js';
import { DEFAULT_APPOINTMENT_MINUTES, QualityStandard } from '../quality/quality-standard.entity.js';
import { Capability, assertMayOnJob, can, mayOnJob } from '../access/policy.js';
import { changeState, type Change } from '../events/change.js';
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
 * line × job type. A replayed idempotency key returns the first job. The answer is the job as
 * written: nothing is read again after the commit.
 */
export async function createJob({ em, viewer, clock }: Scope, input: CreateJobData): Promise<ServiceJob> {
  const jobId = randomUUID();
  const result = await changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
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
    const job = await registerJob(tx, change, {
      id: jobId,
      unit: { serial: input.serial, manufacturerId: viewer.orgId },
      type: input.type,
      description: input.description,
      createdBy: viewer.userId,
    });
    if (!job) throw notFound(`Equipment with serial "${input.serial}"`);
    return job;
  });
  return typeof result === 'string' ? em.findOneOrFail(ServiceJob, result, { refresh: true }) : result;
}

/** A step on a visible job the viewer may take, as one state change: lock, check, move, emit. */
function onJob<T>(
  { em, viewer, clock }: Scope,
  jobId: string,
  expectedVersion: number | null | undefined,
  step: (tx: EntityManager, change: Change, job: ServiceJob) => Promise<T> | T,
): Promise<T> {
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) =>
    step(tx, change, await findVisibleJob(tx, viewer, jobId, true, expectedVersion)),
  );
}

/** The appointment a scheduler asks for: when, for how long (default: the standard's), and optionally who goes. */
export interface AppointmentData {
  appointmentAt: Date;
  durationMinutes?: number | null;
  technicianId?: string | null;
  expectedVersion?: number | null;
}

/**
 * Fixes or moves the appointment and, optionally, the technician who will go. With a technician
 * (given, or already on the job) the booking must not overlap their other appointments or an
 * absence: SCHEDULE_CONFLICT with the next free slots otherwise (technician-booking.ts).
 */
export async function scheduleJob(scope: Scope, jobId: string, appointment: AppointmentData): Promise<ServiceJob> {
  const { viewer } = scope;
  const { appointmentAt, technicianId } = appointment;
  return onJob(scope, jobId, appointment.expectedVersion, async (tx, change, job) => {
    assertMayOnJob(viewer, Capability.JOB_SCHEDULE, job);
    if (appointmentAt.getTime() < change.at.getTime() - 60 * 60_000) throw badInput('The appointment cannot be in the past');
    if (technicianId) {
      if (technicianId !== viewer.userId && !mayOnJob(viewer, Capability.TECHNICIAN_ASSIGN, job)) {
        throw forbidden('Only a partner admin assigns other technicians');
      }
      const technician = await tx.findOne(User, { id: technicianId, organization: job.assignedPartner!.id });
      if (!technician || !can(technician, Capability.JOB_WORK)) {
        throw badInput('The technician must be a member of the partner holding the job', { field: 'technicianId' });
      }
      job.technician = technician;
    }
    const move = takeStep(job, 'schedule');
    const standard =
      job.qualityStandard && (!appointment.durationMinutes || job.technician) ? await tx.findOneOrFail(QualityStandard, job.qualityStandard.id) : null;
    const minutes = appointment.durationMinutes ?? standard?.appointmentMinutes ?? DEFAULT_APPOINTMENT_MINUTES;
    if (job.technician && standard?.requiresCertifiedTechnician) {
      const technician = await tx.findOneOrFail(User, job.technician.id);
      await assertTechnicianCertified(tx, job, technician, change.at);
    }
    if (job.technician) {
      const booking = { technicianId: job.technician.id, organizationId: job.assignedPartner!.id, jobId: job.id, startsAt: appointmentAt, minutes };
      await assertTechnicianFree(tx, { ...booking, now: change.at });
    }
    job.appointmentAt = appointmentAt;
    job.appointmentMinutes = minutes;
    change.emit(
      EventKind.JOB_SCHEDULED,
      { job },
      { ...move, appointmentAt: appointmentAt.toISOString(), appointmentMinutes: minutes, technicianId: job.technician?.id ?? null },
    );
    return job;
  });
}

export async function startJob(scope: Scope, jobId: string): Promise<ServiceJob> {
  return onJob(scope, jobId, null, (_tx, change, job) => {
    assertMayOnJob(scope.viewer, Capability.JOB_WORK, job);
    const move = takeStep(job, 'start');
    job.startedAt ??= change.at;
    change.emit(EventKind.JOB_STARTED, { job }, move);
    return job;
  });
}

/** Closing after completion opens the survey on the customer's link (the token the job was made with). */
export async function closeJob(scope: Scope, jobId: string): Promise<ServiceJob> {
  return onJob(scope, jobId, null, (_tx, change, job) => {
    assertMayOnJob(scope.viewer, Capability.JOB_CLOSE, job);
    const move = takeStep(job, 'close');
    job.closedAt = change.at;
    change.emit(EventKind.JOB_CLOSED, { job }, move);
    return job;
  });
}

/** Rework: the job goes back to the partner that did it, and counts against its first-time fix. */
export async function reopenJob(scope: Scope, jobId: string, reason: string, expectedVersion?: number | null): Promise<ServiceJob> {
  return onJob(scope, jobId, expectedVersion, (_tx, change, job) => {
    assertMayOnJob(scope.viewer, Capability.JOB_REOPEN, job);
    return takeReopen(change, job, reason);
  });
}

/** The reopen itself, once the caller may: back to the partner, counted, its completion undone (the seed's written past takes it too). */
export function takeReopen(change: Change, job: ServiceJob, reason: string): ServiceJob {
  const move = takeStep(job, 'reopen');
  job.reopenCount += 1;
  job.completedAt = null;
  job.closedAt = null;
  job.appointmentAt = null;
  job.appointmentMinutes = null;
  change.emit(EventKind.JOB_REOPENED, { job }, { ...move, reason });
  return job;
}

/** Cancelling withdraws every pending offer; each partner that had one is told. */
export async function cancelJob(scope: Scope, jobId: string, reason: string, expectedVersion?: number | null): Promise<ServiceJob> {
  return onJob(scope, jobId, expectedVersion, async (tx, change, job) => {
    assertMayOnJob(scope.viewer, Capability.JOB_CANCEL, job);
    const move = takeStep(job, 'cancel');
    job.cancelReason = reason;
    await withdrawPendingOffers(tx, change, job, change.actorId);
    change.emit(EventKind.JOB_CANCELLED, { job }, { ...move, reason });
    return job;
  });
}

/** Marks the job's pending offers WITHDRAWN, each partner told by an event. */
export async function withdrawPendingOffers(tx: EntityManager, change: Change, job: ServiceJob, actorId: string | null): Promise<void> {
  withdrawOffers(change, job, await tx.find(JobOffer, { job: job.id, status: OfferStatus.PENDING }), actorId);
}

export function withdrawOffers(change: Change, job: ServiceJob, offers: readonly JobOffer[], actorId: string | null): void {
  for (const offer of offers) {
    offer.status = OfferStatus.WITHDRAWN;
    offer.respondedAt = change.at;
    change.emit(EventKind.OFFER_WITHDRAWN, { job, offer }, { from: OfferStatus.PENDING, to: OfferStatus.WITHDRAWN }, { actorId });
  }
}

export const isPaidWork = (job: ServiceJob): boolean => job.coverage === Coverage.POST_WARRANTY;
