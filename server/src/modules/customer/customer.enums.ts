/** A customer's request as the dispatcher triages it: NEW waits for them; TRIAGED became a job or was handled otherwise. */
export enum ServiceRequestStatus {
  NEW = 'NEW',
  TRIAGED = 'TRIAGED',
}

/** Where the job stands, in the customer's words (no offers, no partners' dealings). */
export enum CustomerJobStatus {
  /** Received, being reviewed: a request not yet a job, or a job not yet with a service partner. */
  RECEIVED = 'RECEIVED',
  /** A service partner has the job and will propose an appointment. */
  PLANNING = 'PLANNING',
  SCHEDULED = 'SCHEDULED',
  IN_PROGRESS = 'IN_PROGRESS',
  WAITING_FOR_PARTS = 'WAITING_FOR_PARTS',
  DONE = 'DONE',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}

/** A step of the job's timeline the customer is told of. */
export enum CustomerStepKind {
  RECEIVED = 'RECEIVED',
  PARTNER_ASSIGNED = 'PARTNER_ASSIGNED',
  APPOINTMENT_SET = 'APPOINTMENT_SET',
  WORK_STARTED = 'WORK_STARTED',
  WAITING_FOR_PARTS = 'WAITING_FOR_PARTS',
  PARTS_ARRIVED = 'PARTS_ARRIVED',
  WORK_DONE = 'WORK_DONE',
  CLOSED = 'CLOSED',
  REOPENED = 'REOPENED',
  CANCELLED = 'CANCELLED',
  FEEDBACK_RECEIVED = 'FEEDBACK_RECEIVED',
}
