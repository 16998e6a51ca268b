import type { FilterQuery } from '@mikro-orm/core';
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
    return {
      $or: [
        { assignedPartner: viewer.orgId },
        { offers: { $some: { partner: viewer.orgId, status: OfferStatus.PENDING } } },
      ],
    };
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
