/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Network {\n    partners { id slug name kind status regions capacity latitude longitude serviceRadiusKm certifications { id productLineName jobTypes expiresAt valid } }\n    productLines {\n      id name strategy maintenanceIntervalMonths\n      models { id name warrantyMonths }\n      standards { id jobType responseMinutes resolutionMinutes minPhotos keepPhotoLocation requiresSignature requiresCertifiedTechnician maxLaborMinutes laborRateCeiling { amount currency } requiredReportFields checklist { id label: labelAsWritten } }\n    }\n  }\n": typeof types.NetworkDocument,
    "\n  mutation UpdatePartner($id: ID!, $changes: PartnerChangesInput!) { updatePartner(id: $id, changes: $changes) { id status capacity regions latitude longitude serviceRadiusKm } }\n": typeof types.UpdatePartnerDocument,
    "\n  mutation CreatePartner($input: PartnerInput!) { createPartner(input: $input) { id } }\n": typeof types.CreatePartnerDocument,
    "\n  query Customers { customers { id name } }\n": typeof types.CustomersDocument,
    "\n  mutation GrantCertification($input: CertificationInput!) { grantCertification(input: $input) { id } }\n": typeof types.GrantCertificationDocument,
    "\n  mutation SetPartPrice($input: PartPriceInput!) { setPartPrice(input: $input) { id sku listPrice { amount currency } } }\n": typeof types.SetPartPriceDocument,
    "\n  mutation CreateUser($input: UserInput!) { createUser(input: $input) { id } }\n": typeof types.CreateUserDocument,
    "\n  mutation SetQualityStandard($input: QualityStandardInput!) { setQualityStandard(input: $input) { id } }\n": typeof types.SetQualityStandardDocument,
    "\n  query ManufacturerTexts {\n    productLines {\n      id name\n      standards {\n        id jobType instructionsAsWritten instructionsTranslations { language text }\n        checklist { id labelAsWritten translations { language text } }\n      }\n    }\n    declineCodes: reasonCodes(kind: DECLINE, includeRetired: true) { ...TextsEditor_code }\n    findingCodes: reasonCodes(kind: FINDING, includeRetired: true) { ...TextsEditor_code }\n  }\n": typeof types.ManufacturerTextsDocument,
    "\n  fragment TextsEditor_code on ReasonCode { id kind code labelAsWritten active translations { language text } }\n": typeof types.TextsEditor_CodeFragmentDoc,
    "\n  mutation SetStandardTexts($input: StandardTextsInput!) {\n    setStandardTexts(input: $input) { id instructionsAsWritten instructionsTranslations { language text } checklist { id label labelAsWritten translations { language text } } }\n  }\n": typeof types.SetStandardTextsDocument,
    "\n  mutation SetReasonCode($input: ReasonCodeInput!) { setReasonCode(input: $input) { ...TextsEditor_code } }\n": typeof types.SetReasonCodeDocument,
    "\n  query Scorecards($from: DateTime!, $to: DateTime!) {\n    partnerScorecards(from: $from, to: $to) {\n      partner { id name kind status }\n      offersReceived offersAccepted acceptanceRate medianMinutesToAccept slaResponseCompliance slaResolutionCompliance\n      jobsCompleted firstTimeFixRate qualityGateFailures priceCompliance partsPerJob meanSatisfaction score claimRejectionRate\n    }\n  }\n": typeof types.ScorecardsDocument,
    "\n  query FailureAnalysis($from: DateTime!, $to: DateTime!) {\n    failureAnalysis(from: $from, to: $to) {\n      model { id name } failureCode jobs repeatRate meanMinutesToRepair lowRatings complaints\n      confirmedFaults { part { id sku } count }\n    }\n  }\n": typeof types.FailureAnalysisDocument,
    "\n  query Findings($partnerId: ID, $overdue: Boolean) {\n    findings(partnerId: $partnerId, overdue: $overdue) {\n      id severity text correctiveActionDueAt createdAt acknowledgedAt actionTaken actionReportedAt overdue\n      partner { id name }\n      job { id number }\n    }\n  }\n": typeof types.FindingsDocument,
    "\n  mutation AcknowledgeFinding($id: ID!) { acknowledgeFinding(id: $id) { id acknowledgedAt } }\n": typeof types.AcknowledgeFindingDocument,
    "\n  mutation ReportCorrectiveAction($id: ID!, $actionTaken: String!) { reportCorrectiveAction(id: $id, actionTaken: $actionTaken) { id actionTaken actionReportedAt } }\n": typeof types.ReportCorrectiveActionDocument,
    "\n  query PartnerScorecard($partnerId: ID!, $from: DateTime!, $to: DateTime!) {\n    partnerScorecard(partnerId: $partnerId, from: $from, to: $to) {\n      card { partner { id name } score acceptanceRate slaResponseCompliance slaResolutionCompliance firstTimeFixRate meanSatisfaction jobsCompleted qualityGateFailures priceCompliance partsPerJob\n        claimRejectionRate claimPerJob { amount currency } networkMedianClaimPerJob { amount currency } medianHoursToSubmit }\n      weeks { from score slaResolutionCompliance meanSatisfaction jobsCompleted }\n      jobsBehind { figure jobs { id number status } }\n    }\n  }\n": typeof types.PartnerScorecardDocument,
    "\n  mutation RecordFinding($input: RecordFindingInput!) { recordFinding(input: $input) { id } }\n": typeof types.RecordFindingDocument,
    "\n  query Statement($partnerId: ID!, $from: DateTime!, $to: DateTime!) {\n    reimbursementStatement(partnerId: $partnerId, from: $from, to: $to) {\n      total { amount currency } approvedTotal { amount currency } paidTotal { amount currency }\n      byState { state count claimed { amount currency } approved { amount currency } }\n      claims { ...ClaimRow_claim }\n    }\n  }\n": typeof types.StatementDocument,
    "\n  query BoardColumn($filter: JobFilter!, $first: Int!, $after: String) {\n    jobs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...JobCard_job } }\n    }\n  }\n": typeof types.BoardColumnDocument,
    "\n  fragment JobCard_job on ServiceJob {\n    id number type status priority coverage source createdAt responseDueAt resolutionDueAt resolutionPausedAt\n    responseClock { mode workingMinutesLeft }\n    resolutionClock { mode workingMinutesLeft }\n    equipment { id serial region model { id name } customer { id name } }\n    assignedPartner { id name }\n  }\n": typeof types.JobCard_JobFragmentDoc,
    "\n  query JobList($filter: JobFilter, $first: Int, $after: String) {\n    jobs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...JobCard_job } }\n    }\n  }\n": typeof types.JobListDocument,
    "\n  query EquipmentBySerial($serial: String!) {\n    equipmentBySerial(serial: $serial) {\n      id serial siteAddress region underWarranty warrantyEndsOn underContract\n      model { id name productLine { id name strategy } }\n      customer { id name phone email }\n    }\n  }\n": typeof types.EquipmentBySerialDocument,
    "\n  mutation CreateJob($input: CreateJobInput!) {\n    createJob(input: $input) { id number coverage priority }\n  }\n": typeof types.CreateJobDocument,
    "\n  fragment BusinessCalendarFields on BusinessCalendar {\n    organizationId organizationName timeZone holidayCountry holidayRegion closedDays version updatedAt\n    hours { day intervals }\n    extraWorkingDays { date intervals }\n  }\n": typeof types.BusinessCalendarFieldsFragmentDoc,
    "\n  query BusinessCalendars { businessCalendars { ...BusinessCalendarFields } }\n": typeof types.BusinessCalendarsDocument,
    "\n  mutation SetBusinessCalendar($calendar: BusinessCalendarInput!) { setBusinessCalendar(calendar: $calendar) { ...BusinessCalendarFields } }\n": typeof types.SetBusinessCalendarDocument,
    "\n  query ClaimEvidence($jobId: ID!) { job(id: $jobId) { id attachments { ...Attachments_attachment } } }\n": typeof types.ClaimEvidenceDocument,
    "\n  fragment ClaimLines_line on ClaimLine {\n    id kind description quantity minutes ownStock partsRequestLineId faultySerial replacementSerial\n    unitPrice { amount currency } amount { amount currency } limit { amount currency }\n    decision approvedAmount { amount currency } decisionReasonCode decisionReason { code params text }\n    part { id sku name }\n    ...ClaimLineReturn_line\n  }\n": typeof types.ClaimLines_LineFragmentDoc,
    "\n  fragment ClaimMessages_message on ClaimMessage { id kind text createdAt author { id name } }\n": typeof types.ClaimMessages_MessageFragmentDoc,
    "\n  fragment ClaimPage_claim on WarrantyClaim {\n    ...ClaimRow_claim\n    paidAt\n    paymentBatch { id reference }\n    job { id number equipment { id model { id } } }\n    lines { ...ClaimLines_line }\n    messages { ...ClaimMessages_message }\n  }\n": typeof types.ClaimPage_ClaimFragmentDoc,
    "\n  fragment ClaimRow_claim on WarrantyClaim {\n    id number state coverage submittedAt reviewDueAt reviewedAt\n    claimed { amount currency } approved { amount currency }\n    partner { id name }\n    job { id number }\n  }\n": typeof types.ClaimRow_ClaimFragmentDoc,
    "\n  query Claims($states: [ClaimState!], $partnerId: ID) {\n    claims(states: $states, partnerId: $partnerId, first: 200) { ...ClaimRow_claim }\n  }\n": typeof types.ClaimsDocument,
    "\n  query Claim($id: ID!) {\n    claim(id: $id) { ...ClaimPage_claim }\n  }\n": typeof types.ClaimDocument,
    "\n  query ClaimLineReasons { reasonCodes(kind: CLAIM_LINE) { id code label } }\n": typeof types.ClaimLineReasonsDocument,
    "\n  query ClaimModelParts($modelId: ID) { parts(modelId: $modelId) { id sku name listPrice { amount currency } } }\n": typeof types.ClaimModelPartsDocument,
    "\n  mutation UpdateClaim($claimId: ID!, $lines: [ClaimLineInput!]!) { updateClaim(claimId: $claimId, lines: $lines) { ...ClaimPage_claim } }\n": typeof types.UpdateClaimDocument,
    "\n  mutation SubmitClaim($claimId: ID!, $answer: String) { submitClaim(claimId: $claimId, answer: $answer) { ...ClaimPage_claim } }\n": typeof types.SubmitClaimDocument,
    "\n  mutation ReviewClaim($claimId: ID!, $lines: [ClaimLineDecisionInput!]!) { reviewClaim(claimId: $claimId, lines: $lines) { ...ClaimPage_claim } }\n": typeof types.ReviewClaimDocument,
    "\n  mutation SendBackClaim($claimId: ID!, $question: String!) { sendBackClaim(claimId: $claimId, question: $question) { ...ClaimPage_claim } }\n": typeof types.SendBackClaimDocument,
    "\n  mutation CreatePaymentBatch($partnerId: ID!, $reference: String!, $from: DateTime!, $to: DateTime!) {\n    createPaymentBatch(partnerId: $partnerId, reference: $reference, from: $from, to: $to) {\n      id reference paidAt total { amount currency } claims { id state paidAt paymentBatch { id reference } }\n    }\n  }\n": typeof types.CreatePaymentBatchDocument,
    "\n  fragment InboxOffer_offer on JobOffer {\n    id createdAt ...OfferPanel_offer\n    job { ...JobCard_job description }\n  }\n": typeof types.InboxOffer_OfferFragmentDoc,
    "\n  query InboxOffers($first: Int!, $after: String) {\n    offers(status: [PENDING], first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...InboxOffer_offer } }\n    }\n  }\n": typeof types.InboxOffersDocument,
    "\n  query InboxJobs($filter: JobFilter!, $first: Int!, $after: String) {\n    jobs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...JobCard_job } }\n    }\n  }\n": typeof types.InboxJobsDocument,
    "\n  fragment WebhooksSection_endpoint on WebhookEndpoint { id url description eventKinds enabled disabledAt disabledReason consecutiveFailures createdAt }\n": typeof types.WebhooksSection_EndpointFragmentDoc,
    "\n  fragment WebhooksSection_delivery on WebhookDelivery {\n    id eventKind jobId state attemptCount lastStatusCode lastError createdAt\n    attempts { number at latencyMs statusCode error }\n  }\n": typeof types.WebhooksSection_DeliveryFragmentDoc,
    "\n  query WebhookEndpoints { webhookEndpoints { ...WebhooksSection_endpoint } }\n": typeof types.WebhookEndpointsDocument,
    "\n  query WebhookDeliveries($endpointId: ID!) { webhookDeliveries(endpointId: $endpointId, first: 20) { edges { node { ...WebhooksSection_delivery } } } }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation CreateWebhookEndpoint($input: WebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { ...WebhooksSection_endpoint } } }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  mutation UpdateWebhookEndpoint($id: ID!, $changes: WebhookEndpointChangesInput!) { updateWebhookEndpoint(id: $id, changes: $changes) { ...WebhooksSection_endpoint } }\n": typeof types.UpdateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) { deleteWebhookEndpoint(id: $id) }\n": typeof types.DeleteWebhookEndpointDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) { rotateWebhookSecret(id: $id) { secret endpoint { ...WebhooksSection_endpoint } } }\n": typeof types.RotateWebhookSecretDocument,
    "\n  mutation ReplayWebhookDelivery($id: ID!) { replayWebhookDelivery(id: $id) { ...WebhooksSection_delivery } }\n": typeof types.ReplayWebhookDeliveryDocument,
    "\n  mutation ReplayFailedWebhookDeliveries($endpointId: ID!, $since: DateTime!) { replayFailedWebhookDeliveries(endpointId: $endpointId, since: $since) }\n": typeof types.ReplayFailedWebhookDeliveriesDocument,
    "\n  fragment ApiKeyRow_apiKey on ApiKey { id name role prefix createdAt lastUsedAt revokedAt createdBy { id name } }\n": typeof types.ApiKeyRow_ApiKeyFragmentDoc,
    "\n  query ApiKeys { apiKeys { ...ApiKeyRow_apiKey } }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret key { ...ApiKeyRow_apiKey } } }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { ...ApiKeyRow_apiKey } }\n": typeof types.RevokeApiKeyDocument,
    "\n  fragment Attachments_attachment on Attachment { id kind contentType url thumbnailUrl signerName signedAt createdAt }\n": typeof types.Attachments_AttachmentFragmentDoc,
    "\n  fragment History_event on ServiceEvent {\n    cursor kind at\n    actor { id name }\n    partner { id name }\n    jobMove { from to }\n    offerMove { from to }\n    partsMove { from to }\n    reason slaClock missing missingCodes { code params text } trackingCode rating\n  }\n": typeof types.History_EventFragmentDoc,
    "\n  fragment OfferPanel_offer on JobOffer { id status expiresAt }\n": typeof types.OfferPanel_OfferFragmentDoc,
    "\n  query DeclineCodes($offerId: ID!) { reasonCodes(kind: DECLINE, offerId: $offerId) { id code label } }\n": typeof types.DeclineCodesDocument,
    "\n  fragment CaseFileStatus_job on ServiceJob {\n    ...JobCard_job\n    description version appointmentAt completedAt closedAt resolution failureCode laborMinutes reopenCount cancelReason surveyToken\n    maintenanceDueAt resolutionPausedMinutes responseBreachedAt resolutionBreachedAt\n    technician { id name }\n    viewerCan { offer autoDispatch accept decline schedule assignTechnician start requestParts complete close reopen cancel }\n  }\n": typeof types.CaseFileStatus_JobFragmentDoc,
    "\n  fragment CaseFileOffer_offer on JobOffer { id status expiresAt declineReason declineCode { id label } automatic createdAt partner { id name } }\n": typeof types.CaseFileOffer_OfferFragmentDoc,
    "\n  query CaseFile($id: ID!) {\n    job(id: $id) {\n      ...CaseFileStatus_job\n      ...QuoteCard_job\n      customerLinkToken\n      equipment { id serial siteAddress region underWarranty warrantyEndsOn model { id name productLine { id name strategy } } customer { id name phone email } }\n      parent { id number }\n      children { id number status }\n      qualityStandard { responseMinutes resolutionMinutes minPhotos requiresSignature requiredReportFields instructions checklist { id label } }\n      attachments { ...Attachments_attachment }\n      offers { ...CaseFileOffer_offer }\n      partsRequests { ...PartsRequestCard_request }\n      charges { partsAmount { amount currency } laborAmount { amount currency } total { amount currency } payer }\n      events { ...History_event }\n    }\n  }\n": typeof types.CaseFileDocument,
    "\n  query Candidates($jobId: ID!) {\n    dispatchCandidates(jobId: $jobId) { eligible autoEligible score distanceKm reasons reasonCodes { code params text } partner { id name kind status regions } }\n  }\n": typeof types.CandidatesDocument,
    "\n  mutation OfferJob($jobId: ID!, $partnerIds: [ID!]!, $expiresInMinutes: Int) {\n    offerJob(jobId: $jobId, partnerIds: $partnerIds, expiresInMinutes: $expiresInMinutes) { id status partner { id } }\n  }\n": typeof types.OfferJobDocument,
    "\n  mutation AutoDispatch($jobId: ID!) { autoDispatch(jobId: $jobId) { id partner { id name } } }\n": typeof types.AutoDispatchDocument,
    "\n  mutation AcceptOffer($offerId: ID!) { acceptOffer(offerId: $offerId) { id status assignedPartner { id name } } }\n": typeof types.AcceptOfferDocument,
    "\n  mutation DeclineOffer($offerId: ID!, $reason: String!, $reasonCode: String) {\n    declineOffer(offerId: $offerId, reason: $reason, reasonCode: $reasonCode) { id status declineReason declineCode { id label } }\n  }\n": typeof types.DeclineOfferDocument,
    "\n  query Colleagues { colleagues { id name role } }\n": typeof types.ColleaguesDocument,
    "\n  mutation ScheduleJob($jobId: ID!, $appointmentAt: DateTime!, $technicianId: ID) {\n    scheduleJob(jobId: $jobId, appointmentAt: $appointmentAt, technicianId: $technicianId) { id status appointmentAt technician { id name } }\n  }\n": typeof types.ScheduleJobDocument,
    "\n  mutation StartJob($jobId: ID!) { startJob(jobId: $jobId) { id status } }\n": typeof types.StartJobDocument,
    "\n  mutation CompleteJob($input: CompleteJobInput!) { completeJob(input: $input) { id status attachments { ...Attachments_attachment } } }\n": typeof types.CompleteJobDocument,
    "\n  mutation CloseJob($jobId: ID!) { closeJob(jobId: $jobId) { id status surveyToken } }\n": typeof types.CloseJobDocument,
    "\n  mutation ReopenJob($jobId: ID!, $reason: String!) { reopenJob(jobId: $jobId, reason: $reason) { id status } }\n": typeof types.ReopenJobDocument,
    "\n  mutation CancelJob($jobId: ID!, $reason: String!) { cancelJob(jobId: $jobId, reason: $reason) { id status } }\n": typeof types.CancelJobDocument,
    "\n  query PartsCatalogue($search: String, $modelId: ID) { parts(search: $search, modelId: $modelId) { id sku name listPrice { amount currency } } }\n": typeof types.PartsCatalogueDocument,
    "\n  mutation RequestParts($input: RequestPartsInput!) { requestParts(input: $input) { id status } }\n": typeof types.RequestPartsDocument,
    "\n  mutation DecideParts($input: DecidePartsRequestInput!) { decidePartsRequest(input: $input) { id status lines { id approvedQuantity } } }\n": typeof types.DecidePartsDocument,
    "\n  mutation ShipParts($id: ID!, $trackingCode: String) { shipPartsRequest(id: $id, trackingCode: $trackingCode) { id status trackingCode } }\n": typeof types.ShipPartsDocument,
    "\n  mutation ReturnLoaner($lineId: ID!, $trackingCode: String) {\n    returnLoaner(lineId: $lineId, trackingCode: $trackingCode) { id lines { id loanerReturnedAt loanerReturnTrackingCode loanerOverdue } }\n  }\n": typeof types.ReturnLoanerDocument,
    "\n  mutation ReceiveParts($id: ID!) { receivePartsRequest(id: $id) { id status job { id status } } }\n": typeof types.ReceivePartsDocument,
    "\n  query MyNotificationPreferences { myNotificationPreferences { kind label enabled } }\n": typeof types.MyNotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: MailKind!, $enabled: Boolean!) { setNotificationPreference(kind: $kind, enabled: $enabled) { kind label enabled } }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  query Outbox($status: [MailStatus!], $first: Int, $after: String) {\n    outbox(status: $status, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id kind status recipient subject createdAt sentAt attempts lastError } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.OutboxDocument,
    "\n  query OutboxMessage($id: ID!) { outboxMessage(id: $id) { id messageId subject recipient text html } }\n": typeof types.OutboxMessageDocument,
    "\n  mutation UnsubscribeMail($token: String!) { unsubscribeMail(token: $token) { address } }\n": typeof types.UnsubscribeMailDocument,
    "\n  query MailedOffer($token: String!) {\n    mailedOffer(token: $token) {\n      action offerId jobId jobNumber jobType productLine model siteCity region description priority partnerName status expiresAt usable blockedBy\n    }\n  }\n": typeof types.MailedOfferDocument,
    "\n  mutation AnswerMailedOffer($token: String!, $reason: String) {\n    answerMailedOffer(token: $token, reason: $reason) { action offer { offerId status usable blockedBy } }\n  }\n": typeof types.AnswerMailedOfferDocument,
    "\n  query JoinInvitation($token: String!) { invitation(token: $token) { manufacturerName email firmName kind state expiresAt firmKnown } }\n": typeof types.JoinInvitationDocument,
    "\n  mutation RegisterByInvitation($token: String!, $input: RegistrationInput!) {\n    registerByInvitation(token: $token, input: $input) { token user { id name email role capabilities locale timeZone organization { id name kind currency } } }\n  }\n": typeof types.RegisterByInvitationDocument,
    "\n  mutation JoinByInvitation($token: String!) { joinByInvitation(token: $token) { id state } }\n": typeof types.JoinByInvitationDocument,
    "\n  mutation JoinSignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token user { id name email role capabilities locale timeZone organization { id name kind currency } } }\n  }\n": typeof types.JoinSignInDocument,
    "\n  fragment InvitationRow_invitation on PartnerInvitation {\n    id email firmName kind state expiresAt createdAt registeredAt decidedAt declineReason\n    partner {\n      id name kind status regions capacity country address\n      technicianCertifications { id productLineName jobTypes expiresAt valid certificate { id url contentType } }\n    }\n  }\n": typeof types.InvitationRow_InvitationFragmentDoc,
    "\n  query PartnerInvitations { partnerInvitations { id ...InvitationRow_invitation } }\n": typeof types.PartnerInvitationsDocument,
    "\n  mutation InvitePartner($email: String!, $firmName: String, $kind: OrgKind) {\n    invitePartner(email: $email, firmName: $firmName, kind: $kind) { id link ...InvitationRow_invitation }\n  }\n": typeof types.InvitePartnerDocument,
    "\n  mutation ApprovePartner($id: ID!, $status: PartnerStatus!, $regions: [String!], $capacity: Int) {\n    approvePartner(invitationId: $id, status: $status, regions: $regions, capacity: $capacity) { id status regions capacity }\n  }\n": typeof types.ApprovePartnerDocument,
    "\n  mutation DeclinePartner($id: ID!, $reason: String) { declinePartner(invitationId: $id, reason: $reason) { id state decidedAt declineReason } }\n": typeof types.DeclinePartnerDocument,
    "\n  query Team {\n    colleagues { id name email role }\n    technicianCertifications { id technicianId productLineName jobTypes expiresAt valid certificate { id url } }\n    certifiableProductLines { id name }\n  }\n": typeof types.TeamDocument,
    "\n  mutation AddTeamMember($input: UserInput!) { createUser(input: $input) { id name email role } }\n": typeof types.AddTeamMemberDocument,
    "\n  mutation AddTeamCertification($input: TechnicianCertificationInput!) {\n    addTechnicianCertification(input: $input) { id technicianId productLineName jobTypes expiresAt valid certificate { id url } }\n  }\n": typeof types.AddTeamCertificationDocument,
    "\n  query PartsQueue($status: PartsRequestStatus) {\n    partsRequests(status: $status) { ...PartsRequestCard_request }\n  }\n": typeof types.PartsQueueDocument,
    "\n  fragment PartsRequestCard_request on PartsRequest {\n    id status trackingCode decisionNote createdAt\n    job { id number }\n    lines { id quantity approvedQuantity loaner loanerReturnBy loanerReturnedAt loanerReturnTrackingCode loanerOverdue part { id sku name listPrice { amount currency } } }\n    viewerCan { decide ship receive returnLoaner }\n  }\n": typeof types.PartsRequestCard_RequestFragmentDoc,
    "\n  fragment QuoteCard_job on ServiceJob {\n    id coverage status\n    assignedPartner { id currency }\n    equipment { id model { id } }\n    viewerCan { complete }\n    quote {\n      id number state taxRate validUntil sentAt answeredAt declineReason\n      net { amount currency } tax { amount currency } gross { amount currency }\n      lines { kind description quantity unitPrice { amount currency } amount { amount currency } part { id sku } }\n    }\n  }\n": typeof types.QuoteCard_JobFragmentDoc,
    "\n  mutation SendQuote($jobId: ID!, $lines: [QuoteLineInput!]!, $validDays: Int) {\n    sendQuote(jobId: $jobId, lines: $lines, validDays: $validDays) { id job { ...QuoteCard_job } }\n  }\n": typeof types.SendQuoteDocument,
    "\n  fragment CustomerQuote_quote on CustomerQuote {\n    number state taxRate validUntil sentAt answeredAt declineReason partnerName answerToken\n    net { amount currency } tax { amount currency } gross { amount currency }\n    lines { kind description quantity unitPrice { amount currency } amount { amount currency } }\n  }\n": typeof types.CustomerQuote_QuoteFragmentDoc,
    "\n  mutation AnswerQuote($token: String!, $accept: Boolean!, $reason: String) {\n    answerQuote(token: $token, accept: $accept, reason: $reason) { ...CustomerQuote_quote }\n  }\n": typeof types.AnswerQuoteDocument,
    "\n  query QuoteLink($token: String!) { customerQuote(token: $token) { ...CustomerQuote_quote } }\n": typeof types.QuoteLinkDocument,
    "\n  query ServiceRequests($status: ServiceRequestStatus) {\n    serviceRequests(status: $status) { id status serial description contactName contactEmail contactPhone address createdAt handledAt jobId jobNumber }\n  }\n": typeof types.ServiceRequestsDocument,
    "\n  mutation CreateJobFromServiceRequest($id: ID!, $serial: String!) { createJobFromServiceRequest(id: $id, serial: $serial) { id } }\n": typeof types.CreateJobFromServiceRequestDocument,
    "\n  mutation MarkServiceRequestHandled($id: ID!) { markServiceRequestHandled(id: $id) { id status handledAt } }\n": typeof types.MarkServiceRequestHandledDocument,
    "\n  fragment Schedule_job on ServiceJob {\n    id number status version appointmentAt appointmentEndsAt appointmentMinutes siteTimeZone\n    technician { id name }\n    equipment { id siteAddress model { id name } }\n  }\n": typeof types.Schedule_JobFragmentDoc,
    "\n  fragment Schedule_absence on TechnicianAbsence { id technicianId startsAt endsAt kind note }\n": typeof types.Schedule_AbsenceFragmentDoc,
    "\n  query TechnicianSchedules($from: DateTime!, $to: DateTime!) {\n    technicianSchedules(from: $from, to: $to) {\n      technicianId name ownHours timeZone\n      hours { day intervals }\n      absences { ...Schedule_absence }\n      appointments { jobId jobNumber startsAt endsAt minutes siteAddress siteTimeZone job { ...Schedule_job } }\n    }\n  }\n": typeof types.TechnicianSchedulesDocument,
    "\n  mutation Reschedule($jobId: ID!, $appointmentAt: DateTime!, $durationMinutes: Int, $technicianId: ID, $expectedVersion: Int) {\n    scheduleJob(jobId: $jobId, appointmentAt: $appointmentAt, durationMinutes: $durationMinutes, technicianId: $technicianId, expectedVersion: $expectedVersion) {\n      ...Schedule_job\n    }\n  }\n": typeof types.RescheduleDocument,
    "\n  mutation SetTechnicianHours($technicianId: ID!, $hours: [WorkingHoursInput!]) {\n    setTechnicianHours(technicianId: $technicianId, hours: $hours) { technicianId ownHours timeZone hours { day intervals } }\n  }\n": typeof types.SetTechnicianHoursDocument,
    "\n  mutation AddTechnicianAbsence($input: TechnicianAbsenceInput!) { addTechnicianAbsence(input: $input) { ...Schedule_absence } }\n": typeof types.AddTechnicianAbsenceDocument,
    "\n  mutation RemoveTechnicianAbsence($id: ID!) { removeTechnicianAbsence(id: $id) { id } }\n": typeof types.RemoveTechnicianAbsenceDocument,
    "\n  fragment Schedule_certification on TechnicianCertification { id technicianId productLineId productLineName jobTypes expiresAt valid }\n": typeof types.Schedule_CertificationFragmentDoc,
    "\n  query TechnicianCertifications($technicianId: ID!) {\n    technicianCertifications(technicianId: $technicianId) { ...Schedule_certification }\n    me { id organization { id certifications { id productLineId productLineName } } }\n  }\n": typeof types.TechnicianCertificationsDocument,
    "\n  mutation AddTechnicianCertification($input: TechnicianCertificationInput!) { addTechnicianCertification(input: $input) { ...Schedule_certification } }\n": typeof types.AddTechnicianCertificationDocument,
    "\n  mutation RemoveTechnicianCertification($id: ID!) { removeTechnicianCertification(id: $id) { id } }\n": typeof types.RemoveTechnicianCertificationDocument,
    "\n  mutation SubmitSurvey($token: String!, $rating: Int!, $comment: String) {\n    submitSurvey(token: $token, rating: $rating, comment: $comment) { id rating }\n  }\n": typeof types.SubmitSurveyDocument,
    "\n  query RequestManufacturers { requestManufacturers { slug name } }\n": typeof types.RequestManufacturersDocument,
    "\n  mutation SubmitServiceRequest($input: ServiceRequestInput!) {\n    submitServiceRequest(input: $input) { token trackingPath matched jobNumber }\n  }\n": typeof types.SubmitServiceRequestDocument,
    "\n  query TrackJob($token: String!) {\n    trackJob(token: $token) {\n      number status receivedAt appointmentAt technicianFirstName reportUrl surveyOpen surveyAnswered\n      equipment { serial model }\n      responsible { organization name email }\n      timeline { kind at }\n      quote { ...CustomerQuote_quote }\n    }\n  }\n": typeof types.TrackJobDocument,
    "\n  fragment MyJobs_job on ServiceJob { ...JobCard_job appointmentAt appointmentEndsAt siteTimeZone equipment { id siteAddress } }\n": typeof types.MyJobs_JobFragmentDoc,
    "\n  query MyJobs($filter: JobFilter!, $first: Int!, $after: String) {\n    jobs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...MyJobs_job } }\n    }\n  }\n": typeof types.MyJobsDocument,
    "\n  fragment LiveEvent on ServiceEvent {\n    ...History_event\n    jobId\n    invitationId\n    job { ...CaseFileStatus_job ...MyJobs_job ...Schedule_job ...QuoteCard_job }\n    offer { ...CaseFileOffer_offer ...InboxOffer_offer job { id } }\n    partsRequest { ...PartsRequestCard_request }\n    claim { ...ClaimPage_claim }\n    returnAuthorization { ...ReturnRow_return }\n  }\n": typeof types.LiveEventFragmentDoc,
    "\n  subscription Live($after: String) {\n    serviceEvents(after: $after) { ...LiveEvent }\n  }\n": typeof types.LiveDocument,
    "\n  query MissedEvents($after: String!) { missedEventCount(after: $after) }\n": typeof types.MissedEventsDocument,
    "\n  fragment ClaimLineReturn_line on ClaimLine { id kind faultySerial returnAuthorization { ...ReturnRow_return } }\n": typeof types.ClaimLineReturn_LineFragmentDoc,
    "\n  fragment ReturnRow_return on ReturnAuthorization {\n    id number state faultySerial requestNote trackingCode requestedAt returnBy shippedAt receivedAt inspectedAt result inspectionNote\n    part { id sku name }\n    partner { id name }\n    job { id number }\n    claim { id number }\n    viewerCan { ship receive inspect }\n  }\n": typeof types.ReturnRow_ReturnFragmentDoc,
    "\n  query Returns($states: [ReturnState!]) { returnAuthorizations(states: $states) { ...ReturnRow_return } }\n": typeof types.ReturnsDocument,
    "\n  query ReturnCandidates {\n    claims(states: [SUBMITTED, APPROVED, PARTIALLY_APPROVED]) {\n      id number partner { id name }\n      lines { id kind description faultySerial part { id sku name } returnAuthorization { id } }\n    }\n  }\n": typeof types.ReturnCandidatesDocument,
    "\n  mutation RequestPartReturn($claimLineId: ID!, $note: String) {\n    requestPartReturn(claimLineId: $claimLineId, note: $note) { ...ReturnRow_return claimLine { id returnAuthorization { id } } }\n  }\n": typeof types.RequestPartReturnDocument,
    "\n  mutation ShipPartReturn($returnId: ID!, $trackingCode: String!) { shipPartReturn(returnId: $returnId, trackingCode: $trackingCode) { ...ReturnRow_return } }\n": typeof types.ShipPartReturnDocument,
    "\n  mutation ReceivePartReturn($returnId: ID!) { receivePartReturn(returnId: $returnId) { ...ReturnRow_return } }\n": typeof types.ReceivePartReturnDocument,
    "\n  mutation InspectPartReturn($returnId: ID!, $result: InspectionResult!, $note: String) {\n    inspectPartReturn(returnId: $returnId, result: $result, note: $note) {\n      ...ReturnRow_return\n      claimLine { id decision decisionReasonCode approvedAmount { amount currency } }\n    }\n  }\n": typeof types.InspectPartReturnDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id name email role capabilities locale timeZone organization { id name kind currency } }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SetMyLanguage($input: PreferencesInput!) { setMyPreferences(input: $input) { id locale timeZone } }\n": typeof types.SetMyLanguageDocument,
};
const documents: Documents = {
    "\n  query Network {\n    partners { id slug name kind status regions capacity latitude longitude serviceRadiusKm certifications { id productLineName jobTypes expiresAt valid } }\n    productLines {\n      id name strategy maintenanceIntervalMonths\n      models { id name warrantyMonths }\n      standards { id jobType responseMinutes resolutionMinutes minPhotos keepPhotoLocation requiresSignature requiresCertifiedTechnician maxLaborMinutes laborRateCeiling { amount currency } requiredReportFields checklist { id label: labelAsWritten } }\n    }\n  }\n": types.NetworkDocument,
    "\n  mutation UpdatePartner($id: ID!, $changes: PartnerChangesInput!) { updatePartner(id: $id, changes: $changes) { id status capacity regions latitude longitude serviceRadiusKm } }\n": types.UpdatePartnerDocument,
    "\n  mutation CreatePartner($input: PartnerInput!) { createPartner(input: $input) { id } }\n": types.CreatePartnerDocument,
    "\n  query Customers { customers { id name } }\n": types.CustomersDocument,
    "\n  mutation GrantCertification($input: CertificationInput!) { grantCertification(input: $input) { id } }\n": types.GrantCertificationDocument,
    "\n  mutation SetPartPrice($input: PartPriceInput!) { setPartPrice(input: $input) { id sku listPrice { amount currency } } }\n": types.SetPartPriceDocument,
    "\n  mutation CreateUser($input: UserInput!) { createUser(input: $input) { id } }\n": types.CreateUserDocument,
    "\n  mutation SetQualityStandard($input: QualityStandardInput!) { setQualityStandard(input: $input) { id } }\n": types.SetQualityStandardDocument,
    "\n  query ManufacturerTexts {\n    productLines {\n      id name\n      standards {\n        id jobType instructionsAsWritten instructionsTranslations { language text }\n        checklist { id labelAsWritten translations { language text } }\n      }\n    }\n    declineCodes: reasonCodes(kind: DECLINE, includeRetired: true) { ...TextsEditor_code }\n    findingCodes: reasonCodes(kind: FINDING, includeRetired: true) { ...TextsEditor_code }\n  }\n": types.ManufacturerTextsDocument,
    "\n  fragment TextsEditor_code on ReasonCode { id kind code labelAsWritten active translations { language text } }\n": types.TextsEditor_CodeFragmentDoc,
    "\n  mutation SetStandardTexts($input: StandardTextsInput!) {\n    setStandardTexts(input: $input) { id instructionsAsWritten instructionsTranslations { language text } checklist { id label labelAsWritten translations { language text } } }\n  }\n": types.SetStandardTextsDocument,
    "\n  mutation SetReasonCode($input: ReasonCodeInput!) { setReasonCode(input: $input) { ...TextsEditor_code } }\n": types.SetReasonCodeDocument,
    "\n  query Scorecards($from: DateTime!, $to: DateTime!) {\n    partnerScorecards(from: $from, to: $to) {\n      partner { id name kind status }\n      offersReceived offersAccepted acceptanceRate medianMinutesToAccept slaResponseCompliance slaResolutionCompliance\n      jobsCompleted firstTimeFixRate qualityGateFailures priceCompliance partsPerJob meanSatisfaction score claimRejectionRate\n    }\n  }\n": types.ScorecardsDocument,
    "\n  query FailureAnalysis($from: DateTime!, $to: DateTime!) {\n    failureAnalysis(from: $from, to: $to) {\n      model { id name } failureCode jobs repeatRate meanMinutesToRepair lowRatings complaints\n      confirmedFaults { part { id sku } count }\n    }\n  }\n": types.FailureAnalysisDocument,
    "\n  query Findings($partnerId: ID, $overdue: Boolean) {\n    findings(partnerId: $partnerId, overdue: $overdue) {\n      id severity text correctiveActionDueAt createdAt acknowledgedAt actionTaken actionReportedAt overdue\n      partner { id name }\n      job { id number }\n    }\n  }\n": types.FindingsDocument,
    "\n  mutation AcknowledgeFinding($id: ID!) { acknowledgeFinding(id: $id) { id acknowledgedAt } }\n": types.AcknowledgeFindingDocument,
    "\n  mutation ReportCorrectiveAction($id: ID!, $actionTaken: String!) { reportCorrectiveAction(id: $id, actionTaken: $actionTaken) { id actionTaken actionReportedAt } }\n": types.ReportCorrectiveActionDocument,
    "\n  query PartnerScorecard($partnerId: ID!, $from: DateTime!, $to: DateTime!) {\n    partnerScorecard(partnerId: $partnerId, from: $from, to: $to) {\n      card { partner { id name } score acceptanceRate slaResponseCompliance slaResolutionCompliance firstTimeFixRate meanSatisfaction jobsCompleted qualityGateFailures priceCompliance partsPerJob\n        claimRejectionRate claimPerJob { amount currency } networkMedianClaimPerJob { amount currency } medianHoursToSubmit }\n      weeks { from score slaResolutionCompliance meanSatisfaction jobsCompleted }\n      jobsBehind { figure jobs { id number status } }\n    }\n  }\n": types.PartnerScorecardDocument,
    "\n  mutation RecordFinding($input: RecordFindingInput!) { recordFinding(input: $input) { id } }\n": types.RecordFindingDocument,
    "\n  query Statement($partnerId: ID!, $from: DateTime!, $to: DateTime!) {\n    reimbursementStatement(partnerId: $partnerId, from: $from, to: $to) {\n      total { amount currency } approvedTotal { amount currency } paidTotal { amount currency }\n      byState { state count claimed { amount currency } approved { amount currency } }\n      claims { ...ClaimRow_claim }\n    }\n  }\n": types.StatementDocument,
    "\n  query BoardColumn($filter: JobFilter!, $first: Int!, $after: String) {\n    jobs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...JobCard_job } }\n    }\n  }\n": types.BoardColumnDocument,
    "\n  fragment JobCard_job on ServiceJob {\n    id number type status priority coverage source createdAt responseDueAt resolutionDueAt resolutionPausedAt\n    responseClock { mode workingMinutesLeft }\n    resolutionClock { mode workingMinutesLeft }\n    equipment { id serial region model { id name } customer { id name } }\n    assignedPartner { id name }\n  }\n": types.JobCard_JobFragmentDoc,
    "\n  query JobList($filter: JobFilter, $first: Int, $after: String) {\n    jobs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...JobCard_job } }\n    }\n  }\n": types.JobListDocument,
    "\n  query EquipmentBySerial($serial: String!) {\n    equipmentBySerial(serial: $serial) {\n      id serial siteAddress region underWarranty warrantyEndsOn underContract\n      model { id name productLine { id name strategy } }\n      customer { id name phone email }\n    }\n  }\n": types.EquipmentBySerialDocument,
    "\n  mutation CreateJob($input: CreateJobInput!) {\n    createJob(input: $input) { id number coverage priority }\n  }\n": types.CreateJobDocument,
    "\n  fragment BusinessCalendarFields on BusinessCalendar {\n    organizationId organizationName timeZone holidayCountry holidayRegion closedDays version updatedAt\n    hours { day intervals }\n    extraWorkingDays { date intervals }\n  }\n": types.BusinessCalendarFieldsFragmentDoc,
    "\n  query BusinessCalendars { businessCalendars { ...BusinessCalendarFields } }\n": types.BusinessCalendarsDocument,
    "\n  mutation SetBusinessCalendar($calendar: BusinessCalendarInput!) { setBusinessCalendar(calendar: $calendar) { ...BusinessCalendarFields } }\n": types.SetBusinessCalendarDocument,
    "\n  query ClaimEvidence($jobId: ID!) { job(id: $jobId) { id attachments { ...Attachments_attachment } } }\n": types.ClaimEvidenceDocument,
    "\n  fragment ClaimLines_line on ClaimLine {\n    id kind description quantity minutes ownStock partsRequestLineId faultySerial replacementSerial\n    unitPrice { amount currency } amount { amount currency } limit { amount currency }\n    decision approvedAmount { amount currency } decisionReasonCode decisionReason { code params text }\n    part { id sku name }\n    ...ClaimLineReturn_line\n  }\n": types.ClaimLines_LineFragmentDoc,
    "\n  fragment ClaimMessages_message on ClaimMessage { id kind text createdAt author { id name } }\n": types.ClaimMessages_MessageFragmentDoc,
    "\n  fragment ClaimPage_claim on WarrantyClaim {\n    ...ClaimRow_claim\n    paidAt\n    paymentBatch { id reference }\n    job { id number equipment { id model { id } } }\n    lines { ...ClaimLines_line }\n    messages { ...ClaimMessages_message }\n  }\n": types.ClaimPage_ClaimFragmentDoc,
    "\n  fragment ClaimRow_claim on WarrantyClaim {\n    id number state coverage submittedAt reviewDueAt reviewedAt\n    claimed { amount currency } approved { amount currency }\n    partner { id name }\n    job { id number }\n  }\n": types.ClaimRow_ClaimFragmentDoc,
    "\n  query Claims($states: [ClaimState!], $partnerId: ID) {\n    claims(states: $states, partnerId: $partnerId, first: 200) { ...ClaimRow_claim }\n  }\n": types.ClaimsDocument,
    "\n  query Claim($id: ID!) {\n    claim(id: $id) { ...ClaimPage_claim }\n  }\n": types.ClaimDocument,
    "\n  query ClaimLineReasons { reasonCodes(kind: CLAIM_LINE) { id code label } }\n": types.ClaimLineReasonsDocument,
    "\n  query ClaimModelParts($modelId: ID) { parts(modelId: $modelId) { id sku name listPrice { amount currency } } }\n": types.ClaimModelPartsDocument,
    "\n  mutation UpdateClaim($claimId: ID!, $lines: [ClaimLineInput!]!) { updateClaim(claimId: $claimId, lines: $lines) { ...ClaimPage_claim } }\n": types.UpdateClaimDocument,
    "\n  mutation SubmitClaim($claimId: ID!, $answer: String) { submitClaim(claimId: $claimId, answer: $answer) { ...ClaimPage_claim } }\n": types.SubmitClaimDocument,
    "\n  mutation ReviewClaim($claimId: ID!, $lines: [ClaimLineDecisionInput!]!) { reviewClaim(claimId: $claimId, lines: $lines) { ...ClaimPage_claim } }\n": types.ReviewClaimDocument,
    "\n  mutation SendBackClaim($claimId: ID!, $question: String!) { sendBackClaim(claimId: $claimId, question: $question) { ...ClaimPage_claim } }\n": types.SendBackClaimDocument,
    "\n  mutation CreatePaymentBatch($partnerId: ID!, $reference: String!, $from: DateTime!, $to: DateTime!) {\n    createPaymentBatch(partnerId: $partnerId, reference: $reference, from: $from, to: $to) {\n      id reference paidAt total { amount currency } claims { id state paidAt paymentBatch { id reference } }\n    }\n  }\n": types.CreatePaymentBatchDocument,
    "\n  fragment InboxOffer_offer on JobOffer {\n    id createdAt ...OfferPanel_offer\n    job { ...JobCard_job description }\n  }\n": types.InboxOffer_OfferFragmentDoc,
    "\n  query InboxOffers($first: Int!, $after: String) {\n    offers(status: [PENDING], first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...InboxOffer_offer } }\n    }\n  }\n": types.InboxOffersDocument,
    "\n  query InboxJobs($filter: JobFilter!, $first: Int!, $after: String) {\n    jobs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...JobCard_job } }\n    }\n  }\n": types.InboxJobsDocument,
    "\n  fragment WebhooksSection_endpoint on WebhookEndpoint { id url description eventKinds enabled disabledAt disabledReason consecutiveFailures createdAt }\n": types.WebhooksSection_EndpointFragmentDoc,
    "\n  fragment WebhooksSection_delivery on WebhookDelivery {\n    id eventKind jobId state attemptCount lastStatusCode lastError createdAt\n    attempts { number at latencyMs statusCode error }\n  }\n": types.WebhooksSection_DeliveryFragmentDoc,
    "\n  query WebhookEndpoints { webhookEndpoints { ...WebhooksSection_endpoint } }\n": types.WebhookEndpointsDocument,
    "\n  query WebhookDeliveries($endpointId: ID!) { webhookDeliveries(endpointId: $endpointId, first: 20) { edges { node { ...WebhooksSection_delivery } } } }\n": types.WebhookDeliveriesDocument,
    "\n  mutation CreateWebhookEndpoint($input: WebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { ...WebhooksSection_endpoint } } }\n": types.CreateWebhookEndpointDocument,
    "\n  mutation UpdateWebhookEndpoint($id: ID!, $changes: WebhookEndpointChangesInput!) { updateWebhookEndpoint(id: $id, changes: $changes) { ...WebhooksSection_endpoint } }\n": types.UpdateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) { deleteWebhookEndpoint(id: $id) }\n": types.DeleteWebhookEndpointDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) { rotateWebhookSecret(id: $id) { secret endpoint { ...WebhooksSection_endpoint } } }\n": types.RotateWebhookSecretDocument,
    "\n  mutation ReplayWebhookDelivery($id: ID!) { replayWebhookDelivery(id: $id) { ...WebhooksSection_delivery } }\n": types.ReplayWebhookDeliveryDocument,
    "\n  mutation ReplayFailedWebhookDeliveries($endpointId: ID!, $since: DateTime!) { replayFailedWebhookDeliveries(endpointId: $endpointId, since: $since) }\n": types.ReplayFailedWebhookDeliveriesDocument,
    "\n  fragment ApiKeyRow_apiKey on ApiKey { id name role prefix createdAt lastUsedAt revokedAt createdBy { id name } }\n": types.ApiKeyRow_ApiKeyFragmentDoc,
    "\n  query ApiKeys { apiKeys { ...ApiKeyRow_apiKey } }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret key { ...ApiKeyRow_apiKey } } }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { ...ApiKeyRow_apiKey } }\n": types.RevokeApiKeyDocument,
    "\n  fragment Attachments_attachment on Attachment { id kind contentType url thumbnailUrl signerName signedAt createdAt }\n": types.Attachments_AttachmentFragmentDoc,
    "\n  fragment History_event on ServiceEvent {\n    cursor kind at\n    actor { id name }\n    partner { id name }\n    jobMove { from to }\n    offerMove { from to }\n    partsMove { from to }\n    reason slaClock missing missingCodes { code params text } trackingCode rating\n  }\n": types.History_EventFragmentDoc,
    "\n  fragment OfferPanel_offer on JobOffer { id status expiresAt }\n": types.OfferPanel_OfferFragmentDoc,
    "\n  query DeclineCodes($offerId: ID!) { reasonCodes(kind: DECLINE, offerId: $offerId) { id code label } }\n": types.DeclineCodesDocument,
    "\n  fragment CaseFileStatus_job on ServiceJob {\n    ...JobCard_job\n    description version appointmentAt completedAt closedAt resolution failureCode laborMinutes reopenCount cancelReason surveyToken\n    maintenanceDueAt resolutionPausedMinutes responseBreachedAt resolutionBreachedAt\n    technician { id name }\n    viewerCan { offer autoDispatch accept decline schedule assignTechnician start requestParts complete close reopen cancel }\n  }\n": types.CaseFileStatus_JobFragmentDoc,
    "\n  fragment CaseFileOffer_offer on JobOffer { id status expiresAt declineReason declineCode { id label } automatic createdAt partner { id name } }\n": types.CaseFileOffer_OfferFragmentDoc,
    "\n  query CaseFile($id: ID!) {\n    job(id: $id) {\n      ...CaseFileStatus_job\n      ...QuoteCard_job\n      customerLinkToken\n      equipment { id serial siteAddress region underWarranty warrantyEndsOn model { id name productLine { id name strategy } } customer { id name phone email } }\n      parent { id number }\n      children { id number status }\n      qualityStandard { responseMinutes resolutionMinutes minPhotos requiresSignature requiredReportFields instructions checklist { id label } }\n      attachments { ...Attachments_attachment }\n      offers { ...CaseFileOffer_offer }\n      partsRequests { ...PartsRequestCard_request }\n      charges { partsAmount { amount currency } laborAmount { amount currency } total { amount currency } payer }\n      events { ...History_event }\n    }\n  }\n": types.CaseFileDocument,
    "\n  query Candidates($jobId: ID!) {\n    dispatchCandidates(jobId: $jobId) { eligible autoEligible score distanceKm reasons reasonCodes { code params text } partner { id name kind status regions } }\n  }\n": types.CandidatesDocument,
    "\n  mutation OfferJob($jobId: ID!, $partnerIds: [ID!]!, $expiresInMinutes: Int) {\n    offerJob(jobId: $jobId, partnerIds: $partnerIds, expiresInMinutes: $expiresInMinutes) { id status partner { id } }\n  }\n": types.OfferJobDocument,
    "\n  mutation AutoDispatch($jobId: ID!) { autoDispatch(jobId: $jobId) { id partner { id name } } }\n": types.AutoDispatchDocument,
    "\n  mutation AcceptOffer($offerId: ID!) { acceptOffer(offerId: $offerId) { id status assignedPartner { id name } } }\n": types.AcceptOfferDocument,
    "\n  mutation DeclineOffer($offerId: ID!, $reason: String!, $reasonCode: String) {\n    declineOffer(offerId: $offerId, reason: $reason, reasonCode: $reasonCode) { id status declineReason declineCode { id label } }\n  }\n": types.DeclineOfferDocument,
    "\n  query Colleagues { colleagues { id name role } }\n": types.ColleaguesDocument,
    "\n  mutation ScheduleJob($jobId: ID!, $appointmentAt: DateTime!, $technicianId: ID) {\n    scheduleJob(jobId: $jobId, appointmentAt: $appointmentAt, technicianId: $technicianId) { id status appointmentAt technician { id name } }\n  }\n": types.ScheduleJobDocument,
    "\n  mutation StartJob($jobId: ID!) { startJob(jobId: $jobId) { id status } }\n": types.StartJobDocument,
    "\n  mutation CompleteJob($input: CompleteJobInput!) { completeJob(input: $input) { id status attachments { ...Attachments_attachment } } }\n": types.CompleteJobDocument,
    "\n  mutation CloseJob($jobId: ID!) { closeJob(jobId: $jobId) { id status surveyToken } }\n": types.CloseJobDocument,
    "\n  mutation ReopenJob($jobId: ID!, $reason: String!) { reopenJob(jobId: $jobId, reason: $reason) { id status } }\n": types.ReopenJobDocument,
    "\n  mutation CancelJob($jobId: ID!, $reason: String!) { cancelJob(jobId: $jobId, reason: $reason) { id status } }\n": types.CancelJobDocument,
    "\n  query PartsCatalogue($search: String, $modelId: ID) { parts(search: $search, modelId: $modelId) { id sku name listPrice { amount currency } } }\n": types.PartsCatalogueDocument,
    "\n  mutation RequestParts($input: RequestPartsInput!) { requestParts(input: $input) { id status } }\n": types.RequestPartsDocument,
    "\n  mutation DecideParts($input: DecidePartsRequestInput!) { decidePartsRequest(input: $input) { id status lines { id approvedQuantity } } }\n": types.DecidePartsDocument,
    "\n  mutation ShipParts($id: ID!, $trackingCode: String) { shipPartsRequest(id: $id, trackingCode: $trackingCode) { id status trackingCode } }\n": types.ShipPartsDocument,
    "\n  mutation ReturnLoaner($lineId: ID!, $trackingCode: String) {\n    returnLoaner(lineId: $lineId, trackingCode: $trackingCode) { id lines { id loanerReturnedAt loanerReturnTrackingCode loanerOverdue } }\n  }\n": types.ReturnLoanerDocument,
    "\n  mutation ReceiveParts($id: ID!) { receivePartsRequest(id: $id) { id status job { id status } } }\n": types.ReceivePartsDocument,
    "\n  query MyNotificationPreferences { myNotificationPreferences { kind label enabled } }\n": types.MyNotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: MailKind!, $enabled: Boolean!) { setNotificationPreference(kind: $kind, enabled: $enabled) { kind label enabled } }\n": types.SetNotificationPreferenceDocument,
    "\n  query Outbox($status: [MailStatus!], $first: Int, $after: String) {\n    outbox(status: $status, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id kind status recipient subject createdAt sentAt attempts lastError } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.OutboxDocument,
    "\n  query OutboxMessage($id: ID!) { outboxMessage(id: $id) { id messageId subject recipient text html } }\n": types.OutboxMessageDocument,
    "\n  mutation UnsubscribeMail($token: String!) { unsubscribeMail(token: $token) { address } }\n": types.UnsubscribeMailDocument,
    "\n  query MailedOffer($token: String!) {\n    mailedOffer(token: $token) {\n      action offerId jobId jobNumber jobType productLine model siteCity region description priority partnerName status expiresAt usable blockedBy\n    }\n  }\n": types.MailedOfferDocument,
    "\n  mutation AnswerMailedOffer($token: String!, $reason: String) {\n    answerMailedOffer(token: $token, reason: $reason) { action offer { offerId status usable blockedBy } }\n  }\n": types.AnswerMailedOfferDocument,
    "\n  query JoinInvitation($token: String!) { invitation(token: $token) { manufacturerName email firmName kind state expiresAt firmKnown } }\n": types.JoinInvitationDocument,
    "\n  mutation RegisterByInvitation($token: String!, $input: RegistrationInput!) {\n    registerByInvitation(token: $token, input: $input) { token user { id name email role capabilities locale timeZone organization { id name kind currency } } }\n  }\n": types.RegisterByInvitationDocument,
    "\n  mutation JoinByInvitation($token: String!) { joinByInvitation(token: $token) { id state } }\n": types.JoinByInvitationDocument,
    "\n  mutation JoinSignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token user { id name email role capabilities locale timeZone organization { id name kind currency } } }\n  }\n": types.JoinSignInDocument,
    "\n  fragment InvitationRow_invitation on PartnerInvitation {\n    id email firmName kind state expiresAt createdAt registeredAt decidedAt declineReason\n    partner {\n      id name kind status regions capacity country address\n      technicianCertifications { id productLineName jobTypes expiresAt valid certificate { id url contentType } }\n    }\n  }\n": types.InvitationRow_InvitationFragmentDoc,
    "\n  query PartnerInvitations { partnerInvitations { id ...InvitationRow_invitation } }\n": types.PartnerInvitationsDocument,
    "\n  mutation InvitePartner($email: String!, $firmName: String, $kind: OrgKind) {\n    invitePartner(email: $email, firmName: $firmName, kind: $kind) { id link ...InvitationRow_invitation }\n  }\n": types.InvitePartnerDocument,
    "\n  mutation ApprovePartner($id: ID!, $status: PartnerStatus!, $regions: [String!], $capacity: Int) {\n    approvePartner(invitationId: $id, status: $status, regions: $regions, capacity: $capacity) { id status regions capacity }\n  }\n": types.ApprovePartnerDocument,
    "\n  mutation DeclinePartner($id: ID!, $reason: String) { declinePartner(invitationId: $id, reason: $reason) { id state decidedAt declineReason } }\n": types.DeclinePartnerDocument,
    "\n  query Team {\n    colleagues { id name email role }\n    technicianCertifications { id technicianId productLineName jobTypes expiresAt valid certificate { id url } }\n    certifiableProductLines { id name }\n  }\n": types.TeamDocument,
    "\n  mutation AddTeamMember($input: UserInput!) { createUser(input: $input) { id name email role } }\n": types.AddTeamMemberDocument,
    "\n  mutation AddTeamCertification($input: TechnicianCertificationInput!) {\n    addTechnicianCertification(input: $input) { id technicianId productLineName jobTypes expiresAt valid certificate { id url } }\n  }\n": types.AddTeamCertificationDocument,
    "\n  query PartsQueue($status: PartsRequestStatus) {\n    partsRequests(status: $status) { ...PartsRequestCard_request }\n  }\n": types.PartsQueueDocument,
    "\n  fragment PartsRequestCard_request on PartsRequest {\n    id status trackingCode decisionNote createdAt\n    job { id number }\n    lines { id quantity approvedQuantity loaner loanerReturnBy loanerReturnedAt loanerReturnTrackingCode loanerOverdue part { id sku name listPrice { amount currency } } }\n    viewerCan { decide ship receive returnLoaner }\n  }\n": types.PartsRequestCard_RequestFragmentDoc,
    "\n  fragment QuoteCard_job on ServiceJob {\n    id coverage status\n    assignedPartner { id currency }\n    equipment { id model { id } }\n    viewerCan { complete }\n    quote {\n      id number state taxRate validUntil sentAt answeredAt declineReason\n      net { amount currency } tax { amount currency } gross { amount currency }\n      lines { kind description quantity unitPrice { amount currency } amount { amount currency } part { id sku } }\n    }\n  }\n": types.QuoteCard_JobFragmentDoc,
    "\n  mutation SendQuote($jobId: ID!, $lines: [QuoteLineInput!]!, $validDays: Int) {\n    sendQuote(jobId: $jobId, lines: $lines, validDays: $validDays) { id job { ...QuoteCard_job } }\n  }\n": types.SendQuoteDocument,
    "\n  fragment CustomerQuote_quote on CustomerQuote {\n    number state taxRate validUntil sentAt answeredAt declineReason partnerName answerToken\n    net { amount currency } tax { amount currency } gross { amount currency }\n    lines { kind description quantity unitPrice { amount currency } amount { amount currency } }\n  }\n": types.CustomerQuote_QuoteFragmentDoc,
    "\n  mutation AnswerQuote($token: String!, $accept: Boolean!, $reason: String) {\n    answerQuote(token: $token, accept: $accept, reason: $reason) { ...CustomerQuote_quote }\n  }\n": types.AnswerQuoteDocument,
    "\n  query QuoteLink($token: String!) { customerQuote(token: $token) { ...CustomerQuote_quote } }\n": types.QuoteLinkDocument,
    "\n  query ServiceRequests($status: ServiceRequestStatus) {\n    serviceRequests(status: $status) { id status serial description contactName contactEmail contactPhone address createdAt handledAt jobId jobNumber }\n  }\n": types.ServiceRequestsDocument,
    "\n  mutation CreateJobFromServiceRequest($id: ID!, $serial: String!) { createJobFromServiceRequest(id: $id, serial: $serial) { id } }\n": types.CreateJobFromServiceRequestDocument,
    "\n  mutation MarkServiceRequestHandled($id: ID!) { markServiceRequestHandled(id: $id) { id status handledAt } }\n": types.MarkServiceRequestHandledDocument,
    "\n  fragment Schedule_job on ServiceJob {\n    id number status version appointmentAt appointmentEndsAt appointmentMinutes siteTimeZone\n    technician { id name }\n    equipment { id siteAddress model { id name } }\n  }\n": types.Schedule_JobFragmentDoc,
    "\n  fragment Schedule_absence on TechnicianAbsence { id technicianId startsAt endsAt kind note }\n": types.Schedule_AbsenceFragmentDoc,
    "\n  query TechnicianSchedules($from: DateTime!, $to: DateTime!) {\n    technicianSchedules(from: $from, to: $to) {\n      technicianId name ownHours timeZone\n      hours { day intervals }\n      absences { ...Schedule_absence }\n      appointments { jobId jobNumber startsAt endsAt minutes siteAddress siteTimeZone job { ...Schedule_job } }\n    }\n  }\n": types.TechnicianSchedulesDocument,
    "\n  mutation Reschedule($jobId: ID!, $appointmentAt: DateTime!, $durationMinutes: Int, $technicianId: ID, $expectedVersion: Int) {\n    scheduleJob(jobId: $jobId, appointmentAt: $appointmentAt, durationMinutes: $durationMinutes, technicianId: $technicianId, expectedVersion: $expectedVersion) {\n      ...Schedule_job\n    }\n  }\n": types.RescheduleDocument,
    "\n  mutation SetTechnicianHours($technicianId: ID!, $hours: [WorkingHoursInput!]) {\n    setTechnicianHours(technicianId: $technicianId, hours: $hours) { technicianId ownHours timeZone hours { day intervals } }\n  }\n": types.SetTechnicianHoursDocument,
    "\n  mutation AddTechnicianAbsence($input: TechnicianAbsenceInput!) { addTechnicianAbsence(input: $input) { ...Schedule_absence } }\n": types.AddTechnicianAbsenceDocument,
    "\n  mutation RemoveTechnicianAbsence($id: ID!) { removeTechnicianAbsence(id: $id) { id } }\n": types.RemoveTechnicianAbsenceDocument,
    "\n  fragment Schedule_certification on TechnicianCertification { id technicianId productLineId productLineName jobTypes expiresAt valid }\n": types.Schedule_CertificationFragmentDoc,
    "\n  query TechnicianCertifications($technicianId: ID!) {\n    technicianCertifications(technicianId: $technicianId) { ...Schedule_certification }\n    me { id organization { id certifications { id productLineId productLineName } } }\n  }\n": types.TechnicianCertificationsDocument,
    "\n  mutation AddTechnicianCertification($input: TechnicianCertificationInput!) { addTechnicianCertification(input: $input) { ...Schedule_certification } }\n": types.AddTechnicianCertificationDocument,
    "\n  mutation RemoveTechnicianCertification($id: ID!) { removeTechnicianCertification(id: $id) { id } }\n": types.RemoveTechnicianCertificationDocument,
    "\n  mutation SubmitSurvey($token: String!, $rating: Int!, $comment: String) {\n    submitSurvey(token: $token, rating: $rating, comment: $comment) { id rating }\n  }\n": types.SubmitSurveyDocument,
    "\n  query RequestManufacturers { requestManufacturers { slug name } }\n": types.RequestManufacturersDocument,
    "\n  mutation SubmitServiceRequest($input: ServiceRequestInput!) {\n    submitServiceRequest(input: $input) { token trackingPath matched jobNumber }\n  }\n": types.SubmitServiceRequestDocument,
    "\n  query TrackJob($token: String!) {\n    trackJob(token: $token) {\n      number status receivedAt appointmentAt technicianFirstName reportUrl surveyOpen surveyAnswered\n      equipment { serial model }\n      responsible { organization name email }\n      timeline { kind at }\n      quote { ...CustomerQuote_quote }\n    }\n  }\n": types.TrackJobDocument,
    "\n  fragment MyJobs_job on ServiceJob { ...JobCard_job appointmentAt appointmentEndsAt siteTimeZone equipment { id siteAddress } }\n": types.MyJobs_JobFragmentDoc,
    "\n  query MyJobs($filter: JobFilter!, $first: Int!, $after: String) {\n    jobs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...MyJobs_job } }\n    }\n  }\n": types.MyJobsDocument,
    "\n  fragment LiveEvent on ServiceEvent {\n    ...History_event\n    jobId\n    invitationId\n    job { ...CaseFileStatus_job ...MyJobs_job ...Schedule_job ...QuoteCard_job }\n    offer { ...CaseFileOffer_offer ...InboxOffer_offer job { id } }\n    partsRequest { ...PartsRequestCard_request }\n    claim { ...ClaimPage_claim }\n    returnAuthorization { ...ReturnRow_return }\n  }\n": types.LiveEventFragmentDoc,
    "\n  subscription Live($after: String) {\n    serviceEvents(after: $after) { ...LiveEvent }\n  }\n": types.LiveDocument,
    "\n  query MissedEvents($after: String!) { missedEventCount(after: $after) }\n": types.MissedEventsDocument,
    "\n  fragment ClaimLineReturn_line on ClaimLine { id kind faultySerial returnAuthorization { ...ReturnRow_return } }\n": types.ClaimLineReturn_LineFragmentDoc,
    "\n  fragment ReturnRow_return on ReturnAuthorization {\n    id number state faultySerial requestNote trackingCode requestedAt returnBy shippedAt receivedAt inspectedAt result inspectionNote\n    part { id sku name }\n    partner { id name }\n    job { id number }\n    claim { id number }\n    viewerCan { ship receive inspect }\n  }\n": types.ReturnRow_ReturnFragmentDoc,
    "\n  query Returns($states: [ReturnState!]) { returnAuthorizations(states: $states) { ...ReturnRow_return } }\n": types.ReturnsDocument,
    "\n  query ReturnCandidates {\n    claims(states: [SUBMITTED, APPROVED, PARTIALLY_APPROVED]) {\n      id number partner { id name }\n      lines { id kind description faultySerial part { id sku name } returnAuthorization { id } }\n    }\n  }\n": types.ReturnCandidatesDocument,
    "\n  mutation RequestPartReturn($claimLineId: ID!, $note: String) {\n    requestPartReturn(claimLineId: $claimLineId, note: $note) { ...ReturnRow_return claimLine { id returnAuthorization { id } } }\n  }\n": types.RequestPartReturnDocument,
    "\n  mutation ShipPartReturn($returnId: ID!, $trackingCode: String!) { shipPartReturn(returnId: $returnId, trackingCode: $trackingCode) { ...ReturnRow_return } }\n": types.ShipPartReturnDocument,
    "\n  mutation ReceivePartReturn($returnId: ID!) { receivePartReturn(returnId: $returnId) { ...ReturnRow_return } }\n": types.ReceivePartReturnDocument,
    "\n  mutation InspectPartReturn($returnId: ID!, $result: InspectionResult!, $note: String) {\n    inspectPartReturn(returnId: $returnId, result: $result, note: $note) {\n      ...ReturnRow_return\n      claimLine { id decision decisionReasonCode approvedAmount { amount currency } }\n    }\n  }\n": types.InspectPartReturnDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id name email role capabilities locale timeZone organization { id name kind currency } }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SetMyLanguage($input: PreferencesInput!) { setMyPreferences(input: $input) { id locale timeZone } }\n": types.SetMyLanguageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Network {\n    partners { id slug name kind status regions capacity latitude longitude serviceRadiusKm certifications { id productLineName jobTypes expiresAt valid } }\n    productLines {\n      id name strategy maintenanceIntervalMonths\n      models { id name warrantyMonths }\n      standards { id jobType responseMinutes resolutionMinutes minPhotos keepPhotoLocation requiresSignature requiresCertifiedTechnician maxLaborMinutes laborRateCeiling { amount currency } requiredReportFields checklist { id label: labelAsWritten } }\n    }\n  }\n"): (typeof documents)["\n  query Network {\n    partners { id slug name kind status regions capacity latitude longitude serviceRadiusKm certifications { id productLineName jobTypes expiresAt valid } }\n    productLines {\n      id name strategy maintenanceIntervalMonths\n      models { id name warrantyMonths }\n      standards { id jobType responseMinutes resolutionMinutes minPhotos keepPhotoLocation requiresSignature requiresCertifiedTechnician maxLaborMinutes laborRateCeiling { amount currency } requiredReportFields checklist { id label: labelAsWritten } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePartner($id: ID!, $changes: PartnerChangesInput!) { updatePartner(id: $id, changes: $changes) { id status capacity regions latitude longitude serviceRadiusKm } }\n"): (typeof documents)["\n  mutation UpdatePartner($id: ID!, $changes: PartnerChangesInput!) { updatePartner(id: $id, changes: $changes) { id status capacity regions latitude longitude serviceRadiusKm } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartner($input: PartnerInput!) { createPartner(input: $input) { id } }\n"): (typeof documents)["\n  mutation CreatePartner($input: PartnerInput!) { createPartner(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customers { customers { id name } }\n"): (typeof documents)["\n  query Customers { customers { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantCertification($input: CertificationInput!) { grantCertification(input: $input) { id } }\n"): (typeof documents)["\n  mutation GrantCertification($input: CertificationInput!) { grantCertification(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPartPrice($input: PartPriceInput!) { setPartPrice(input: $input) { id sku listPrice { amount currency } } }\n"): (typeof documents)["\n  mutation SetPartPrice($input: PartPriceInput!) { setPartPrice(input: $input) { id sku listPrice { amount currency } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: UserInput!) { createUser(input: $input) { id } }\n"): (typeof documents)["\n  mutation CreateUser($input: UserInput!) { createUser(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetQualityStandard($input: QualityStandardInput!) { setQualityStandard(input: $input) { id } }\n"): (typeof documents)["\n  mutation SetQualityStandard($input: QualityStandardInput!) { setQualityStandard(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManufacturerTexts {\n    productLines {\n      id name\n      standards {\n        id jobType instructionsAsWritten instructionsTranslations { language text }\n        checklist { id labelAsWritten translations { language text } }\n      }\n    }\n    declineCodes: reasonCodes(kind: DECLINE, includeRetired: true) { ...TextsEditor_code }\n    findingCodes: reasonCodes(kind: FINDING, includeRetired: true) { ...TextsEditor_code }\n  }\n"): (typeof documents)["\n  query ManufacturerTexts {\n    productLines {\n      id name\n      standards {\n        id jobType instructionsAsWritten instructionsTranslations { language text }\n        checklist { id labelAsWritten translations { language text } }\n      }\n    }\n    declineCodes: reasonCodes(kind: DECLINE, includeRetired: true) { ...TextsEditor_code }\n    findingCodes: reasonCodes(kind: FINDING, includeRetired: true) { ...TextsEditor_code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TextsEditor_code on ReasonCode { id kind code labelAsWritten active translations { language text } }\n"): (typeof documents)["\n  fragment TextsEditor_code on ReasonCode { id kind code labelAsWritten active translations { language text } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStandardTexts($input: StandardTextsInput!) {\n    setStandardTexts(input: $input) { id instructionsAsWritten instructionsTranslations { language text } checklist { id label labelAsWritten translations { language text } } }\n  }\n"): (typeof documents)["\n  mutation SetStandardTexts($input: StandardTextsInput!) {\n    setStandardTexts(input: $input) { id instructionsAsWritten instructionsTranslations { language text } checklist { id label labelAsWritten translations { language text } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetReasonCode($input: ReasonCodeInput!) { setReasonCode(input: $input) { ...TextsEditor_code } }\n"): (typeof documents)["\n  mutation SetReasonCode($input: ReasonCodeInput!) { setReasonCode(input: $input) { ...TextsEditor_code } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Scorecards($from: DateTime!, $to: DateTime!) {\n    partnerScorecards(from: $from, to: $to) {\n      partner { id name kind status }\n      offersReceived offersAccepted acceptanceRate medianMinutesToAccept slaResponseCompliance slaResolutionCompliance\n      jobsCompleted firstTimeFixRate qualityGateFailures priceCompliance partsPerJob meanSatisfaction score claimRejectionRate\n    }\n  }\n"): (typeof documents)["\n  query Scorecards($from: DateTime!, $to: DateTime!) {\n    partnerScorecards(from: $from, to: $to) {\n      partner { id name kind status }\n      offersReceived offersAccepted acceptanceRate medianMinutesToAccept slaResponseCompliance slaResolutionCompliance\n      jobsCompleted firstTimeFixRate qualityGateFailures priceCompliance partsPerJob meanSatisfaction score claimRejectionRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FailureAnalysis($from: DateTime!, $to: DateTime!) {\n    failureAnalysis(from: $from, to: $to) {\n      model { id name } failureCode jobs repeatRate meanMinutesToRepair lowRatings complaints\n      confirmedFaults { part { id sku } count }\n    }\n  }\n"): (typeof documents)["\n  query FailureAnalysis($from: DateTime!, $to: DateTime!) {\n    failureAnalysis(from: $from, to: $to) {\n      model { id name } failureCode jobs repeatRate meanMinutesToRepair lowRatings complaints\n      confirmedFaults { part { id sku } count }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Findings($partnerId: ID, $overdue: Boolean) {\n    findings(partnerId: $partnerId, overdue: $overdue) {\n      id severity text correctiveActionDueAt createdAt acknowledgedAt actionTaken actionReportedAt overdue\n      partner { id name }\n      job { id number }\n    }\n  }\n"): (typeof documents)["\n  query Findings($partnerId: ID, $overdue: Boolean) {\n    findings(partnerId: $partnerId, overdue: $overdue) {\n      id severity text correctiveActionDueAt createdAt acknowledgedAt actionTaken actionReportedAt overdue\n      partner { id name }\n      job { id number }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeFinding($id: ID!) { acknowledgeFinding(id: $id) { id acknowledgedAt } }\n"): (typeof documents)["\n  mutation AcknowledgeFinding($id: ID!) { acknowledgeFinding(id: $id) { id acknowledgedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportCorrectiveAction($id: ID!, $actionTaken: String!) { reportCorrectiveAction(id: $id, actionTaken: $actionTaken) { id actionTaken actionReportedAt } }\n"): (typeof documents)["\n  mutation ReportCorrectiveAction($id: ID!, $actionTaken: String!) { reportCorrectiveAction(id: $id, actionTaken: $actionTaken) { id actionTaken actionReportedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerScorecard($partnerId: ID!, $from: DateTime!, $to: DateTime!) {\n    partnerScorecard(partnerId: $partnerId, from: $from, to: $to) {\n      card { partner { id name } score acceptanceRate slaResponseCompliance slaResolutionCompliance firstTimeFixRate meanSatisfaction jobsCompleted qualityGateFailures priceCompliance partsPerJob\n        claimRejectionRate claimPerJob { amount currency } networkMedianClaimPerJob { amount currency } medianHoursToSubmit }\n      weeks { from score slaResolutionCompliance meanSatisfaction jobsCompleted }\n      jobsBehind { figure jobs { id number status } }\n    }\n  }\n"): (typeof documents)["\n  query PartnerScorecard($partnerId: ID!, $from: DateTime!, $to: DateTime!) {\n    partnerScorecard(partnerId: $partnerId, from: $from, to: $to) {\n      card { partner { id name } score acceptanceRate slaResponseCompliance slaResolutionCompliance firstTimeFixRate meanSatisfaction jobsCompleted qualityGateFailures priceCompliance partsPerJob\n        claimRejectionRate claimPerJob { amount currency } networkMedianClaimPerJob { amount currency } medianHoursToSubmit }\n      weeks { from score slaResolutionCompliance meanSatisfaction jobsCompleted }\n      jobsBehind { figure jobs { id number status } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFinding($input: RecordFindingInput!) { recordFinding(input: $input) { id } }\n"): (typeof documents)["\n  mutation RecordFinding($input: RecordFindingInput!) { recordFinding(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Statement($partnerId: ID!, $from: DateTime!, $to: DateTime!) {\n    reimbursementStatement(partnerId: $partnerId, from: $from, to: $to) {\n      total { amount currency } approvedTotal { amount currency } paidTotal { amount currency }\n      byState { state count claimed { amount currency } approved { amount currency } }\n      claims { ...ClaimRow_claim }\n    }\n  }\n"): (typeof documents)["\n  query Statement($partnerId: ID!, $from: DateTime!, $to: DateTime!) {\n    reimbursementStatement(partnerId: $partnerId, from: $from, to: $to) {\n      total { amount currency } approvedTotal { amount currency } paidTotal { amount currency }\n      byState { state count claimed { amount currency } approved { amount currency } }\n      claims { ...ClaimRow_claim }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardColumn($filter: JobFilter!, $first: Int!, $after: String) {\n    jobs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...JobCard_job } }\n    }\n  }\n"): (typeof documents)["\n  query BoardColumn($filter: JobFilter!, $first: Int!, $after: String) {\n    jobs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...JobCard_job } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobCard_job on ServiceJob {\n    id number type status priority coverage source createdAt responseDueAt resolutionDueAt resolutionPausedAt\n    responseClock { mode workingMinutesLeft }\n    resolutionClock { mode workingMinutesLeft }\n    equipment { id serial region model { id name } customer { id name } }\n    assignedPartner { id name }\n  }\n"): (typeof documents)["\n  fragment JobCard_job on ServiceJob {\n    id number type status priority coverage source createdAt responseDueAt resolutionDueAt resolutionPausedAt\n    responseClock { mode workingMinutesLeft }\n    resolutionClock { mode workingMinutesLeft }\n    equipment { id serial region model { id name } customer { id name } }\n    assignedPartner { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobList($filter: JobFilter, $first: Int, $after: String) {\n    jobs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...JobCard_job } }\n    }\n  }\n"): (typeof documents)["\n  query JobList($filter: JobFilter, $first: Int, $after: String) {\n    jobs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...JobCard_job } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EquipmentBySerial($serial: String!) {\n    equipmentBySerial(serial: $serial) {\n      id serial siteAddress region underWarranty warrantyEndsOn underContract\n      model { id name productLine { id name strategy } }\n      customer { id name phone email }\n    }\n  }\n"): (typeof documents)["\n  query EquipmentBySerial($serial: String!) {\n    equipmentBySerial(serial: $serial) {\n      id serial siteAddress region underWarranty warrantyEndsOn underContract\n      model { id name productLine { id name strategy } }\n      customer { id name phone email }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateJob($input: CreateJobInput!) {\n    createJob(input: $input) { id number coverage priority }\n  }\n"): (typeof documents)["\n  mutation CreateJob($input: CreateJobInput!) {\n    createJob(input: $input) { id number coverage priority }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BusinessCalendarFields on BusinessCalendar {\n    organizationId organizationName timeZone holidayCountry holidayRegion closedDays version updatedAt\n    hours { day intervals }\n    extraWorkingDays { date intervals }\n  }\n"): (typeof documents)["\n  fragment BusinessCalendarFields on BusinessCalendar {\n    organizationId organizationName timeZone holidayCountry holidayRegion closedDays version updatedAt\n    hours { day intervals }\n    extraWorkingDays { date intervals }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BusinessCalendars { businessCalendars { ...BusinessCalendarFields } }\n"): (typeof documents)["\n  query BusinessCalendars { businessCalendars { ...BusinessCalendarFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBusinessCalendar($calendar: BusinessCalendarInput!) { setBusinessCalendar(calendar: $calendar) { ...BusinessCalendarFields } }\n"): (typeof documents)["\n  mutation SetBusinessCalendar($calendar: BusinessCalendarInput!) { setBusinessCalendar(calendar: $calendar) { ...BusinessCalendarFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimEvidence($jobId: ID!) { job(id: $jobId) { id attachments { ...Attachments_attachment } } }\n"): (typeof documents)["\n  query ClaimEvidence($jobId: ID!) { job(id: $jobId) { id attachments { ...Attachments_attachment } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClaimLines_line on ClaimLine {\n    id kind description quantity minutes ownStock partsRequestLineId faultySerial replacementSerial\n    unitPrice { amount currency } amount { amount currency } limit { amount currency }\n    decision approvedAmount { amount currency } decisionReasonCode decisionReason { code params text }\n    part { id sku name }\n    ...ClaimLineReturn_line\n  }\n"): (typeof documents)["\n  fragment ClaimLines_line on ClaimLine {\n    id kind description quantity minutes ownStock partsRequestLineId faultySerial replacementSerial\n    unitPrice { amount currency } amount { amount currency } limit { amount currency }\n    decision approvedAmount { amount currency } decisionReasonCode decisionReason { code params text }\n    part { id sku name }\n    ...ClaimLineReturn_line\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClaimMessages_message on ClaimMessage { id kind text createdAt author { id name } }\n"): (typeof documents)["\n  fragment ClaimMessages_message on ClaimMessage { id kind text createdAt author { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClaimPage_claim on WarrantyClaim {\n    ...ClaimRow_claim\n    paidAt\n    paymentBatch { id reference }\n    job { id number equipment { id model { id } } }\n    lines { ...ClaimLines_line }\n    messages { ...ClaimMessages_message }\n  }\n"): (typeof documents)["\n  fragment ClaimPage_claim on WarrantyClaim {\n    ...ClaimRow_claim\n    paidAt\n    paymentBatch { id reference }\n    job { id number equipment { id model { id } } }\n    lines { ...ClaimLines_line }\n    messages { ...ClaimMessages_message }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClaimRow_claim on WarrantyClaim {\n    id number state coverage submittedAt reviewDueAt reviewedAt\n    claimed { amount currency } approved { amount currency }\n    partner { id name }\n    job { id number }\n  }\n"): (typeof documents)["\n  fragment ClaimRow_claim on WarrantyClaim {\n    id number state coverage submittedAt reviewDueAt reviewedAt\n    claimed { amount currency } approved { amount currency }\n    partner { id name }\n    job { id number }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Claims($states: [ClaimState!], $partnerId: ID) {\n    claims(states: $states, partnerId: $partnerId, first: 200) { ...ClaimRow_claim }\n  }\n"): (typeof documents)["\n  query Claims($states: [ClaimState!], $partnerId: ID) {\n    claims(states: $states, partnerId: $partnerId, first: 200) { ...ClaimRow_claim }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Claim($id: ID!) {\n    claim(id: $id) { ...ClaimPage_claim }\n  }\n"): (typeof documents)["\n  query Claim($id: ID!) {\n    claim(id: $id) { ...ClaimPage_claim }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimLineReasons { reasonCodes(kind: CLAIM_LINE) { id code label } }\n"): (typeof documents)["\n  query ClaimLineReasons { reasonCodes(kind: CLAIM_LINE) { id code label } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimModelParts($modelId: ID) { parts(modelId: $modelId) { id sku name listPrice { amount currency } } }\n"): (typeof documents)["\n  query ClaimModelParts($modelId: ID) { parts(modelId: $modelId) { id sku name listPrice { amount currency } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClaim($claimId: ID!, $lines: [ClaimLineInput!]!) { updateClaim(claimId: $claimId, lines: $lines) { ...ClaimPage_claim } }\n"): (typeof documents)["\n  mutation UpdateClaim($claimId: ID!, $lines: [ClaimLineInput!]!) { updateClaim(claimId: $claimId, lines: $lines) { ...ClaimPage_claim } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitClaim($claimId: ID!, $answer: String) { submitClaim(claimId: $claimId, answer: $answer) { ...ClaimPage_claim } }\n"): (typeof documents)["\n  mutation SubmitClaim($claimId: ID!, $answer: String) { submitClaim(claimId: $claimId, answer: $answer) { ...ClaimPage_claim } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewClaim($claimId: ID!, $lines: [ClaimLineDecisionInput!]!) { reviewClaim(claimId: $claimId, lines: $lines) { ...ClaimPage_claim } }\n"): (typeof documents)["\n  mutation ReviewClaim($claimId: ID!, $lines: [ClaimLineDecisionInput!]!) { reviewClaim(claimId: $claimId, lines: $lines) { ...ClaimPage_claim } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendBackClaim($claimId: ID!, $question: String!) { sendBackClaim(claimId: $claimId, question: $question) { ...ClaimPage_claim } }\n"): (typeof documents)["\n  mutation SendBackClaim($claimId: ID!, $question: String!) { sendBackClaim(claimId: $claimId, question: $question) { ...ClaimPage_claim } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePaymentBatch($partnerId: ID!, $reference: String!, $from: DateTime!, $to: DateTime!) {\n    createPaymentBatch(partnerId: $partnerId, reference: $reference, from: $from, to: $to) {\n      id reference paidAt total { amount currency } claims { id state paidAt paymentBatch { id reference } }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePaymentBatch($partnerId: ID!, $reference: String!, $from: DateTime!, $to: DateTime!) {\n    createPaymentBatch(partnerId: $partnerId, reference: $reference, from: $from, to: $to) {\n      id reference paidAt total { amount currency } claims { id state paidAt paymentBatch { id reference } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InboxOffer_offer on JobOffer {\n    id createdAt ...OfferPanel_offer\n    job { ...JobCard_job description }\n  }\n"): (typeof documents)["\n  fragment InboxOffer_offer on JobOffer {\n    id createdAt ...OfferPanel_offer\n    job { ...JobCard_job description }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxOffers($first: Int!, $after: String) {\n    offers(status: [PENDING], first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...InboxOffer_offer } }\n    }\n  }\n"): (typeof documents)["\n  query InboxOffers($first: Int!, $after: String) {\n    offers(status: [PENDING], first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...InboxOffer_offer } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxJobs($filter: JobFilter!, $first: Int!, $after: String) {\n    jobs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...JobCard_job } }\n    }\n  }\n"): (typeof documents)["\n  query InboxJobs($filter: JobFilter!, $first: Int!, $after: String) {\n    jobs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...JobCard_job } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhooksSection_endpoint on WebhookEndpoint { id url description eventKinds enabled disabledAt disabledReason consecutiveFailures createdAt }\n"): (typeof documents)["\n  fragment WebhooksSection_endpoint on WebhookEndpoint { id url description eventKinds enabled disabledAt disabledReason consecutiveFailures createdAt }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhooksSection_delivery on WebhookDelivery {\n    id eventKind jobId state attemptCount lastStatusCode lastError createdAt\n    attempts { number at latencyMs statusCode error }\n  }\n"): (typeof documents)["\n  fragment WebhooksSection_delivery on WebhookDelivery {\n    id eventKind jobId state attemptCount lastStatusCode lastError createdAt\n    attempts { number at latencyMs statusCode error }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoints { webhookEndpoints { ...WebhooksSection_endpoint } }\n"): (typeof documents)["\n  query WebhookEndpoints { webhookEndpoints { ...WebhooksSection_endpoint } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($endpointId: ID!) { webhookDeliveries(endpointId: $endpointId, first: 20) { edges { node { ...WebhooksSection_delivery } } } }\n"): (typeof documents)["\n  query WebhookDeliveries($endpointId: ID!) { webhookDeliveries(endpointId: $endpointId, first: 20) { edges { node { ...WebhooksSection_delivery } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($input: WebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { ...WebhooksSection_endpoint } } }\n"): (typeof documents)["\n  mutation CreateWebhookEndpoint($input: WebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { ...WebhooksSection_endpoint } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhookEndpoint($id: ID!, $changes: WebhookEndpointChangesInput!) { updateWebhookEndpoint(id: $id, changes: $changes) { ...WebhooksSection_endpoint } }\n"): (typeof documents)["\n  mutation UpdateWebhookEndpoint($id: ID!, $changes: WebhookEndpointChangesInput!) { updateWebhookEndpoint(id: $id, changes: $changes) { ...WebhooksSection_endpoint } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookEndpoint($id: ID!) { deleteWebhookEndpoint(id: $id) }\n"): (typeof documents)["\n  mutation DeleteWebhookEndpoint($id: ID!) { deleteWebhookEndpoint(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookSecret($id: ID!) { rotateWebhookSecret(id: $id) { secret endpoint { ...WebhooksSection_endpoint } } }\n"): (typeof documents)["\n  mutation RotateWebhookSecret($id: ID!) { rotateWebhookSecret(id: $id) { secret endpoint { ...WebhooksSection_endpoint } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplayWebhookDelivery($id: ID!) { replayWebhookDelivery(id: $id) { ...WebhooksSection_delivery } }\n"): (typeof documents)["\n  mutation ReplayWebhookDelivery($id: ID!) { replayWebhookDelivery(id: $id) { ...WebhooksSection_delivery } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplayFailedWebhookDeliveries($endpointId: ID!, $since: DateTime!) { replayFailedWebhookDeliveries(endpointId: $endpointId, since: $since) }\n"): (typeof documents)["\n  mutation ReplayFailedWebhookDeliveries($endpointId: ID!, $since: DateTime!) { replayFailedWebhookDeliveries(endpointId: $endpointId, since: $since) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyRow_apiKey on ApiKey { id name role prefix createdAt lastUsedAt revokedAt createdBy { id name } }\n"): (typeof documents)["\n  fragment ApiKeyRow_apiKey on ApiKey { id name role prefix createdAt lastUsedAt revokedAt createdBy { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys { apiKeys { ...ApiKeyRow_apiKey } }\n"): (typeof documents)["\n  query ApiKeys { apiKeys { ...ApiKeyRow_apiKey } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret key { ...ApiKeyRow_apiKey } } }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret key { ...ApiKeyRow_apiKey } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { ...ApiKeyRow_apiKey } }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { ...ApiKeyRow_apiKey } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Attachments_attachment on Attachment { id kind contentType url thumbnailUrl signerName signedAt createdAt }\n"): (typeof documents)["\n  fragment Attachments_attachment on Attachment { id kind contentType url thumbnailUrl signerName signedAt createdAt }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment History_event on ServiceEvent {\n    cursor kind at\n    actor { id name }\n    partner { id name }\n    jobMove { from to }\n    offerMove { from to }\n    partsMove { from to }\n    reason slaClock missing missingCodes { code params text } trackingCode rating\n  }\n"): (typeof documents)["\n  fragment History_event on ServiceEvent {\n    cursor kind at\n    actor { id name }\n    partner { id name }\n    jobMove { from to }\n    offerMove { from to }\n    partsMove { from to }\n    reason slaClock missing missingCodes { code params text } trackingCode rating\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfferPanel_offer on JobOffer { id status expiresAt }\n"): (typeof documents)["\n  fragment OfferPanel_offer on JobOffer { id status expiresAt }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeclineCodes($offerId: ID!) { reasonCodes(kind: DECLINE, offerId: $offerId) { id code label } }\n"): (typeof documents)["\n  query DeclineCodes($offerId: ID!) { reasonCodes(kind: DECLINE, offerId: $offerId) { id code label } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseFileStatus_job on ServiceJob {\n    ...JobCard_job\n    description version appointmentAt completedAt closedAt resolution failureCode laborMinutes reopenCount cancelReason surveyToken\n    maintenanceDueAt resolutionPausedMinutes responseBreachedAt resolutionBreachedAt\n    technician { id name }\n    viewerCan { offer autoDispatch accept decline schedule assignTechnician start requestParts complete close reopen cancel }\n  }\n"): (typeof documents)["\n  fragment CaseFileStatus_job on ServiceJob {\n    ...JobCard_job\n    description version appointmentAt completedAt closedAt resolution failureCode laborMinutes reopenCount cancelReason surveyToken\n    maintenanceDueAt resolutionPausedMinutes responseBreachedAt resolutionBreachedAt\n    technician { id name }\n    viewerCan { offer autoDispatch accept decline schedule assignTechnician start requestParts complete close reopen cancel }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseFileOffer_offer on JobOffer { id status expiresAt declineReason declineCode { id label } automatic createdAt partner { id name } }\n"): (typeof documents)["\n  fragment CaseFileOffer_offer on JobOffer { id status expiresAt declineReason declineCode { id label } automatic createdAt partner { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseFile($id: ID!) {\n    job(id: $id) {\n      ...CaseFileStatus_job\n      ...QuoteCard_job\n      customerLinkToken\n      equipment { id serial siteAddress region underWarranty warrantyEndsOn model { id name productLine { id name strategy } } customer { id name phone email } }\n      parent { id number }\n      children { id number status }\n      qualityStandard { responseMinutes resolutionMinutes minPhotos requiresSignature requiredReportFields instructions checklist { id label } }\n      attachments { ...Attachments_attachment }\n      offers { ...CaseFileOffer_offer }\n      partsRequests { ...PartsRequestCard_request }\n      charges { partsAmount { amount currency } laborAmount { amount currency } total { amount currency } payer }\n      events { ...History_event }\n    }\n  }\n"): (typeof documents)["\n  query CaseFile($id: ID!) {\n    job(id: $id) {\n      ...CaseFileStatus_job\n      ...QuoteCard_job\n      customerLinkToken\n      equipment { id serial siteAddress region underWarranty warrantyEndsOn model { id name productLine { id name strategy } } customer { id name phone email } }\n      parent { id number }\n      children { id number status }\n      qualityStandard { responseMinutes resolutionMinutes minPhotos requiresSignature requiredReportFields instructions checklist { id label } }\n      attachments { ...Attachments_attachment }\n      offers { ...CaseFileOffer_offer }\n      partsRequests { ...PartsRequestCard_request }\n      charges { partsAmount { amount currency } laborAmount { amount currency } total { amount currency } payer }\n      events { ...History_event }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Candidates($jobId: ID!) {\n    dispatchCandidates(jobId: $jobId) { eligible autoEligible score distanceKm reasons reasonCodes { code params text } partner { id name kind status regions } }\n  }\n"): (typeof documents)["\n  query Candidates($jobId: ID!) {\n    dispatchCandidates(jobId: $jobId) { eligible autoEligible score distanceKm reasons reasonCodes { code params text } partner { id name kind status regions } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfferJob($jobId: ID!, $partnerIds: [ID!]!, $expiresInMinutes: Int) {\n    offerJob(jobId: $jobId, partnerIds: $partnerIds, expiresInMinutes: $expiresInMinutes) { id status partner { id } }\n  }\n"): (typeof documents)["\n  mutation OfferJob($jobId: ID!, $partnerIds: [ID!]!, $expiresInMinutes: Int) {\n    offerJob(jobId: $jobId, partnerIds: $partnerIds, expiresInMinutes: $expiresInMinutes) { id status partner { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AutoDispatch($jobId: ID!) { autoDispatch(jobId: $jobId) { id partner { id name } } }\n"): (typeof documents)["\n  mutation AutoDispatch($jobId: ID!) { autoDispatch(jobId: $jobId) { id partner { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptOffer($offerId: ID!) { acceptOffer(offerId: $offerId) { id status assignedPartner { id name } } }\n"): (typeof documents)["\n  mutation AcceptOffer($offerId: ID!) { acceptOffer(offerId: $offerId) { id status assignedPartner { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineOffer($offerId: ID!, $reason: String!, $reasonCode: String) {\n    declineOffer(offerId: $offerId, reason: $reason, reasonCode: $reasonCode) { id status declineReason declineCode { id label } }\n  }\n"): (typeof documents)["\n  mutation DeclineOffer($offerId: ID!, $reason: String!, $reasonCode: String) {\n    declineOffer(offerId: $offerId, reason: $reason, reasonCode: $reasonCode) { id status declineReason declineCode { id label } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Colleagues { colleagues { id name role } }\n"): (typeof documents)["\n  query Colleagues { colleagues { id name role } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleJob($jobId: ID!, $appointmentAt: DateTime!, $technicianId: ID) {\n    scheduleJob(jobId: $jobId, appointmentAt: $appointmentAt, technicianId: $technicianId) { id status appointmentAt technician { id name } }\n  }\n"): (typeof documents)["\n  mutation ScheduleJob($jobId: ID!, $appointmentAt: DateTime!, $technicianId: ID) {\n    scheduleJob(jobId: $jobId, appointmentAt: $appointmentAt, technicianId: $technicianId) { id status appointmentAt technician { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartJob($jobId: ID!) { startJob(jobId: $jobId) { id status } }\n"): (typeof documents)["\n  mutation StartJob($jobId: ID!) { startJob(jobId: $jobId) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteJob($input: CompleteJobInput!) { completeJob(input: $input) { id status attachments { ...Attachments_attachment } } }\n"): (typeof documents)["\n  mutation CompleteJob($input: CompleteJobInput!) { completeJob(input: $input) { id status attachments { ...Attachments_attachment } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseJob($jobId: ID!) { closeJob(jobId: $jobId) { id status surveyToken } }\n"): (typeof documents)["\n  mutation CloseJob($jobId: ID!) { closeJob(jobId: $jobId) { id status surveyToken } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenJob($jobId: ID!, $reason: String!) { reopenJob(jobId: $jobId, reason: $reason) { id status } }\n"): (typeof documents)["\n  mutation ReopenJob($jobId: ID!, $reason: String!) { reopenJob(jobId: $jobId, reason: $reason) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelJob($jobId: ID!, $reason: String!) { cancelJob(jobId: $jobId, reason: $reason) { id status } }\n"): (typeof documents)["\n  mutation CancelJob($jobId: ID!, $reason: String!) { cancelJob(jobId: $jobId, reason: $reason) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartsCatalogue($search: String, $modelId: ID) { parts(search: $search, modelId: $modelId) { id sku name listPrice { amount currency } } }\n"): (typeof documents)["\n  query PartsCatalogue($search: String, $modelId: ID) { parts(search: $search, modelId: $modelId) { id sku name listPrice { amount currency } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestParts($input: RequestPartsInput!) { requestParts(input: $input) { id status } }\n"): (typeof documents)["\n  mutation RequestParts($input: RequestPartsInput!) { requestParts(input: $input) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideParts($input: DecidePartsRequestInput!) { decidePartsRequest(input: $input) { id status lines { id approvedQuantity } } }\n"): (typeof documents)["\n  mutation DecideParts($input: DecidePartsRequestInput!) { decidePartsRequest(input: $input) { id status lines { id approvedQuantity } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShipParts($id: ID!, $trackingCode: String) { shipPartsRequest(id: $id, trackingCode: $trackingCode) { id status trackingCode } }\n"): (typeof documents)["\n  mutation ShipParts($id: ID!, $trackingCode: String) { shipPartsRequest(id: $id, trackingCode: $trackingCode) { id status trackingCode } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnLoaner($lineId: ID!, $trackingCode: String) {\n    returnLoaner(lineId: $lineId, trackingCode: $trackingCode) { id lines { id loanerReturnedAt loanerReturnTrackingCode loanerOverdue } }\n  }\n"): (typeof documents)["\n  mutation ReturnLoaner($lineId: ID!, $trackingCode: String) {\n    returnLoaner(lineId: $lineId, trackingCode: $trackingCode) { id lines { id loanerReturnedAt loanerReturnTrackingCode loanerOverdue } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceiveParts($id: ID!) { receivePartsRequest(id: $id) { id status job { id status } } }\n"): (typeof documents)["\n  mutation ReceiveParts($id: ID!) { receivePartsRequest(id: $id) { id status job { id status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotificationPreferences { myNotificationPreferences { kind label enabled } }\n"): (typeof documents)["\n  query MyNotificationPreferences { myNotificationPreferences { kind label enabled } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($kind: MailKind!, $enabled: Boolean!) { setNotificationPreference(kind: $kind, enabled: $enabled) { kind label enabled } }\n"): (typeof documents)["\n  mutation SetNotificationPreference($kind: MailKind!, $enabled: Boolean!) { setNotificationPreference(kind: $kind, enabled: $enabled) { kind label enabled } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outbox($status: [MailStatus!], $first: Int, $after: String) {\n    outbox(status: $status, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id kind status recipient subject createdAt sentAt attempts lastError } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query Outbox($status: [MailStatus!], $first: Int, $after: String) {\n    outbox(status: $status, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id kind status recipient subject createdAt sentAt attempts lastError } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboxMessage($id: ID!) { outboxMessage(id: $id) { id messageId subject recipient text html } }\n"): (typeof documents)["\n  query OutboxMessage($id: ID!) { outboxMessage(id: $id) { id messageId subject recipient text html } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsubscribeMail($token: String!) { unsubscribeMail(token: $token) { address } }\n"): (typeof documents)["\n  mutation UnsubscribeMail($token: String!) { unsubscribeMail(token: $token) { address } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailedOffer($token: String!) {\n    mailedOffer(token: $token) {\n      action offerId jobId jobNumber jobType productLine model siteCity region description priority partnerName status expiresAt usable blockedBy\n    }\n  }\n"): (typeof documents)["\n  query MailedOffer($token: String!) {\n    mailedOffer(token: $token) {\n      action offerId jobId jobNumber jobType productLine model siteCity region description priority partnerName status expiresAt usable blockedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerMailedOffer($token: String!, $reason: String) {\n    answerMailedOffer(token: $token, reason: $reason) { action offer { offerId status usable blockedBy } }\n  }\n"): (typeof documents)["\n  mutation AnswerMailedOffer($token: String!, $reason: String) {\n    answerMailedOffer(token: $token, reason: $reason) { action offer { offerId status usable blockedBy } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JoinInvitation($token: String!) { invitation(token: $token) { manufacturerName email firmName kind state expiresAt firmKnown } }\n"): (typeof documents)["\n  query JoinInvitation($token: String!) { invitation(token: $token) { manufacturerName email firmName kind state expiresAt firmKnown } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterByInvitation($token: String!, $input: RegistrationInput!) {\n    registerByInvitation(token: $token, input: $input) { token user { id name email role capabilities locale timeZone organization { id name kind currency } } }\n  }\n"): (typeof documents)["\n  mutation RegisterByInvitation($token: String!, $input: RegistrationInput!) {\n    registerByInvitation(token: $token, input: $input) { token user { id name email role capabilities locale timeZone organization { id name kind currency } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinByInvitation($token: String!) { joinByInvitation(token: $token) { id state } }\n"): (typeof documents)["\n  mutation JoinByInvitation($token: String!) { joinByInvitation(token: $token) { id state } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinSignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token user { id name email role capabilities locale timeZone organization { id name kind currency } } }\n  }\n"): (typeof documents)["\n  mutation JoinSignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token user { id name email role capabilities locale timeZone organization { id name kind currency } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationRow_invitation on PartnerInvitation {\n    id email firmName kind state expiresAt createdAt registeredAt decidedAt declineReason\n    partner {\n      id name kind status regions capacity country address\n      technicianCertifications { id productLineName jobTypes expiresAt valid certificate { id url contentType } }\n    }\n  }\n"): (typeof documents)["\n  fragment InvitationRow_invitation on PartnerInvitation {\n    id email firmName kind state expiresAt createdAt registeredAt decidedAt declineReason\n    partner {\n      id name kind status regions capacity country address\n      technicianCertifications { id productLineName jobTypes expiresAt valid certificate { id url contentType } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerInvitations { partnerInvitations { id ...InvitationRow_invitation } }\n"): (typeof documents)["\n  query PartnerInvitations { partnerInvitations { id ...InvitationRow_invitation } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitePartner($email: String!, $firmName: String, $kind: OrgKind) {\n    invitePartner(email: $email, firmName: $firmName, kind: $kind) { id link ...InvitationRow_invitation }\n  }\n"): (typeof documents)["\n  mutation InvitePartner($email: String!, $firmName: String, $kind: OrgKind) {\n    invitePartner(email: $email, firmName: $firmName, kind: $kind) { id link ...InvitationRow_invitation }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovePartner($id: ID!, $status: PartnerStatus!, $regions: [String!], $capacity: Int) {\n    approvePartner(invitationId: $id, status: $status, regions: $regions, capacity: $capacity) { id status regions capacity }\n  }\n"): (typeof documents)["\n  mutation ApprovePartner($id: ID!, $status: PartnerStatus!, $regions: [String!], $capacity: Int) {\n    approvePartner(invitationId: $id, status: $status, regions: $regions, capacity: $capacity) { id status regions capacity }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclinePartner($id: ID!, $reason: String) { declinePartner(invitationId: $id, reason: $reason) { id state decidedAt declineReason } }\n"): (typeof documents)["\n  mutation DeclinePartner($id: ID!, $reason: String) { declinePartner(invitationId: $id, reason: $reason) { id state decidedAt declineReason } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Team {\n    colleagues { id name email role }\n    technicianCertifications { id technicianId productLineName jobTypes expiresAt valid certificate { id url } }\n    certifiableProductLines { id name }\n  }\n"): (typeof documents)["\n  query Team {\n    colleagues { id name email role }\n    technicianCertifications { id technicianId productLineName jobTypes expiresAt valid certificate { id url } }\n    certifiableProductLines { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTeamMember($input: UserInput!) { createUser(input: $input) { id name email role } }\n"): (typeof documents)["\n  mutation AddTeamMember($input: UserInput!) { createUser(input: $input) { id name email role } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTeamCertification($input: TechnicianCertificationInput!) {\n    addTechnicianCertification(input: $input) { id technicianId productLineName jobTypes expiresAt valid certificate { id url } }\n  }\n"): (typeof documents)["\n  mutation AddTeamCertification($input: TechnicianCertificationInput!) {\n    addTechnicianCertification(input: $input) { id technicianId productLineName jobTypes expiresAt valid certificate { id url } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartsQueue($status: PartsRequestStatus) {\n    partsRequests(status: $status) { ...PartsRequestCard_request }\n  }\n"): (typeof documents)["\n  query PartsQueue($status: PartsRequestStatus) {\n    partsRequests(status: $status) { ...PartsRequestCard_request }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartsRequestCard_request on PartsRequest {\n    id status trackingCode decisionNote createdAt\n    job { id number }\n    lines { id quantity approvedQuantity loaner loanerReturnBy loanerReturnedAt loanerReturnTrackingCode loanerOverdue part { id sku name listPrice { amount currency } } }\n    viewerCan { decide ship receive returnLoaner }\n  }\n"): (typeof documents)["\n  fragment PartsRequestCard_request on PartsRequest {\n    id status trackingCode decisionNote createdAt\n    job { id number }\n    lines { id quantity approvedQuantity loaner loanerReturnBy loanerReturnedAt loanerReturnTrackingCode loanerOverdue part { id sku name listPrice { amount currency } } }\n    viewerCan { decide ship receive returnLoaner }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuoteCard_job on ServiceJob {\n    id coverage status\n    assignedPartner { id currency }\n    equipment { id model { id } }\n    viewerCan { complete }\n    quote {\n      id number state taxRate validUntil sentAt answeredAt declineReason\n      net { amount currency } tax { amount currency } gross { amount currency }\n      lines { kind description quantity unitPrice { amount currency } amount { amount currency } part { id sku } }\n    }\n  }\n"): (typeof documents)["\n  fragment QuoteCard_job on ServiceJob {\n    id coverage status\n    assignedPartner { id currency }\n    equipment { id model { id } }\n    viewerCan { complete }\n    quote {\n      id number state taxRate validUntil sentAt answeredAt declineReason\n      net { amount currency } tax { amount currency } gross { amount currency }\n      lines { kind description quantity unitPrice { amount currency } amount { amount currency } part { id sku } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendQuote($jobId: ID!, $lines: [QuoteLineInput!]!, $validDays: Int) {\n    sendQuote(jobId: $jobId, lines: $lines, validDays: $validDays) { id job { ...QuoteCard_job } }\n  }\n"): (typeof documents)["\n  mutation SendQuote($jobId: ID!, $lines: [QuoteLineInput!]!, $validDays: Int) {\n    sendQuote(jobId: $jobId, lines: $lines, validDays: $validDays) { id job { ...QuoteCard_job } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerQuote_quote on CustomerQuote {\n    number state taxRate validUntil sentAt answeredAt declineReason partnerName answerToken\n    net { amount currency } tax { amount currency } gross { amount currency }\n    lines { kind description quantity unitPrice { amount currency } amount { amount currency } }\n  }\n"): (typeof documents)["\n  fragment CustomerQuote_quote on CustomerQuote {\n    number state taxRate validUntil sentAt answeredAt declineReason partnerName answerToken\n    net { amount currency } tax { amount currency } gross { amount currency }\n    lines { kind description quantity unitPrice { amount currency } amount { amount currency } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerQuote($token: String!, $accept: Boolean!, $reason: String) {\n    answerQuote(token: $token, accept: $accept, reason: $reason) { ...CustomerQuote_quote }\n  }\n"): (typeof documents)["\n  mutation AnswerQuote($token: String!, $accept: Boolean!, $reason: String) {\n    answerQuote(token: $token, accept: $accept, reason: $reason) { ...CustomerQuote_quote }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuoteLink($token: String!) { customerQuote(token: $token) { ...CustomerQuote_quote } }\n"): (typeof documents)["\n  query QuoteLink($token: String!) { customerQuote(token: $token) { ...CustomerQuote_quote } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceRequests($status: ServiceRequestStatus) {\n    serviceRequests(status: $status) { id status serial description contactName contactEmail contactPhone address createdAt handledAt jobId jobNumber }\n  }\n"): (typeof documents)["\n  query ServiceRequests($status: ServiceRequestStatus) {\n    serviceRequests(status: $status) { id status serial description contactName contactEmail contactPhone address createdAt handledAt jobId jobNumber }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateJobFromServiceRequest($id: ID!, $serial: String!) { createJobFromServiceRequest(id: $id, serial: $serial) { id } }\n"): (typeof documents)["\n  mutation CreateJobFromServiceRequest($id: ID!, $serial: String!) { createJobFromServiceRequest(id: $id, serial: $serial) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkServiceRequestHandled($id: ID!) { markServiceRequestHandled(id: $id) { id status handledAt } }\n"): (typeof documents)["\n  mutation MarkServiceRequestHandled($id: ID!) { markServiceRequestHandled(id: $id) { id status handledAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Schedule_job on ServiceJob {\n    id number status version appointmentAt appointmentEndsAt appointmentMinutes siteTimeZone\n    technician { id name }\n    equipment { id siteAddress model { id name } }\n  }\n"): (typeof documents)["\n  fragment Schedule_job on ServiceJob {\n    id number status version appointmentAt appointmentEndsAt appointmentMinutes siteTimeZone\n    technician { id name }\n    equipment { id siteAddress model { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Schedule_absence on TechnicianAbsence { id technicianId startsAt endsAt kind note }\n"): (typeof documents)["\n  fragment Schedule_absence on TechnicianAbsence { id technicianId startsAt endsAt kind note }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TechnicianSchedules($from: DateTime!, $to: DateTime!) {\n    technicianSchedules(from: $from, to: $to) {\n      technicianId name ownHours timeZone\n      hours { day intervals }\n      absences { ...Schedule_absence }\n      appointments { jobId jobNumber startsAt endsAt minutes siteAddress siteTimeZone job { ...Schedule_job } }\n    }\n  }\n"): (typeof documents)["\n  query TechnicianSchedules($from: DateTime!, $to: DateTime!) {\n    technicianSchedules(from: $from, to: $to) {\n      technicianId name ownHours timeZone\n      hours { day intervals }\n      absences { ...Schedule_absence }\n      appointments { jobId jobNumber startsAt endsAt minutes siteAddress siteTimeZone job { ...Schedule_job } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reschedule($jobId: ID!, $appointmentAt: DateTime!, $durationMinutes: Int, $technicianId: ID, $expectedVersion: Int) {\n    scheduleJob(jobId: $jobId, appointmentAt: $appointmentAt, durationMinutes: $durationMinutes, technicianId: $technicianId, expectedVersion: $expectedVersion) {\n      ...Schedule_job\n    }\n  }\n"): (typeof documents)["\n  mutation Reschedule($jobId: ID!, $appointmentAt: DateTime!, $durationMinutes: Int, $technicianId: ID, $expectedVersion: Int) {\n    scheduleJob(jobId: $jobId, appointmentAt: $appointmentAt, durationMinutes: $durationMinutes, technicianId: $technicianId, expectedVersion: $expectedVersion) {\n      ...Schedule_job\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTechnicianHours($technicianId: ID!, $hours: [WorkingHoursInput!]) {\n    setTechnicianHours(technicianId: $technicianId, hours: $hours) { technicianId ownHours timeZone hours { day intervals } }\n  }\n"): (typeof documents)["\n  mutation SetTechnicianHours($technicianId: ID!, $hours: [WorkingHoursInput!]) {\n    setTechnicianHours(technicianId: $technicianId, hours: $hours) { technicianId ownHours timeZone hours { day intervals } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTechnicianAbsence($input: TechnicianAbsenceInput!) { addTechnicianAbsence(input: $input) { ...Schedule_absence } }\n"): (typeof documents)["\n  mutation AddTechnicianAbsence($input: TechnicianAbsenceInput!) { addTechnicianAbsence(input: $input) { ...Schedule_absence } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTechnicianAbsence($id: ID!) { removeTechnicianAbsence(id: $id) { id } }\n"): (typeof documents)["\n  mutation RemoveTechnicianAbsence($id: ID!) { removeTechnicianAbsence(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Schedule_certification on TechnicianCertification { id technicianId productLineId productLineName jobTypes expiresAt valid }\n"): (typeof documents)["\n  fragment Schedule_certification on TechnicianCertification { id technicianId productLineId productLineName jobTypes expiresAt valid }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TechnicianCertifications($technicianId: ID!) {\n    technicianCertifications(technicianId: $technicianId) { ...Schedule_certification }\n    me { id organization { id certifications { id productLineId productLineName } } }\n  }\n"): (typeof documents)["\n  query TechnicianCertifications($technicianId: ID!) {\n    technicianCertifications(technicianId: $technicianId) { ...Schedule_certification }\n    me { id organization { id certifications { id productLineId productLineName } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTechnicianCertification($input: TechnicianCertificationInput!) { addTechnicianCertification(input: $input) { ...Schedule_certification } }\n"): (typeof documents)["\n  mutation AddTechnicianCertification($input: TechnicianCertificationInput!) { addTechnicianCertification(input: $input) { ...Schedule_certification } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTechnicianCertification($id: ID!) { removeTechnicianCertification(id: $id) { id } }\n"): (typeof documents)["\n  mutation RemoveTechnicianCertification($id: ID!) { removeTechnicianCertification(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSurvey($token: String!, $rating: Int!, $comment: String) {\n    submitSurvey(token: $token, rating: $rating, comment: $comment) { id rating }\n  }\n"): (typeof documents)["\n  mutation SubmitSurvey($token: String!, $rating: Int!, $comment: String) {\n    submitSurvey(token: $token, rating: $rating, comment: $comment) { id rating }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestManufacturers { requestManufacturers { slug name } }\n"): (typeof documents)["\n  query RequestManufacturers { requestManufacturers { slug name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitServiceRequest($input: ServiceRequestInput!) {\n    submitServiceRequest(input: $input) { token trackingPath matched jobNumber }\n  }\n"): (typeof documents)["\n  mutation SubmitServiceRequest($input: ServiceRequestInput!) {\n    submitServiceRequest(input: $input) { token trackingPath matched jobNumber }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackJob($token: String!) {\n    trackJob(token: $token) {\n      number status receivedAt appointmentAt technicianFirstName reportUrl surveyOpen surveyAnswered\n      equipment { serial model }\n      responsible { organization name email }\n      timeline { kind at }\n      quote { ...CustomerQuote_quote }\n    }\n  }\n"): (typeof documents)["\n  query TrackJob($token: String!) {\n    trackJob(token: $token) {\n      number status receivedAt appointmentAt technicianFirstName reportUrl surveyOpen surveyAnswered\n      equipment { serial model }\n      responsible { organization name email }\n      timeline { kind at }\n      quote { ...CustomerQuote_quote }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyJobs_job on ServiceJob { ...JobCard_job appointmentAt appointmentEndsAt siteTimeZone equipment { id siteAddress } }\n"): (typeof documents)["\n  fragment MyJobs_job on ServiceJob { ...JobCard_job appointmentAt appointmentEndsAt siteTimeZone equipment { id siteAddress } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyJobs($filter: JobFilter!, $first: Int!, $after: String) {\n    jobs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...MyJobs_job } }\n    }\n  }\n"): (typeof documents)["\n  query MyJobs($filter: JobFilter!, $first: Int!, $after: String) {\n    jobs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...MyJobs_job } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveEvent on ServiceEvent {\n    ...History_event\n    jobId\n    invitationId\n    job { ...CaseFileStatus_job ...MyJobs_job ...Schedule_job ...QuoteCard_job }\n    offer { ...CaseFileOffer_offer ...InboxOffer_offer job { id } }\n    partsRequest { ...PartsRequestCard_request }\n    claim { ...ClaimPage_claim }\n    returnAuthorization { ...ReturnRow_return }\n  }\n"): (typeof documents)["\n  fragment LiveEvent on ServiceEvent {\n    ...History_event\n    jobId\n    invitationId\n    job { ...CaseFileStatus_job ...MyJobs_job ...Schedule_job ...QuoteCard_job }\n    offer { ...CaseFileOffer_offer ...InboxOffer_offer job { id } }\n    partsRequest { ...PartsRequestCard_request }\n    claim { ...ClaimPage_claim }\n    returnAuthorization { ...ReturnRow_return }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Live($after: String) {\n    serviceEvents(after: $after) { ...LiveEvent }\n  }\n"): (typeof documents)["\n  subscription Live($after: String) {\n    serviceEvents(after: $after) { ...LiveEvent }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissedEvents($after: String!) { missedEventCount(after: $after) }\n"): (typeof documents)["\n  query MissedEvents($after: String!) { missedEventCount(after: $after) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClaimLineReturn_line on ClaimLine { id kind faultySerial returnAuthorization { ...ReturnRow_return } }\n"): (typeof documents)["\n  fragment ClaimLineReturn_line on ClaimLine { id kind faultySerial returnAuthorization { ...ReturnRow_return } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReturnRow_return on ReturnAuthorization {\n    id number state faultySerial requestNote trackingCode requestedAt returnBy shippedAt receivedAt inspectedAt result inspectionNote\n    part { id sku name }\n    partner { id name }\n    job { id number }\n    claim { id number }\n    viewerCan { ship receive inspect }\n  }\n"): (typeof documents)["\n  fragment ReturnRow_return on ReturnAuthorization {\n    id number state faultySerial requestNote trackingCode requestedAt returnBy shippedAt receivedAt inspectedAt result inspectionNote\n    part { id sku name }\n    partner { id name }\n    job { id number }\n    claim { id number }\n    viewerCan { ship receive inspect }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Returns($states: [ReturnState!]) { returnAuthorizations(states: $states) { ...ReturnRow_return } }\n"): (typeof documents)["\n  query Returns($states: [ReturnState!]) { returnAuthorizations(states: $states) { ...ReturnRow_return } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReturnCandidates {\n    claims(states: [SUBMITTED, APPROVED, PARTIALLY_APPROVED]) {\n      id number partner { id name }\n      lines { id kind description faultySerial part { id sku name } returnAuthorization { id } }\n    }\n  }\n"): (typeof documents)["\n  query ReturnCandidates {\n    claims(states: [SUBMITTED, APPROVED, PARTIALLY_APPROVED]) {\n      id number partner { id name }\n      lines { id kind description faultySerial part { id sku name } returnAuthorization { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPartReturn($claimLineId: ID!, $note: String) {\n    requestPartReturn(claimLineId: $claimLineId, note: $note) { ...ReturnRow_return claimLine { id returnAuthorization { id } } }\n  }\n"): (typeof documents)["\n  mutation RequestPartReturn($claimLineId: ID!, $note: String) {\n    requestPartReturn(claimLineId: $claimLineId, note: $note) { ...ReturnRow_return claimLine { id returnAuthorization { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShipPartReturn($returnId: ID!, $trackingCode: String!) { shipPartReturn(returnId: $returnId, trackingCode: $trackingCode) { ...ReturnRow_return } }\n"): (typeof documents)["\n  mutation ShipPartReturn($returnId: ID!, $trackingCode: String!) { shipPartReturn(returnId: $returnId, trackingCode: $trackingCode) { ...ReturnRow_return } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceivePartReturn($returnId: ID!) { receivePartReturn(returnId: $returnId) { ...ReturnRow_return } }\n"): (typeof documents)["\n  mutation ReceivePartReturn($returnId: ID!) { receivePartReturn(returnId: $returnId) { ...ReturnRow_return } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InspectPartReturn($returnId: ID!, $result: InspectionResult!, $note: String) {\n    inspectPartReturn(returnId: $returnId, result: $result, note: $note) {\n      ...ReturnRow_return\n      claimLine { id decision decisionReasonCode approvedAmount { amount currency } }\n    }\n  }\n"): (typeof documents)["\n  mutation InspectPartReturn($returnId: ID!, $result: InspectionResult!, $note: String) {\n    inspectPartReturn(returnId: $returnId, result: $result, note: $note) {\n      ...ReturnRow_return\n      claimLine { id decision decisionReasonCode approvedAmount { amount currency } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id name email role capabilities locale timeZone organization { id name kind currency } }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id name email role capabilities locale timeZone organization { id name kind currency } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyLanguage($input: PreferencesInput!) { setMyPreferences(input: $input) { id locale timeZone } }\n"): (typeof documents)["\n  mutation SetMyLanguage($input: PreferencesInput!) { setMyPreferences(input: $input) { id locale timeZone } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;