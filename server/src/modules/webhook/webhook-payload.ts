import { eventDetails } from '../events/event-details.js';
import { encodeEventCursor, type EventRecord } from '../events/event-record.js';

/**
 * The body of a delivery, in the Standard Webhooks shape `{ type, timestamp, data }`. `data` is
 * what every subscriber of the event's audience sees of it as a ServiceEvent: its ids and the
 * typed details (event-details.ts). The job, offer and parts request themselves are not embedded:
 * how much of them an organization sees depends on the viewer (visibility.ts), and a receiver
 * reads them through the API by id. The stored, untyped `data` is left out as the API deprecates it.
 */
export interface WebhookPayload {
  type: string;
  timestamp: string;
  data: Record<string, unknown>;
}

export function webhookPayload(event: EventRecord): WebhookPayload {
  const details = eventDetails(event);
  return {
    type: event.kind,
    timestamp: event.at.toISOString(),
    data: {
      cursor: encodeEventCursor(event.seq),
      kind: event.kind,
      at: event.at.toISOString(),
      jobId: event.jobId,
      offerId: event.offerId,
      partsRequestId: event.partsRequestId,
      partnerId: event.partnerId,
      actorId: event.actorId,
      ...details,
    },
  };
}
