import type { EntityManager } from '@mikro-orm/postgresql';
import { cancelJob, closeJob, createJob, reopenJob, scheduleJob, startJob } from '../modules/job/job.service.js';
import { completeJob } from '../modules/job/completion.service.js';
import { acceptOffer, declineOffer, offerJob } from '../modules/dispatch/dispatch.service.js';
import { DEFAULT_LOAN_DAYS } from '../config.js';
import { decidePartsRequest, receivePartsRequest, requestParts, shipPartsRequest } from '../modules/parts/parts.service.js';
import { returnLoaner } from '../modules/parts/loaners.js';
import { PartsRequestLine } from '../modules/parts/parts-request.entity.js';
import { submitSurvey } from '../modules/survey/survey.service.js';
import { answerQuoteById, sendQuote } from '../modules/quote/quote.service.js';
import type { QuoteLineData } from '../modules/quote/quote-pricing.js';
import { DEFAULT_CLAIM_SETTINGS } from '../config.js';
import { AppError } from '../shared/errors.js';
import type { Clock } from '../shared/clock.js';
import type { Scope } from '../shared/scope.js';
import type { Viewer } from '../shared/viewer.js';
import type { HistorySteps } from './history-steps.js';
import { attachSeedEvidence, type SeedEvidence } from './evidence.js';

/**
 * The recent history, played through the domain services: every rule checked and every event
 * written as the live system would. The services' transactions join the seed's one transaction
 * (seed.ts), so a step the rules refuse throws before it writes anything.
 */
export class PlayedSteps implements HistorySteps {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly evidence: SeedEvidence,
  ) {}

  private as(viewer: Viewer): Scope {
    return { em: this.em, viewer, clock: this.clock };
  }

  createJob(by: Viewer, unit: { serial: string }, type: Parameters<HistorySteps['createJob']>[2], description: string) {
    // Each job starts with an empty identity map, so every flush looks at this job's rows only.
    this.em.clear();
    return createJob(this.as(by), { serial: unit.serial, type, description });
  }

  cancelJob(by: Viewer, job: { id: string }, reason: string) {
    return cancelJob(this.as(by), job.id, reason);
  }

  offerJob(by: Viewer, job: { id: string }, partnerIds: string[], expiresInMinutes: number) {
    return offerJob(this.as(by), job.id, partnerIds, expiresInMinutes);
  }

  async declineOffer(by: Viewer, offer: { id: string }, reason: string, code: string) {
    await declineOffer(this.as(by), offer.id, reason, code);
  }

  acceptOffer(by: Viewer, offer: { id: string }) {
    return this.attempt(() => acceptOffer(this.as(by), offer.id));
  }

  scheduleJob(by: Viewer, job: { id: string }, appointmentAt: Date, technicianId: string) {
    return scheduleJob(this.as(by), job.id, { appointmentAt, technicianId });
  }

  async startJob(by: Viewer, job: { id: string }) {
    await startJob(this.as(by), job.id);
  }

  requestParts(by: Viewer, job: { id: string }, lines: { sku: string; quantity: number; loaner: boolean }[]) {
    return requestParts(this.as(by), { jobId: job.id, lines });
  }

  async decideParts(by: Viewer, request: { id: string }, approve: boolean) {
    return (await decidePartsRequest(this.as(by), { id: request.id, approve })).status;
  }

  async shipParts(by: Viewer, request: { id: string }, trackingCode: string) {
    await shipPartsRequest(this.as(by), request.id, trackingCode, DEFAULT_LOAN_DAYS);
  }

  async receiveParts(by: Viewer, request: { id: string }) {
    await receivePartsRequest(this.as(by), request.id);
  }

  sendQuote(by: Viewer, job: { id: string }, lines: QuoteLineData[]) {
    return sendQuote(this.as(by), { jobId: job.id, lines, validDays: 14 }, DEFAULT_CLAIM_SETTINGS.travelCeiling);
  }

  async answerQuote(quote: { id: string }, accept: boolean, reason: string | null) {
    await answerQuoteById(this.em, this.clock, quote.id, accept, reason);
  }

  async returnLoaners(by: Viewer, request: { id: string }) {
    const out = await this.em.find(
      PartsRequestLine,
      { request: request.id, loanerReturnBy: { $ne: null }, loanerReturnedAt: null },
      { orderBy: { part: { sku: 'asc' } } },
    );
    for (const line of out) await returnLoaner(this.as(by), line.id);
  }

  async attachEvidence(by: Viewer, job: { id: string; number: string }) {
    const ids = attachSeedEvidence(this.em, this.evidence, job, by.userId, this.clock.now());
    // The gate reads the attachments from the database.
    await this.em.flush();
    return ids;
  }

  completeJob(by: Viewer, job: { id: string }, report: Parameters<HistorySteps['completeJob']>[2]) {
    return this.attempt(() => completeJob(this.as(by), { jobId: job.id, ...report }));
  }

  closeJob(by: Viewer, job: { id: string }) {
    return closeJob(this.as(by), job.id);
  }

  reopenJob(by: Viewer, job: { id: string }, reason: string) {
    return reopenJob(this.as(by), job.id, reason);
  }

  async submitSurvey(token: string, rating: number, comment: string | null) {
    await submitSurvey(this.em, this.clock, token, rating, comment);
  }

  /**
   * A domain refusal (capacity, gate) answers null; anything else is a bug in the seed. The step ran
   * without a savepoint of its own (seed.ts) and was refused before it wrote; what it loaded or
   * changed in memory is dropped, so no later flush writes it.
   */
  private async attempt<T>(step: () => Promise<T>): Promise<T | null> {
    try {
      return await step();
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      this.em.clear();
      return null;
    }
  }
}
