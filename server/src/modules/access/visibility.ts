import { raw, type FilterQuery } from '@mikro-orm/core';
import type { ServiceJob } from '../job/service-job.entity.js';
import type { JobOffer } from '../dispatch/job-offer.entity.js';
import type { PartsRequest } from '../parts/parts-request.entity.js';
import { OfferStatus } from '../dispatch/offer.enums.js';
import { isManufacturerStaff, isPartnerAdmin, type Viewer } from '../../shared/viewer.js';

/**
 * What each viewer may see (DESIGN.md, Visibility), as query conditions. Every query, loader and
 * mutation that reads a job, offer or parts request goes through these; data outside them answers
 * exactly like data that does not exist.
 */
export function jobScope(viewer: Viewer): FilterQuery<ServiceJob> {
  if (isManufacturerStaff(viewer)) return { manufacturer: viewer.orgId };
  if (isPartnerAdmin(viewer)) {
    // Assigned to the partner, or offered to it and still pending. Written as one id subquery (a
    // union of two index scans): as an OR with a join the planner scans every job of the network.
    return {
      [raw(
        (alias) =>
          `${alias}.id in (select id from service_job where assigned_partner_id = ? union all select job_id from job_offer where partner_id = ? and status = '${OfferStatus.PENDING}')`,
        [viewer.orgId, viewer.orgId],
      )]: [],
    } as FilterQuery<ServiceJob>;
  }
  return { technician: viewer.userId };
}

/** A partner sees only its own offers, never those made to other partners. */
export function offerScope(viewer: Viewer): FilterQuery<JobOffer> {
  if (isManufacturerStaff(viewer)) return { job: { manufacturer: viewer.orgId } };
  if (isPartnerAdmin(viewer)) return { partner: viewer.orgId };
  return { partner: viewer.orgId, job: { technician: viewer.userId } };
}

export function partsRequestScope(viewer: Viewer): FilterQuery<PartsRequest> {
  if (isManufacturerStaff(viewer)) return { job: { manufacturer: viewer.orgId } };
  if (isPartnerAdmin(viewer)) return { job: { assignedPartner: viewer.orgId } };
  return { job: { technician: viewer.userId } };
}
