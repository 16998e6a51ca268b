import type { NewEvent } from '../events/event-log.js';
import { EventKind } from '../events/event.enums.js';
import { partnerAudience } from '../access/audience.js';

/** Admin changes are history too: who changed what in the network, before → after. */
export function networkChanged(
  manufacturerId: string,
  actorId: string,
  at: Date,
  what: { entity: string; id: string; change: string; before?: unknown; after?: unknown },
  partnerId?: string,
): NewEvent {
  return {
    kind: EventKind.NETWORK_CHANGED,
    at,
    manufacturerId,
    partnerId: partnerId ?? null,
    actorId,
    audience: partnerAudience(manufacturerId, partnerId),
    data: what,
  };
}
