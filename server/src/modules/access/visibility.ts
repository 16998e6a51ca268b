import { raw, type FilterQuery } from '@mikro-orm/core';
import type { ServiceJob } from '../job/service-job.entity.js';
import type { JobOffer } from '../dispatch/job-offer.entity.js';
import type { PartsRequest } from '../parts/parts-request.entity.js';
import type { AuditFinding } from '../audit/audit-finding.entity.js';
import { OfferStatus } from '../dispatch/offer.enums.js';
import { Reach, reachOf } from './policy.js';
import type { Viewer } from '../../shared/viewer.js';

/**
 * What each viewer may see (DESIGN.md, Visibility), by its reach (policy.ts), as query conditions.
 * Every query, loader and mutation that reads a job, offer, parts request or finding goes through
 * these; data outside them answers exactly like data that does not exist.
 */
export function jobScope(viewer: Viewer): FilterQuery<ServiceJob> {
  switch (reachOf(viewer)) {
    case Reach.NETWORK:
      return { manufacturer: viewer.orgId };
    case Reach.ORGANIZATION:
      // Assigned to the partner, or offered to it and still pending. Written as one id subquery (a
      // union of two index scans): as an OR with a join the planner scans every job of the network.
      return {
        [raw(
          (alias) =>
            `${alias}.id in (select id from service_job where assigned_partner_id = ? union all select job_id from job_offer where partner_id = ? and status = '${OfferStatus.PENDING}')`,
          [viewer.orgId, viewer.orgId],
        )]: [],
      } as FilterQuery<ServiceJob>;
    case Reach.ASSIGNED:
      return { technician: viewer.userId };
  }
}

/** A partner sees only its own offers, never those made to other partners. */
export function offerScope(viewer: Viewer): FilterQuery<JobOffer> {
  switch (reachOf(viewer)) {
    case Reach.NETWORK:
      return { job: { manufacturer: viewer.orgId } };
    case Reach.ORGANIZATION:
      return { partner: viewer.orgId };
    case Reach.ASSIGNED:
      return { partner: viewer.orgId, job: { technician: viewer.userId } };
  }
}

export function partsRequestScope(viewer: Viewer): FilterQuery<PartsRequest> {
  switch (reachOf(viewer)) {
    case Reach.NETWORK:
      return { job: { manufacturer: viewer.orgId } };
    case Reach.ORGANIZATION:
      return { job: { assignedPartner: viewer.orgId } };
    case Reach.ASSIGNED:
      return { job: { technician: viewer.userId } };
  }
}

/** Findings: the network's for its staff, a partner's own for its admins; none for technicians. */
export function findingScope(viewer: Viewer): FilterQuery<AuditFinding> {
  switch (reachOf(viewer)) {
    case Reach.NETWORK:
      return { manufacturer: viewer.orgId };
    case Reach.ORGANIZATION:
      return { partner: viewer.orgId };
    case Reach.ASSIGNED:
      return { id: null } as unknown as FilterQuery<AuditFinding>;
  }
}
