import type { EquipmentUnit } from '../modules/catalog/equipment-unit.entity.js';
import type { ServiceJob } from '../modules/job/service-job.entity.js';
import type { JobType } from '../modules/job/job.enums.js';
import type { JobOffer } from '../modules/dispatch/job-offer.entity.js';
import type { PartsRequest } from '../modules/parts/parts-request.entity.js';
import type { PartsRequestStatus } from '../modules/parts/parts.enums.js';
import type { CompletionReport } from '../modules/quality/quality-gate.js';
import type { QuoteLineData } from '../modules/quote/quote-pricing.js';
import type { Viewer } from '../shared/viewer.js';

/**
 * The steps the demo's history is made of, each taken by someone at the seed clock's time. The
 * walk (job-history.ts) is written once against this; two players take the steps: through the
 * services for the recent jobs (played-steps.ts), in memory and written in bulk for the past
 * (written-steps.ts). A step the rules refuse answers null, as the services' refusals end a walk.
 */
export interface HistorySteps {
  createJob(by: Viewer, unit: EquipmentUnit, type: JobType, description: string): Promise<ServiceJob>;
  cancelJob(by: Viewer, job: ServiceJob, reason: string): Promise<ServiceJob>;
  offerJob(by: Viewer, job: ServiceJob, partnerIds: string[], expiresInMinutes: number): Promise<JobOffer[]>;
  /** `code`: one of the manufacturer's DECLINE reason codes. */
  declineOffer(by: Viewer, offer: JobOffer, reason: string, code: string): Promise<void>;
  acceptOffer(by: Viewer, offer: JobOffer): Promise<ServiceJob | null>;
  scheduleJob(by: Viewer, job: ServiceJob, appointmentAt: Date, technicianId: string): Promise<ServiceJob>;
  startJob(by: Viewer, job: ServiceJob): Promise<void>;
  requestParts(by: Viewer, job: ServiceJob, lines: { sku: string; quantity: number; loaner: boolean }[]): Promise<PartsRequest>;
  decideParts(by: Viewer, request: PartsRequest, approve: boolean): Promise<PartsRequestStatus>;
  shipParts(by: Viewer, request: PartsRequest, trackingCode: string): Promise<void>;
  receiveParts(by: Viewer, request: PartsRequest): Promise<void>;
  /** Paid work: the technician quotes the customer, as sendQuote (14 days valid). */
  sendQuote(by: Viewer, job: ServiceJob, lines: QuoteLineData[]): Promise<{ id: string }>;
  /** The customer's answer through the quote's link. */
  answerQuote(quote: { id: string }, accept: boolean, reason: string | null): Promise<void>;
  /** The partner sends back every loaner of the request still out. */
  returnLoaners(by: Viewer, request: PartsRequest): Promise<void>;
  /** The technician's photos and the customer's drawn signature, uploaded before completing. */
  attachEvidence(by: Viewer, job: ServiceJob): Promise<{ photoIds: string[]; signatureId: string }>;
  completeJob(by: Viewer, job: ServiceJob, report: CompletionReport & { photoIds: string[]; signatureId: string }): Promise<ServiceJob | null>;
  closeJob(by: Viewer, job: ServiceJob): Promise<ServiceJob>;
  reopenJob(by: Viewer, job: ServiceJob, reason: string): Promise<ServiceJob>;
  submitSurvey(token: string, rating: number, comment: string | null): Promise<void>;
}
