import { InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * The portal's normalized cache. Lists are stored once per filter (their key arguments), so the
 * live module (live/apply-event.ts) can keep every stored list right as events arrive, and a
 * list's next page (`after`) is appended to what is shown. Plain module: it runs in Node too.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          jobs: relayStylePagination(['filter']),
          offers: relayStylePagination(['status']),
          outbox: relayStylePagination(['status']),
          partsRequests: { keyArgs: ['status'] },
        },
      },
      // An event's cursor is its identity; a job's history is its events in order.
      ServiceEvent: { keyFields: ['cursor'] },
      // Objects without an id of their own are kept inside their parent.
      PartnerScorecard: { keyFields: false },
      DispatchCandidate: { keyFields: false },
      JobCharges: { keyFields: false },
      JobStatusMove: { keyFields: false },
      OfferStatusMove: { keyFields: false },
      PartsRequestStatusMove: { keyFields: false },
      Certification: { keyFields: ['id'] },
      // An item's id is unique within its standard only ("function-test" is in several): kept inside the standard.
      ChecklistItem: { keyFields: false },
      // One per kind of mail: the viewer's own choices.
      NotificationPreference: { keyFields: ['kind'] },
    },
  });
}
