import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceJob } from '../modules/job/service-job.entity.js';
import { JobType } from '../modules/job/job.enums.js';
import { registerJob } from '../modules/job/job-registration.js';
import { assertStep, canTake, takeStep } from '../modules/job/job-transitions.js';
import { isPaidWork, takeReopen, withdrawOffers } from '../modules/job/job.service.js';
import { recordReport } from '../modules/job/completion.service.js';
import type { JobOffer } from '../modules/dispatch/job-offer.entity.js';
import { OfferStatus } from '../modules/dispatch/offer.enums.js';
import { handOverResolution, makeOffer } from '../modules/dispatch/dispatch.service.js';
import { PartsRequest, PartsRequestLine } from '../modules/parts/parts-request.entity.js';
import { PartsRequestStatus, SETTLED_PARTS_STATUSES } from '../modules/parts/parts.enums.js';
import { lendLoaners } from '../modules/parts/loan-period.js';
import { DEFAULT_LOAN_DAYS } from '../config.js';
import { pauseResolution, resumeResolution } from '../modules/sla/sla-clock.js';
import { missingForCompletion, priceRefusal, priceViolations, type CompletionReport } from '../modules/quality/quality-gate.js';
import { DEFAULT_APPOINTMENT_MINUTES, type QualityStandard } from '../modules/quality/quality-standard.entity.js';
import type { ReasonCode } from '../modules/reason/reason-code.entity.js';
import { Survey } from '../modules/survey/survey.entity.js';
import type { EquipmentUnit } from '../modules/catalog/equipment-unit.entity.js';
import type { Part } from '../modules/catalog/part.entity.js';
import type { Organization } from '../modules/network/organization.entity.js';
import type { User } from '../modules/network/user.entity.js';
import { PartnerStatus } from '../modules/network/network.enums.js';
import { Capability, assertMayOnJob, type JobCapability } from '../modules/access/policy.js';
import { Change } from '../modules/events/change.js';
import { appendEvents, type NewEvent } from '../modules/events/event-log.js';
import { EventKind } from '../modules/events/event.enums.js';
import type { Clock } from '../shared/clock.js';
import type { Viewer } from '../shared/viewer.js';
import { money } from '../shared/money.js';
import type { HistorySteps } from './history-steps.js';
import { attachSeedEvidence, type SeedEvidence } from './evidence.js';
import { clockCalendar, type StoredCalendar } from '../modules/calendar/sla-time.js';
import type { Quote } from '../modules/quote/quote.entity.js';
import { QuoteState } from '../modules/quote/quote.enums.js';
import { priceLines, priceListOf, type QuoteLineData } from '../modules/quote/quote-pricing.js';
import { DEFAULT_CLAIM_SETTINGS } from '../config.js';
import { assertQuotable, recordAnswer, recordQuote } from '../modules/quote/quote-record.js';
import { quoteViolation, type AcceptedQuote } from '../modules/job/quote-gate.js';
import { chargedRate } from '../modules/billing/charges.js';
import { ClaimLineKind } from '../shared/claim-line-kind.js';
import { AppError, ErrorCode } from '../shared/errors.js';
import { Dec, MoneyTotals } from '../shared/money.js';

/** What the past's steps read that the seed has loaded once. */
export interface WrittenFacts {
  partners: Map<string, Organization>;
  users: Map<string, User>;
  standards: Map<string, QualityStandard>;
  /** By `<manufacturer id>:<sku>`. */
  parts: Map<string, Part>;
  /** The jobs a partner holds now (the dispatch desk follows them). */
  loadOf: (partnerId: string) => number;
  /** The seed's stored images, which completed jobs' attachments point at. */
  evidence: SeedEvidence;
  /** The organizations' business calendars, by organization id. */
  calendars: Map<string, StoredCalendar>;
  /** The manufacturers' DECLINE reason codes, by `<manufacturer id>:<code>`. */
  reasonCodes: Map<string, ReasonCode>;
}

/** Events are written at most 2,000 rows per statement, so no statement grows without bound. */
const EVENTS_PER_INSERT = 2_000;

/**
 * The past, written rather than played: each step does to the entities in memory what its service
 * does, with the same rules (the job's state table, registration, the offer, the policy's checks,
 * the quality gate and price rules, the SLA pause) and the same events (a `Change` per step), and
 * `write` stores it all with one flush and a few inserts. Nothing is read back between steps, so
 * the weeks before the recent days cost a few statements instead of thousands.
 */
export class WrittenSteps implements HistorySteps {
  private events: NewEvent[] = [];
  private readonly offersOf = new Map<string, JobOffer[]>();
  private readonly requestsOf = new Map<string, PartsRequest[]>();
  private readonly linesOf = new Map<PartsRequest, PartsRequestLine[]>();
  private readonly bySurveyToken = new Map<string, ServiceJob>();
  private readonly quotesOf = new Map<string, Quote[]>();
  /** Each quote's travel lines' sum, which a completion charges as quoted. */
  private readonly travelOf = new Map<Quote, MoneyTotals>();

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly facts: WrittenFacts,
  ) {}

  /** Stores every job, offer, request, survey and event of the steps taken so far. */
  async write(): Promise<void> {
    await this.em.flush();
    for (let i = 0; i < this.events.length; i += EVENTS_PER_INSERT) await appendEvents(this.em, this.events.slice(i, i + EVENTS_PER_INSERT));
    this.events = [];
  }

  async createJob(by: Viewer, unit: EquipmentUnit, type: JobType, description: string): Promise<ServiceJob> {
    return this.step(by, async (change) => {
      const job = await registerJob(this.em, change, { unit: { id: unit.id }, type, description, createdBy: by.userId });
      if (!job) throw new Error(`The seed's unit ${unit.serial} is missing`);
      this.offersOf.set(job.id, []);
      this.requestsOf.set(job.id, []);
      return job;
    });
  }

  async cancelJob(by: Viewer, job: ServiceJob, reason: string): Promise<ServiceJob> {
    return this.onJob(by, job, Capability.JOB_CANCEL, (change) => {
      const move = takeStep(job, 'cancel');
      job.cancelReason = reason;
      withdrawOffers(change, job, this.pending(job), change.actorId);
      change.emit(EventKind.JOB_CANCELLED, { job }, { ...move, reason });
      return job;
    });
  }

  async offerJob(by: Viewer, job: ServiceJob, partnerIds: string[], expiresInMinutes: number): Promise<JobOffer[]> {
    return this.onJob(by, job, Capability.JOB_DISPATCH, (change) => {
      const move = takeStep(job, 'offer');
      const offers = partnerIds.map((partnerId, i) =>
        makeOffer(this.em, change, job, this.facts.partners.get(partnerId)!, expiresInMinutes, false, i === 0 ? move : null),
      );
      this.offersOf.get(job.id)!.push(...offers);
      return offers;
    });
  }

  async declineOffer(by: Viewer, offer: JobOffer, reason: string, code: string): Promise<void> {
    const job = offer.job;
    await this.onOffer(by, offer, (change) => {
      offer.status = OfferStatus.DECLINED;
      offer.declineReason = reason;
      offer.declineCode = this.facts.reasonCodes.get(`${job.manufacturer.id}:${code}`)!;
      offer.respondedAt = change.at;
      const declined = { from: OfferStatus.PENDING, to: OfferStatus.DECLINED, reason, reasonCode: code, job: null as ReturnType<typeof takeStep> | null };
      change.emit(EventKind.OFFER_DECLINED, { job, offer }, declined);
      // The last open offer declined: back to dispatch (the seed makes no automatic offers).
      if (canTake(job.status, 'redispatch') && this.pending(job).length === 0) declined.job = takeStep(job, 'redispatch');
    });
  }

  async acceptOffer(by: Viewer, offer: JobOffer): Promise<ServiceJob | null> {
    const job = offer.job;
    const partner = this.facts.partners.get(offer.partner.id)!;
    if (partner.status === PartnerStatus.SUSPENDED || this.facts.loadOf(partner.id) >= partner.capacity || !canTake(job.status, 'accept')) return null;
    return this.onOffer(by, offer, (change) => {
      const move = takeStep(job, 'accept');
      offer.status = OfferStatus.ACCEPTED;
      offer.respondedAt = change.at;
      job.assignedPartner = partner;
      job.acceptedAt = change.at;
      handOverResolution(job, this.calendarOf(job.manufacturer.id), this.calendarOf(partner.id), change.at);
      withdrawOffers(change, job, this.pending(job), null);
      change.emit(EventKind.OFFER_ACCEPTED, { job, offer }, { ...move, offer: { from: OfferStatus.PENDING, to: OfferStatus.ACCEPTED } });
      return job;
    });
  }

  async scheduleJob(by: Viewer, job: ServiceJob, appointmentAt: Date, technicianId: string): Promise<ServiceJob> {
    return this.onJob(by, job, Capability.JOB_SCHEDULE, (change) => {
      const technician = this.facts.users.get(technicianId)!;
      if (technician.organization.id !== job.assignedPartner?.id) throw new Error('The seed sends a technician of another partner');
      job.technician = technician;
      const move = takeStep(job, 'schedule');
      const appointmentMinutes = job.qualityStandard ? this.facts.standards.get(job.qualityStandard.id)!.appointmentMinutes : DEFAULT_APPOINTMENT_MINUTES;
      job.appointmentAt = appointmentAt;
      job.appointmentMinutes = appointmentMinutes;
      change.emit(EventKind.JOB_SCHEDULED, { job }, { ...move, appointmentAt: appointmentAt.toISOString(), appointmentMinutes, technicianId });
      return job;
    });
  }

  async startJob(by: Viewer, job: ServiceJob): Promise<void> {
    await this.onJob(by, job, Capability.JOB_WORK, (change) => {
      const move = takeStep(job, 'start');
      job.startedAt ??= change.at;
      change.emit(EventKind.JOB_STARTED, { job }, move);
    });
  }

  async requestParts(by: Viewer, job: ServiceJob, lines: { sku: string; quantity: number; loaner: boolean }[]): Promise<PartsRequest> {
    return this.onJob(by, job, Capability.PARTS_REQUEST, (change) => {
      const move = takeStep(job, 'requestParts');
      if (isPaidWork(job) && !this.acceptedOf(job)) throw new AppError(ErrorCode.INVALID_TRANSITION, 'Paid work needs an accepted quote');
      const merged = new Map<string, number>();
      // As the service merges: a repeated SKU keeps its first line's loaner flag.
      const loaner = new Map<string, boolean>();
      for (const line of lines) {
        merged.set(line.sku, (merged.get(line.sku) ?? 0) + line.quantity);
        if (!loaner.has(line.sku)) loaner.set(line.sku, line.loaner);
      }
      pauseResolution(job, change.at);
      const request = this.em.create(PartsRequest, { job, requestedBy: by.userId, createdAt: change.at });
      const created = [...merged].map(([sku, quantity]) =>
        this.em.create(PartsRequestLine, { request, part: this.facts.parts.get(`${job.manufacturer.id}:${sku}`)!, quantity, loaner: loaner.get(sku)! }),
      );
      this.linesOf.set(request, created);
      this.requestsOf.get(job.id)!.push(request);
      change.emit(
        EventKind.PARTS_REQUESTED,
        { job, partsRequest: request },
        { ...move, lines: [...merged].map(([sku, quantity]) => ({ sku, quantity, loaner: loaner.get(sku)! })) },
      );
      return request;
    });
  }

  async decideParts(by: Viewer, request: PartsRequest, approve: boolean): Promise<PartsRequestStatus> {
    const job = request.job;
    return this.onJob(by, job, Capability.PARTS_DECIDE, (change) => {
      const lines = this.linesOf.get(request)!;
      for (const line of lines) line.approvedQuantity = approve ? line.quantity : 0;
      request.status = approve ? PartsRequestStatus.APPROVED : PartsRequestStatus.REJECTED;
      request.decidedAt = change.at;
      request.decisionNote = null;
      const jobMove = this.resumeJobIfSettled(job, request);
      const resumed = request.status === PartsRequestStatus.REJECTED ? this.resumeResolutionIfClear(job, request, change.at) : null;
      change.emit(
        EventKind.PARTS_DECIDED,
        { job, partsRequest: request },
        {
          from: PartsRequestStatus.REQUESTED,
          to: request.status,
          note: null,
          lines: lines.map((line) => ({ sku: line.part.sku, quantity: line.quantity, approvedQuantity: line.approvedQuantity ?? null })),
          job: jobMove,
          resolutionClockResumedAfterMinutes: resumed,
        },
      );
      return request.status;
    });
  }

  async shipParts(by: Viewer, request: PartsRequest, trackingCode: string): Promise<void> {
    const job = request.job;
    await this.onJob(by, job, Capability.PARTS_SHIP, (change) => {
      const from = request.status;
      request.status = PartsRequestStatus.SHIPPED;
      request.shippedAt = change.at;
      request.trackingCode = trackingCode;
      lendLoaners(this.linesOf.get(request)!, change.at, DEFAULT_LOAN_DAYS);
      const resumed = this.resumeResolutionIfClear(job, request, change.at);
      change.emit(
        EventKind.PARTS_SHIPPED,
        { job, partsRequest: request },
        { from, to: request.status, trackingCode, resolutionClockResumedAfterMinutes: resumed },
      );
    });
  }

  async receiveParts(by: Viewer, request: PartsRequest): Promise<void> {
    const job = request.job;
    await this.onJob(by, job, Capability.PARTS_RECEIVE, (change) => {
      request.status = PartsRequestStatus.RECEIVED;
      request.receivedAt = change.at;
      const jobMove = this.resumeJobIfSettled(job, request);
      change.emit(EventKind.PARTS_RECEIVED, { job, partsRequest: request }, { from: PartsRequestStatus.SHIPPED, to: request.status, job: jobMove });
    });
  }

  async sendQuote(by: Viewer, job: ServiceJob, lines: QuoteLineData[]): Promise<Quote> {
    return this.onJob(by, job, Capability.QUOTE_SEND, (change) => {
      const earlier = this.quotesOf.get(job.id) ?? [];
      assertQuotable(job, earlier);
      const standard = job.qualityStandard ? this.facts.standards.get(job.qualityStandard.id)! : null;
      const named = new Set(lines.map((line) => line.partId));
      const parts = [...this.facts.parts.values()].filter((part) => named.has(part.id) && part.manufacturer.id === job.manufacturer.id);
      const prices = priceListOf(this.facts.partners.get(job.assignedPartner!.id)!, standard, parts, DEFAULT_CLAIM_SETTINGS.travelCeiling);
      const priced = priceLines(lines, prices);
      const country = this.calendarOf(job.manufacturer.id)?.spec.holidays?.country ?? null;
      const quote = recordQuote(this.em, change, job, earlier, { lines: priced, currency: prices.currency, country, validDays: 14, sentBy: by.userId });
      this.quotesOf.set(job.id, [...earlier, quote]);
      this.travelOf.set(quote, new MoneyTotals().add(...priced.filter((line) => line.kind === ClaimLineKind.TRAVEL).map((line) => line.amount)));
      return quote;
    });
  }

  async answerQuote(quote: Quote, accept: boolean, reason: string | null): Promise<void> {
    await this.step(null, (change) => recordAnswer(change, quote.job, quote, accept, reason), quote.job);
  }

  /** As job/quote-gate.ts: the job's accepted quote, null for none. */
  private acceptedOf(job: ServiceJob): AcceptedQuote | null {
    const quote = (this.quotesOf.get(job.id) ?? []).find((q) => q.state === QuoteState.ACCEPTED);
    if (!quote) return null;
    const [travel = money(0, quote.currency)] = this.travelOf.get(quote)!.list([quote.currency]);
    return { number: quote.number, net: money(quote.net, quote.currency), travel };
  }

  async returnLoaners(by: Viewer, request: PartsRequest): Promise<void> {
    const job = request.job;
    const out = this.linesOf
      .get(request)!
      .filter((line) => line.loanerReturnBy && !line.loanerReturnedAt)
      .sort((a, b) => (a.part.sku < b.part.sku ? -1 : 1));
    for (const line of out) {
      await this.onJob(by, job, Capability.LOANER_RETURN, (change) => {
        line.loanerReturnedAt = change.at;
        change.emit(
          EventKind.LOANER_RETURNED,
          { job, partsRequest: request },
          { lineId: line.id, sku: line.part.sku, returnBy: line.loanerReturnBy!.toISOString(), trackingCode: null },
        );
      });
    }
  }

  /** The quality gate and, for paid work, the price rules: a refusal is history (its event is written) and answers null. */
  async attachEvidence(by: Viewer, job: ServiceJob) {
    return attachSeedEvidence(this.em, this.facts.evidence, job, by.userId, this.clock.now());
  }

  async completeJob(by: Viewer, job: ServiceJob, report: CompletionReport & { photoIds: string[]; signatureId: string }): Promise<ServiceJob | null> {
    return this.onJob(by, job, Capability.JOB_WORK, (change) => {
      assertStep(job.status, 'complete');
      // As the service: paid work completes only on an accepted quote (refused before anything is recorded).
      const quote = isPaidWork(job) ? this.acceptedOf(job) : null;
      if (isPaidWork(job) && !quote) return null;
      const standard = job.qualityStandard ? this.facts.standards.get(job.qualityStandard.id)! : null;
      // The seed's evidence is of this job and taken after it started (attachEvidence), as evidenceFor would count it.
      const missing = missingForCompletion(standard, report, { photos: report.photoIds.length, signature: true });
      if (missing.length > 0) {
        change.emit(EventKind.QUALITY_GATE_FAILED, { job }, { missing });
        return null;
      }
      if (isPaidWork(job)) {
        const partner = this.facts.partners.get(job.assignedPartner!.id)!;
        const violations = priceViolations(standard, report.laborMinutes ?? 0, partner.laborRate ? money(partner.laborRate, partner.currency) : null);
        if (violations.length > 0) {
          change.emit(EventKind.PRICE_REFUSED, { job }, priceRefusal(violations));
          return null;
        }
        const rate = chargedRate(money(partner.laborRate ?? 0, partner.currency), standard ? money(standard.laborRateCeiling, standard.currency) : null);
        const above = quote ? quoteViolation(quote, rate, this.shippedParts(job), report.laborMinutes ?? 0) : null;
        if (above) {
          change.emit(EventKind.PRICE_REFUSED, { job }, priceRefusal([above]));
          return null;
        }
      }
      const move = takeStep(job, 'complete');
      recordReport(job, report, change.at);
      // The maintenance plan counts from the last visit (the unit is loaded: the seed walks its own units).
      if (job.type === JobType.MAINTENANCE) job.equipment.lastMaintenanceAt = change.at;
      change.emit(EventKind.JOB_COMPLETED, { job }, { ...move, failureCode: job.failureCode ?? null });
      return job;
    });
  }

  async closeJob(by: Viewer, job: ServiceJob): Promise<ServiceJob> {
    return this.onJob(by, job, Capability.JOB_CLOSE, (change) => {
      const move = takeStep(job, 'close');
      job.closedAt = change.at;
      // The customer's link (and survey) token was made with the job.
      this.bySurveyToken.set(job.customerToken, job);
      change.emit(EventKind.JOB_CLOSED, { job }, move);
      return job;
    });
  }

  async reopenJob(by: Viewer, job: ServiceJob, reason: string): Promise<ServiceJob> {
    return this.onJob(by, job, Capability.JOB_REOPEN, (change) => takeReopen(change, job, reason));
  }

  async submitSurvey(token: string, rating: number, comment: string | null): Promise<void> {
    const job = this.bySurveyToken.get(token)!;
    await this.step(null, (change) => {
      this.em.create(Survey, { job, rating, comment, submittedAt: change.at });
      change.emit(EventKind.SURVEY_SUBMITTED, { job }, { rating, comment });
    });
  }

  /** One state change at the clock's time: its events are kept for `write`, their audience settled now. */
  private async step<T>(by: Viewer | null, work: (change: Change) => T | Promise<T>, job?: ServiceJob): Promise<T> {
    const change = new Change({ at: this.clock.now(), actorId: by?.userId ?? null });
    const result = await work(change);
    const open = job ? this.pending(job).map((offer) => ({ job_id: job.id, partner_id: offer.partner.id })) : [];
    this.events.push(...change.settle(open));
    return result;
  }

  /** A step on a job, by someone the access policy lets take it. */
  private onJob<T>(by: Viewer, job: ServiceJob, capability: JobCapability, work: (change: Change) => T): Promise<T> {
    assertMayOnJob(by, capability, job);
    return this.step(by, work, job);
  }

  /** An answer to an offer, by the partner it was made to, while it is open. */
  private onOffer<T>(by: Viewer, offer: JobOffer, work: (change: Change) => T): Promise<T> {
    assertMayOnJob(by, Capability.OFFER_ANSWER, offer.job, offer.partner.id === by.orgId);
    if (offer.status !== OfferStatus.PENDING || offer.expiresAt <= this.clock.now()) throw new Error('The seed answers a closed offer');
    return this.step(by, work, offer.job);
  }

  private pending(job: ServiceJob): JobOffer[] {
    return (this.offersOf.get(job.id) ?? []).filter((offer) => offer.status === OfferStatus.PENDING);
  }

  /** As parts.service: once no request of the job is outstanding, a job waiting for parts goes back to work. */
  private resumeJobIfSettled(job: ServiceJob, settled: PartsRequest): ReturnType<typeof takeStep> | null {
    if (!SETTLED_PARTS_STATUSES.includes(settled.status) || !canTake(job.status, 'partsSettled')) return null;
    const outstanding = this.requestsOf.get(job.id)!.filter((r) => r !== settled && !SETTLED_PARTS_STATUSES.includes(r.status));
    return outstanding.length === 0 ? takeStep(job, 'partsSettled') : null;
  }

  /** As resolution-pause.ts: the clock runs again once nothing waits on the manufacturer. */
  private resumeResolutionIfClear(job: ServiceJob, settled: PartsRequest, now: Date): number | null {
    if (!job.resolutionPausedAt) return null;
    const waiting = [PartsRequestStatus.REQUESTED, PartsRequestStatus.APPROVED, PartsRequestStatus.PARTIALLY_APPROVED];
    if (this.requestsOf.get(job.id)!.some((r) => r !== settled && waiting.includes(r.status))) return null;
    const holder = job.assignedPartner ? this.calendarOf(job.assignedPartner.id) : null;
    return resumeResolution(job, now, clockCalendar(job.slaTime, holder, this.calendarOf(job.manufacturer.id)));
  }

  /** As quote-gate.ts's SQL: the parts the manufacturer shipped for the job, at list price, per currency. */
  private shippedParts(job: ServiceJob) {
    const totals = new MoneyTotals();
    for (const request of this.requestsOf.get(job.id) ?? []) {
      if (request.status !== PartsRequestStatus.SHIPPED && request.status !== PartsRequestStatus.RECEIVED) continue;
      for (const line of this.linesOf.get(request)!) totals.add(money(new Dec(line.part.listPrice).times(line.approvedQuantity ?? 0), line.part.currency));
    }
    return totals.list();
  }

  private calendarOf(organizationId: string): StoredCalendar | null {
    return this.facts.calendars.get(organizationId) ?? null;
  }
}
