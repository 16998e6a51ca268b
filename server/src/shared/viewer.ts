import { MANUFACTURER_ROLES, Role } from './roles.js';

/** Who is asking: taken from a verified token, the input to every authorization rule. */
export interface Viewer {
  userId: string;
  orgId: string;
  role: Role;
}

export const isManufacturerStaff = (viewer: Viewer): boolean => MANUFACTURER_ROLES.includes(viewer.role);
export const isPartnerAdmin = (viewer: Viewer): boolean => viewer.role === Role.PARTNER_ADMIN;
export const isTechnician = (viewer: Viewer): boolean => viewer.role === Role.TECHNICIAN;

/** Audience keys an event is stamped with, and a viewer listens on (see events/audience.ts). */
export const manufacturerKey = (orgId: string) => `m:${orgId}`;
export const partnerKey = (orgId: string) => `p:${orgId}`;
export const userKey = (userId: string) => `u:${userId}`;

/**
 * The keys of live events a viewer receives: manufacturer staff everything of their network,
 * a partner admin what concerns its organization, a technician what concerns them.
 */
export function liveAudienceKeys(viewer: Viewer): string[] {
  if (isManufacturerStaff(viewer)) return [manufacturerKey(viewer.orgId)];
  if (isPartnerAdmin(viewer)) return [partnerKey(viewer.orgId)];
  return [userKey(viewer.userId)];
}

/**
 * The keys of a visible job's history a viewer may read. A technician reads the history of the
 * jobs assigned to them as their organization saw it, including steps from before they were assigned.
 */
export function historyAudienceKeys(viewer: Viewer): string[] {
  if (isTechnician(viewer)) return [userKey(viewer.userId), partnerKey(viewer.orgId)];
  return liveAudienceKeys(viewer);
}
