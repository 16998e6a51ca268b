export enum OrgKind {
  MANUFACTURER = 'MANUFACTURER',
  BRANCH = 'BRANCH',
  DEALER = 'DEALER',
  INDEPENDENT_SPECIALIST = 'INDEPENDENT_SPECIALIST',
  CONSORTIUM_PARTNER = 'CONSORTIUM_PARTNER',
  /** A customer's own trained maintenance staff: offered jobs on that customer's units only. */
  CUSTOMER_STAFF = 'CUSTOMER_STAFF',
}

export enum PartnerStatus {
  ACTIVE = 'ACTIVE',
  PROBATION = 'PROBATION',
  SUSPENDED = 'SUSPENDED',
}

// A user's role is the access vocabulary every layer shares, so it lives in shared/.
export { Role } from '../../shared/roles.js';
