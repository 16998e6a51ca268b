export enum JobType {
  INSTALLATION = 'INSTALLATION',
  MAINTENANCE = 'MAINTENANCE',
  REPAIR = 'REPAIR',
  INSPECTION = 'INSPECTION',
  TRAINING = 'TRAINING',
  DELIVERY = 'DELIVERY',
}

export enum JobStatus {
  NEW = 'NEW',
  OFFERED = 'OFFERED',
  ASSIGNED = 'ASSIGNED',
  SCHEDULED = 'SCHEDULED',
  IN_PROGRESS = 'IN_PROGRESS',
  AWAITING_PARTS = 'AWAITING_PARTS',
  COMPLETED = 'COMPLETED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}

export enum Coverage {
  WARRANTY = 'WARRANTY',
  POST_WARRANTY = 'POST_WARRANTY',
  CONTRACT = 'CONTRACT',
}

/** Who opened the case file: the manufacturer's staff (a call, the maintenance plan, a split) or the customer through /request. */
export enum JobSource {
  STAFF = 'STAFF',
  CUSTOMER_REQUEST = 'CUSTOMER_REQUEST',
}
