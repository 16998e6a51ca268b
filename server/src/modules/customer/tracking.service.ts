import type { EntityManager } from '@mikro-orm/postgresql';
import { CustomerJobStatus, CustomerStepKind } from './customer.enums.js';
import { JobStatus } from '../job/job.enums.js';
import { EventKind } from '../events/event.enums.js';
import { AttachmentKind } from '../files/files.enums.js';
import { notFound } from '../../shared/errors.js';
import type { CustomerQuote } from '../quote/customer-quote.js';

/** What the customer's link shows: their one job (or their request while it is not yet one), in their words. */
export interface CustomerJobView {
  number: string | null;
  status: CustomerJobStatus;
  receivedAt: Date;
  equipment: { serial: string; model: string | null };
  appointmentAt: Date | null;
  technicianFirstName: string | null;
  responsible: { organization: string; name: string | null; email: string | null };
  timeline: { kind: CustomerStepKind; at: Date }[];
  /** A short-lived signed URL of the service report kept for this completion; null until it is made. */
  reportUrl: string | null;
  surveyOpen: boolean;
  surveyAnswered: boolean;
  trackingPath: string;
  quote: CustomerQuote | null;
}

const CUSTOMER_STATUS: Record<JobStatus, CustomerJobStatus> = {
  [JobStatus.NEW]: CustomerJobStatus.RECEIVED,
  [JobStatus.OFFERED]: CustomerJobStatus.RECEIVED,
  [JobStatus.ASSIGNED]: CustomerJobStatus.PLANNING,
  [JobStatus.SCHEDULED]: CustomerJobStatus.SCHEDULED,
  [JobStatus.IN_PROGRESS]: CustomerJobStatus.IN_PROGRESS,
  [JobStatus.AWAITING_PARTS]: CustomerJobStatus.WAITING_FOR_PARTS,
  [JobStatus.COMPLETED]: CustomerJobStatus.DONE,
  [JobStatus.CLOSED]: CustomerJobStatus.CLOSED,
  [JobStatus.CANCELLED]: CustomerJobStatus.CANCELLED,
};

/** The events a customer is told of, and in which words; offers, declines, breaches, parts decisions stay inside. */
const CUSTOMER_STEPS: Partial<Record<EventKind, CustomerStepKind>> = {
  [EventKind.JOB_CREATED]: CustomerStepKind.RECEIVED,
  [EventKind.OFFER_ACCEPTED]: CustomerStepKind.PARTNER_ASSIGNED,
  [EventKind.JOB_SCHEDULED]: CustomerStepKind.APPOINTMENT_SET,
  [EventKind.JOB_STARTED]: CustomerStepKind.WORK_STARTED,
  [EventKind.PARTS_REQUESTED]: CustomerStepKind.WAITING_FOR_PARTS,
  [EventKind.PARTS_RECEIVED]: CustomerStepKind.PARTS_ARRIVED,
  [EventKind.JOB_COMPLETED]: CustomerStepKind.WORK_DONE,
  [EventKind.JOB_CLOSED]: CustomerStepKind.CLOSED,
  [EventKind.JOB_REOPENED]: CustomerStepKind.REOPENED,
  [EventKind.JOB_CANCELLED]: CustomerStepKind.CANCELLED,
  [EventKind.SURVEY_SUBMITTED]: CustomerStepKind.FEEDBACK_RECEIVED,
};

interface JobRow {
  id: string;
  number: string;
  status: JobStatus;
  created_at: Date;
  appointment_at: Date | null;
  serial: string;
  model: string;
  technician_name: string | null;
  organization: string;
  responsible_name: string | null;
  responsible_email: string | null;
  survey_answered: boolean;
  report_id: string | null;
}

/**
 * The job of this customer token, nothing else: the job and what it shows in one statement, its
 * customer-relevant steps in another. The person responsible at the manufacturer is the dispatcher
 * who opened the job, or the one who first dispatched it (a customer's own request has no opener).
 */
const JOB_SQL = `
  select j.id, j.number, j.status, j.created_at, j.appointment_at, u.serial, m.name as model, t.name as technician_name,
    o.name as organization, r.name as responsible_name, r.email as responsible_email,
    exists (select 1 from survey s where s.job_id = j.id) as survey_answered,
    (select a.id from attachment a where a.job_id = j.id and a.kind = '${AttachmentKind.REPORT}' and j.completed_at is not null and a.created_at >= j.completed_at
     and j.status in ('${JobStatus.COMPLETED}', '${JobStatus.CLOSED}') order by a.created_at desc limit 1) as report_id
  from service_job j
  join equipment_unit u on u.id = j.equipment_id
  join product_model m on m.id = u.model_id
  join organization o on o.id = j.manufacturer_id
  left join app_user t on t.id = j.technician_id
  left join app_user r on r.id = coalesce(j.created_by_id,
    (select e.actor_id from service_event e where e.job_id = j.id and e.kind = '${EventKind.JOB_OFFERED}' and e.actor_id is not null order by e.seq limit 1))
  where j.customer_token = ?`;

const REQUEST_SQL = `
  select r.serial, r.created_at, r.status, r.handled_at, o.name as organization
  from service_request r join organization o on o.id = r.manufacturer_id
  where r.token = ? and r.job_id is null`;

/** The report's file URL, signed for the customer (the token stands for the job: whoever holds it may read the report). */
export type SignReport = (attachmentId: string) => string;
/** The job's latest quote as the customer sees it (modules/quote), or null. */
export type QuoteOfJob = (jobId: string) => Promise<CustomerQuote | null>;

export async function trackJob(em: EntityManager, token: string, signReport: SignReport, quoteOf: QuoteOfJob): Promise<CustomerJobView> {
  const trackingPath = `/track/${encodeURIComponent(token)}`;
  const [job] = token ? await em.execute<JobRow[]>(JOB_SQL, [token]) : [];
  if (job) {
    const steps = await em.execute<{ kind: EventKind; at: Date }[]>(
      'select kind, at from service_event where job_id = ? and kind = any(?::event_kind[]) order by seq',
      [job.id, `{${Object.keys(CUSTOMER_STEPS).join(',')}}`],
    );
    return {
      number: job.number,
      status: CUSTOMER_STATUS[job.status],
      receivedAt: new Date(job.created_at),
      equipment: { serial: job.serial, model: job.model },
      appointmentAt:
        job.appointment_at && [JobStatus.SCHEDULED, JobStatus.IN_PROGRESS, JobStatus.AWAITING_PARTS].includes(job.status) ? new Date(job.appointment_at) : null,
      technicianFirstName: job.technician_name?.trim().split(/\s+/)[0] ?? null,
      responsible: { organization: job.organization, name: job.responsible_name, email: job.responsible_email },
      timeline: steps.map((step) => ({ kind: CUSTOMER_STEPS[step.kind]!, at: new Date(step.at) })),
      // The report of this completion (a reopened job's old one is not shown), signed like any attachment.
      reportUrl: job.report_id ? signReport(job.report_id) : null,
      surveyOpen: job.status === JobStatus.CLOSED && !job.survey_answered,
      surveyAnswered: job.survey_answered,
      trackingPath,
      quote: await quoteOf(job.id),
    };
  }
  const [request] = token
    ? await em.execute<{ serial: string; created_at: Date; status: string; handled_at: Date | null; organization: string }[]>(REQUEST_SQL, [token])
    : [];
  if (!request) throw notFound('Tracking link');
  // A request the dispatcher handled without a job (a duplicate, answered by phone) is closed.
  const handled = request.handled_at ? new Date(request.handled_at) : null;
  return {
    number: null,
    status: handled ? CustomerJobStatus.CLOSED : CustomerJobStatus.RECEIVED,
    receivedAt: new Date(request.created_at),
    equipment: { serial: request.serial, model: null },
    appointmentAt: null,
    technicianFirstName: null,
    responsible: { organization: request.organization, name: null, email: null },
    timeline: [{ kind: CustomerStepKind.RECEIVED, at: new Date(request.created_at) }, ...(handled ? [{ kind: CustomerStepKind.CLOSED, at: handled }] : [])],
    reportUrl: null,
    surveyOpen: false,
    surveyAnswered: false,
    trackingPath,
    quote: null,
  };
}
