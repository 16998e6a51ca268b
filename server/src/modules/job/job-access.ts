import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ServiceJob } from './service-job.entity.js';
import { jobScope } from '../access/visibility.js';
import { AppError, ErrorCode, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/scope.js';
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
    { $and: [{ id: jobId }, jobScope<ServiceJob>(viewer)] },
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
