import type { EntityManager } from '@mikro-orm/postgresql';
import { appendEvents, type NewEvent } from './event-log.js';
import type { EventKind } from './event.enums.js';
import type { EventSubject, PayloadOf, SubjectOf } from './event-payloads.js';
import { jobAudience, offerAudience, partnerAudience, partnerKey, technicianAudience } from '../access/audience.js';
import { JobStatus } from '../job/job.enums.js';
import { OfferStatus } from '../dispatch/offer.enums.js';

/** When a change happens and who makes it (null: the system, e.g. a deadline). */
export interface ChangeOrigin {
  at: Date;
  actorId: string | null;
}

/**
 * One state change's events. Helpers record what happened with `emit(kind, subject, data)`: the
 * payload is typed by kind (event-payloads.ts) and the audience follows from the subject by the
 * access policy (access/audience.ts), so no helper stamps keys or passes arrays of events around.
 */
export class Change {
  readonly at: Date;
  readonly actorId: string | null;
  private readonly events: NewEvent[] = [];
  /** Events about a job that has open offers: their partners read it too, looked up once the change is written. */
  private readonly offered: NewEvent[] = [];

  constructor(origin: ChangeOrigin) {
    this.at = origin.at;
    this.actorId = origin.actorId;
  }

  emit<K extends EventKind>(kind: K, subject: SubjectOf<K>, data: PayloadOf<K>, options: { actorId?: string | null } = {}): void {
    const event = { kind, at: this.at, actorId: options.actorId === undefined ? this.actorId : options.actorId, data, ...about(subject as EventSubject) };
    this.events.push(event);
    if ('job' in subject && !('offer' in subject) && subject.job.status === JobStatus.OFFERED) this.offered.push(event);
  }

  /** Writes the events (last in the transaction, after the entities) and wakes every server instance at commit. */
  async append(tx: EntityManager): Promise<void> {
    const open = this.offered.length > 0 ? await openOffersOf(tx, this.offered) : [];
    await appendEvents(tx, this.settle(open));
  }

  /**
   * The events as they are written, given the open offers of the jobs concerned (read by `append`;
   * the seed, which writes its past in bulk, knows them): an event about an offered job also goes to
   * the partners holding its open offers.
   */
  settle(open: readonly OpenOffer[]): NewEvent[] {
    for (const event of this.offered) {
      const keys = open.filter((row) => row.job_id === event.jobId).map((row) => partnerKey(row.partner_id));
      event.audience = [...new Set([...event.audience, ...keys])];
    }
    return this.events;
  }
}

/** A pending offer: the job and the partner it is made to. */
export interface OpenOffer {
  job_id: string;
  partner_id: string;
}

const OPEN_OFFERS_SQL = `select job_id, partner_id from job_offer where job_id = any(?::uuid[]) and status = '${OfferStatus.PENDING}'`;

/** The pending offers of the jobs the events are about. */
function openOffersOf(tx: EntityManager, events: readonly NewEvent[]): Promise<OpenOffer[]> {
  const jobIds = [...new Set(events.map((event) => event.jobId as string))];
  return tx.execute<OpenOffer[]>(OPEN_OFFERS_SQL, [`{${jobIds.join(',')}}`]);
}

/** The event's columns and audience from what it is about. */
function about(subject: EventSubject): Omit<NewEvent, 'kind' | 'at' | 'actorId' | 'data'> {
  if ('finding' in subject) {
    const { finding } = subject;
    return {
      manufacturerId: finding.manufacturer.id,
      partnerId: finding.partner.id,
      jobId: finding.job?.id ?? null,
      audience: partnerAudience(finding.manufacturer.id, finding.partner.id),
    };
  }
  if ('claim' in subject) {
    const { claim } = subject;
    return { manufacturerId: claim.manufacturer.id, partnerId: claim.partner.id, audience: partnerAudience(claim.manufacturer.id, claim.partner.id) };
  }
  if ('technician' in subject) {
    const { technician } = subject;
    return {
      manufacturerId: subject.manufacturerId,
      partnerId: technician.organizationId,
      audience: technicianAudience(technician.organizationId, technician.id),
    };
  }
  if (!('job' in subject)) {
    return {
      manufacturerId: subject.manufacturerId,
      partnerId: subject.partnerId ?? null,
      audience: partnerAudience(subject.manufacturerId, subject.partnerId),
    };
  }
  const { job } = subject;
  const base = { manufacturerId: job.manufacturer.id, jobId: job.id };
  if ('offer' in subject) {
    const { offer } = subject;
    return { ...base, offerId: offer.id, partnerId: offer.partner.id, audience: offerAudience(job, offer.partner.id) };
  }
  const partsRequestId = 'partsRequest' in subject ? subject.partsRequest.id : null;
  return { ...base, partsRequestId, partnerId: job.assignedPartner?.id ?? null, audience: jobAudience(job) };
}

/**
 * Every state change: one transaction that also appends its events. The work mutates entities and
 * emits events; the entities are flushed first and the events appended last, so the event log's
 * lock is held only for the final insert and the commit.
 */
export async function changeState<T>(em: EntityManager, origin: ChangeOrigin, work: (tx: EntityManager, change: Change) => Promise<T>): Promise<T> {
  return em.transactional(async (tx) => {
    const change = new Change(origin);
    const result = await work(tx, change);
    await tx.flush();
    await change.append(tx);
    return result;
  });
}
