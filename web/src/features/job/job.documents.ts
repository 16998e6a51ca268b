import { graphql } from '../../gql';

/** The case file's facts that change as the job moves; live events carry them (live/live.documents.ts). */
export const CASE_FILE_STATUS = graphql(`
  fragment CaseFileStatus_job on ServiceJob {
    ...JobCard_job
    description version appointmentAt completedAt closedAt resolution failureCode laborMinutes reopenCount cancelReason surveyToken
    maintenanceDueAt resolutionPausedMinutes responseBreachedAt resolutionBreachedAt
    technician { id name }
    viewerCan { offer autoDispatch accept decline schedule assignTechnician start requestParts complete close reopen cancel }
  }
`);

/** An offer as the case file lists it. */
export const CASE_FILE_OFFER = graphql(`
  fragment CaseFileOffer_offer on JobOffer { id status expiresAt declineReason declineCode { id label } automatic createdAt partner { id name } }
`);

export const CASE_FILE = graphql(`
  query CaseFile($id: ID!) {
    job(id: $id) {
      ...CaseFileStatus_job
      ...QuoteCard_job
      customerLinkToken
      equipment { id serial siteAddress region underWarranty warrantyEndsOn model { id name productLine { id name strategy } } customer { id name phone email } }
      parent { id number }
      children { id number status }
      qualityStandard { responseMinutes resolutionMinutes minPhotos requiresSignature requiredReportFields instructions checklist { id label } }
      attachments { ...Attachments_attachment }
      offers { ...CaseFileOffer_offer }
      partsRequests { ...PartsRequestCard_request }
      charges { partsAmount { amount currency } laborAmount { amount currency } total { amount currency } payer }
      events { ...History_event }
    }
  }
`);

export const CANDIDATES = graphql(`
  query Candidates($jobId: ID!) {
    dispatchCandidates(jobId: $jobId) { eligible autoEligible score distanceKm reasons reasonCodes { code params text } partner { id name kind status regions } }
  }
`);

export const OFFER = graphql(`
  mutation OfferJob($jobId: ID!, $partnerIds: [ID!]!, $expiresInMinutes: Int) {
    offerJob(jobId: $jobId, partnerIds: $partnerIds, expiresInMinutes: $expiresInMinutes) { id status partner { id } }
  }
`);

export const AUTO_DISPATCH = graphql(`
  mutation AutoDispatch($jobId: ID!) { autoDispatch(jobId: $jobId) { id partner { id name } } }
`);

export const ACCEPT = graphql(`
  mutation AcceptOffer($offerId: ID!) { acceptOffer(offerId: $offerId) { id status assignedPartner { id name } } }
`);

export const DECLINE = graphql(`
  mutation DeclineOffer($offerId: ID!, $reason: String!, $reasonCode: String) {
    declineOffer(offerId: $offerId, reason: $reason, reasonCode: $reasonCode) { id status declineReason declineCode { id label } }
  }
`);

export const COLLEAGUES = graphql(`
  query Colleagues { colleagues { id name role } }
`);

export const SCHEDULE = graphql(`
  mutation ScheduleJob($jobId: ID!, $appointmentAt: DateTime!, $technicianId: ID) {
    scheduleJob(jobId: $jobId, appointmentAt: $appointmentAt, technicianId: $technicianId) { id status appointmentAt technician { id name } }
  }
`);

export const START = graphql(`
  mutation StartJob($jobId: ID!) { startJob(jobId: $jobId) { id status } }
`);

export const COMPLETE = graphql(`
  mutation CompleteJob($input: CompleteJobInput!) { completeJob(input: $input) { id status attachments { ...Attachments_attachment } } }
`);

export const CLOSE = graphql(`
  mutation CloseJob($jobId: ID!) { closeJob(jobId: $jobId) { id status surveyToken } }
`);

export const REOPEN = graphql(`
  mutation ReopenJob($jobId: ID!, $reason: String!) { reopenJob(jobId: $jobId, reason: $reason) { id status } }
`);

export const CANCEL = graphql(`
  mutation CancelJob($jobId: ID!, $reason: String!) { cancelJob(jobId: $jobId, reason: $reason) { id status } }
`);

export const PARTS_CATALOGUE = graphql(`
  query PartsCatalogue($search: String, $modelId: ID) { parts(search: $search, modelId: $modelId) { id sku name listPrice { amount currency } } }
`);

export const REQUEST_PARTS = graphql(`
  mutation RequestParts($input: RequestPartsInput!) { requestParts(input: $input) { id status } }
`);

export const DECIDE_PARTS = graphql(`
  mutation DecideParts($input: DecidePartsRequestInput!) { decidePartsRequest(input: $input) { id status lines { id approvedQuantity } } }
`);

export const SHIP_PARTS = graphql(`
  mutation ShipParts($id: ID!, $trackingCode: String) { shipPartsRequest(id: $id, trackingCode: $trackingCode) { id status trackingCode } }
`);

export const RETURN_LOANER = graphql(`
  mutation ReturnLoaner($lineId: ID!, $trackingCode: String) {
    returnLoaner(lineId: $lineId, trackingCode: $trackingCode) { id lines { id loanerReturnedAt loanerReturnTrackingCode loanerOverdue } }
  }
`);

export const RECEIVE_PARTS = graphql(`
  mutation ReceiveParts($id: ID!) { receivePartsRequest(id: $id) { id status job { id status } } }
`);
