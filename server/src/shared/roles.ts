/** The roles a user can hold: the access vocabulary that tokens, the viewer and every module share. What each may do and see is modules/access/policy.ts. */
export enum Role {
  ADMIN = 'ADMIN',
  DISPATCHER = 'DISPATCHER',
  PARTS_CLERK = 'PARTS_CLERK',
  AUDITOR = 'AUDITOR',
  PARTNER_ADMIN = 'PARTNER_ADMIN',
  TECHNICIAN = 'TECHNICIAN',
}
