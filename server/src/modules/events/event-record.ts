import type { EventKind } from './event.enums.js';

/** An event as read from the log and pushed to subscribers. */
export interface EventRecord {
  seq: number;
  kind: EventKind;
  at: Date;
  manufacturerId: string;
  jobId: string | null;
  offerId: string | null;
  partsRequestId: string | null;
  partnerId: string | null;
  actorId: string | null;
  audience: string[];
  data: Record<string, unknown>;
}

const PREFIX = 'ev1:';

/** Cursors are opaque to clients: a versioned, base64url-encoded sequence number. */
export const encodeEventCursor = (seq: number): string => Buffer.from(`${PREFIX}${seq}`).toString('base64url');

/** Null when the string is not a cursor this server issued. */
export function decodeEventCursor(cursor: string): number | null {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(PREFIX)) return null;
  const seq = Number(text.slice(PREFIX.length));
  return Number.isSafeInteger(seq) && seq >= 0 ? seq : null;
}

export const EVENT_COLUMNS = 'seq, kind, at, manufacturer_id, job_id, offer_id, parts_request_id, partner_id, actor_id, audience, data';

export interface EventRow {
  seq: string | number;
  kind: EventKind;
  at: Date | string;
  manufacturer_id: string;
  job_id: string | null;
  offer_id: string | null;
  parts_request_id: string | null;
  partner_id: string | null;
  actor_id: string | null;
  audience: string[];
  data: Record<string, unknown> | string;
}

export function toEventRecord(row: EventRow): EventRecord {
  return {
    seq: Number(row.seq),
    kind: row.kind,
    at: row.at instanceof Date ? row.at : new Date(row.at),
    manufacturerId: row.manufacturer_id,
    jobId: row.job_id,
    offerId: row.offer_id,
    partsRequestId: row.parts_request_id,
    partnerId: row.partner_id,
    actorId: row.actor_id,
    audience: row.audience,
    data: typeof row.data === 'string' ? (JSON.parse(row.data) as Record<string, unknown>) : row.data,
  };
}
