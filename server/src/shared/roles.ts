/** The roles a user can hold: the access vocabulary that tokens, the viewer and every module share. */
export enum Role {
  ADMIN = 'ADMIN',
  DISPATCHER = 'DISPATCHER',
  PARTS_CLERK = 'PARTS_CLERK',
  AUDITOR = 'AUDITOR',
  PARTNER_ADMIN = 'PARTNER_ADMIN',
  TECHNICIAN = 'TECHNICIAN',
}

export const MANUFACTURER_ROLES: readonly Role[] = [Role.ADMIN, Role.DISPATCHER, Role.PARTS_CLERK, Role.AUDITOR];
export const PARTNER_ROLES: readonly Role[] = [Role.PARTNER_ADMIN, Role.TECHNICIAN];
