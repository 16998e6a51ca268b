import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ServiceJob } from '../job/service-job.entity.js';
import { jobScope } from './visibility.js';
import { AppError, ErrorCode, forbidden, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/scope.js';
import { Role } from '../network/network.enums.js';
import type { Viewer } from '../../shared/viewer.js';

/**
 * Loads a job the viewer may see, locked for update when changing it (concurrent steps on one
 * job run one after the other). Invisible and missing jobs are the same NOT_FOUND.
 */
export async function findVisibleJob(
  em: EntityManager,
  viewer: Viewer,
  jobId: string,
  forUpdate = false,
  expectedVersion?: number | null,
): Promise<ServiceJob> {
  if (!isUuid(jobId)) throw notFound('Job');
  const job = await em.findOne(
    ServiceJob,
    { $and: [{ id: jobId }, jobScope(viewer)] },
    forUpdate ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {},
  );
  if (!job) throw notFound('Job');
  // Optimistic concurrency for edits made from a screen: the caller says which version it saw.
  if (expectedVersion !== undefined && expectedVersion !== null && job.version !== expectedVersion) {
    throw new AppError(
      ErrorCode.CONFLICT,
      `The job changed since you loaded it (you saw version ${expectedVersion}, it is now ${job.version}); reload and try again`,
      {
        currentVersion: job.version,
      },
    );
  }
  return job;
}

/** Dispatching, closing, reopening and cancelling: the manufacturer's dispatchers and admins. */
export function assertCanDispatch(viewer: Viewer, job: ServiceJob): void {
  const allowed = (viewer.role === Role.DISPATCHER || viewer.role === Role.ADMIN) && job.manufacturer.id === viewer.orgId;
  if (!allowed) throw forbidden("Only the manufacturer's dispatchers may do this");
}

/** Field work: the assigned technician, or an admin of the partner holding the job (small firms have no technicians). */
export function assertCanWork(viewer: Viewer, job: ServiceJob): void {
  const holder = job.assignedPartner?.id === viewer.orgId;
  const allowed = (viewer.role === Role.PARTNER_ADMIN && holder) || (viewer.role === Role.TECHNICIAN && job.technician?.id === viewer.userId);
  if (!allowed) throw forbidden('Only the partner holding this job may work it');
}

/** Planning the visit: the holding partner's admin, or the technician already assigned. */
export function assertCanSchedule(viewer: Viewer, job: ServiceJob): void {
  assertCanWork(viewer, job);
}
