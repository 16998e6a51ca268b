import type { EventKind } from './event.enums.js';
import type { Coverage, JobStatus, JobType } from '../job/job.enums.js';
import type { OfferStatus } from '../dispatch/offer.enums.js';
import type { PartsRequestStatus } from '../parts/parts.enums.js';
import type { PartnerStatus } from '../network/network.enums.js';
import type { JobParties } from '../access/policy.js';

/**
 * What each kind of event is about (its subject, which decides who may read it) and the payload it
 * stores. The stored shape is the one event-details.ts reads back (and older rows in the log have),
 * so a change here is a change to the log's format.
 */
/** A status before → after (event-details.ts reads it back as a `Move`). */
interface Transition<S extends string> {
  from: S;
  to: S;
}
type JobMove = Transition<JobStatus>;
type OfferMove = Transition<OfferStatus>;
type PartsMove = Transition<PartsRequestStatus>;

/** A loaner line of a parts request and the date it was due back (ISO). */
interface LoanerLine {
  lineId: string;
  sku: string;
  returnBy: string;
}
/** A quote for paid work as its events carry it: enough for a screen and the customer's mail. */
interface QuoteFacts {
  quoteId: string;
  number: string;
  state: string;
  currency: string;
  net: string;
  gross: string;
  validUntil: string;
}
/**
 * A step of a return authorization (about a partner in one network: its staff and the partner's
 * admins read it, never a technician, so it names no job). ReturnState/InspectionResult as text.
 */
interface ReturnStep {
  returnId: string;
  number: string;
  claimId: string;
  /** Null once the claim's lines were replaced. */
  claimLineId: string | null;
  from: string | null;
  to: string;
}
/** A job as an event's subject. */
export interface JobSubject {
  job: JobParties & { id: string; status: JobStatus };
}
/** An offer of the job (its partner reads it; other partners never do). */
export interface OfferSubject extends JobSubject {
  offer: { id: string; partner: { id: string } };
}
export interface PartsSubject extends JobSubject {
  partsRequest: { id: string };
}
export interface FindingSubject {
  finding: { id: string; manufacturer: { id: string }; partner: { id: string }; job?: { id: string } | null };
}
/** A partner within one manufacturer's network (or, without a partner, the network itself). */
export interface NetworkSubject {
  manufacturerId: string;
  partnerId?: string | null;
}
/**
 * A technician's time (working hours, absences): only their own organization and they themselves
 * read it, never a manufacturer's staff. `manufacturerId` files it in the log (a network the
 * partner serves); it grants nothing.
 */
export interface TechnicianSubject {
  manufacturerId: string;
  technician: { id: string; organizationId: string };
}
/**
 * A warranty claim: the network's staff and the claiming partner's admins read it, never a
 * technician (so the event names no job row: a technician reads a job's history with its partner's key).
 */
export interface ClaimSubject {
  claim: { id: string; manufacturer: { id: string }; partner: { id: string } };
}
export type EventSubject = JobSubject | OfferSubject | PartsSubject | FindingSubject | NetworkSubject | TechnicianSubject | ClaimSubject;

/** A claim's state (billing/claim.enums.ts ClaimState; spelt out, as the billing module reaches this one through jobs). */
type ClaimState = 'DRAFT' | 'SUBMITTED' | 'SENT_BACK' | 'APPROVED' | 'PARTIALLY_APPROVED' | 'REJECTED' | 'PAID';
/** A claim's step: which claim (and job), its state before → after. Money as stored text per currency. */
interface ClaimStep extends Transition<ClaimState> {
  claimId: string;
  number: string;
  jobId: string;
}
interface MoneyData {
  amount: string;
  currency: string;
}

interface About<S extends EventSubject, D> {
  subject: S;
  data: D;
}

export interface EventTypes {
  [EventKind.JOB_CREATED]: About<JobSubject, { to: JobStatus; type: JobType; coverage: Coverage; origin: string; parentId: string | null }>;
  [EventKind.JOB_OFFERED]: About<OfferSubject, { to: OfferStatus; expiresAt: string; automatic: boolean; job: JobMove | null }>;
  [EventKind.OFFER_ACCEPTED]: About<OfferSubject, JobMove & { offer: OfferMove }>;
  [EventKind.OFFER_DECLINED]: About<OfferSubject, OfferMove & { reason: string; reasonCode?: string; job: JobMove | null }>;
  [EventKind.OFFER_EXPIRED]: About<OfferSubject, OfferMove & { job: JobMove | null; automatic: boolean }>;
  [EventKind.OFFER_WITHDRAWN]: About<OfferSubject, OfferMove>;
  [EventKind.JOB_SCHEDULED]: About<JobSubject, JobMove & { appointmentAt: string; appointmentMinutes: number; technicianId: string | null }>;
  [EventKind.JOB_STARTED]: About<JobSubject, JobMove>;
  [EventKind.PARTS_REQUESTED]: About<PartsSubject, JobMove & { lines: { sku: string; quantity: number; loaner?: boolean | null }[] }>;
  [EventKind.PARTS_DECIDED]: About<
    PartsSubject,
    PartsMove & {
      note: string | null;
      lines: { sku: string; quantity: number; approvedQuantity: number | null }[];
      job: JobMove | null;
      resolutionClockResumedAfterMinutes: number | null;
    }
  >;
  [EventKind.PARTS_SHIPPED]: About<PartsSubject, PartsMove & { trackingCode: string | null; resolutionClockResumedAfterMinutes: number | null }>;
  [EventKind.PARTS_RECEIVED]: About<PartsSubject, PartsMove & { job: JobMove | null }>;
  [EventKind.QUALITY_GATE_FAILED]: About<
    JobSubject,
    { missing: { kind: string; id: string; label: string; code?: string; params?: Record<string, string | number> }[] }
  >;
  [EventKind.PRICE_REFUSED]: About<JobSubject, { violations: string[]; violationCodes?: { code: string; params: Record<string, string | number> }[] }>;
  [EventKind.JOB_COMPLETED]: About<JobSubject, JobMove & { failureCode: string | null }>;
  [EventKind.JOB_CLOSED]: About<JobSubject, JobMove>;
  [EventKind.JOB_REOPENED]: About<JobSubject, JobMove & { reason: string }>;
  [EventKind.JOB_CANCELLED]: About<JobSubject, JobMove & { reason: string }>;
  [EventKind.SLA_BREACHED]: About<JobSubject, { clock: 'RESPONSE' | 'RESOLUTION'; dueAt: string; status: JobStatus }>;
  [EventKind.SURVEY_SUBMITTED]: About<JobSubject, { rating: number; comment: string | null }>;
  [EventKind.PARTNER_STATUS_CHANGED]: About<
    NetworkSubject,
    // reasonCode: where the server decided (status.*); a person's reason is typed text only.
    { from: PartnerStatus; to: PartnerStatus; reason: string; reasonCode?: { code: string; params: Record<string, string | number> }; score: number | null }
  >;
  [EventKind.FINDING_RECORDED]: About<FindingSubject, { findingId: string; severity: string; dueAt: string; reasonCode?: string }>;
  [EventKind.FINDING_ACKNOWLEDGED]: About<FindingSubject, { findingId: string }>;
  [EventKind.FINDING_ACTION_REPORTED]: About<FindingSubject, { findingId: string; late: boolean }>;
  [EventKind.NETWORK_CHANGED]: About<NetworkSubject | TechnicianSubject, { entity: string; id: string; change: string; before?: unknown; after?: unknown }>;
  [EventKind.JOB_SPLIT]: About<JobSubject, { children: string[] }>;
  [EventKind.LOANER_RETURNED]: About<PartsSubject, LoanerLine & { trackingCode: string | null }>;
  [EventKind.LOANER_OVERDUE]: About<PartsSubject, LoanerLine>;
  [EventKind.CLAIM_SUBMITTED]: About<ClaimSubject, ClaimStep & { claimed: MoneyData[]; reviewDueAt: string; answer: string | null }>;
  [EventKind.CLAIM_SENT_BACK]: About<ClaimSubject, ClaimStep & { question: string }>;
  [EventKind.CLAIM_REVIEWED]: About<
    ClaimSubject,
    ClaimStep & { approved: MoneyData[]; lines: { lineId: string; decision: string; approvedAmount: string; reasonCode: string | null }[] }
  >;
  [EventKind.CLAIM_PAID]: About<ClaimSubject, ClaimStep & { paymentBatchId: string; reference: string }>;
  // joined: an organization already serving another network, not a new one.
  [EventKind.PARTNER_REGISTERED]: About<NetworkSubject, { invitationId: string; partnerId: string; firmName: string; joined: boolean; registeredAt: string }>;
  [EventKind.PARTNER_APPROVED]: About<
    NetworkSubject,
    { invitationId: string; partnerId: string; status: PartnerStatus; regions: string[]; capacity: number; decidedAt: string }
  >;
  [EventKind.QUOTE_SENT]: About<JobSubject, QuoteFacts & { superseded: string[] }>;
  [EventKind.QUOTE_ACCEPTED]: About<JobSubject, QuoteFacts>;
  [EventKind.QUOTE_DECLINED]: About<JobSubject, QuoteFacts & { reason: string | null }>;
  [EventKind.RETURN_REQUESTED]: About<NetworkSubject, ReturnStep & { returnBy: string; note: string | null }>;
  [EventKind.RETURN_SHIPPED]: About<NetworkSubject, ReturnStep & { trackingCode: string }>;
  [EventKind.RETURN_RECEIVED]: About<NetworkSubject, ReturnStep>;
  [EventKind.RETURN_INSPECTED]: About<
    NetworkSubject,
    ReturnStep & { result: string; note: string | null; lineRejected: boolean; claimState: { from: string; to: string } | null }
  >;
}

export type SubjectOf<K extends EventKind> = EventTypes[K]['subject'];
export type PayloadOf<K extends EventKind> = EventTypes[K]['data'];
