import { graphql } from '../gql';

/**
 * What a live event carries: its history line, and through `job`, `offer` and `partsRequest`
 * (resolved by the server with this viewer's visibility when it is delivered), and `claim` for a
 * claim's step, every fragment a
 * screen renders them with, so that any list can take the thing in without a read. A list whose
 * rows select more than this would be left incomplete by an event, and Apollo would read it again.
 */
export const LIVE_EVENT = graphql(`
  fragment LiveEvent on ServiceEvent {
    ...History_event
    jobId
    invitationId
    job { ...CaseFileStatus_job ...MyJobs_job ...Schedule_job ...QuoteCard_job }
    offer { ...CaseFileOffer_offer ...InboxOffer_offer job { id } }
    partsRequest { ...PartsRequestCard_request }
    claim { ...ClaimPage_claim }
    returnAuthorization { ...ReturnRow_return }
  }
`);

export const LIVE = graphql(`
  subscription Live($after: String) {
    serviceEvents(after: $after) { ...LiveEvent }
  }
`);

/** How far behind the last cursor a session coming back is (counted up to a limit, see live-events.tsx). */
export const MISSED = graphql(`
  query MissedEvents($after: String!) { missedEventCount(after: $after) }
`);
