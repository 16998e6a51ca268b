import type { Viewer } from '../../shared/viewer.js';
import { Reach, reachOf, type JobParties } from './policy.js';

/**
 * Event audiences, from the same policy as visibility: an event is stamped with the keys of the
 * viewers who may read its subject when it happens, and a viewer listens on the keys of its reach.
 * A key per reach: `m:<manufacturer>` (its staff), `p:<partner>` (its admins), `u:<user>` (a technician).
 */
export const manufacturerKey = (orgId: string) => `m:${orgId}`;
export const partnerKey = (orgId: string) => `p:${orgId}`;
export const userKey = (userId: string) => `u:${userId}`;

/** The keys of live events a viewer receives. */
export function liveAudienceKeys(viewer: Viewer): string[] {
  switch (reachOf(viewer)) {
    case Reach.NETWORK:
      return [manufacturerKey(viewer.orgId)];
    case Reach.ORGANIZATION:
      return [partnerKey(viewer.orgId)];
    case Reach.ASSIGNED:
      return [userKey(viewer.userId)];
  }
}

/**
 * The keys of a visible job's history a viewer may read. A technician reads the history of the
 * jobs assigned to them as their organization saw it, including steps from before they were assigned.
 */
export function historyAudienceKeys(viewer: Viewer): string[] {
  if (reachOf(viewer) === Reach.ASSIGNED) return [userKey(viewer.userId), partnerKey(viewer.orgId)];
  return liveAudienceKeys(viewer);
}

/**
 * Viewers who see exactly the same things share one execution of a live event
 * (graphql/shared-subscription.ts): one class per role and organization, and per user where the reach is the user's own.
 */
export function visibilityClass(viewer: Viewer | null): string {
  if (!viewer) return 'anonymous';
  return reachOf(viewer) === Reach.ASSIGNED ? `${viewer.role}:${viewer.orgId}:${viewer.userId}` : `${viewer.role}:${viewer.orgId}`;
}

/**
 * Who may read a job: its manufacturer's staff, the partner holding it and every partner with an
 * open offer for it (`offerees`), the technician assigned.
 */
export function jobAudience(job: JobParties, offerees: readonly string[] = []): string[] {
  const keys = [manufacturerKey(job.manufacturer.id)];
  const partners = new Set(offerees);
  if (job.assignedPartner) partners.add(job.assignedPartner.id);
  for (const partnerId of partners) keys.push(partnerKey(partnerId));
  if (job.technician) keys.push(userKey(job.technician.id));
  return keys;
}

/**
 * Who may read an offer: the job's manufacturer's staff and the partner it was made to (a
 * technician reads its organization's offers only on jobs assigned to them, which an open offer never is).
 */
export function offerAudience(job: JobParties, partnerId: string): string[] {
  const keys = [manufacturerKey(job.manufacturer.id), partnerKey(partnerId)];
  if (job.technician && job.assignedPartner?.id === partnerId) keys.push(userKey(job.technician.id));
  return keys;
}

/** Who may read what concerns a partner in one manufacturer's network (findings, status, network changes): that manufacturer's staff and the partner's admins. */
export function partnerAudience(manufacturerId: string, partnerId?: string | null): string[] {
  return partnerId ? [manufacturerKey(manufacturerId), partnerKey(partnerId)] : [manufacturerKey(manufacturerId)];
}

/** Who may read a technician's time (working hours, absences): their organization's admins and the technician, no manufacturer. */
export function technicianAudience(organizationId: string, technicianId: string): string[] {
  return [partnerKey(organizationId), userKey(technicianId)];
}
