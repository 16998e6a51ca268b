import type { JobStatus } from '../job/job.enums.js';
import type { OfferStatus } from '../dispatch/offer.enums.js';
import { PartsRequestStatus } from '../parts/parts.enums.js';
import { EventKind } from './event.enums.js';
import type { EventRecord } from './event-record.js';
import { storedPhrase, type Phrase } from '../../shared/phrases.js';

/** A status before → after; `from` is null where the thing began with this event. */
export interface Move<S extends string> {
  from: S | null;
  to: S;
}

/**
 * What a screen needs of an event beyond the things it is about: how the job, the offer and the
 * parts request moved, and the step's particulars. Read from the stored payload by kind: the
 * payload says `from`/`to` of what the kind is about (the job for JOB_* steps, the offer for
 * OFFER_*, the request for PARTS_*), and the job's move under `job` where that is a side effect.
 */
export interface EventDetails {
  jobMove: Move<JobStatus> | null;
  offerMove: Move<OfferStatus> | null;
  partsMove: Move<PartsRequestStatus> | null;
  reason: string | null;
  slaClock: string | null;
  missing: string[] | null;
  /** `missing` as codes with parameters. */
  missingCodes: Phrase[] | null;
  /** `reason` as a code with parameters, where the server wrote it (a status decision); null where a person typed it. */
  reasonCode: Phrase | null;
  trackingCode: string | null;
  rating: number | null;
  /** PARTNER_REGISTERED, PARTNER_APPROVED: the partner invitation it is about. */
  invitationId: string | null;
}

/** Kinds whose top-level from/to is the job's own move. */
const MOVES_THE_JOB = new Set<EventKind>([
  EventKind.JOB_CREATED,
  EventKind.JOB_SCHEDULED,
  EventKind.JOB_STARTED,
  EventKind.JOB_COMPLETED,
  EventKind.JOB_CLOSED,
  EventKind.JOB_REOPENED,
  EventKind.JOB_CANCELLED,
  EventKind.PARTS_REQUESTED,
  EventKind.OFFER_ACCEPTED,
]);
const ABOUT_AN_OFFER = new Set<EventKind>([EventKind.JOB_OFFERED, EventKind.OFFER_DECLINED, EventKind.OFFER_EXPIRED, EventKind.OFFER_WITHDRAWN]);
const ABOUT_PARTS = new Set<EventKind>([EventKind.PARTS_DECIDED, EventKind.PARTS_SHIPPED, EventKind.PARTS_RECEIVED]);
const ABOUT_AN_INVITATION = new Set<EventKind>([EventKind.PARTNER_REGISTERED, EventKind.PARTNER_APPROVED]);

export function eventDetails(event: Pick<EventRecord, 'kind' | 'data'>): EventDetails {
  const { kind, data } = event;
  const top = moveIn(data);
  return {
    jobMove: (MOVES_THE_JOB.has(kind) ? top : moveIn(data.job)) as Move<JobStatus> | null,
    offerMove: (kind === EventKind.OFFER_ACCEPTED ? moveIn(data.offer) : ABOUT_AN_OFFER.has(kind) ? top : null) as Move<OfferStatus> | null,
    partsMove: (kind === EventKind.PARTS_REQUESTED
      ? { from: null, to: PartsRequestStatus.REQUESTED }
      : ABOUT_PARTS.has(kind)
        ? top
        : null) as Move<PartsRequestStatus> | null,
    reason: text(data.reason),
    slaClock: text(data.clock),
    missing: Array.isArray(data.missing) ? data.missing.map((item: { label?: unknown }) => String(item?.label ?? item)) : null,
    missingCodes: Array.isArray(data.missing)
      ? data.missing.map((item: { label?: unknown }) => storedPhrase(item, typeof item === 'string' ? item : String(item?.label ?? '')) as Phrase)
      : null,
    reasonCode: storedPhrase(data.reasonCode),
    trackingCode: text(data.trackingCode),
    rating: typeof data.rating === 'number' ? data.rating : null,
    invitationId: ABOUT_AN_INVITATION.has(kind) ? text(data.invitationId) : null,
  };
}

function moveIn(value: unknown): Move<string> | null {
  if (typeof value !== 'object' || value === null) return null;
  const { from, to } = value as { from?: unknown; to?: unknown };
  if (typeof to !== 'string') return null;
  return { from: typeof from === 'string' ? from : null, to };
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
