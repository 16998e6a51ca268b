import { raw, type FilterQuery } from '@mikro-orm/core';
import { Reach, reachOf } from './policy.js';
import type { Viewer } from '../../shared/viewer.js';

/**
 * What each viewer may see (DESIGN.md, Visibility), by its reach (policy.ts), as query conditions.
 * Every query, loader and mutation that reads a job, offer, parts request or finding goes through
 * these; data outside them answers exactly like data that does not exist.
 *
 * The filters name the entities' relations by property; each caller names its entity
 * (`jobScope<ServiceJob>(viewer)`), so the policy depends on no module and every module may use it.
 */
interface JobFields {
  id: string;
  manufacturer: unknown;
  assignedPartner?: unknown;
  technician?: unknown;
}
interface OfferFields {
  partner: unknown;
  job: unknown;
}
interface PartsRequestFields {
  job: unknown;
}
interface FindingFields {
  id: string;
  manufacturer: unknown;
  partner: unknown;
}

/** OfferStatus.PENDING (modules/dispatch): an open offer lets its partner see the job. */
export const OPEN_OFFER = 'PENDING';

export function jobScope<T extends JobFields>(viewer: Viewer): FilterQuery<T> {
  switch (reachOf(viewer)) {
    case Reach.NETWORK:
      return { manufacturer: viewer.orgId } as FilterQuery<T>;
    case Reach.ORGANIZATION:
      // Assigned to the partner, or offered to it and still pending. Written as one id subquery (a
      // union of two index scans): as an OR with a join the planner scans every job of the network.
      return {
        [raw(
          (alias) =>
            `${alias}.id in (select id from service_job where assigned_partner_id = ? union all select job_id from job_offer where partner_id = ? and status = '${OPEN_OFFER}')`,
          [viewer.orgId, viewer.orgId],
        )]: [],
      } as FilterQuery<T>;
    case Reach.ASSIGNED:
      return { technician: viewer.userId } as FilterQuery<T>;
  }
}

/** A partner sees only its own offers, never those made to other partners. */
export function offerScope<T extends OfferFields>(viewer: Viewer): FilterQuery<T> {
  switch (reachOf(viewer)) {
    case Reach.NETWORK:
      return { job: { manufacturer: viewer.orgId } } as FilterQuery<T>;
    case Reach.ORGANIZATION:
      return { partner: viewer.orgId } as FilterQuery<T>;
    case Reach.ASSIGNED:
      return { partner: viewer.orgId, job: { technician: viewer.userId } } as FilterQuery<T>;
  }
}

export function partsRequestScope<T extends PartsRequestFields>(viewer: Viewer): FilterQuery<T> {
  switch (reachOf(viewer)) {
    case Reach.NETWORK:
      return { job: { manufacturer: viewer.orgId } } as FilterQuery<T>;
    case Reach.ORGANIZATION:
      return { job: { assignedPartner: viewer.orgId } } as FilterQuery<T>;
    case Reach.ASSIGNED:
      return { job: { technician: viewer.userId } } as FilterQuery<T>;
  }
}

/** Findings: the network's for its staff, a partner's own for its admins; none for technicians. */
export function findingScope<T extends FindingFields>(viewer: Viewer): FilterQuery<T> {
  switch (reachOf(viewer)) {
    case Reach.NETWORK:
      return { manufacturer: viewer.orgId } as FilterQuery<T>;
    case Reach.ORGANIZATION:
      return { partner: viewer.orgId } as FilterQuery<T>;
    case Reach.ASSIGNED:
      return { id: null } as FilterQuery<T>;
  }
}
