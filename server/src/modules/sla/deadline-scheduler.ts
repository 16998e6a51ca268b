import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { Orm } from '../../db/orm.js';
import type { Clock } from '../../shared/clock.js';
import { changeState } from '../events/change.js';
import { ServiceJob } from '../job/service-job.entity.js';
import { JobOffer } from '../dispatch/job-offer.entity.js';
import { OfferStatus } from '../dispatch/offer.enums.js';
import { afterOfferClosed } from '../dispatch/dispatch.service.js';
import { EventKind } from '../events/event.enums.js';
import { Organization } from '../network/organization.entity.js';
import { OrgKind } from '../network/network.enums.js';
import { evaluatePartnerStatuses } from '../scorecard/partner-status.service.js';
import { planMaintenance } from '../maintenance/maintenance-planner.js';
import { AWAITING_RESOLUTION, AWAITING_RESPONSE, breachedDeadline, type SlaClock } from './sla-clock.js';

const BATCH = 200;

export interface TickResult {
  offersExpired: number;
  responseBreaches: number;
  resolutionBreaches: number;
  maintenancePlanned: number;
  loanersOverdue: number;
}

/** A pass the server hands in (it lives in a module that depends on this one): how many it fired. */
export type DuePass = (orm: Orm, now: Date) => Promise<number>;

/** What one pass did and how long it took; `result` is null when the pass failed. */
export interface TickReport {
  result: TickResult | null;
  seconds: number;
}

/**
 * Fires what falls due on the clock: expired offers (and the automatic redispatch that follows),
 * SLA breaches of the response and resolution clocks, preventive maintenance coming due, overdue loaners. Every instance runs one; each deadline is
 * handled in a transaction that locks its job and re-checks the state, so with any number of
 * instances each fires exactly once.
 */
export class DeadlineScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<TickResult> | null = null;
  private statusTimer: NodeJS.Timeout | null = null;
  private readonly tickListeners: ((report: TickReport) => void)[] = [];

  constructor(
    private readonly orm: Orm,
    private readonly clock: Clock,
    private readonly log: Logger,
    /** Loaners past their return-by date (parts/loaners.ts sweepOverdueLoaners). */
    private readonly overdueLoaners: DuePass = async () => 0,
  ) {}

  start(intervalMs: number, statusEveryMs: number): void {
    if (intervalMs > 0) {
      this.timer = setInterval(() => void this.tick().catch((error: unknown) => this.log.error({ err: error }, 'deadline tick failed')), intervalMs);
      this.timer.unref();
    }
    if (statusEveryMs > 0) {
      this.statusTimer = setInterval(
        () => void this.evaluateStatuses().catch((error: unknown) => this.log.error({ err: error }, 'status evaluation failed')),
        statusEveryMs,
      );
      this.statusTimer.unref();
    }
  }

  /** Every manufacturer's thresholds applied to its partners (also on demand: evaluatePartnerStatuses). */
  async evaluateStatuses(): Promise<number> {
    const em = this.orm.em.fork() as EntityManager;
    let changes = 0;
    for (const manufacturer of await em.find(Organization, { kind: OrgKind.MANUFACTURER })) {
      changes += (await evaluatePartnerStatuses(em, manufacturer.id, this.clock.now(), null)).length;
    }
    if (changes > 0) this.log.info({ changes }, 'partner statuses changed');
    return changes;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    if (this.statusTimer) clearInterval(this.statusTimer);
    this.timer = null;
    this.statusTimer = null;
    await this.running?.catch(() => undefined);
  }

  /** Told after every pass, whether the timer or a test started it (metrics count ticks this way). */
  onTick(listener: (report: TickReport) => void): void {
    this.tickListeners.push(listener);
  }

  /** One pass over everything due now. Tests call it after moving the clock. */
  tick(): Promise<TickResult> {
    this.running ??= this.reported(() => this.pass()).finally(() => (this.running = null));
    return this.running;
  }

  private async reported(pass: () => Promise<TickResult>): Promise<TickResult> {
    const started = performance.now();
    const report = (result: TickResult | null) => {
      for (const listener of this.tickListeners) listener({ result, seconds: (performance.now() - started) / 1000 });
    };
    try {
      const result = await pass();
      report(result);
      return result;
    } catch (error) {
      report(null);
      throw error;
    }
  }

  private async pass(): Promise<TickResult> {
    const now = this.clock.now();
    const em = this.orm.em.fork() as EntityManager;
    const result: TickResult = { offersExpired: 0, responseBreaches: 0, resolutionBreaches: 0, maintenancePlanned: 0, loanersOverdue: 0 };

    const dueOffers = await em.find(JobOffer, { status: OfferStatus.PENDING, expiresAt: { $lte: now } }, { orderBy: { expiresAt: 'asc' }, limit: BATCH });
    for (const offer of dueOffers) if (await this.expireOffer(offer.id, offer.job.id, now)) result.offersExpired++;

    const lateResponse = await em.find(
      ServiceJob,
      { status: { $in: AWAITING_RESPONSE }, responseDueAt: { $lte: now }, responseBreachedAt: null },
      { fields: ['id'], limit: BATCH },
    );
    for (const { id } of lateResponse) if (await this.breach(id, 'RESPONSE', now)) result.responseBreaches++;

    const lateResolution = await em.find(
      ServiceJob,
      { status: { $in: AWAITING_RESOLUTION }, resolutionDueAt: { $lte: now }, resolutionBreachedAt: null, resolutionPausedAt: null },
      { fields: ['id'], limit: BATCH },
    );
    for (const { id } of lateResolution) if (await this.breach(id, 'RESOLUTION', now)) result.resolutionBreaches++;

    result.maintenancePlanned = await planMaintenance(em, now);
    result.loanersOverdue = await this.overdueLoaners(this.orm, now);

    if (Object.values(result).some((count) => count > 0)) this.log.info(result, 'deadlines fired');
    return result;
  }

  private async expireOffer(offerId: string, jobId: string, now: Date): Promise<boolean> {
    return changeState(this.orm.em.fork() as EntityManager, { at: now, actorId: null }, async (tx, change) => {
      const job = await tx.findOneOrFail(ServiceJob, jobId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      const offer = await tx.findOneOrFail(JobOffer, offerId, { refresh: true });
      // Another instance, or the partner's accept, got here first.
      if (offer.status !== OfferStatus.PENDING || offer.expiresAt > now) return false;
      offer.status = OfferStatus.EXPIRED;
      offer.respondedAt = now;
      // Told before what follows from it (the next automatic offer); the job's move is known once that is settled.
      const expired = {
        from: OfferStatus.PENDING,
        to: OfferStatus.EXPIRED,
        job: null as Awaited<ReturnType<typeof afterOfferClosed>>,
        automatic: offer.automatic,
      };
      change.emit(EventKind.OFFER_EXPIRED, { job, offer }, expired);
      expired.job = await afterOfferClosed(tx, change, job, offer);
      return true;
    });
  }

  private async breach(jobId: string, clock: SlaClock, now: Date): Promise<boolean> {
    return changeState(this.orm.em.fork() as EntityManager, { at: now, actorId: null }, async (tx, change) => {
      const job = await tx.findOneOrFail(ServiceJob, jobId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      // Another instance got here first, or the job moved on since the query.
      const due = breachedDeadline(job, clock, now);
      if (!due) return false;
      if (clock === 'RESPONSE') job.responseBreachedAt = now;
      else job.resolutionBreachedAt = now;
      change.emit(EventKind.SLA_BREACHED, { job }, { clock, dueAt: due.toISOString(), status: job.status });
      return true;
    });
  }
}
