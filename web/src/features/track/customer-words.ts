import type { CustomerJobStatus, CustomerStepKind } from '../../gql/graphql';

/** Where the job stands, said to the customer. */
export const STATUS_WORDS: Record<CustomerJobStatus, { title: string; detail: string }> = {
  RECEIVED: { title: 'Received', detail: 'We have your request and are reviewing it.' },
  PLANNING: { title: 'Technician being arranged', detail: 'A service partner has taken the job and will agree a visit with you.' },
  SCHEDULED: { title: 'Visit scheduled', detail: 'A technician will come at the time below.' },
  IN_PROGRESS: { title: 'Work in progress', detail: 'The technician is working on your unit.' },
  WAITING_FOR_PARTS: { title: 'Waiting for parts', detail: 'Parts are on their way; the work goes on when they arrive.' },
  DONE: { title: 'Work done', detail: 'The work is finished; we are checking the report.' },
  CLOSED: { title: 'Closed', detail: 'This service is complete.' },
  CANCELLED: { title: 'Cancelled', detail: 'This service was cancelled. Contact us if that is not what you expected.' },
};

export const STEP_WORDS: Record<CustomerStepKind, string> = {
  RECEIVED: 'Request received',
  PARTNER_ASSIGNED: 'Service partner assigned',
  APPOINTMENT_SET: 'Visit scheduled',
  WORK_STARTED: 'Work started',
  WAITING_FOR_PARTS: 'Waiting for parts',
  PARTS_ARRIVED: 'Parts arrived',
  WORK_DONE: 'Work done',
  CLOSED: 'Closed',
  REOPENED: 'Reopened for more work',
  CANCELLED: 'Cancelled',
  FEEDBACK_RECEIVED: 'Your rating received',
};

export const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
