import type { Change } from '../events/change.js';
import { EventKind } from '../events/event.enums.js';
import type { PayloadOf } from '../events/event-payloads.js';

/** Admin changes are history too: who changed what in the network, before → after. */
export function networkChanged(change: Change, manufacturerId: string, what: PayloadOf<EventKind.NETWORK_CHANGED>, partnerId?: string): void {
  change.emit(EventKind.NETWORK_CHANGED, { manufacturerId, partnerId }, what);
}
