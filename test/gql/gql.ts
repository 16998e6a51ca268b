/* eslint-disable */
import * as types from './graphql.js';



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
    "\n  query E2eClaims { claims(states: [DRAFT]) { id number job { id } } }\n": typeof types.E2eClaimsDocument,
    "\n  mutation DemoSpeakEnglish { setMyPreferences(input: { locale: \"en\" }) { id } }\n": typeof types.DemoSpeakEnglishDocument,
    "\n  mutation DemoLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id organization { id } } } }\n": typeof types.DemoLoginDocument,
    "\n  query DemoClosedRepair { jobs(first: 50, filter: { status: [CLOSED], type: [REPAIR] }) { edges { node { slaTime equipment { serial } } } } }\n": typeof types.DemoClosedRepairDocument,
    "\n  mutation DemoCreateJob($i: CreateJobInput!) { createJob(input: $i) { id number coverage createdAt responseDueAt } }\n": typeof types.DemoCreateJobDocument,
    "\n  query DemoCandidates($j: ID!) { dispatchCandidates(jobId: $j) { eligible partner { id name slug } } }\n": typeof types.DemoCandidatesDocument,
    "\n  mutation DemoRoom($id: ID!) { updatePartner(id: $id, changes: { capacity: 50 }) { id } }\n": typeof types.DemoRoomDocument,
    "\n  mutation DemoOffer($j: ID!, $p: [ID!]!, $m: Int) { offerJob(jobId: $j, partnerIds: $p, expiresInMinutes: $m) { id } }\n": typeof types.DemoOfferDocument,
    "\n  query DemoModel($j: ID!) { job(id: $j) { equipment { model { id } } } }\n": typeof types.DemoModelDocument,
    "\n  query DemoParts($m: ID) { parts(modelId: $m) { sku } }\n": typeof types.DemoPartsDocument,
    "\n  query DemoStandard($j: ID!) { job(id: $j) { qualityStandard { checklist { id } minPhotos requiresSignature maxLaborMinutes } } }\n": typeof types.DemoStandardDocument,
    "\n  mutation DemoRecordFinding($i: RecordFindingInput!) { recordFinding(input: $i) { id } }\n": typeof types.DemoRecordFindingDocument,
    "\n  query EvidenceAttachments($id: ID!) { job(id: $id) { status attachments { kind signerName width } } }\n": typeof types.EvidenceAttachmentsDocument,
    "\n  query EdgesStaff { partners { slug kind customerId } productLines { standards { jobType requiresCertifiedTechnician } } }\n": typeof types.EdgesStaffDocument,
    "\n  query EdgesCertifications($t: ID) { technicianCertifications(technicianId: $t) { id productLineName jobTypes } }\n": typeof types.EdgesCertificationsDocument,
    "\n  query E2eQuoteCustomerLink($id: ID!) { job(id: $id) { customerLinkToken } }\n": typeof types.E2eQuoteCustomerLinkDocument,
    "\n  query ReturnsE2eClaim($id: ID!) { claim(id: $id) { state lines { id decision decisionReasonCode } } }\n": typeof types.ReturnsE2eClaimDocument,
    "\n  query LanguageE2eMe { me { locale timeZone } }\n": typeof types.LanguageE2eMeDocument,
    "\n  mutation KillNineCreateJob($i: CreateJobInput!) { createJob(input: $i) { id } }\n": typeof types.KillNineCreateJobDocument,
    "\n  mutation AudienceRecordFinding($p: ID!, $d: DateTime!) { recordFinding(input: { partnerId: $p, severity: MINOR, text: \"Late report\", correctiveActionDueAt: $d }) { id } }\n": typeof types.AudienceRecordFindingDocument,
    "\n  mutation AudienceAcknowledgeFinding($id: ID!) { acknowledgeFinding(id: $id) { id } }\n": typeof types.AudienceAcknowledgeFindingDocument,
    "\n  mutation MatrixRecordFinding($p: ID!, $d: DateTime!) { recordFinding(input: { partnerId: $p, severity: MINOR, text: \"x\", correctiveActionDueAt: $d }) { id } }\n": typeof types.MatrixRecordFindingDocument,
    "\n  mutation MatrixServiceRequest($input: ServiceRequestInput!) { submitServiceRequest(input: $input) { token } }\n": typeof types.MatrixServiceRequestDocument,
    "\n  mutation MatrixAddAbsence($t: ID!) { addTechnicianAbsence(input: { technicianId: $t, startsAt: \"2031-01-05T00:00:00Z\", endsAt: \"2031-01-07T00:00:00Z\", kind: VACATION }) { id } }\n": typeof types.MatrixAddAbsenceDocument,
    "\n  mutation MatrixAddTechnicianCertification($t: ID!, $l: ID!) {\n    addTechnicianCertification(input: { technicianId: $t, productLineId: $l, jobTypes: [REPAIR], expiresAt: \"2031-01-01T00:00:00Z\" }) { id }\n  }\n": typeof types.MatrixAddTechnicianCertificationDocument,
    "\n  query BackupScorecards($from: DateTime!, $to: DateTime!) {\n    partnerScorecards(from: $from, to: $to) {\n      partner { id } offersReceived offersAccepted offersDeclined acceptanceRate medianMinutesToAccept slaResponseCompliance\n      slaResolutionCompliance jobsCompleted firstTimeFixRate reopenRate qualityGateFailures meanSatisfaction score\n    }\n  }\n": typeof types.BackupScorecardsDocument,
    "\n  mutation BackupSurvey($t: String!) { submitSurvey(token: $t, rating: 4) { id } }\n": typeof types.BackupSurveyDocument,
    "\n  query BackupJobWithOffers($id: ID!) { job(id: $id) { id status assignedPartner { id } offers { id status } } }\n": typeof types.BackupJobWithOffersDocument,
    "\n  query BackupAssigned($id: ID!) { job(id: $id) { id status assignedPartner { id } } }\n": typeof types.BackupAssignedDocument,
    "\n  query BackupAttachmentUrls($id: ID!) { job(id: $id) { attachments { id url thumbnailUrl } } }\n": typeof types.BackupAttachmentUrlsDocument,
    "\n  subscription BackupCursors($after: String) { serviceEvents(after: $after) { cursor kind } }\n": typeof types.BackupCursorsDocument,
    "\n  query BroadcastOfferStatuses($id: ID!) { job(id: $id) { offers { status } } }\n": typeof types.BroadcastOfferStatusesDocument,
    "\n  mutation BizSetCalendar($o: ID, $c: BusinessCalendarInput!) { setBusinessCalendar(organizationId: $o, calendar: $c) { organizationId timeZone version } }\n": typeof types.BizSetCalendarDocument,
    "\n  query BizCalendars { businessCalendars { organizationId timeZone hours { day intervals } holidayCountry } }\n": typeof types.BizCalendarsDocument,
    "\n  mutation BizSetStandard($i: QualityStandardInput!) { setQualityStandard(input: $i) { slaTime resolutionMinutes } }\n": typeof types.BizSetStandardDocument,
    "\n  query BizClocks($id: ID!) {\n    job(id: $id) {\n      slaTime resolutionDueAt resolutionBreachedAt resolutionPausedMinutes\n      responseClock { dueAt mode workingMinutesLeft timeZone }\n      resolutionClock { dueAt mode workingMinutesLeft timeZone }\n    }\n  }\n": typeof types.BizClocksDocument,
    "\n  mutation BizAccept($o: ID!) { acceptOffer(offerId: $o) { resolutionClock { dueAt mode workingMinutesLeft timeZone } } }\n": typeof types.BizAcceptDocument,
    "\n  query BizScorecards($from: DateTime!, $to: DateTime!) { partnerScorecards(from: $from, to: $to) { partner { id } offersAccepted medianMinutesToAccept } }\n": typeof types.BizScorecardsDocument,
    "\n  query ExportsClaims($states: [ClaimState!]) { claims(states: $states) { id number state job { id } lines { id kind minutes } } }\n": typeof types.ExportsClaimsDocument,
    "\n  query ExportsParts { parts { id sku name listPrice { amount currency } } }\n": typeof types.ExportsPartsDocument,
    "\n  mutation ExportsUpdateClaim($id: ID!, $lines: [ClaimLineInput!]!) { updateClaim(claimId: $id, lines: $lines) { id lines { id kind } } }\n": typeof types.ExportsUpdateClaimDocument,
    "\n  mutation ExportsSubmitClaim($id: ID!) { submitClaim(claimId: $id) { id state } }\n": typeof types.ExportsSubmitClaimDocument,
    "\n  mutation ExportsReviewClaim($id: ID!, $lines: [ClaimLineDecisionInput!]!) { reviewClaim(claimId: $id, lines: $lines) { id state approved { amount currency } } }\n": typeof types.ExportsReviewClaimDocument,
    "\n  query ClaimsOfPartner($p: ID, $states: [ClaimState!]) { claims(partnerId: $p, states: $states) { id state job { id } } }\n": typeof types.ClaimsOfPartnerDocument,
    "\n  query ClaimById($id: ID!) { claim(id: $id) { id state } }\n": typeof types.ClaimByIdDocument,
    "\n  query ClaimJobParts($id: ID!) { job(id: $id) { partsRequests { lines { id part { id sku } } } } }\n": typeof types.ClaimJobPartsDocument,
    "\n  mutation ClaimUpdate($c: ID!, $lines: [ClaimLineInput!]!) { updateClaim(claimId: $c, lines: $lines) { id state lines { kind quantity amount { amount currency } ownStock } } }\n": typeof types.ClaimUpdateDocument,
    "\n  mutation ClaimSubmit($c: ID!, $answer: String) { submitClaim(claimId: $c, answer: $answer) { id state submittedAt reviewDueAt } }\n": typeof types.ClaimSubmitDocument,
    "\n  mutation ClaimSendBack($c: ID!, $q: String!) { sendBackClaim(claimId: $c, question: $q) { id state messages { kind text } } }\n": typeof types.ClaimSendBackDocument,
    "\n  mutation ClaimReview($c: ID!, $lines: [ClaimLineDecisionInput!]!) { reviewClaim(claimId: $c, lines: $lines) { id state approved { amount currency } } }\n": typeof types.ClaimReviewDocument,
    "\n  mutation ClaimPay($p: ID!, $ref: String!, $from: DateTime!, $to: DateTime!) {\n    createPaymentBatch(partnerId: $p, reference: $ref, from: $from, to: $to) { id reference partner { id } paidAt total { amount currency } claims { id state paidAt } }\n  }\n": typeof types.ClaimPayDocument,
    "\n  query ClaimStatement($p: ID!, $from: DateTime!, $to: DateTime!) {\n    reimbursementStatement(partnerId: $p, from: $from, to: $to) {\n      claims { id state job { id } partsAmount { amount currency } laborAmount { amount currency } total { amount currency } payer claimed { amount currency } approved { amount currency } }\n      byState { state count claimed { amount currency } approved { amount currency } }\n      total { amount currency } approvedTotal { amount currency } paidTotal { amount currency }\n    }\n  }\n": typeof types.ClaimStatementDocument,
    "\n  mutation ClaimReasonCode { setReasonCode(input: { kind: CLAIM_LINE, code: \"NOT_COVERED\", label: \"Not covered by the warranty\" }) { id } }\n": typeof types.ClaimReasonCodeDocument,
    "\n  mutation ClaimFinding($p: ID!, $d: DateTime!) { recordFinding(input: { partnerId: $p, severity: MINOR, text: \"x\", correctiveActionDueAt: $d }) { id } }\n": typeof types.ClaimFindingDocument,
    "\n  subscription ClaimEvents { serviceEvents { kind jobId claim { id state } } }\n": typeof types.ClaimEventsDocument,
    "\n  mutation TranslationsSetStandardTexts($input: StandardTextsInput!) {\n    setStandardTexts(input: $input) { id instructions instructionsAsWritten checklist { id label labelAsWritten translations { language text } } }\n  }\n": typeof types.TranslationsSetStandardTextsDocument,
    "\n  mutation TranslationsSetStandard($input: QualityStandardInput!) { setQualityStandard(input: $input) { id } }\n": typeof types.TranslationsSetStandardDocument,
    "\n  query TranslationsJobChecklist($id: ID!) {\n    job(id: $id) { id qualityStandard { instructions checklist { id label labelAsWritten } } }\n  }\n": typeof types.TranslationsJobChecklistDocument,
    "\n  query TranslationsJobsChecklist {\n    jobs(first: 5) { edges { node { id qualityStandard { instructions checklist { id label } } } } }\n  }\n": typeof types.TranslationsJobsChecklistDocument,
    "\n  mutation TranslationsSetReasonCode($input: ReasonCodeInput!) { setReasonCode(input: $input) { id code label labelAsWritten active translations { language text } } }\n": typeof types.TranslationsSetReasonCodeDocument,
    "\n  query TranslationsReasonCodes($kind: ReasonKind!, $m: ID, $o: ID) { reasonCodes(kind: $kind, manufacturerId: $m, offerId: $o) { code label } }\n": typeof types.TranslationsReasonCodesDocument,
    "\n  mutation TranslationsDecline($o: ID!, $r: String!, $c: String) { declineOffer(offerId: $o, reason: $r, reasonCode: $c) { id status declineReason declineCode { code label } } }\n": typeof types.TranslationsDeclineDocument,
    "\n  query TranslationsJobOffers($id: ID!) { job(id: $id) { offers { id status declineReason declineCode { code label labelAsWritten } } } }\n": typeof types.TranslationsJobOffersDocument,
    "\n  mutation TranslationsRecordFinding($input: RecordFindingInput!) { recordFinding(input: $input) { id text reasonCode { code label } } }\n": typeof types.TranslationsRecordFindingDocument,
    "\n  query TranslationsFindings { findings { id text reasonCode { code label } } }\n": typeof types.TranslationsFindingsDocument,
    "\n  mutation TranslationsSubmitRequest($input: ServiceRequestInput!) { submitServiceRequest(input: $input) { token matched jobNumber } }\n": typeof types.TranslationsSubmitRequestDocument,
    "\n  mutation TranslationsSetCalendar($o: ID) {\n    setBusinessCalendar(organizationId: $o, calendar: { timeZone: \"Europe/Berlin\", hours: [{ day: MON, intervals: [\"08:00-17:00\"] }] }) { version }\n  }\n": typeof types.TranslationsSetCalendarDocument,
    "\n  mutation StaffCreatePartner($i: PartnerInput!) { createPartner(input: $i) { id kind customerId } }\n": typeof types.StaffCreatePartnerDocument,
    "\n  mutation StaffCreateUser($i: UserInput!) { createUser(input: $i) { id } }\n": typeof types.StaffCreateUserDocument,
    "\n  query StaffCandidates($j: ID!) { dispatchCandidates(jobId: $j) { partner { id } eligible reasons reasonCodes { code } } }\n": typeof types.StaffCandidatesDocument,
    "\n  mutation StaffAuto($j: ID!) { autoDispatch(jobId: $j) { partner { id } } }\n": typeof types.StaffAutoDocument,
    "\n  mutation StaffUpdatePartner($id: ID!, $c: PartnerChangesInput!) { updatePartner(id: $id, changes: $c) { capacity } }\n": typeof types.StaffUpdatePartnerDocument,
    "\n  query StaffJobs { jobs(first: 200) { totalCount edges { node { id } } } }\n": typeof types.StaffJobsDocument,
    "\n  mutation StaffSetStandard($i: QualityStandardInput!) { setQualityStandard(input: $i) { requiresCertifiedTechnician } }\n": typeof types.StaffSetStandardDocument,
    "\n  mutation StaffAddCert($i: TechnicianCertificationInput!) { addTechnicianCertification(input: $i) { id technicianId productLineName jobTypes valid } }\n": typeof types.StaffAddCertDocument,
    "\n  mutation StaffRemoveCert($id: ID!) { removeTechnicianCertification(id: $id) { id } }\n": typeof types.StaffRemoveCertDocument,
    "\n  query StaffCerts { technicianCertifications { id technicianId } }\n": typeof types.StaffCertsDocument,
    "mutation StaffGrant($i: CertificationInput!) { grantCertification(input: $i) { id } }": typeof types.StaffGrantDocument,
    "\n  query CustomerTrack($t: String!) {\n    trackJob(token: $t) {\n      number status receivedAt appointmentAt technicianFirstName reportUrl surveyOpen surveyAnswered trackingPath\n      equipment { serial model }\n      responsible { organization name email }\n      timeline { kind at }\n    }\n  }\n": typeof types.CustomerTrackDocument,
    "\n  query CustomerLink($id: ID!) { job(id: $id) { number source customerLinkToken surveyToken } }\n": typeof types.CustomerLinkDocument,
    "\n  mutation CustomerSubmitRequest($input: ServiceRequestInput!) { submitServiceRequest(input: $input) { token trackingPath matched jobNumber } }\n": typeof types.CustomerSubmitRequestDocument,
    "\n  mutation CustomerSurvey($t: String!) { submitSurvey(token: $t, rating: 4) { rating } }\n": typeof types.CustomerSurveyDocument,
    "\n  query CustomerRequests($s: ServiceRequestStatus) {\n    serviceRequests(status: $s) { id status serial description contactName contactEmail contactPhone address jobId jobNumber handledAt }\n  }\n": typeof types.CustomerRequestsDocument,
    "\n  mutation CustomerJobFromRequest($id: ID!, $s: String!) { createJobFromServiceRequest(id: $id, serial: $s) { id number status source customerLinkToken } }\n": typeof types.CustomerJobFromRequestDocument,
    "\n  mutation CustomerRequestHandled($id: ID!) { markServiceRequestHandled(id: $id) { id status handledAt } }\n": typeof types.CustomerRequestHandledDocument,
    "\n  query CustomerManufacturers { requestManufacturers { slug name } }\n": typeof types.CustomerManufacturersDocument,
    "\n  query DistanceCandidates($j: ID!) { dispatchCandidates(jobId: $j) { partner { id } eligible score distanceKm reasons } }\n": typeof types.DistanceCandidatesDocument,
    "\n  mutation DistanceLocateSite($s: String!, $l: LocationInput) { setSiteLocation(serial: $s, location: $l) { siteLatitude siteLongitude } }\n": typeof types.DistanceLocateSiteDocument,
    "\n  mutation DistanceUpdatePartner($id: ID!, $c: PartnerChangesInput!) { updatePartner(id: $id, changes: $c) { latitude longitude serviceRadiusKm } }\n": typeof types.DistanceUpdatePartnerDocument,
    "\n  mutation DistanceWeight($w: Float!) { setScorecardPolicy(input: { distanceWeight: $w }) { distanceWeight } }\n": typeof types.DistanceWeightDocument,
    "\n  query DistancePolicy { scorecardPolicy { distanceWeight } }\n": typeof types.DistancePolicyDocument,
    "\n  query EconomicsCharges($id: ID!) { job(id: $id) { charges { partsAmount { amount currency } laborAmount { amount currency } total { amount currency } payer } } }\n": typeof types.EconomicsChargesDocument,
    "\n  query EconomicsStatement($p: ID!, $from: DateTime!, $to: DateTime!) { reimbursementStatement(partnerId: $p, from: $from, to: $to) { claims { job { id } total { amount currency } } partsTotal { amount currency } laborTotal { amount currency } total { amount currency } } }\n": typeof types.EconomicsStatementDocument,
    "\n  mutation EconomicsSurvey($t: String!) { submitSurvey(token: $t, rating: 1, comment: \"Broke again after a week\") { id } }\n": typeof types.EconomicsSurveyDocument,
    "\n  query EconomicsAnalysis($from: DateTime!, $to: DateTime!) { failureAnalysis(from: $from, to: $to) { model { id } failureCode jobs repeatRate meanMinutesToRepair lowRatings complaints } }\n": typeof types.EconomicsAnalysisDocument,
    "\n  query EconomicsAnalysisJobs($from: DateTime!, $to: DateTime!) { failureAnalysis(from: $from, to: $to) { jobs } }\n": typeof types.EconomicsAnalysisJobsDocument,
    "\n  query ErrorsTypename { __typename }\n": typeof types.ErrorsTypenameDocument,
    "\n  query ErrorsMe { me { id } }\n": typeof types.ErrorsMeDocument,
    "\n  query ErrorsJobCount { jobs { totalCount } }\n": typeof types.ErrorsJobCountDocument,
    "\n  query ErrorsParts { parts { sku } }\n": typeof types.ErrorsPartsDocument,
    "\n  query ErrorsPartsRequests { partsRequests { id } }\n": typeof types.ErrorsPartsRequestsDocument,
    "\n  query ErrorsJob($id: ID!) { job(id: $id) { id } }\n": typeof types.ErrorsJobDocument,
    "\n  mutation ErrorsLoginNobody { login(email: \"nobody@x.demo\", password: \"demo\") { token } }\n": typeof types.ErrorsLoginNobodyDocument,
    "\n  mutation ErrorsBlankDescription { createJob(input: { serial: \"x\", type: REPAIR, description: \"   \" }) { id } }\n": typeof types.ErrorsBlankDescriptionDocument,
    "\n  mutation ErrorsDescription($d: String!) { createJob(input: { serial: \"x\", type: REPAIR, description: $d }) { id } }\n": typeof types.ErrorsDescriptionDocument,
    "\n  mutation ErrorsUnknownSerial { createJob(input: { serial: \"NO-SUCH\", type: REPAIR, description: \"broken\" }) { id } }\n": typeof types.ErrorsUnknownSerialDocument,
    "\n  query ErrorsFirstOver { jobs(first: 201) { totalCount } }\n": typeof types.ErrorsFirstOverDocument,
    "\n  query ErrorsBadCursor { jobs(after: \"garbage\") { totalCount } }\n": typeof types.ErrorsBadCursorDocument,
    "\n  mutation ErrorsStart($j: ID!) { startJob(jobId: $j) { id } }\n": typeof types.ErrorsStartDocument,
    "\n  mutation ErrorsCancelNotUuid { cancelJob(jobId: \"1\", reason: \"x\") { id } }\n": typeof types.ErrorsCancelNotUuidDocument,
    "\n  mutation ErrorsOffer($j: ID!, $p: [ID!]!) { offerJob(jobId: $j, partnerIds: $p) { id } }\n": typeof types.ErrorsOfferDocument,
    "\n  mutation ErrorsRatingOutOfRange { submitSurvey(token: \"abc\", rating: 9) { id } }\n": typeof types.ErrorsRatingOutOfRangeDocument,
    "\n  mutation ErrorsUnknownSurvey { submitSurvey(token: \"abc\", rating: 4) { id } }\n": typeof types.ErrorsUnknownSurveyDocument,
    "\n  query ErrorsPeriodReversed { partnerScorecards(from: \"2026-02-01T00:00:00Z\", to: \"2026-01-01T00:00:00Z\") { score } }\n": typeof types.ErrorsPeriodReversedDocument,
    "\n  mutation ErrorsCreateWithKey($s: String!, $k: String) { createJob(input: { serial: $s, type: MAINTENANCE, description: \"other\", idempotencyKey: $k }) { id } }\n": typeof types.ErrorsCreateWithKeyDocument,
    "\n  query ErrorsPartsRequestIds($id: ID!) { job(id: $id) { partsRequests { id } } }\n": typeof types.ErrorsPartsRequestIdsDocument,
    "\n  query HeadersTypename { __typename }\n": typeof types.HeadersTypenameDocument,
    "\n  query JourneyCandidates($j: ID!) { dispatchCandidates(jobId: $j) { partner { id } eligible score reasons } }\n": typeof types.JourneyCandidatesDocument,
    "\n  query JourneySurveyToken($id: ID!) { job(id: $id) { surveyToken } }\n": typeof types.JourneySurveyTokenDocument,
    "\n  mutation JourneySurvey($t: String!) { submitSurvey(token: $t, rating: 5, comment: \"Quick and friendly\") { rating comment } }\n": typeof types.JourneySurveyDocument,
    "\n  mutation JourneySurveyAgain($t: String!) { submitSurvey(token: $t, rating: 1) { rating } }\n": typeof types.JourneySurveyAgainDocument,
    "\n  query JourneyHistory($id: ID!) { job(id: $id) { events { kind actor { id } data } } }\n": typeof types.JourneyHistoryDocument,
    "\n  subscription LiveDetailsMoves {\n    serviceEvents {\n      cursor kind reason\n      jobMove { from to }\n      offerMove { from to }\n      partsMove { from to }\n      job { id status }\n      offer { id status }\n      partsRequest { id status }\n    }\n  }\n": typeof types.LiveDetailsMovesDocument,
    "\n  query LiveDetailsPendingOffers { offers(status: [PENDING], first: 10) { totalCount edges { node { id status job { id } } } } }\n": typeof types.LiveDetailsPendingOffersDocument,
    "\n  query LiveDetailsMissed($after: String!) { missedEventCount(after: $after) }\n": typeof types.LiveDetailsMissedDocument,
    "\n  query LoanerLines {\n    partsRequests { id viewerCan { returnLoaner } lines { id loaner part { sku } loanerReturnBy loanerReturnedAt loanerOverdue } }\n  }\n": typeof types.LoanerLinesDocument,
    "\n  mutation LoanerReturn($id: ID!, $t: String) { returnLoaner(lineId: $id, trackingCode: $t) { id lines { id loanerReturnedAt loanerReturnTrackingCode loanerOverdue } } }\n": typeof types.LoanerReturnDocument,
    "\n  query LoanerHistory($id: ID!) { job(id: $id) { events { kind data } } }\n": typeof types.LoanerHistoryDocument,
    "\n  query MailOutbox($s: [MailStatus!]) { outbox(status: $s) { totalCount edges { cursor node { id kind status recipient subject messageId job attempts } } } }\n": typeof types.MailOutboxDocument,
    "\n  query MailOutboxMessage($id: ID!) { outboxMessage(id: $id) { id subject text html status } }\n": typeof types.MailOutboxMessageDocument,
    "\n  query MailPreferences { myNotificationPreferences { kind label enabled } }\n": typeof types.MailPreferencesDocument,
    "\n  mutation MailSetPreference($k: MailKind!, $e: Boolean!) { setNotificationPreference(kind: $k, enabled: $e) { kind enabled } }\n": typeof types.MailSetPreferenceDocument,
    "\n  mutation MailUnsubscribe($t: String!) { unsubscribeMail(token: $t) { address } }\n": typeof types.MailUnsubscribeDocument,
    "\n  query MailCustomerLink($id: ID!) { job(id: $id) { customerLinkToken } }\n": typeof types.MailCustomerLinkDocument,
    "\n  mutation MaintenanceSaveLine($id: ID!, $i: ProductLineInput!) { saveProductLine(id: $id, input: $i) { strategy maintenanceIntervalMonths } }\n": typeof types.MaintenanceSaveLineDocument,
    "\n  mutation MaintenanceNewLine($i: ProductLineInput!) { saveProductLine(input: $i) { id } }\n": typeof types.MaintenanceNewLineDocument,
    "\n  query MaintenanceOverdue { jobs(filter: { maintenanceOverdue: true }) { edges { node { id type maintenanceDueAt } } } }\n": typeof types.MaintenanceOverdueDocument,
    "\n  mutation SplitCreatePartner($i: PartnerInput!) { createPartner(input: $i) { id } }\n": typeof types.SplitCreatePartnerDocument,
    "\n  mutation SplitGrantCertification($i: CertificationInput!) { grantCertification(input: $i) { id } }\n": typeof types.SplitGrantCertificationDocument,
    "\n  mutation SplitJob($j: ID!, $c: [ComponentJobInput!]!) { splitJob(jobId: $j, components: $c) { id status componentLine { id } parent { id } } }\n": typeof types.SplitJobDocument,
    "\n  query SplitCandidates($j: ID!) { dispatchCandidates(jobId: $j) { partner { id } eligible } }\n": typeof types.SplitCandidatesDocument,
    "\n  query SplitFamily($id: ID!) { job(id: $id) { children { id status } events { kind } } }\n": typeof types.SplitFamilyDocument,
    "\n  query Colleagues { colleagues { id } }\n": typeof types.ColleaguesDocument,
    "\n  mutation SignIn($email: String!, $password: String!) { login(email: $email, password: $password) { token } }\n": typeof types.SignInDocument,
    "\n  subscription Live($after: String) { serviceEvents(after: $after) { cursor } }\n": typeof types.LiveDocument,
    "\n  query InventedByAClient { colleagues { id } }\n": typeof types.InventedByAClientDocument,
    "\n  mutation MoneySetPrice($i: PartPriceInput!) { setPartPrice(input: $i) { sku listPrice { amount currency } } }\n": typeof types.MoneySetPriceDocument,
    "\n  mutation MoneySetRate($id: ID!, $c: PartnerChangesInput!) { updatePartner(id: $id, changes: $c) { id currency } }\n": typeof types.MoneySetRateDocument,
    "\n  mutation MoneySetStandard($i: QualityStandardInput!) { setQualityStandard(input: $i) { laborRateCeiling { amount currency } } }\n": typeof types.MoneySetStandardDocument,
    "\n  query MoneyCharges($id: ID!) { job(id: $id) { charges { partsAmount { amount currency } laborAmount { amount currency } total { amount currency } } } }\n": typeof types.MoneyChargesDocument,
    "\n  query MoneyStatement($p: ID!, $from: DateTime!, $to: DateTime!) {\n    reimbursementStatement(partnerId: $p, from: $from, to: $to) {\n      claims { total { amount currency } }\n      partsTotal { amount currency }\n      laborTotal { amount currency }\n      total { amount currency }\n    }\n  }\n": typeof types.MoneyStatementDocument,
    "\n  mutation AdminCreatePartner($i: PartnerInput!) { createPartner(input: $i) { id slug status regions capacity } }\n": typeof types.AdminCreatePartnerDocument,
    "\n  query AdminCandidates($j: ID!) { dispatchCandidates(jobId: $j) { partner { id } eligible reasons } }\n": typeof types.AdminCandidatesDocument,
    "\n  mutation AdminGrantCertification($i: CertificationInput!) { grantCertification(input: $i) { id valid } }\n": typeof types.AdminGrantCertificationDocument,
    "\n  mutation AdminCreateUser($i: UserInput!) { createUser(input: $i) { id role } }\n": typeof types.AdminCreateUserDocument,
    "\n  mutation AdminCreateUserId($i: UserInput!) { createUser(input: $i) { id } }\n": typeof types.AdminCreateUserIdDocument,
    "\n  mutation AdminSetCapacity($id: ID!, $c: PartnerChangesInput!) { updatePartner(id: $id, changes: $c) { capacity } }\n": typeof types.AdminSetCapacityDocument,
    "\n  mutation AdminUpdateStatus($id: ID!, $c: PartnerChangesInput!) { updatePartner(id: $id, changes: $c) { status } }\n": typeof types.AdminUpdateStatusDocument,
    "\n  mutation AdminSetStandard($i: QualityStandardInput!) { setQualityStandard(input: $i) { responseMinutes checklist { id } requiredReportFields } }\n": typeof types.AdminSetStandardDocument,
    "\n  mutation AdminSetPrice($i: PartPriceInput!) { setPartPrice(input: $i) { sku listPrice { amount currency } } }\n": typeof types.AdminSetPriceDocument,
    "\n  query AdminCatalogue($m: ID) { parts(modelId: $m) { sku listPrice { amount currency } } }\n": typeof types.AdminCatalogueDocument,
    "\n  query AdminPartsRequests($id: ID!) { job(id: $id) { partsRequests { id } } }\n": typeof types.AdminPartsRequestsDocument,
    "\n  query OfferLinkView($t: String!) {\n    mailedOffer(token: $t) {\n      action offerId jobId jobNumber jobType productLine model siteCity region description priority partnerName status expiresAt usable blockedBy\n    }\n  }\n": typeof types.OfferLinkViewDocument,
    "\n  mutation OfferLinkAnswer($t: String!, $r: String) {\n    answerMailedOffer(token: $t, reason: $r) { action offer { offerId status usable blockedBy } }\n  }\n": typeof types.OfferLinkAnswerDocument,
    "\n  query OfferLinkJobEvents($id: ID!) {\n    job(id: $id) { status assignedPartner { id } offers { id status declineReason } events { kind actor { id } data offer { id } } }\n  }\n": typeof types.OfferLinkJobEventsDocument,
    "\n  mutation OnbInvite($e: String!, $f: String, $k: OrgKind) { invitePartner(email: $e, firmName: $f, kind: $k) { id email firmName state link partner { id } } }\n": typeof types.OnbInviteDocument,
    "\n  query OnbInvitations {\n    partnerInvitations {\n      id email state registeredAt decidedAt\n      partner { id name status regions capacity country address technicianCertifications { id productLineName certificate { id kind contentType url } } }\n    }\n  }\n": typeof types.OnbInvitationsDocument,
    "\n  query OnbPublic($t: String!) { invitation(token: $t) { manufacturerName email firmName kind state firmKnown } }\n": typeof types.OnbPublicDocument,
    "\n  mutation OnbRegister($t: String!, $i: RegistrationInput!) {\n    registerByInvitation(token: $t, input: $i) { token user { id email role organization { id name kind status regions country address } } }\n  }\n": typeof types.OnbRegisterDocument,
    "\n  mutation OnbJoin($t: String!) { joinByInvitation(token: $t) { id state partner { id } } }\n": typeof types.OnbJoinDocument,
    "\n  mutation OnbApprove($id: ID!, $s: PartnerStatus!, $r: [String!], $c: Int) { approvePartner(invitationId: $id, status: $s, regions: $r, capacity: $c) { id status regions capacity } }\n": typeof types.OnbApproveDocument,
    "\n  mutation OnbDecline($id: ID!, $r: String) { declinePartner(invitationId: $id, reason: $r) { id state declineReason } }\n": typeof types.OnbDeclineDocument,
    "\n  query OnbMe { me { id organization { id } } }\n": typeof types.OnbMeDocument,
    "\n  query OnbPartners { partners { id name } }\n": typeof types.OnbPartnersDocument,
    "\n  query OnbCandidates($j: ID!) { dispatchCandidates(jobId: $j) { partner { id } eligible } }\n": typeof types.OnbCandidatesDocument,
    "\n  mutation OnbGrant($i: CertificationInput!) { grantCertification(input: $i) { id } }\n": typeof types.OnbGrantDocument,
    "\n  mutation OnbCreateUser($i: UserInput!) { createUser(input: $i) { id role organization { id } } }\n": typeof types.OnbCreateUserDocument,
    "\n  mutation OnbAddCert($i: TechnicianCertificationInput!) {\n    addTechnicianCertification(input: $i) { id technicianId certificate { id kind contentType url } }\n  }\n": typeof types.OnbAddCertDocument,
    "\n  query OnbOffers { offers(status: [PENDING]) { edges { node { id job { id } } } } }\n": typeof types.OnbOffersDocument,
    "\n  query OnbJobs { jobs(first: 200) { edges { node { id } } } }\n": typeof types.OnbJobsDocument,
    "\n  query OnbTrack($t: String!) { trackJob(token: $t) { number } }\n": typeof types.OnbTrackDocument,
    "\n  query OnbMyFirmCertificates { me { organization { technicianCertifications { id } } } }\n": typeof types.OnbMyFirmCertificatesDocument,
    "\n  mutation OnbLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id organization { id } } } }\n": typeof types.OnbLoginDocument,
    "\n  query OnbMailedOffer($t: String!) { mailedOffer(token: $t) { offerId } }\n": typeof types.OnbMailedOfferDocument,
    "\n  subscription RestartJobEvents { serviceEvents { cursor kind job { id } } }\n": typeof types.RestartJobEventsDocument,
    "\n  mutation QuotesCalendar($c: BusinessCalendarInput!) { setBusinessCalendar(calendar: $c) { holidayCountry } }\n": typeof types.QuotesCalendarDocument,
    "\n  query QuotesJobQuote($id: ID!) {\n    job(id: $id) {\n      status\n      quote { id number state taxRate net { amount currency } tax { amount currency } gross { amount currency } declineReason\n        lines { kind description quantity unitPrice { amount currency } amount { amount currency } part { sku } } }\n      events { kind reason }\n    }\n  }\n": typeof types.QuotesJobQuoteDocument,
    "\n  query QuotesTrack($t: String!) { trackJob(token: $t) { number quote { number state answerToken partnerName gross { amount } } } }\n": typeof types.QuotesTrackDocument,
    "\n  query QuotesLinkPage($t: String!) { customerQuote(token: $t) { number state partnerName gross { amount currency } lines { kind quantity } answerToken } }\n": typeof types.QuotesLinkPageDocument,
    "\n  subscription QuotesLive { serviceEvents { kind jobId reason job { id quote { number state declineReason } } } }\n": typeof types.QuotesLiveDocument,
    "\n  query QuotesMailedOffer($t: String!) { mailedOffer(token: $t) { offerId } }\n": typeof types.QuotesMailedOfferDocument,
    "\n  mutation RacesOffer($j: ID!, $p: [ID!]!) { offerJob(jobId: $j, partnerIds: $p) { id } }\n": typeof types.RacesOfferDocument,
    "\n  mutation RacesCancel($j: ID!, $v: Int) { cancelJob(jobId: $j, reason: \"duplicate call\", expectedVersion: $v) { id version } }\n": typeof types.RacesCancelDocument,
    "\n  query RequestLogTypename { __typename }\n": typeof types.RequestLogTypenameDocument,
    "\n  mutation RequestLogSignIn($email: String!, $password: String!) { login(email: $email, password: $password) { token } }\n": typeof types.RequestLogSignInDocument,
    "\n  mutation RequestLogCreateUser($input: UserInput!) { createUser(input: $input) { id } }\n": typeof types.RequestLogCreateUserDocument,
    "\n  query RequestLogColleagues { colleagues { id name } }\n": typeof types.RequestLogColleaguesDocument,
    "\n  subscription ResumeJobEvents($after: String) { serviceEvents(after: $after) { cursor kind job { id } } }\n": typeof types.ResumeJobEventsDocument,
    "\n  query ResumeHistory($id: ID!) { job(id: $id) { events { cursor kind } } }\n": typeof types.ResumeHistoryDocument,
    "\n  subscription ResumeAnyEvents { serviceEvents { cursor } }\n": typeof types.ResumeAnyEventsDocument,
    "\n  query ReturnsClaim($id: ID!) {\n    claim(id: $id) {\n      id state approved { amount currency }\n      lines { id kind decision approvedAmount { amount currency } decisionReasonCode returnAuthorization { id state result } }\n    }\n  }\n": typeof types.ReturnsClaimDocument,
    "\n  mutation ReturnsRequest($l: ID!, $n: String) {\n    requestPartReturn(claimLineId: $l, note: $n) { id number state faultySerial returnBy requestNote part { id } partner { id } claimLine { id } viewerCan { ship receive inspect } }\n  }\n": typeof types.ReturnsRequestDocument,
    "\n  mutation ReturnsShip($r: ID!, $t: String!) { shipPartReturn(returnId: $r, trackingCode: $t) { id state trackingCode shippedAt } }\n": typeof types.ReturnsShipDocument,
    "\n  mutation ReturnsReceive($r: ID!) { receivePartReturn(returnId: $r) { id state receivedAt } }\n": typeof types.ReturnsReceiveDocument,
    "\n  mutation ReturnsInspect($r: ID!, $x: InspectionResult!, $n: String) { inspectPartReturn(returnId: $r, result: $x, note: $n) { id state result inspectionNote inspectedAt } }\n": typeof types.ReturnsInspectDocument,
    "\n  query ReturnsList($p: ID, $s: [ReturnState!]) { returnAuthorizations(partnerId: $p, states: $s) { id state viewerCan { ship receive inspect } } }\n": typeof types.ReturnsListDocument,
    "\n  query ReturnsAnalysis($from: DateTime!, $to: DateTime!) { failureAnalysis(from: $from, to: $to) { failureCode confirmedFaults { part { id sku } count } } }\n": typeof types.ReturnsAnalysisDocument,
    "\n  mutation ReturnsSendBack($c: ID!, $q: String!) { sendBackClaim(claimId: $c, question: $q) { id state } }\n": typeof types.ReturnsSendBackDocument,
    "\n  mutation ReturnsEditClaim($c: ID!, $l: [ClaimLineInput!]!) { updateClaim(claimId: $c, lines: $l) { id lines { id kind returnAuthorization { id } } } }\n": typeof types.ReturnsEditClaimDocument,
    "\n  query ReturnsOne($s: [ReturnState!]) { returnAuthorizations(states: $s) { id claimLine { id } claim { id } faultySerial } }\n": typeof types.ReturnsOneDocument,
    "\n  mutation ReturnsReview($c: ID!, $l: [ClaimLineDecisionInput!]!) { reviewClaim(claimId: $c, lines: $l) { id state } }\n": typeof types.ReturnsReviewDocument,
    "\n  subscription ReturnsLive { serviceEvents { kind jobId returnAuthorization { id state } } }\n": typeof types.ReturnsLiveDocument,
    "\n  query ScorecardClaimsDrafts { claims(states: [DRAFT]) { id job { id } lines { id kind minutes } } }\n": typeof types.ScorecardClaimsDraftsDocument,
    "\n  mutation ScorecardClaimsUpdate($id: ID!, $lines: [ClaimLineInput!]!) { updateClaim(claimId: $id, lines: $lines) { id } }\n": typeof types.ScorecardClaimsUpdateDocument,
    "\n  mutation ScorecardClaimsSubmit($id: ID!) { submitClaim(claimId: $id) { id claimed { amount currency } lines { id kind amount { amount currency } } } }\n": typeof types.ScorecardClaimsSubmitDocument,
    "\n  mutation ScorecardClaimsReview($id: ID!, $lines: [ClaimLineDecisionInput!]!) { reviewClaim(claimId: $id, lines: $lines) { id state } }\n": typeof types.ScorecardClaimsReviewDocument,
    "\n  query ScorecardClaimsCards($from: DateTime!, $to: DateTime!) {\n    partnerScorecards(from: $from, to: $to) {\n      partner { id } jobsCompleted claimRejectionRate claimPerJob { amount currency } networkMedianClaimPerJob { amount currency } medianHoursToSubmit\n    }\n  }\n": typeof types.ScorecardClaimsCardsDocument,
    "\n  query ScorecardClaimsDetail($p: ID!, $from: DateTime!, $to: DateTime!) {\n    partnerScorecard(partnerId: $p, from: $from, to: $to) {\n      card { claimRejectionRate claimPerJob { amount currency } networkMedianClaimPerJob { amount currency } medianHoursToSubmit }\n      weeks { networkMedianClaimPerJob { amount currency } }\n    }\n  }\n": typeof types.ScorecardClaimsDetailDocument,
    "\n  mutation ScorecardSurvey($t: String!, $r: Int!) { submitSurvey(token: $t, rating: $r) { id } }\n": typeof types.ScorecardSurveyDocument,
    "\n  query ScorecardPaused($id: ID!) { job(id: $id) { resolutionPausedMinutes } }\n": typeof types.ScorecardPausedDocument,
    "\n  query ScorecardCards($from: DateTime!, $to: DateTime!) {\n    partnerScorecards(from: $from, to: $to) {\n      partner { id } offersReceived offersAccepted offersDeclined acceptanceRate refusalRate medianMinutesToAccept\n      slaResponseCompliance slaResolutionCompliance jobsCompleted firstTimeFixRate reopenRate qualityGateFailures priceRefusals\n      priceCompliance partsPerJob meanSatisfaction score\n    }\n  }\n": typeof types.ScorecardCardsDocument,
    "\n  query ScorecardDetail($p: ID!, $from: DateTime!, $to: DateTime!) { partnerScorecard(partnerId: $p, from: $from, to: $to) {\n    card { score } weeks { from jobsCompleted } jobsBehind { figure jobs { id } } } }\n": typeof types.ScorecardDetailDocument,
    "\n  query ScorecardCard($p: ID!, $from: DateTime!, $to: DateTime!) { partnerScorecard(partnerId: $p, from: $from, to: $to) { card { score } } }\n": typeof types.ScorecardCardDocument,
    "\n  mutation ScorecardSetPolicy($i: ScorecardPolicyInput!) { setScorecardPolicy(input: $i) { probationBelow suspendBelow recoverAt } }\n": typeof types.ScorecardSetPolicyDocument,
    "\n  mutation ScorecardEvaluate { evaluatePartnerStatuses { partner { id } from to reason score } }\n": typeof types.ScorecardEvaluateDocument,
    "\n  query ScorecardCandidates($j: ID!) { dispatchCandidates(jobId: $j) { partner { id } eligible reasons } }\n": typeof types.ScorecardCandidatesDocument,
    "\n  mutation ScorecardPolicyRecover { setScorecardPolicy(input: { recoverAt: 10 }) { recoverAt } }\n": typeof types.ScorecardPolicyRecoverDocument,
    "\n  mutation ScorecardPolicyReversed { setScorecardPolicy(input: { suspendBelow: 90, probationBelow: 50 }) { recoverAt } }\n": typeof types.ScorecardPolicyReversedDocument,
    "\n  mutation ScorecardRecordFinding($i: RecordFindingInput!) { recordFinding(input: $i) { id severity overdue partner { id } } }\n": typeof types.ScorecardRecordFindingDocument,
    "\n  mutation ScorecardRecordFindingId($i: RecordFindingInput!) { recordFinding(input: $i) { id } }\n": typeof types.ScorecardRecordFindingIdDocument,
    "\n  query ScorecardFindings($overdue: Boolean) { findings(overdue: $overdue) { id acknowledgedAt actionTaken overdue } }\n": typeof types.ScorecardFindingsDocument,
    "\n  mutation ScorecardAcknowledgeId($id: ID!) { acknowledgeFinding(id: $id) { id } }\n": typeof types.ScorecardAcknowledgeIdDocument,
    "\n  mutation ScorecardAcknowledge($id: ID!) { acknowledgeFinding(id: $id) { acknowledgedAt } }\n": typeof types.ScorecardAcknowledgeDocument,
    "\n  mutation ScorecardReportAction($id: ID!) { reportCorrectiveAction(id: $id, actionTaken: \"Technicians retrained on the photo step\") { actionTaken } }\n": typeof types.ScorecardReportActionDocument,
    "\n  subscription SecurityJobEvents($after: String) { serviceEvents(after: $after) { cursor job { id } } }\n": typeof types.SecurityJobEventsDocument,
    "\n  subscription SecurityAnyEvents { serviceEvents { cursor } }\n": typeof types.SecurityAnyEventsDocument,
    "\n  query SecurityMe { me { id } }\n": typeof types.SecurityMeDocument,
    "\n  query SeedMe { me { email } }\n": typeof types.SeedMeDocument,
    "\n  query SeedScorecards($from: DateTime!, $to: DateTime!) {\n    partnerScorecards(from: $from, to: $to) {\n      offersReceived offersAccepted jobsCompleted acceptanceRate slaResponseCompliance slaResolutionCompliance firstTimeFixRate meanSatisfaction score\n    }\n  }\n": typeof types.SeedScorecardsDocument,
    "\n  mutation SlaAutoDispatch($j: ID!) { autoDispatch(jobId: $j) { id partner { id } } }\n": typeof types.SlaAutoDispatchDocument,
    "\n  query SlaPending($id: ID!) { job(id: $id) { status offers { status automatic partner { id } } } }\n": typeof types.SlaPendingDocument,
    "\n  query SlaBreaches($id: ID!) { job(id: $id) { responseBreachedAt resolutionBreachedAt } }\n": typeof types.SlaBreachesDocument,
    "\n  query SlaResolutionDue($id: ID!) { job(id: $id) { resolutionDueAt } }\n": typeof types.SlaResolutionDueDocument,
    "\n  query SlaPausedAt($id: ID!) { job(id: $id) { resolutionPausedAt } }\n": typeof types.SlaPausedAtDocument,
    "\n  query SlaResolutionClock($id: ID!) { job(id: $id) { resolutionDueAt resolutionPausedAt resolutionPausedMinutes } }\n": typeof types.SlaResolutionClockDocument,
    "\n  subscription SlowSubscriberCursors($after: String) { serviceEvents(after: $after) { cursor } }\n": typeof types.SlowSubscriberCursorsDocument,
    "\n  query StartupTypename { __typename }\n": typeof types.StartupTypenameDocument,
    "\n  mutation TechScheduleJob($j: ID!, $a: DateTime!, $t: ID, $d: Int) {\n    scheduleJob(jobId: $j, appointmentAt: $a, technicianId: $t, durationMinutes: $d) {\n      id status appointmentAt appointmentMinutes appointmentEndsAt siteTimeZone technician { id }\n    }\n  }\n": typeof types.TechScheduleJobDocument,
    "\n  mutation TechSetHours($t: ID!, $h: [WorkingHoursInput!]) { setTechnicianHours(technicianId: $t, hours: $h) { technicianId ownHours timeZone hours { day intervals } } }\n": typeof types.TechSetHoursDocument,
    "\n  mutation TechAddAbsence($i: TechnicianAbsenceInput!) { addTechnicianAbsence(input: $i) { id technicianId startsAt endsAt kind note } }\n": typeof types.TechAddAbsenceDocument,
    "\n  mutation TechRemoveAbsence($id: ID!) { removeTechnicianAbsence(id: $id) { id } }\n": typeof types.TechRemoveAbsenceDocument,
    "\n  query TechSchedules($from: DateTime!, $to: DateTime!, $t: ID) {\n    technicianSchedules(from: $from, to: $to, technicianId: $t) {\n      technicianId name ownHours timeZone hours { day intervals } technician { id email }\n      absences { id startsAt endsAt kind note }\n      appointments { jobId jobNumber status startsAt endsAt minutes siteTimeZone job { id number } }\n    }\n  }\n": typeof types.TechSchedulesDocument,
    "\n  query TechJobTime($id: ID!) { job(id: $id) { appointmentAt appointmentMinutes appointmentEndsAt siteTimeZone qualityStandard { appointmentMinutes } events { kind data } } }\n": typeof types.TechJobTimeDocument,
    "\n  mutation TechSetPolicy($m: Int!) { setScorecardPolicy(input: { punctualityToleranceMinutes: $m }) { punctualityToleranceMinutes } }\n": typeof types.TechSetPolicyDocument,
    "\n  query TechCards($from: DateTime!, $to: DateTime!) { partnerScorecards(from: $from, to: $to) { partner { id } appointmentsKept appointmentsMissed punctuality } }\n": typeof types.TechCardsDocument,
    "\n  query UploadsAttachments($id: ID!) {\n    job(id: $id) { id attachments { id kind contentType byteSize width height signerName signedAt createdAt uploadedBy { id } url thumbnailUrl } }\n  }\n": typeof types.UploadsAttachmentsDocument,
    "\n  mutation UploadsSetStandard($i: QualityStandardInput!) { setQualityStandard(input: $i) { id minPhotos keepPhotoLocation requiresPhoto } }\n": typeof types.UploadsSetStandardDocument,
    "\n  mutation UploadsComplete($input: CompleteJobInput!) { completeJob(input: $input) { id status } }\n": typeof types.UploadsCompleteDocument,
    "\n  mutation LanguageSetPreferences($input: PreferencesInput!) { setMyPreferences(input: $input) { id locale timeZone } }\n": typeof types.LanguageSetPreferencesDocument,
    "\n  query LanguageMe { me { id locale timeZone } }\n": typeof types.LanguageMeDocument,
    "\n  mutation LanguageSignIn($email: String!, $password: String!) { login(email: $email, password: $password) { user { email locale timeZone } } }\n": typeof types.LanguageSignInDocument,
    "\n  query LanguageCandidates($j: ID!) {\n    dispatchCandidates(jobId: $j) { partner { id slug } eligible reasons reasonCodes { code params text } }\n  }\n": typeof types.LanguageCandidatesDocument,
    "\n  query LanguageJobEvents($id: ID!) { job(id: $id) { events { kind missing missingCodes { code params text } } } }\n": typeof types.LanguageJobEventsDocument,
    "\n  query VisibilityJobs { jobs(first: 200) { totalCount edges { node { id } } } }\n": typeof types.VisibilityJobsDocument,
    "\n  mutation VisibilityCancel($j: ID!) { cancelJob(jobId: $j, reason: \"x\") { id } }\n": typeof types.VisibilityCancelDocument,
    "\n  query VisibilityEquipment($s: String!) { equipmentBySerial(serial: $s) { id } }\n": typeof types.VisibilityEquipmentDocument,
    "\n  query VisibilityParts { parts { sku } }\n": typeof types.VisibilityPartsDocument,
    "\n  query VisibilityOffers($id: ID!) { job(id: $id) { id offers { id partner { id } } } }\n": typeof types.VisibilityOffersDocument,
    "\n  query VisibilityJobCount { jobs { totalCount } }\n": typeof types.VisibilityJobCountDocument,
    "\n  query VisibilityHeldBy($id: ID!) { job(id: $id) { id assignedPartner { id } offers { status } } }\n": typeof types.VisibilityHeldByDocument,
    "\n  mutation VisibilityClose($j: ID!) { closeJob(jobId: $j) { id } }\n": typeof types.VisibilityCloseDocument,
    "\n  query VisibilityScores { partnerScorecards(from: \"2026-01-01T00:00:00Z\", to: \"2027-01-01T00:00:00Z\") { score } }\n": typeof types.VisibilityScoresDocument,
    "\n  query VisibilityScorecards($from: DateTime!, $to: DateTime!) { partnerScorecards(from: $from, to: $to) { partner { id } offersReceived } }\n": typeof types.VisibilityScorecardsDocument,
    "\n  mutation WriteStatementsCreateJob($input: CreateJobInput!) { createJob(input: $input) { id number status } }\n": typeof types.WriteStatementsCreateJobDocument,
    "\n  mutation WriteStatementsAcceptOffer($offerId: ID!) { acceptOffer(offerId: $offerId) { id status } }\n": typeof types.WriteStatementsAcceptOfferDocument,
    "\n  query ReturnsClaims($p: ID) { claims(partnerId: $p) { id state job { id } lines { id kind decision part { id } } } }\n": typeof types.ReturnsClaimsDocument,
    "\n  query ReturnsPartsLines($id: ID!) { job(id: $id) { partsRequests { lines { id part { id } } } } }\n": typeof types.ReturnsPartsLinesDocument,
    "\n  mutation ReturnsUpdateClaim($c: ID!, $l: [ClaimLineInput!]!) { updateClaim(claimId: $c, lines: $l) { id lines { id kind faultySerial } } }\n": typeof types.ReturnsUpdateClaimDocument,
    "\n  mutation ReturnsSubmitClaim($c: ID!) { submitClaim(claimId: $c) { id state } }\n": typeof types.ReturnsSubmitClaimDocument,
    "\n  mutation ReturnsReviewClaim($c: ID!, $l: [ClaimLineDecisionInput!]!) { reviewClaim(claimId: $c, lines: $l) { id state } }\n": typeof types.ReturnsReviewClaimDocument,
    "\n  mutation Login($e: String!, $p: String!) { login(email: $e, password: $p) { token } }\n": typeof types.LoginDocument,
    "\n  subscription ServiceEvents($after: String, $jobId: ID) {\n    serviceEvents(after: $after, jobId: $jobId) { cursor kind at job { id status } offer { id status partner { id } } partsRequest { id status } actor { id } data }\n  }\n": typeof types.ServiceEventsDocument,
    "\n  fragment JobFields on ServiceJob { id number status coverage priority version assignedPartner { id } technician { id } responseDueAt resolutionDueAt }\n": typeof types.JobFieldsFragmentDoc,
    "\n  mutation CreateJob($input: CreateJobInput!) { createJob(input: $input) { ...JobFields } }\n": typeof types.CreateJobDocument,
    "\n  mutation OfferJob($j: ID!, $p: [ID!]!, $m: Int) { offerJob(jobId: $j, partnerIds: $p, expiresInMinutes: $m) { id status expiresAt partner { id } } }\n": typeof types.OfferJobDocument,
    "\n  mutation AcceptOffer($o: ID!) { acceptOffer(offerId: $o) { ...JobFields } }\n": typeof types.AcceptOfferDocument,
    "\n  mutation DeclineOffer($o: ID!, $r: String!) { declineOffer(offerId: $o, reason: $r) { id status declineReason } }\n": typeof types.DeclineOfferDocument,
    "\n  mutation ScheduleJob($j: ID!, $a: DateTime!, $t: ID) { scheduleJob(jobId: $j, appointmentAt: $a, technicianId: $t) { ...JobFields } }\n": typeof types.ScheduleJobDocument,
    "\n  mutation StartJob($j: ID!) { startJob(jobId: $j) { ...JobFields } }\n": typeof types.StartJobDocument,
    "\n  mutation RequestParts($input: RequestPartsInput!) { requestParts(input: $input) { id status lines { part { sku } quantity approvedQuantity } } }\n": typeof types.RequestPartsDocument,
    "\n  mutation DecidePartsRequest($input: DecidePartsRequestInput!) { decidePartsRequest(input: $input) { id status lines { part { sku } quantity approvedQuantity } } }\n": typeof types.DecidePartsRequestDocument,
    "\n  mutation ShipPartsRequest($id: ID!, $t: String) { shipPartsRequest(id: $id, trackingCode: $t) { id status trackingCode } }\n": typeof types.ShipPartsRequestDocument,
    "\n  mutation ReceivePartsRequest($id: ID!) { receivePartsRequest(id: $id) { id status job { id status } } }\n": typeof types.ReceivePartsRequestDocument,
    "\n  mutation CompleteJob($input: CompleteJobInput!) { completeJob(input: $input) { ...JobFields } }\n": typeof types.CompleteJobDocument,
    "\n  mutation CloseJob($j: ID!) { closeJob(jobId: $j) { ...JobFields surveyToken } }\n": typeof types.CloseJobDocument,
    "\n  mutation ReopenJob($j: ID!, $r: String!) { reopenJob(jobId: $j, reason: $r) { ...JobFields } }\n": typeof types.ReopenJobDocument,
    "\n  mutation CancelJob($j: ID!, $r: String!) { cancelJob(jobId: $j, reason: $r) { ...JobFields } }\n": typeof types.CancelJobDocument,
    "\n  query Job($id: ID!) { job(id: $id) { ...JobFields } }\n": typeof types.JobDocument,
    "\n  mutation SendQuote($j: ID!, $l: [QuoteLineInput!]!, $d: Int) {\n    sendQuote(jobId: $j, lines: $l, validDays: $d) { id number state net { amount currency } taxRate tax { amount currency } gross { amount currency } }\n  }\n": typeof types.SendQuoteDocument,
    "\n  query QuoteCustomerLink($id: ID!) { job(id: $id) { customerLinkToken } }\n": typeof types.QuoteCustomerLinkDocument,
    "\n  query TrackedQuote($t: String!) { trackJob(token: $t) { quote { number state answerToken gross { amount currency } } } }\n": typeof types.TrackedQuoteDocument,
    "\n  mutation AnswerQuote($t: String!, $a: Boolean!, $r: String) { answerQuote(token: $t, accept: $a, reason: $r) { number state answeredAt declineReason answerToken } }\n": typeof types.AnswerQuoteDocument,
};
const documents: Documents = {
    "\n  query E2eClaims { claims(states: [DRAFT]) { id number job { id } } }\n": types.E2eClaimsDocument,
    "\n  mutation DemoSpeakEnglish { setMyPreferences(input: { locale: \"en\" }) { id } }\n": types.DemoSpeakEnglishDocument,
    "\n  mutation DemoLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id organization { id } } } }\n": types.DemoLoginDocument,
    "\n  query DemoClosedRepair { jobs(first: 50, filter: { status: [CLOSED], type: [REPAIR] }) { edges { node { slaTime equipment { serial } } } } }\n": types.DemoClosedRepairDocument,
    "\n  mutation DemoCreateJob($i: CreateJobInput!) { createJob(input: $i) { id number coverage createdAt responseDueAt } }\n": types.DemoCreateJobDocument,
    "\n  query DemoCandidates($j: ID!) { dispatchCandidates(jobId: $j) { eligible partner { id name slug } } }\n": types.DemoCandidatesDocument,
    "\n  mutation DemoRoom($id: ID!) { updatePartner(id: $id, changes: { capacity: 50 }) { id } }\n": types.DemoRoomDocument,
    "\n  mutation DemoOffer($j: ID!, $p: [ID!]!, $m: Int) { offerJob(jobId: $j, partnerIds: $p, expiresInMinutes: $m) { id } }\n": types.DemoOfferDocument,
    "\n  query DemoModel($j: ID!) { job(id: $j) { equipment { model { id } } } }\n": types.DemoModelDocument,
    "\n  query DemoParts($m: ID) { parts(modelId: $m) { sku } }\n": types.DemoPartsDocument,
    "\n  query DemoStandard($j: ID!) { job(id: $j) { qualityStandard { checklist { id } minPhotos requiresSignature maxLaborMinutes } } }\n": types.DemoStandardDocument,
    "\n  mutation DemoRecordFinding($i: RecordFindingInput!) { recordFinding(input: $i) { id } }\n": types.DemoRecordFindingDocument,
    "\n  query EvidenceAttachments($id: ID!) { job(id: $id) { status attachments { kind signerName width } } }\n": types.EvidenceAttachmentsDocument,
    "\n  query EdgesStaff { partners { slug kind customerId } productLines { standards { jobType requiresCertifiedTechnician } } }\n": types.EdgesStaffDocument,
    "\n  query EdgesCertifications($t: ID) { technicianCertifications(technicianId: $t) { id productLineName jobTypes } }\n": types.EdgesCertificationsDocument,
    "\n  query E2eQuoteCustomerLink($id: ID!) { job(id: $id) { customerLinkToken } }\n": types.E2eQuoteCustomerLinkDocument,
    "\n  query ReturnsE2eClaim($id: ID!) { claim(id: $id) { state lines { id decision decisionReasonCode } } }\n": types.ReturnsE2eClaimDocument,
    "\n  query LanguageE2eMe { me { locale timeZone } }\n": types.LanguageE2eMeDocument,
    "\n  mutation KillNineCreateJob($i: CreateJobInput!) { createJob(input: $i) { id } }\n": types.KillNineCreateJobDocument,
    "\n  mutation AudienceRecordFinding($p: ID!, $d: DateTime!) { recordFinding(input: { partnerId: $p, severity: MINOR, text: \"Late report\", correctiveActionDueAt: $d }) { id } }\n": types.AudienceRecordFindingDocument,
    "\n  mutation AudienceAcknowledgeFinding($id: ID!) { acknowledgeFinding(id: $id) { id } }\n": types.AudienceAcknowledgeFindingDocument,
    "\n  mutation MatrixRecordFinding($p: ID!, $d: DateTime!) { recordFinding(input: { partnerId: $p, severity: MINOR, text: \"x\", correctiveActionDueAt: $d }) { id } }\n": types.MatrixRecordFindingDocument,
    "\n  mutation MatrixServiceRequest($input: ServiceRequestInput!) { submitServiceRequest(input: $input) { token } }\n": types.MatrixServiceRequestDocument,
    "\n  mutation MatrixAddAbsence($t: ID!) { addTechnicianAbsence(input: { technicianId: $t, startsAt: \"2031-01-05T00:00:00Z\", endsAt: \"2031-01-07T00:00:00Z\", kind: VACATION }) { id } }\n": types.MatrixAddAbsenceDocument,
    "\n  mutation MatrixAddTechnicianCertification($t: ID!, $l: ID!) {\n    addTechnicianCertification(input: { technicianId: $t, productLineId: $l, jobTypes: [REPAIR], expiresAt: \"2031-01-01T00:00:00Z\" }) { id }\n  }\n": types.MatrixAddTechnicianCertificationDocument,
    "\n  query BackupScorecards($from: DateTime!, $to: DateTime!) {\n    partnerScorecards(from: $from, to: $to) {\n      partner { id } offersReceived offersAccepted offersDeclined acceptanceRate medianMinutesToAccept slaResponseCompliance\n      slaResolutionCompliance jobsCompleted firstTimeFixRate reopenRate qualityGateFailures meanSatisfaction score\n    }\n  }\n": types.BackupScorecardsDocument,
    "\n  mutation BackupSurvey($t: String!) { submitSurvey(token: $t, rating: 4) { id } }\n": types.BackupSurveyDocument,
    "\n  query BackupJobWithOffers($id: ID!) { job(id: $id) { id status assignedPartner { id } offers { id status } } }\n": types.BackupJobWithOffersDocument,
    "\n  query BackupAssigned($id: ID!) { job(id: $id) { id status assignedPartner { id } } }\n": types.BackupAssignedDocument,
    "\n  query BackupAttachmentUrls($id: ID!) { job(id: $id) { attachments { id url thumbnailUrl } } }\n": types.BackupAttachmentUrlsDocument,
    "\n  subscription BackupCursors($after: String) { serviceEvents(after: $after) { cursor kind } }\n": types.BackupCursorsDocument,
    "\n  query BroadcastOfferStatuses($id: ID!) { job(id: $id) { offers { status } } }\n": types.BroadcastOfferStatusesDocument,
    "\n  mutation BizSetCalendar($o: ID, $c: BusinessCalendarInput!) { setBusinessCalendar(organizationId: $o, calendar: $c) { organizationId timeZone version } }\n": types.BizSetCalendarDocument,
    "\n  query BizCalendars { businessCalendars { organizationId timeZone hours { day intervals } holidayCountry } }\n": types.BizCalendarsDocument,
    "\n  mutation BizSetStandard($i: QualityStandardInput!) { setQualityStandard(input: $i) { slaTime resolutionMinutes } }\n": types.BizSetStandardDocument,
    "\n  query BizClocks($id: ID!) {\n    job(id: $id) {\n      slaTime resolutionDueAt resolutionBreachedAt resolutionPausedMinutes\n      responseClock { dueAt mode workingMinutesLeft timeZone }\n      resolutionClock { dueAt mode workingMinutesLeft timeZone }\n    }\n  }\n": types.BizClocksDocument,
    "\n  mutation BizAccept($o: ID!) { acceptOffer(offerId: $o) { resolutionClock { dueAt mode workingMinutesLeft timeZone } } }\n": types.BizAcceptDocument,
    "\n  query BizScorecards($from: DateTime!, $to: DateTime!) { partnerScorecards(from: $from, to: $to) { partner { id } offersAccepted medianMinutesToAccept } }\n": types.BizScorecardsDocument,
    "\n  query ExportsClaims($states: [ClaimState!]) { claims(states: $states) { id number state job { id } lines { id kind minutes } } }\n": types.ExportsClaimsDocument,
    "\n  query ExportsParts { parts { id sku name listPrice { amount currency } } }\n": types.ExportsPartsDocument,
    "\n  mutation ExportsUpdateClaim($id: ID!, $lines: [ClaimLineInput!]!) { updateClaim(claimId: $id, lines: $lines) { id lines { id kind } } }\n": types.ExportsUpdateClaimDocument,
    "\n  mutation ExportsSubmitClaim($id: ID!) { submitClaim(claimId: $id) { id state } }\n": types.ExportsSubmitClaimDocument,
    "\n  mutation ExportsReviewClaim($id: ID!, $lines: [ClaimLineDecisionInput!]!) { reviewClaim(claimId: $id, lines: $lines) { id state approved { amount currency } } }\n": types.ExportsReviewClaimDocument,
    "\n  query ClaimsOfPartner($p: ID, $states: [ClaimState!]) { claims(partnerId: $p, states: $states) { id state job { id } } }\n": types.ClaimsOfPartnerDocument,
    "\n  query ClaimById($id: ID!) { claim(id: $id) { id state } }\n": types.ClaimByIdDocument,
    "\n  query ClaimJobParts($id: ID!) { job(id: $id) { partsRequests { lines { id part { id sku } } } } }\n": types.ClaimJobPartsDocument,
    "\n  mutation ClaimUpdate($c: ID!, $lines: [ClaimLineInput!]!) { updateClaim(claimId: $c, lines: $lines) { id state lines { kind quantity amount { amount currency } ownStock } } }\n": types.ClaimUpdateDocument,
    "\n  mutation ClaimSubmit($c: ID!, $answer: String) { submitClaim(claimId: $c, answer: $answer) { id state submittedAt reviewDueAt } }\n": types.ClaimSubmitDocument,
    "\n  mutation ClaimSendBack($c: ID!, $q: String!) { sendBackClaim(claimId: $c, question: $q) { id state messages { kind text } } }\n": types.ClaimSendBackDocument,
    "\n  mutation ClaimReview($c: ID!, $lines: [ClaimLineDecisionInput!]!) { reviewClaim(claimId: $c, lines: $lines) { id state approved { amount currency } } }\n": types.ClaimReviewDocument,
    "\n  mutation ClaimPay($p: ID!, $ref: String!, $from: DateTime!, $to: DateTime!) {\n    createPaymentBatch(partnerId: $p, reference: $ref, from: $from, to: $to) { id reference partner { id } paidAt total { amount currency } claims { id state paidAt } }\n  }\n": types.ClaimPayDocument,
    "\n  query ClaimStatement($p: ID!, $from: DateTime!, $to: DateTime!) {\n    reimbursementStatement(partnerId: $p, from: $from, to: $to) {\n      claims { id state job { id } partsAmount { amount currency } laborAmount { amount currency } total { amount currency } payer claimed { amount currency } approved { amount currency } }\n      byState { state count claimed { amount currency } approved { amount currency } }\n      total { amount currency } approvedTotal { amount currency } paidTotal { amount currency }\n    }\n  }\n": types.ClaimStatementDocument,
    "\n  mutation ClaimReasonCode { setReasonCode(input: { kind: CLAIM_LINE, code: \"NOT_COVERED\", label: \"Not covered by the warranty\" }) { id } }\n": types.ClaimReasonCodeDocument,
    "\n  mutation ClaimFinding($p: ID!, $d: DateTime!) { recordFinding(input: { partnerId: $p, severity: MINOR, text: \"x\", correctiveActionDueAt: $d }) { id } }\n": types.ClaimFindingDocument,
    "\n  subscription ClaimEvents { serviceEvents { kind jobId claim { id state } } }\n": types.ClaimEventsDocument,
    "\n  mutation TranslationsSetStandardTexts($input: StandardTextsInput!) {\n    setStandardTexts(input: $input) { id instructions instructionsAsWritten checklist { id label labelAsWritten translations { language text } } }\n  }\n": types.TranslationsSetStandardTextsDocument,
    "\n  mutation TranslationsSetStandard($input: QualityStandardInput!) { setQualityStandard(input: $input) { id } }\n": types.TranslationsSetStandardDocument,
    "\n  query TranslationsJobChecklist($id: ID!) {\n    job(id: $id) { id qualityStandard { instructions checklist { id label labelAsWritten } } }\n  }\n": types.TranslationsJobChecklistDocument,
    "\n  query TranslationsJobsChecklist {\n    jobs(first: 5) { edges { node { id qualityStandard { instructions checklist { id label } } } } }\n  }\n": types.TranslationsJobsChecklistDocument,
    "\n  mutation TranslationsSetReasonCode($input: ReasonCodeInput!) { setReasonCode(input: $input) { id code label labelAsWritten active translations { language text } } }\n": types.TranslationsSetReasonCodeDocument,
    "\n  query TranslationsReasonCodes($kind: ReasonKind!, $m: ID, $o: ID) { reasonCodes(kind: $kind, manufacturerId: $m, offerId: $o) { code label } }\n": types.TranslationsReasonCodesDocument,
    "\n  mutation TranslationsDecline($o: ID!, $r: String!, $c: String) { declineOffer(offerId: $o, reason: $r, reasonCode: $c) { id status declineReason declineCode { code label } } }\n": types.TranslationsDeclineDocument,
    "\n  query TranslationsJobOffers($id: ID!) { job(id: $id) { offers { id status declineReason declineCode { code label labelAsWritten } } } }\n": types.TranslationsJobOffersDocument,
    "\n  mutation TranslationsRecordFinding($input: RecordFindingInput!) { recordFinding(input: $input) { id text reasonCode { code label } } }\n": types.TranslationsRecordFindingDocument,
    "\n  query TranslationsFindings { findings { id text reasonCode { code label } } }\n": types.TranslationsFindingsDocument,
    "\n  mutation TranslationsSubmitRequest($input: ServiceRequestInput!) { submitServiceRequest(input: $input) { token matched jobNumber } }\n": types.TranslationsSubmitRequestDocument,
    "\n  mutation TranslationsSetCalendar($o: ID) {\n    setBusinessCalendar(organizationId: $o, calendar: { timeZone: \"Europe/Berlin\", hours: [{ day: MON, intervals: [\"08:00-17:00\"] }] }) { version }\n  }\n": types.TranslationsSetCalendarDocument,
    "\n  mutation StaffCreatePartner($i: PartnerInput!) { createPartner(input: $i) { id kind customerId } }\n": types.StaffCreatePartnerDocument,
    "\n  mutation StaffCreateUser($i: UserInput!) { createUser(input: $i) { id } }\n": types.StaffCreateUserDocument,
    "\n  query StaffCandidates($j: ID!) { dispatchCandidates(jobId: $j) { partner { id } eligible reasons reasonCodes { code } } }\n": types.StaffCandidatesDocument,
    "\n  mutation StaffAuto($j: ID!) { autoDispatch(jobId: $j) { partner { id } } }\n": types.StaffAutoDocument,
    "\n  mutation StaffUpdatePartner($id: ID!, $c: PartnerChangesInput!) { updatePartner(id: $id, changes: $c) { capacity } }\n": types.StaffUpdatePartnerDocument,
    "\n  query StaffJobs { jobs(first: 200) { totalCount edges { node { id } } } }\n": types.StaffJobsDocument,
    "\n  mutation StaffSetStandard($i: QualityStandardInput!) { setQualityStandard(input: $i) { requiresCertifiedTechnician } }\n": types.StaffSetStandardDocument,
    "\n  mutation StaffAddCert($i: TechnicianCertificationInput!) { addTechnicianCertification(input: $i) { id technicianId productLineName jobTypes valid } }\n": types.StaffAddCertDocument,
    "\n  mutation StaffRemoveCert($id: ID!) { removeTechnicianCertification(id: $id) { id } }\n": types.StaffRemoveCertDocument,
    "\n  query StaffCerts { technicianCertifications { id technicianId } }\n": types.StaffCertsDocument,
    "mutation StaffGrant($i: CertificationInput!) { grantCertification(input: $i) { id } }": types.StaffGrantDocument,
    "\n  query CustomerTrack($t: String!) {\n    trackJob(token: $t) {\n      number status receivedAt appointmentAt technicianFirstName reportUrl surveyOpen surveyAnswered trackingPath\n      equipment { serial model }\n      responsible { organization name email }\n      timeline { kind at }\n    }\n  }\n": types.CustomerTrackDocument,
    "\n  query CustomerLink($id: ID!) { job(id: $id) { number source customerLinkToken surveyToken } }\n": types.CustomerLinkDocument,
    "\n  mutation CustomerSubmitRequest($input: ServiceRequestInput!) { submitServiceRequest(input: $input) { token trackingPath matched jobNumber } }\n": types.CustomerSubmitRequestDocument,
    "\n  mutation CustomerSurvey($t: String!) { submitSurvey(token: $t, rating: 4) { rating } }\n": types.CustomerSurveyDocument,
    "\n  query CustomerRequests($s: ServiceRequestStatus) {\n    serviceRequests(status: $s) { id status serial description contactName contactEmail contactPhone address jobId jobNumber handledAt }\n  }\n": types.CustomerRequestsDocument,
    "\n  mutation CustomerJobFromRequest($id: ID!, $s: String!) { createJobFromServiceRequest(id: $id, serial: $s) { id number status source customerLinkToken } }\n": types.CustomerJobFromRequestDocument,
    "\n  mutation CustomerRequestHandled($id: ID!) { markServiceRequestHandled(id: $id) { id status handledAt } }\n": types.CustomerRequestHandledDocument,
    "\n  query CustomerManufacturers { requestManufacturers { slug name } }\n": types.CustomerManufacturersDocument,
    "\n  query DistanceCandidates($j: ID!) { dispatchCandidates(jobId: $j) { partner { id } eligible score distanceKm reasons } }\n": types.DistanceCandidatesDocument,
    "\n  mutation DistanceLocateSite($s: String!, $l: LocationInput) { setSiteLocation(serial: $s, location: $l) { siteLatitude siteLongitude } }\n": types.DistanceLocateSiteDocument,
    "\n  mutation DistanceUpdatePartner($id: ID!, $c: PartnerChangesInput!) { updatePartner(id: $id, changes: $c) { latitude longitude serviceRadiusKm } }\n": types.DistanceUpdatePartnerDocument,
    "\n  mutation DistanceWeight($w: Float!) { setScorecardPolicy(input: { distanceWeight: $w }) { distanceWeight } }\n": types.DistanceWeightDocument,
    "\n  query DistancePolicy { scorecardPolicy { distanceWeight } }\n": types.DistancePolicyDocument,
    "\n  query EconomicsCharges($id: ID!) { job(id: $id) { charges { partsAmount { amount currency } laborAmount { amount currency } total { amount currency } payer } } }\n": types.EconomicsChargesDocument,
    "\n  query EconomicsStatement($p: ID!, $from: DateTime!, $to: DateTime!) { reimbursementStatement(partnerId: $p, from: $from, to: $to) { claims { job { id } total { amount currency } } partsTotal { amount currency } laborTotal { amount currency } total { amount currency } } }\n": types.EconomicsStatementDocument,
    "\n  mutation EconomicsSurvey($t: String!) { submitSurvey(token: $t, rating: 1, comment: \"Broke again after a week\") { id } }\n": types.EconomicsSurveyDocument,
    "\n  query EconomicsAnalysis($from: DateTime!, $to: DateTime!) { failureAnalysis(from: $from, to: $to) { model { id } failureCode jobs repeatRate meanMinutesToRepair lowRatings complaints } }\n": types.EconomicsAnalysisDocument,
    "\n  query EconomicsAnalysisJobs($from: DateTime!, $to: DateTime!) { failureAnalysis(from: $from, to: $to) { jobs } }\n": types.EconomicsAnalysisJobsDocument,
    "\n  query ErrorsTypename { __typename }\n": types.ErrorsTypenameDocument,
    "\n  query ErrorsMe { me { id } }\n": types.ErrorsMeDocument,
    "\n  query ErrorsJobCount { jobs { totalCount } }\n": types.ErrorsJobCountDocument,
    "\n  query ErrorsParts { parts { sku } }\n": types.ErrorsPartsDocument,
    "\n  query ErrorsPartsRequests { partsRequests { id } }\n": types.ErrorsPartsRequestsDocument,
    "\n  query ErrorsJob($id: ID!) { job(id: $id) { id } }\n": types.ErrorsJobDocument,
    "\n  mutation ErrorsLoginNobody { login(email: \"nobody@x.demo\", password: \"demo\") { token } }\n": types.ErrorsLoginNobodyDocument,
    "\n  mutation ErrorsBlankDescription { createJob(input: { serial: \"x\", type: REPAIR, description: \"   \" }) { id } }\n": types.ErrorsBlankDescriptionDocument,
    "\n  mutation ErrorsDescription($d: String!) { createJob(input: { serial: \"x\", type: REPAIR, description: $d }) { id } }\n": types.ErrorsDescriptionDocument,
    "\n  mutation ErrorsUnknownSerial { createJob(input: { serial: \"NO-SUCH\", type: REPAIR, description: \"broken\" }) { id } }\n": types.ErrorsUnknownSerialDocument,
    "\n  query ErrorsFirstOver { jobs(first: 201) { totalCount } }\n": types.ErrorsFirstOverDocument,
    "\n  query ErrorsBadCursor { jobs(after: \"garbage\") { totalCount } }\n": types.ErrorsBadCursorDocument,
    "\n  mutation ErrorsStart($j: ID!) { startJob(jobId: $j) { id } }\n": types.ErrorsStartDocument,
    "\n  mutation ErrorsCancelNotUuid { cancelJob(jobId: \"1\", reason: \"x\") { id } }\n": types.ErrorsCancelNotUuidDocument,
    "\n  mutation ErrorsOffer($j: ID!, $p: [ID!]!) { offerJob(jobId: $j, partnerIds: $p) { id } }\n": types.ErrorsOfferDocument,
    "\n  mutation ErrorsRatingOutOfRange { submitSurvey(token: \"abc\", rating: 9) { id } }\n": types.ErrorsRatingOutOfRangeDocument,
    "\n  mutation ErrorsUnknownSurvey { submitSurvey(token: \"abc\", rating: 4) { id } }\n": types.ErrorsUnknownSurveyDocument,
    "\n  query ErrorsPeriodReversed { partnerScorecards(from: \"2026-02-01T00:00:00Z\", to: \"2026-01-01T00:00:00Z\") { score } }\n": types.ErrorsPeriodReversedDocument,
    "\n  mutation ErrorsCreateWithKey($s: String!, $k: String) { createJob(input: { serial: $s, type: MAINTENANCE, description: \"other\", idempotencyKey: $k }) { id } }\n": types.ErrorsCreateWithKeyDocument,
    "\n  query ErrorsPartsRequestIds($id: ID!) { job(id: $id) { partsRequests { id } } }\n": types.ErrorsPartsRequestIdsDocument,
    "\n  query HeadersTypename { __typename }\n": types.HeadersTypenameDocument,
    "\n  query JourneyCandidates($j: ID!) { dispatchCandidates(jobId: $j) { partner { id } eligible score reasons } }\n": types.JourneyCandidatesDocument,
    "\n  query JourneySurveyToken($id: ID!) { job(id: $id) { surveyToken } }\n": types.JourneySurveyTokenDocument,
    "\n  mutation JourneySurvey($t: String!) { submitSurvey(token: $t, rating: 5, comment: \"Quick and friendly\") { rating comment } }\n": types.JourneySurveyDocument,
    "\n  mutation JourneySurveyAgain($t: String!) { submitSurvey(token: $t, rating: 1) { rating } }\n": types.JourneySurveyAgainDocument,
    "\n  query JourneyHistory($id: ID!) { job(id: $id) { events { kind actor { id } data } } }\n": types.JourneyHistoryDocument,
    "\n  subscription LiveDetailsMoves {\n    serviceEvents {\n      cursor kind reason\n      jobMove { from to }\n      offerMove { from to }\n      partsMove { from to }\n      job { id status }\n      offer { id status }\n      partsRequest { id status }\n    }\n  }\n": types.LiveDetailsMovesDocument,
    "\n  query LiveDetailsPendingOffers { offers(status: [PENDING], first: 10) { totalCount edges { node { id status job { id } } } } }\n": types.LiveDetailsPendingOffersDocument,
    "\n  query LiveDetailsMissed($after: String!) { missedEventCount(after: $after) }\n": types.LiveDetailsMissedDocument,
    "\n  query LoanerLines {\n    partsRequests { id viewerCan { returnLoaner } lines { id loaner part { sku } loanerReturnBy loanerReturnedAt loanerOverdue } }\n  }\n": types.LoanerLinesDocument,
    "\n  mutation LoanerReturn($id: ID!, $t: String) { returnLoaner(lineId: $id, trackingCode: $t) { id lines { id loanerReturnedAt loanerReturnTrackingCode loanerOverdue } } }\n": types.LoanerReturnDocument,
    "\n  query LoanerHistory($id: ID!) { job(id: $id) { events { kind data } } }\n": types.LoanerHistoryDocument,
    "\n  query MailOutbox($s: [MailStatus!]) { outbox(status: $s) { totalCount edges { cursor node { id kind status recipient subject messageId job attempts } } } }\n": types.MailOutboxDocument,
    "\n  query MailOutboxMessage($id: ID!) { outboxMessage(id: $id) { id subject text html status } }\n": types.MailOutboxMessageDocument,
    "\n  query MailPreferences { myNotificationPreferences { kind label enabled } }\n": types.MailPreferencesDocument,
    "\n  mutation MailSetPreference($k: MailKind!, $e: Boolean!) { setNotificationPreference(kind: $k, enabled: $e) { kind enabled } }\n": types.MailSetPreferenceDocument,
    "\n  mutation MailUnsubscribe($t: String!) { unsubscribeMail(token: $t) { address } }\n": types.MailUnsubscribeDocument,
    "\n  query MailCustomerLink($id: ID!) { job(id: $id) { customerLinkToken } }\n": types.MailCustomerLinkDocument,
    "\n  mutation MaintenanceSaveLine($id: ID!, $i: ProductLineInput!) { saveProductLine(id: $id, input: $i) { strategy maintenanceIntervalMonths } }\n": types.MaintenanceSaveLineDocument,
    "\n  mutation MaintenanceNewLine($i: ProductLineInput!) { saveProductLine(input: $i) { id } }\n": types.MaintenanceNewLineDocument,
    "\n  query MaintenanceOverdue { jobs(filter: { maintenanceOverdue: true }) { edges { node { id type maintenanceDueAt } } } }\n": types.MaintenanceOverdueDocument,
    "\n  mutation SplitCreatePartner($i: PartnerInput!) { createPartner(input: $i) { id } }\n": types.SplitCreatePartnerDocument,
    "\n  mutation SplitGrantCertification($i: CertificationInput!) { grantCertification(input: $i) { id } }\n": types.SplitGrantCertificationDocument,
    "\n  mutation SplitJob($j: ID!, $c: [ComponentJobInput!]!) { splitJob(jobId: $j, components: $c) { id status componentLine { id } parent { id } } }\n": types.SplitJobDocument,
    "\n  query SplitCandidates($j: ID!) { dispatchCandidates(jobId: $j) { partner { id } eligible } }\n": types.SplitCandidatesDocument,
    "\n  query SplitFamily($id: ID!) { job(id: $id) { children { id status } events { kind } } }\n": types.SplitFamilyDocument,
    "\n  query Colleagues { colleagues { id } }\n": types.ColleaguesDocument,
    "\n  mutation SignIn($email: String!, $password: String!) { login(email: $email, password: $password) { token } }\n": types.SignInDocument,
    "\n  subscription Live($after: String) { serviceEvents(after: $after) { cursor } }\n": types.LiveDocument,
    "\n  query InventedByAClient { colleagues { id } }\n": types.InventedByAClientDocument,
    "\n  mutation MoneySetPrice($i: PartPriceInput!) { setPartPrice(input: $i) { sku listPrice { amount currency } } }\n": types.MoneySetPriceDocument,
    "\n  mutation MoneySetRate($id: ID!, $c: PartnerChangesInput!) { updatePartner(id: $id, changes: $c) { id currency } }\n": types.MoneySetRateDocument,
    "\n  mutation MoneySetStandard($i: QualityStandardInput!) { setQualityStandard(input: $i) { laborRateCeiling { amount currency } } }\n": types.MoneySetStandardDocument,
    "\n  query MoneyCharges($id: ID!) { job(id: $id) { charges { partsAmount { amount currency } laborAmount { amount currency } total { amount currency } } } }\n": types.MoneyChargesDocument,
    "\n  query MoneyStatement($p: ID!, $from: DateTime!, $to: DateTime!) {\n    reimbursementStatement(partnerId: $p, from: $from, to: $to) {\n      claims { total { amount currency } }\n      partsTotal { amount currency }\n      laborTotal { amount currency }\n      total { amount currency }\n    }\n  }\n": types.MoneyStatementDocument,
    "\n  mutation AdminCreatePartner($i: PartnerInput!) { createPartner(input: $i) { id slug status regions capacity } }\n": types.AdminCreatePartnerDocument,
    "\n  query AdminCandidates($j: ID!) { dispatchCandidates(jobId: $j) { partner { id } eligible reasons } }\n": types.AdminCandidatesDocument,
    "\n  mutation AdminGrantCertification($i: CertificationInput!) { grantCertification(input: $i) { id valid } }\n": types.AdminGrantCertificationDocument,
    "\n  mutation AdminCreateUser($i: UserInput!) { createUser(input: $i) { id role } }\n": types.AdminCreateUserDocument,
    "\n  mutation AdminCreateUserId($i: UserInput!) { createUser(input: $i) { id } }\n": types.AdminCreateUserIdDocument,
    "\n  mutation AdminSetCapacity($id: ID!, $c: PartnerChangesInput!) { updatePartner(id: $id, changes: $c) { capacity } }\n": types.AdminSetCapacityDocument,
    "\n  mutation AdminUpdateStatus($id: ID!, $c: PartnerChangesInput!) { updatePartner(id: $id, changes: $c) { status } }\n": types.AdminUpdateStatusDocument,
    "\n  mutation AdminSetStandard($i: QualityStandardInput!) { setQualityStandard(input: $i) { responseMinutes checklist { id } requiredReportFields } }\n": types.AdminSetStandardDocument,
    "\n  mutation AdminSetPrice($i: PartPriceInput!) { setPartPrice(input: $i) { sku listPrice { amount currency } } }\n": types.AdminSetPriceDocument,
    "\n  query AdminCatalogue($m: ID) { parts(modelId: $m) { sku listPrice { amount currency } } }\n": types.AdminCatalogueDocument,
    "\n  query AdminPartsRequests($id: ID!) { job(id: $id) { partsRequests { id } } }\n": types.AdminPartsRequestsDocument,
    "\n  query OfferLinkView($t: String!) {\n    mailedOffer(token: $t) {\n      action offerId jobId jobNumber jobType productLine model siteCity region description priority partnerName status expiresAt usable blockedBy\n    }\n  }\n": types.OfferLinkViewDocument,
    "\n  mutation OfferLinkAnswer($t: String!, $r: String) {\n    answerMailedOffer(token: $t, reason: $r) { action offer { offerId status usable blockedBy } }\n  }\n": types.OfferLinkAnswerDocument,
    "\n  query OfferLinkJobEvents($id: ID!) {\n    job(id: $id) { status assignedPartner { id } offers { id status declineReason } events { kind actor { id } data offer { id } } }\n  }\n": types.OfferLinkJobEventsDocument,
    "\n  mutation OnbInvite($e: String!, $f: String, $k: OrgKind) { invitePartner(email: $e, firmName: $f, kind: $k) { id email firmName state link partner { id } } }\n": types.OnbInviteDocument,
    "\n  query OnbInvitations {\n    partnerInvitations {\n      id email state registeredAt decidedAt\n      partner { id name status regions capacity country address technicianCertifications { id productLineName certificate { id kind contentType url } } }\n    }\n  }\n": types.OnbInvitationsDocument,
    "\n  query OnbPublic($t: String!) { invitation(token: $t) { manufacturerName email firmName kind state firmKnown } }\n": types.OnbPublicDocument,
    "\n  mutation OnbRegister($t: String!, $i: RegistrationInput!) {\n    registerByInvitation(token: $t, input: $i) { token user { id email role organization { id name kind status regions country address } } }\n  }\n": types.OnbRegisterDocument,
    "\n  mutation OnbJoin($t: String!) { joinByInvitation(token: $t) { id state partner { id } } }\n": types.OnbJoinDocument,
    "\n  mutation OnbApprove($id: ID!, $s: PartnerStatus!, $r: [String!], $c: Int) { approvePartner(invitationId: $id, status: $s, regions: $r, capacity: $c) { id status regions capacity } }\n": types.OnbApproveDocument,
    "\n  mutation OnbDecline($id: ID!, $r: String) { declinePartner(invitationId: $id, reason: $r) { id state declineReason } }\n": types.OnbDeclineDocument,
    "\n  query OnbMe { me { id organization { id } } }\n": types.OnbMeDocument,
    "\n  query OnbPartners { partners { id name } }\n": types.OnbPartnersDocument,
    "\n  query OnbCandidates($j: ID!) { dispatchCandidates(jobId: $j) { partner { id } eligible } }\n": types.OnbCandidatesDocument,
    "\n  mutation OnbGrant($i: CertificationInput!) { grantCertification(input: $i) { id } }\n": types.OnbGrantDocument,
    "\n  mutation OnbCreateUser($i: UserInput!) { createUser(input: $i) { id role organization { id } } }\n": types.OnbCreateUserDocument,
    "\n  mutation OnbAddCert($i: TechnicianCertificationInput!) {\n    addTechnicianCertification(input: $i) { id technicianId certificate { id kind contentType url } }\n  }\n": types.OnbAddCertDocument,
    "\n  query OnbOffers { offers(status: [PENDING]) { edges { node { id job { id } } } } }\n": types.OnbOffersDocument,
    "\n  query OnbJobs { jobs(first: 200) { edges { node { id } } } }\n": types.OnbJobsDocument,
    "\n  query OnbTrack($t: String!) { trackJob(token: $t) { number } }\n": types.OnbTrackDocument,
    "\n  query OnbMyFirmCertificates { me { organization { technicianCertifications { id } } } }\n": types.OnbMyFirmCertificatesDocument,
    "\n  mutation OnbLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id organization { id } } } }\n": types.OnbLoginDocument,
    "\n  query OnbMailedOffer($t: String!) { mailedOffer(token: $t) { offerId } }\n": types.OnbMailedOfferDocument,
    "\n  subscription RestartJobEvents { serviceEvents { cursor kind job { id } } }\n": types.RestartJobEventsDocument,
    "\n  mutation QuotesCalendar($c: BusinessCalendarInput!) { setBusinessCalendar(calendar: $c) { holidayCountry } }\n": types.QuotesCalendarDocument,
    "\n  query QuotesJobQuote($id: ID!) {\n    job(id: $id) {\n      status\n      quote { id number state taxRate net { amount currency } tax { amount currency } gross { amount currency } declineReason\n        lines { kind description quantity unitPrice { amount currency } amount { amount currency } part { sku } } }\n      events { kind reason }\n    }\n  }\n": types.QuotesJobQuoteDocument,
    "\n  query QuotesTrack($t: String!) { trackJob(token: $t) { number quote { number state answerToken partnerName gross { amount } } } }\n": types.QuotesTrackDocument,
    "\n  query QuotesLinkPage($t: String!) { customerQuote(token: $t) { number state partnerName gross { amount currency } lines { kind quantity } answerToken } }\n": types.QuotesLinkPageDocument,
    "\n  subscription QuotesLive { serviceEvents { kind jobId reason job { id quote { number state declineReason } } } }\n": types.QuotesLiveDocument,
    "\n  query QuotesMailedOffer($t: String!) { mailedOffer(token: $t) { offerId } }\n": types.QuotesMailedOfferDocument,
    "\n  mutation RacesOffer($j: ID!, $p: [ID!]!) { offerJob(jobId: $j, partnerIds: $p) { id } }\n": types.RacesOfferDocument,
    "\n  mutation RacesCancel($j: ID!, $v: Int) { cancelJob(jobId: $j, reason: \"duplicate call\", expectedVersion: $v) { id version } }\n": types.RacesCancelDocument,
    "\n  query RequestLogTypename { __typename }\n": types.RequestLogTypenameDocument,
    "\n  mutation RequestLogSignIn($email: String!, $password: String!) { login(email: $email, password: $password) { token } }\n": types.RequestLogSignInDocument,
    "\n  mutation RequestLogCreateUser($input: UserInput!) { createUser(input: $input) { id } }\n": types.RequestLogCreateUserDocument,
    "\n  query RequestLogColleagues { colleagues { id name } }\n": types.RequestLogColleaguesDocument,
    "\n  subscription ResumeJobEvents($after: String) { serviceEvents(after: $after) { cursor kind job { id } } }\n": types.ResumeJobEventsDocument,
    "\n  query ResumeHistory($id: ID!) { job(id: $id) { events { cursor kind } } }\n": types.ResumeHistoryDocument,
    "\n  subscription ResumeAnyEvents { serviceEvents { cursor } }\n": types.ResumeAnyEventsDocument,
    "\n  query ReturnsClaim($id: ID!) {\n    claim(id: $id) {\n      id state approved { amount currency }\n      lines { id kind decision approvedAmount { amount currency } decisionReasonCode returnAuthorization { id state result } }\n    }\n  }\n": types.ReturnsClaimDocument,
    "\n  mutation ReturnsRequest($l: ID!, $n: String) {\n    requestPartReturn(claimLineId: $l, note: $n) { id number state faultySerial returnBy requestNote part { id } partner { id } claimLine { id } viewerCan { ship receive inspect } }\n  }\n": types.ReturnsRequestDocument,
    "\n  mutation ReturnsShip($r: ID!, $t: String!) { shipPartReturn(returnId: $r, trackingCode: $t) { id state trackingCode shippedAt } }\n": types.ReturnsShipDocument,
    "\n  mutation ReturnsReceive($r: ID!) { receivePartReturn(returnId: $r) { id state receivedAt } }\n": types.ReturnsReceiveDocument,
    "\n  mutation ReturnsInspect($r: ID!, $x: InspectionResult!, $n: String) { inspectPartReturn(returnId: $r, result: $x, note: $n) { id state result inspectionNote inspectedAt } }\n": types.ReturnsInspectDocument,
    "\n  query ReturnsList($p: ID, $s: [ReturnState!]) { returnAuthorizations(partnerId: $p, states: $s) { id state viewerCan { ship receive inspect } } }\n": types.ReturnsListDocument,
    "\n  query ReturnsAnalysis($from: DateTime!, $to: DateTime!) { failureAnalysis(from: $from, to: $to) { failureCode confirmedFaults { part { id sku } count } } }\n": types.ReturnsAnalysisDocument,
    "\n  mutation ReturnsSendBack($c: ID!, $q: String!) { sendBackClaim(claimId: $c, question: $q) { id state } }\n": types.ReturnsSendBackDocument,
    "\n  mutation ReturnsEditClaim($c: ID!, $l: [ClaimLineInput!]!) { updateClaim(claimId: $c, lines: $l) { id lines { id kind returnAuthorization { id } } } }\n": types.ReturnsEditClaimDocument,
    "\n  query ReturnsOne($s: [ReturnState!]) { returnAuthorizations(states: $s) { id claimLine { id } claim { id } faultySerial } }\n": types.ReturnsOneDocument,
    "\n  mutation ReturnsReview($c: ID!, $l: [ClaimLineDecisionInput!]!) { reviewClaim(claimId: $c, lines: $l) { id state } }\n": types.ReturnsReviewDocument,
    "\n  subscription ReturnsLive { serviceEvents { kind jobId returnAuthorization { id state } } }\n": types.ReturnsLiveDocument,
    "\n  query ScorecardClaimsDrafts { claims(states: [DRAFT]) { id job { id } lines { id kind minutes } } }\n": types.ScorecardClaimsDraftsDocument,
    "\n  mutation ScorecardClaimsUpdate($id: ID!, $lines: [ClaimLineInput!]!) { updateClaim(claimId: $id, lines: $lines) { id } }\n": types.ScorecardClaimsUpdateDocument,
    "\n  mutation ScorecardClaimsSubmit($id: ID!) { submitClaim(claimId: $id) { id claimed { amount currency } lines { id kind amount { amount currency } } } }\n": types.ScorecardClaimsSubmitDocument,
    "\n  mutation ScorecardClaimsReview($id: ID!, $lines: [ClaimLineDecisionInput!]!) { reviewClaim(claimId: $id, lines: $lines) { id state } }\n": types.ScorecardClaimsReviewDocument,
    "\n  query ScorecardClaimsCards($from: DateTime!, $to: DateTime!) {\n    partnerScorecards(from: $from, to: $to) {\n      partner { id } jobsCompleted claimRejectionRate claimPerJob { amount currency } networkMedianClaimPerJob { amount currency } medianHoursToSubmit\n    }\n  }\n": types.ScorecardClaimsCardsDocument,
    "\n  query ScorecardClaimsDetail($p: ID!, $from: DateTime!, $to: DateTime!) {\n    partnerScorecard(partnerId: $p, from: $from, to: $to) {\n      card { claimRejectionRate claimPerJob { amount currency } networkMedianClaimPerJob { amount currency } medianHoursToSubmit }\n      weeks { networkMedianClaimPerJob { amount currency } }\n    }\n  }\n": types.ScorecardClaimsDetailDocument,
    "\n  mutation ScorecardSurvey($t: String!, $r: Int!) { submitSurvey(token: $t, rating: $r) { id } }\n": types.ScorecardSurveyDocument,
    "\n  query ScorecardPaused($id: ID!) { job(id: $id) { resolutionPausedMinutes } }\n": types.ScorecardPausedDocument,
    "\n  query ScorecardCards($from: DateTime!, $to: DateTime!) {\n    partnerScorecards(from: $from, to: $to) {\n      partner { id } offersReceived offersAccepted offersDeclined acceptanceRate refusalRate medianMinutesToAccept\n      slaResponseCompliance slaResolutionCompliance jobsCompleted firstTimeFixRate reopenRate qualityGateFailures priceRefusals\n      priceCompliance partsPerJob meanSatisfaction score\n    }\n  }\n": types.ScorecardCardsDocument,
    "\n  query ScorecardDetail($p: ID!, $from: DateTime!, $to: DateTime!) { partnerScorecard(partnerId: $p, from: $from, to: $to) {\n    card { score } weeks { from jobsCompleted } jobsBehind { figure jobs { id } } } }\n": types.ScorecardDetailDocument,
    "\n  query ScorecardCard($p: ID!, $from: DateTime!, $to: DateTime!) { partnerScorecard(partnerId: $p, from: $from, to: $to) { card { score } } }\n": types.ScorecardCardDocument,
    "\n  mutation ScorecardSetPolicy($i: ScorecardPolicyInput!) { setScorecardPolicy(input: $i) { probationBelow suspendBelow recoverAt } }\n": types.ScorecardSetPolicyDocument,
    "\n  mutation ScorecardEvaluate { evaluatePartnerStatuses { partner { id } from to reason score } }\n": types.ScorecardEvaluateDocument,
    "\n  query ScorecardCandidates($j: ID!) { dispatchCandidates(jobId: $j) { partner { id } eligible reasons } }\n": types.ScorecardCandidatesDocument,
    "\n  mutation ScorecardPolicyRecover { setScorecardPolicy(input: { recoverAt: 10 }) { recoverAt } }\n": types.ScorecardPolicyRecoverDocument,
    "\n  mutation ScorecardPolicyReversed { setScorecardPolicy(input: { suspendBelow: 90, probationBelow: 50 }) { recoverAt } }\n": types.ScorecardPolicyReversedDocument,
    "\n  mutation ScorecardRecordFinding($i: RecordFindingInput!) { recordFinding(input: $i) { id severity overdue partner { id } } }\n": types.ScorecardRecordFindingDocument,
    "\n  mutation ScorecardRecordFindingId($i: RecordFindingInput!) { recordFinding(input: $i) { id } }\n": types.ScorecardRecordFindingIdDocument,
    "\n  query ScorecardFindings($overdue: Boolean) { findings(overdue: $overdue) { id acknowledgedAt actionTaken overdue } }\n": types.ScorecardFindingsDocument,
    "\n  mutation ScorecardAcknowledgeId($id: ID!) { acknowledgeFinding(id: $id) { id } }\n": types.ScorecardAcknowledgeIdDocument,
    "\n  mutation ScorecardAcknowledge($id: ID!) { acknowledgeFinding(id: $id) { acknowledgedAt } }\n": types.ScorecardAcknowledgeDocument,
    "\n  mutation ScorecardReportAction($id: ID!) { reportCorrectiveAction(id: $id, actionTaken: \"Technicians retrained on the photo step\") { actionTaken } }\n": types.ScorecardReportActionDocument,
    "\n  subscription SecurityJobEvents($after: String) { serviceEvents(after: $after) { cursor job { id } } }\n": types.SecurityJobEventsDocument,
    "\n  subscription SecurityAnyEvents { serviceEvents { cursor } }\n": types.SecurityAnyEventsDocument,
    "\n  query SecurityMe { me { id } }\n": types.SecurityMeDocument,
    "\n  query SeedMe { me { email } }\n": types.SeedMeDocument,
    "\n  query SeedScorecards($from: DateTime!, $to: DateTime!) {\n    partnerScorecards(from: $from, to: $to) {\n      offersReceived offersAccepted jobsCompleted acceptanceRate slaResponseCompliance slaResolutionCompliance firstTimeFixRate meanSatisfaction score\n    }\n  }\n": types.SeedScorecardsDocument,
    "\n  mutation SlaAutoDispatch($j: ID!) { autoDispatch(jobId: $j) { id partner { id } } }\n": types.SlaAutoDispatchDocument,
    "\n  query SlaPending($id: ID!) { job(id: $id) { status offers { status automatic partner { id } } } }\n": types.SlaPendingDocument,
    "\n  query SlaBreaches($id: ID!) { job(id: $id) { responseBreachedAt resolutionBreachedAt } }\n": types.SlaBreachesDocument,
    "\n  query SlaResolutionDue($id: ID!) { job(id: $id) { resolutionDueAt } }\n": types.SlaResolutionDueDocument,
    "\n  query SlaPausedAt($id: ID!) { job(id: $id) { resolutionPausedAt } }\n": types.SlaPausedAtDocument,
    "\n  query SlaResolutionClock($id: ID!) { job(id: $id) { resolutionDueAt resolutionPausedAt resolutionPausedMinutes } }\n": types.SlaResolutionClockDocument,
    "\n  subscription SlowSubscriberCursors($after: String) { serviceEvents(after: $after) { cursor } }\n": types.SlowSubscriberCursorsDocument,
    "\n  query StartupTypename { __typename }\n": types.StartupTypenameDocument,
    "\n  mutation TechScheduleJob($j: ID!, $a: DateTime!, $t: ID, $d: Int) {\n    scheduleJob(jobId: $j, appointmentAt: $a, technicianId: $t, durationMinutes: $d) {\n      id status appointmentAt appointmentMinutes appointmentEndsAt siteTimeZone technician { id }\n    }\n  }\n": types.TechScheduleJobDocument,
    "\n  mutation TechSetHours($t: ID!, $h: [WorkingHoursInput!]) { setTechnicianHours(technicianId: $t, hours: $h) { technicianId ownHours timeZone hours { day intervals } } }\n": types.TechSetHoursDocument,
    "\n  mutation TechAddAbsence($i: TechnicianAbsenceInput!) { addTechnicianAbsence(input: $i) { id technicianId startsAt endsAt kind note } }\n": types.TechAddAbsenceDocument,
    "\n  mutation TechRemoveAbsence($id: ID!) { removeTechnicianAbsence(id: $id) { id } }\n": types.TechRemoveAbsenceDocument,
    "\n  query TechSchedules($from: DateTime!, $to: DateTime!, $t: ID) {\n    technicianSchedules(from: $from, to: $to, technicianId: $t) {\n      technicianId name ownHours timeZone hours { day intervals } technician { id email }\n      absences { id startsAt endsAt kind note }\n      appointments { jobId jobNumber status startsAt endsAt minutes siteTimeZone job { id number } }\n    }\n  }\n": types.TechSchedulesDocument,
    "\n  query TechJobTime($id: ID!) { job(id: $id) { appointmentAt appointmentMinutes appointmentEndsAt siteTimeZone qualityStandard { appointmentMinutes } events { kind data } } }\n": types.TechJobTimeDocument,
    "\n  mutation TechSetPolicy($m: Int!) { setScorecardPolicy(input: { punctualityToleranceMinutes: $m }) { punctualityToleranceMinutes } }\n": types.TechSetPolicyDocument,
    "\n  query TechCards($from: DateTime!, $to: DateTime!) { partnerScorecards(from: $from, to: $to) { partner { id } appointmentsKept appointmentsMissed punctuality } }\n": types.TechCardsDocument,
    "\n  query UploadsAttachments($id: ID!) {\n    job(id: $id) { id attachments { id kind contentType byteSize width height signerName signedAt createdAt uploadedBy { id } url thumbnailUrl } }\n  }\n": types.UploadsAttachmentsDocument,
    "\n  mutation UploadsSetStandard($i: QualityStandardInput!) { setQualityStandard(input: $i) { id minPhotos keepPhotoLocation requiresPhoto } }\n": types.UploadsSetStandardDocument,
    "\n  mutation UploadsComplete($input: CompleteJobInput!) { completeJob(input: $input) { id status } }\n": types.UploadsCompleteDocument,
    "\n  mutation LanguageSetPreferences($input: PreferencesInput!) { setMyPreferences(input: $input) { id locale timeZone } }\n": types.LanguageSetPreferencesDocument,
    "\n  query LanguageMe { me { id locale timeZone } }\n": types.LanguageMeDocument,
    "\n  mutation LanguageSignIn($email: String!, $password: String!) { login(email: $email, password: $password) { user { email locale timeZone } } }\n": types.LanguageSignInDocument,
    "\n  query LanguageCandidates($j: ID!) {\n    dispatchCandidates(jobId: $j) { partner { id slug } eligible reasons reasonCodes { code params text } }\n  }\n": types.LanguageCandidatesDocument,
    "\n  query LanguageJobEvents($id: ID!) { job(id: $id) { events { kind missing missingCodes { code params text } } } }\n": types.LanguageJobEventsDocument,
    "\n  query VisibilityJobs { jobs(first: 200) { totalCount edges { node { id } } } }\n": types.VisibilityJobsDocument,
    "\n  mutation VisibilityCancel($j: ID!) { cancelJob(jobId: $j, reason: \"x\") { id } }\n": types.VisibilityCancelDocument,
    "\n  query VisibilityEquipment($s: String!) { equipmentBySerial(serial: $s) { id } }\n": types.VisibilityEquipmentDocument,
    "\n  query VisibilityParts { parts { sku } }\n": types.VisibilityPartsDocument,
    "\n  query VisibilityOffers($id: ID!) { job(id: $id) { id offers { id partner { id } } } }\n": types.VisibilityOffersDocument,
    "\n  query VisibilityJobCount { jobs { totalCount } }\n": types.VisibilityJobCountDocument,
    "\n  query VisibilityHeldBy($id: ID!) { job(id: $id) { id assignedPartner { id } offers { status } } }\n": types.VisibilityHeldByDocument,
    "\n  mutation VisibilityClose($j: ID!) { closeJob(jobId: $j) { id } }\n": types.VisibilityCloseDocument,
    "\n  query VisibilityScores { partnerScorecards(from: \"2026-01-01T00:00:00Z\", to: \"2027-01-01T00:00:00Z\") { score } }\n": types.VisibilityScoresDocument,
    "\n  query VisibilityScorecards($from: DateTime!, $to: DateTime!) { partnerScorecards(from: $from, to: $to) { partner { id } offersReceived } }\n": types.VisibilityScorecardsDocument,
    "\n  mutation WriteStatementsCreateJob($input: CreateJobInput!) { createJob(input: $input) { id number status } }\n": types.WriteStatementsCreateJobDocument,
    "\n  mutation WriteStatementsAcceptOffer($offerId: ID!) { acceptOffer(offerId: $offerId) { id status } }\n": types.WriteStatementsAcceptOfferDocument,
    "\n  query ReturnsClaims($p: ID) { claims(partnerId: $p) { id state job { id } lines { id kind decision part { id } } } }\n": types.ReturnsClaimsDocument,
    "\n  query ReturnsPartsLines($id: ID!) { job(id: $id) { partsRequests { lines { id part { id } } } } }\n": types.ReturnsPartsLinesDocument,
    "\n  mutation ReturnsUpdateClaim($c: ID!, $l: [ClaimLineInput!]!) { updateClaim(claimId: $c, lines: $l) { id lines { id kind faultySerial } } }\n": types.ReturnsUpdateClaimDocument,
    "\n  mutation ReturnsSubmitClaim($c: ID!) { submitClaim(claimId: $c) { id state } }\n": types.ReturnsSubmitClaimDocument,
    "\n  mutation ReturnsReviewClaim($c: ID!, $l: [ClaimLineDecisionInput!]!) { reviewClaim(claimId: $c, lines: $l) { id state } }\n": types.ReturnsReviewClaimDocument,
    "\n  mutation Login($e: String!, $p: String!) { login(email: $e, password: $p) { token } }\n": types.LoginDocument,
    "\n  subscription ServiceEvents($after: String, $jobId: ID) {\n    serviceEvents(after: $after, jobId: $jobId) { cursor kind at job { id status } offer { id status partner { id } } partsRequest { id status } actor { id } data }\n  }\n": types.ServiceEventsDocument,
    "\n  fragment JobFields on ServiceJob { id number status coverage priority version assignedPartner { id } technician { id } responseDueAt resolutionDueAt }\n": types.JobFieldsFragmentDoc,
    "\n  mutation CreateJob($input: CreateJobInput!) { createJob(input: $input) { ...JobFields } }\n": types.CreateJobDocument,
    "\n  mutation OfferJob($j: ID!, $p: [ID!]!, $m: Int) { offerJob(jobId: $j, partnerIds: $p, expiresInMinutes: $m) { id status expiresAt partner { id } } }\n": types.OfferJobDocument,
    "\n  mutation AcceptOffer($o: ID!) { acceptOffer(offerId: $o) { ...JobFields } }\n": types.AcceptOfferDocument,
    "\n  mutation DeclineOffer($o: ID!, $r: String!) { declineOffer(offerId: $o, reason: $r) { id status declineReason } }\n": types.DeclineOfferDocument,
    "\n  mutation ScheduleJob($j: ID!, $a: DateTime!, $t: ID) { scheduleJob(jobId: $j, appointmentAt: $a, technicianId: $t) { ...JobFields } }\n": types.ScheduleJobDocument,
    "\n  mutation StartJob($j: ID!) { startJob(jobId: $j) { ...JobFields } }\n": types.StartJobDocument,
    "\n  mutation RequestParts($input: RequestPartsInput!) { requestParts(input: $input) { id status lines { part { sku } quantity approvedQuantity } } }\n": types.RequestPartsDocument,
    "\n  mutation DecidePartsRequest($input: DecidePartsRequestInput!) { decidePartsRequest(input: $input) { id status lines { part { sku } quantity approvedQuantity } } }\n": types.DecidePartsRequestDocument,
    "\n  mutation ShipPartsRequest($id: ID!, $t: String) { shipPartsRequest(id: $id, trackingCode: $t) { id status trackingCode } }\n": types.ShipPartsRequestDocument,
    "\n  mutation ReceivePartsRequest($id: ID!) { receivePartsRequest(id: $id) { id status job { id status } } }\n": types.ReceivePartsRequestDocument,
    "\n  mutation CompleteJob($input: CompleteJobInput!) { completeJob(input: $input) { ...JobFields } }\n": types.CompleteJobDocument,
    "\n  mutation CloseJob($j: ID!) { closeJob(jobId: $j) { ...JobFields surveyToken } }\n": types.CloseJobDocument,
    "\n  mutation ReopenJob($j: ID!, $r: String!) { reopenJob(jobId: $j, reason: $r) { ...JobFields } }\n": types.ReopenJobDocument,
    "\n  mutation CancelJob($j: ID!, $r: String!) { cancelJob(jobId: $j, reason: $r) { ...JobFields } }\n": types.CancelJobDocument,
    "\n  query Job($id: ID!) { job(id: $id) { ...JobFields } }\n": types.JobDocument,
    "\n  mutation SendQuote($j: ID!, $l: [QuoteLineInput!]!, $d: Int) {\n    sendQuote(jobId: $j, lines: $l, validDays: $d) { id number state net { amount currency } taxRate tax { amount currency } gross { amount currency } }\n  }\n": types.SendQuoteDocument,
    "\n  query QuoteCustomerLink($id: ID!) { job(id: $id) { customerLinkToken } }\n": types.QuoteCustomerLinkDocument,
    "\n  query TrackedQuote($t: String!) { trackJob(token: $t) { quote { number state answerToken gross { amount currency } } } }\n": types.TrackedQuoteDocument,
    "\n  mutation AnswerQuote($t: String!, $a: Boolean!, $r: String) { answerQuote(token: $t, accept: $a, reason: $r) { number state answeredAt declineReason answerToken } }\n": types.AnswerQuoteDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eClaims { claims(states: [DRAFT]) { id number job { id } } }\n"): typeof import('./graphql.js').E2eClaimsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemoSpeakEnglish { setMyPreferences(input: { locale: \"en\" }) { id } }\n"): typeof import('./graphql.js').DemoSpeakEnglishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemoLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id organization { id } } } }\n"): typeof import('./graphql.js').DemoLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoClosedRepair { jobs(first: 50, filter: { status: [CLOSED], type: [REPAIR] }) { edges { node { slaTime equipment { serial } } } } }\n"): typeof import('./graphql.js').DemoClosedRepairDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemoCreateJob($i: CreateJobInput!) { createJob(input: $i) { id number coverage createdAt responseDueAt } }\n"): typeof import('./graphql.js').DemoCreateJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoCandidates($j: ID!) { dispatchCandidates(jobId: $j) { eligible partner { id name slug } } }\n"): typeof import('./graphql.js').DemoCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemoRoom($id: ID!) { updatePartner(id: $id, changes: { capacity: 50 }) { id } }\n"): typeof import('./graphql.js').DemoRoomDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemoOffer($j: ID!, $p: [ID!]!, $m: Int) { offerJob(jobId: $j, partnerIds: $p, expiresInMinutes: $m) { id } }\n"): typeof import('./graphql.js').DemoOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoModel($j: ID!) { job(id: $j) { equipment { model { id } } } }\n"): typeof import('./graphql.js').DemoModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoParts($m: ID) { parts(modelId: $m) { sku } }\n"): typeof import('./graphql.js').DemoPartsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoStandard($j: ID!) { job(id: $j) { qualityStandard { checklist { id } minPhotos requiresSignature maxLaborMinutes } } }\n"): typeof import('./graphql.js').DemoStandardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemoRecordFinding($i: RecordFindingInput!) { recordFinding(input: $i) { id } }\n"): typeof import('./graphql.js').DemoRecordFindingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceAttachments($id: ID!) { job(id: $id) { status attachments { kind signerName width } } }\n"): typeof import('./graphql.js').EvidenceAttachmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EdgesStaff { partners { slug kind customerId } productLines { standards { jobType requiresCertifiedTechnician } } }\n"): typeof import('./graphql.js').EdgesStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EdgesCertifications($t: ID) { technicianCertifications(technicianId: $t) { id productLineName jobTypes } }\n"): typeof import('./graphql.js').EdgesCertificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eQuoteCustomerLink($id: ID!) { job(id: $id) { customerLinkToken } }\n"): typeof import('./graphql.js').E2eQuoteCustomerLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReturnsE2eClaim($id: ID!) { claim(id: $id) { state lines { id decision decisionReasonCode } } }\n"): typeof import('./graphql.js').ReturnsE2eClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LanguageE2eMe { me { locale timeZone } }\n"): typeof import('./graphql.js').LanguageE2eMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KillNineCreateJob($i: CreateJobInput!) { createJob(input: $i) { id } }\n"): typeof import('./graphql.js').KillNineCreateJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AudienceRecordFinding($p: ID!, $d: DateTime!) { recordFinding(input: { partnerId: $p, severity: MINOR, text: \"Late report\", correctiveActionDueAt: $d }) { id } }\n"): typeof import('./graphql.js').AudienceRecordFindingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AudienceAcknowledgeFinding($id: ID!) { acknowledgeFinding(id: $id) { id } }\n"): typeof import('./graphql.js').AudienceAcknowledgeFindingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixRecordFinding($p: ID!, $d: DateTime!) { recordFinding(input: { partnerId: $p, severity: MINOR, text: \"x\", correctiveActionDueAt: $d }) { id } }\n"): typeof import('./graphql.js').MatrixRecordFindingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixServiceRequest($input: ServiceRequestInput!) { submitServiceRequest(input: $input) { token } }\n"): typeof import('./graphql.js').MatrixServiceRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixAddAbsence($t: ID!) { addTechnicianAbsence(input: { technicianId: $t, startsAt: \"2031-01-05T00:00:00Z\", endsAt: \"2031-01-07T00:00:00Z\", kind: VACATION }) { id } }\n"): typeof import('./graphql.js').MatrixAddAbsenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixAddTechnicianCertification($t: ID!, $l: ID!) {\n    addTechnicianCertification(input: { technicianId: $t, productLineId: $l, jobTypes: [REPAIR], expiresAt: \"2031-01-01T00:00:00Z\" }) { id }\n  }\n"): typeof import('./graphql.js').MatrixAddTechnicianCertificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackupScorecards($from: DateTime!, $to: DateTime!) {\n    partnerScorecards(from: $from, to: $to) {\n      partner { id } offersReceived offersAccepted offersDeclined acceptanceRate medianMinutesToAccept slaResponseCompliance\n      slaResolutionCompliance jobsCompleted firstTimeFixRate reopenRate qualityGateFailures meanSatisfaction score\n    }\n  }\n"): typeof import('./graphql.js').BackupScorecardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackupSurvey($t: String!) { submitSurvey(token: $t, rating: 4) { id } }\n"): typeof import('./graphql.js').BackupSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackupJobWithOffers($id: ID!) { job(id: $id) { id status assignedPartner { id } offers { id status } } }\n"): typeof import('./graphql.js').BackupJobWithOffersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackupAssigned($id: ID!) { job(id: $id) { id status assignedPartner { id } } }\n"): typeof import('./graphql.js').BackupAssignedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackupAttachmentUrls($id: ID!) { job(id: $id) { attachments { id url thumbnailUrl } } }\n"): typeof import('./graphql.js').BackupAttachmentUrlsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BackupCursors($after: String) { serviceEvents(after: $after) { cursor kind } }\n"): typeof import('./graphql.js').BackupCursorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BroadcastOfferStatuses($id: ID!) { job(id: $id) { offers { status } } }\n"): typeof import('./graphql.js').BroadcastOfferStatusesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BizSetCalendar($o: ID, $c: BusinessCalendarInput!) { setBusinessCalendar(organizationId: $o, calendar: $c) { organizationId timeZone version } }\n"): typeof import('./graphql.js').BizSetCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BizCalendars { businessCalendars { organizationId timeZone hours { day intervals } holidayCountry } }\n"): typeof import('./graphql.js').BizCalendarsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BizSetStandard($i: QualityStandardInput!) { setQualityStandard(input: $i) { slaTime resolutionMinutes } }\n"): typeof import('./graphql.js').BizSetStandardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BizClocks($id: ID!) {\n    job(id: $id) {\n      slaTime resolutionDueAt resolutionBreachedAt resolutionPausedMinutes\n      responseClock { dueAt mode workingMinutesLeft timeZone }\n      resolutionClock { dueAt mode workingMinutesLeft timeZone }\n    }\n  }\n"): typeof import('./graphql.js').BizClocksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BizAccept($o: ID!) { acceptOffer(offerId: $o) { resolutionClock { dueAt mode workingMinutesLeft timeZone } } }\n"): typeof import('./graphql.js').BizAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BizScorecards($from: DateTime!, $to: DateTime!) { partnerScorecards(from: $from, to: $to) { partner { id } offersAccepted medianMinutesToAccept } }\n"): typeof import('./graphql.js').BizScorecardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportsClaims($states: [ClaimState!]) { claims(states: $states) { id number state job { id } lines { id kind minutes } } }\n"): typeof import('./graphql.js').ExportsClaimsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportsParts { parts { id sku name listPrice { amount currency } } }\n"): typeof import('./graphql.js').ExportsPartsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportsUpdateClaim($id: ID!, $lines: [ClaimLineInput!]!) { updateClaim(claimId: $id, lines: $lines) { id lines { id kind } } }\n"): typeof import('./graphql.js').ExportsUpdateClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportsSubmitClaim($id: ID!) { submitClaim(claimId: $id) { id state } }\n"): typeof import('./graphql.js').ExportsSubmitClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportsReviewClaim($id: ID!, $lines: [ClaimLineDecisionInput!]!) { reviewClaim(claimId: $id, lines: $lines) { id state approved { amount currency } } }\n"): typeof import('./graphql.js').ExportsReviewClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimsOfPartner($p: ID, $states: [ClaimState!]) { claims(partnerId: $p, states: $states) { id state job { id } } }\n"): typeof import('./graphql.js').ClaimsOfPartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimById($id: ID!) { claim(id: $id) { id state } }\n"): typeof import('./graphql.js').ClaimByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimJobParts($id: ID!) { job(id: $id) { partsRequests { lines { id part { id sku } } } } }\n"): typeof import('./graphql.js').ClaimJobPartsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimUpdate($c: ID!, $lines: [ClaimLineInput!]!) { updateClaim(claimId: $c, lines: $lines) { id state lines { kind quantity amount { amount currency } ownStock } } }\n"): typeof import('./graphql.js').ClaimUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimSubmit($c: ID!, $answer: String) { submitClaim(claimId: $c, answer: $answer) { id state submittedAt reviewDueAt } }\n"): typeof import('./graphql.js').ClaimSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimSendBack($c: ID!, $q: String!) { sendBackClaim(claimId: $c, question: $q) { id state messages { kind text } } }\n"): typeof import('./graphql.js').ClaimSendBackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimReview($c: ID!, $lines: [ClaimLineDecisionInput!]!) { reviewClaim(claimId: $c, lines: $lines) { id state approved { amount currency } } }\n"): typeof import('./graphql.js').ClaimReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimPay($p: ID!, $ref: String!, $from: DateTime!, $to: DateTime!) {\n    createPaymentBatch(partnerId: $p, reference: $ref, from: $from, to: $to) { id reference partner { id } paidAt total { amount currency } claims { id state paidAt } }\n  }\n"): typeof import('./graphql.js').ClaimPayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimStatement($p: ID!, $from: DateTime!, $to: DateTime!) {\n    reimbursementStatement(partnerId: $p, from: $from, to: $to) {\n      claims { id state job { id } partsAmount { amount currency } laborAmount { amount currency } total { amount currency } payer claimed { amount currency } approved { amount currency } }\n      byState { state count claimed { amount currency } approved { amount currency } }\n      total { amount currency } approvedTotal { amount currency } paidTotal { amount currency }\n    }\n  }\n"): typeof import('./graphql.js').ClaimStatementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimReasonCode { setReasonCode(input: { kind: CLAIM_LINE, code: \"NOT_COVERED\", label: \"Not covered by the warranty\" }) { id } }\n"): typeof import('./graphql.js').ClaimReasonCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimFinding($p: ID!, $d: DateTime!) { recordFinding(input: { partnerId: $p, severity: MINOR, text: \"x\", correctiveActionDueAt: $d }) { id } }\n"): typeof import('./graphql.js').ClaimFindingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ClaimEvents { serviceEvents { kind jobId claim { id state } } }\n"): typeof import('./graphql.js').ClaimEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TranslationsSetStandardTexts($input: StandardTextsInput!) {\n    setStandardTexts(input: $input) { id instructions instructionsAsWritten checklist { id label labelAsWritten translations { language text } } }\n  }\n"): typeof import('./graphql.js').TranslationsSetStandardTextsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TranslationsSetStandard($input: QualityStandardInput!) { setQualityStandard(input: $input) { id } }\n"): typeof import('./graphql.js').TranslationsSetStandardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TranslationsJobChecklist($id: ID!) {\n    job(id: $id) { id qualityStandard { instructions checklist { id label labelAsWritten } } }\n  }\n"): typeof import('./graphql.js').TranslationsJobChecklistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TranslationsJobsChecklist {\n    jobs(first: 5) { edges { node { id qualityStandard { instructions checklist { id label } } } } }\n  }\n"): typeof import('./graphql.js').TranslationsJobsChecklistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TranslationsSetReasonCode($input: ReasonCodeInput!) { setReasonCode(input: $input) { id code label labelAsWritten active translations { language text } } }\n"): typeof import('./graphql.js').TranslationsSetReasonCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TranslationsReasonCodes($kind: ReasonKind!, $m: ID, $o: ID) { reasonCodes(kind: $kind, manufacturerId: $m, offerId: $o) { code label } }\n"): typeof import('./graphql.js').TranslationsReasonCodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TranslationsDecline($o: ID!, $r: String!, $c: String) { declineOffer(offerId: $o, reason: $r, reasonCode: $c) { id status declineReason declineCode { code label } } }\n"): typeof import('./graphql.js').TranslationsDeclineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TranslationsJobOffers($id: ID!) { job(id: $id) { offers { id status declineReason declineCode { code label labelAsWritten } } } }\n"): typeof import('./graphql.js').TranslationsJobOffersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TranslationsRecordFinding($input: RecordFindingInput!) { recordFinding(input: $input) { id text reasonCode { code label } } }\n"): typeof import('./graphql.js').TranslationsRecordFindingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TranslationsFindings { findings { id text reasonCode { code label } } }\n"): typeof import('./graphql.js').TranslationsFindingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TranslationsSubmitRequest($input: ServiceRequestInput!) { submitServiceRequest(input: $input) { token matched jobNumber } }\n"): typeof import('./graphql.js').TranslationsSubmitRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TranslationsSetCalendar($o: ID) {\n    setBusinessCalendar(organizationId: $o, calendar: { timeZone: \"Europe/Berlin\", hours: [{ day: MON, intervals: [\"08:00-17:00\"] }] }) { version }\n  }\n"): typeof import('./graphql.js').TranslationsSetCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffCreatePartner($i: PartnerInput!) { createPartner(input: $i) { id kind customerId } }\n"): typeof import('./graphql.js').StaffCreatePartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffCreateUser($i: UserInput!) { createUser(input: $i) { id } }\n"): typeof import('./graphql.js').StaffCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffCandidates($j: ID!) { dispatchCandidates(jobId: $j) { partner { id } eligible reasons reasonCodes { code } } }\n"): typeof import('./graphql.js').StaffCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffAuto($j: ID!) { autoDispatch(jobId: $j) { partner { id } } }\n"): typeof import('./graphql.js').StaffAutoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffUpdatePartner($id: ID!, $c: PartnerChangesInput!) { updatePartner(id: $id, changes: $c) { capacity } }\n"): typeof import('./graphql.js').StaffUpdatePartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffJobs { jobs(first: 200) { totalCount edges { node { id } } } }\n"): typeof import('./graphql.js').StaffJobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffSetStandard($i: QualityStandardInput!) { setQualityStandard(input: $i) { requiresCertifiedTechnician } }\n"): typeof import('./graphql.js').StaffSetStandardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffAddCert($i: TechnicianCertificationInput!) { addTechnicianCertification(input: $i) { id technicianId productLineName jobTypes valid } }\n"): typeof import('./graphql.js').StaffAddCertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffRemoveCert($id: ID!) { removeTechnicianCertification(id: $id) { id } }\n"): typeof import('./graphql.js').StaffRemoveCertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffCerts { technicianCertifications { id technicianId } }\n"): typeof import('./graphql.js').StaffCertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StaffGrant($i: CertificationInput!) { grantCertification(input: $i) { id } }"): typeof import('./graphql.js').StaffGrantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerTrack($t: String!) {\n    trackJob(token: $t) {\n      number status receivedAt appointmentAt technicianFirstName reportUrl surveyOpen surveyAnswered trackingPath\n      equipment { serial model }\n      responsible { organization name email }\n      timeline { kind at }\n    }\n  }\n"): typeof import('./graphql.js').CustomerTrackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerLink($id: ID!) { job(id: $id) { number source customerLinkToken surveyToken } }\n"): typeof import('./graphql.js').CustomerLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerSubmitRequest($input: ServiceRequestInput!) { submitServiceRequest(input: $input) { token trackingPath matched jobNumber } }\n"): typeof import('./graphql.js').CustomerSubmitRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerSurvey($t: String!) { submitSurvey(token: $t, rating: 4) { rating } }\n"): typeof import('./graphql.js').CustomerSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerRequests($s: ServiceRequestStatus) {\n    serviceRequests(status: $s) { id status serial description contactName contactEmail contactPhone address jobId jobNumber handledAt }\n  }\n"): typeof import('./graphql.js').CustomerRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerJobFromRequest($id: ID!, $s: String!) { createJobFromServiceRequest(id: $id, serial: $s) { id number status source customerLinkToken } }\n"): typeof import('./graphql.js').CustomerJobFromRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerRequestHandled($id: ID!) { markServiceRequestHandled(id: $id) { id status handledAt } }\n"): typeof import('./graphql.js').CustomerRequestHandledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerManufacturers { requestManufacturers { slug name } }\n"): typeof import('./graphql.js').CustomerManufacturersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistanceCandidates($j: ID!) { dispatchCandidates(jobId: $j) { partner { id } eligible score distanceKm reasons } }\n"): typeof import('./graphql.js').DistanceCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DistanceLocateSite($s: String!, $l: LocationInput) { setSiteLocation(serial: $s, location: $l) { siteLatitude siteLongitude } }\n"): typeof import('./graphql.js').DistanceLocateSiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DistanceUpdatePartner($id: ID!, $c: PartnerChangesInput!) { updatePartner(id: $id, changes: $c) { latitude longitude serviceRadiusKm } }\n"): typeof import('./graphql.js').DistanceUpdatePartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DistanceWeight($w: Float!) { setScorecardPolicy(input: { distanceWeight: $w }) { distanceWeight } }\n"): typeof import('./graphql.js').DistanceWeightDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistancePolicy { scorecardPolicy { distanceWeight } }\n"): typeof import('./graphql.js').DistancePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EconomicsCharges($id: ID!) { job(id: $id) { charges { partsAmount { amount currency } laborAmount { amount currency } total { amount currency } payer } } }\n"): typeof import('./graphql.js').EconomicsChargesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EconomicsStatement($p: ID!, $from: DateTime!, $to: DateTime!) { reimbursementStatement(partnerId: $p, from: $from, to: $to) { claims { job { id } total { amount currency } } partsTotal { amount currency } laborTotal { amount currency } total { amount currency } } }\n"): typeof import('./graphql.js').EconomicsStatementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EconomicsSurvey($t: String!) { submitSurvey(token: $t, rating: 1, comment: \"Broke again after a week\") { id } }\n"): typeof import('./graphql.js').EconomicsSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EconomicsAnalysis($from: DateTime!, $to: DateTime!) { failureAnalysis(from: $from, to: $to) { model { id } failureCode jobs repeatRate meanMinutesToRepair lowRatings complaints } }\n"): typeof import('./graphql.js').EconomicsAnalysisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EconomicsAnalysisJobs($from: DateTime!, $to: DateTime!) { failureAnalysis(from: $from, to: $to) { jobs } }\n"): typeof import('./graphql.js').EconomicsAnalysisJobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorsTypename { __typename }\n"): typeof import('./graphql.js').ErrorsTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorsMe { me { id } }\n"): typeof import('./graphql.js').ErrorsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorsJobCount { jobs { totalCount } }\n"): typeof import('./graphql.js').ErrorsJobCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorsParts { parts { sku } }\n"): typeof import('./graphql.js').ErrorsPartsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorsPartsRequests { partsRequests { id } }\n"): typeof import('./graphql.js').ErrorsPartsRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorsJob($id: ID!) { job(id: $id) { id } }\n"): typeof import('./graphql.js').ErrorsJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsLoginNobody { login(email: \"nobody@x.demo\", password: \"demo\") { token } }\n"): typeof import('./graphql.js').ErrorsLoginNobodyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsBlankDescription { createJob(input: { serial: \"x\", type: REPAIR, description: \"   \" }) { id } }\n"): typeof import('./graphql.js').ErrorsBlankDescriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsDescription($d: String!) { createJob(input: { serial: \"x\", type: REPAIR, description: $d }) { id } }\n"): typeof import('./graphql.js').ErrorsDescriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsUnknownSerial { createJob(input: { serial: \"NO-SUCH\", type: REPAIR, description: \"broken\" }) { id } }\n"): typeof import('./graphql.js').ErrorsUnknownSerialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorsFirstOver { jobs(first: 201) { totalCount } }\n"): typeof import('./graphql.js').ErrorsFirstOverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorsBadCursor { jobs(after: \"garbage\") { totalCount } }\n"): typeof import('./graphql.js').ErrorsBadCursorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsStart($j: ID!) { startJob(jobId: $j) { id } }\n"): typeof import('./graphql.js').ErrorsStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsCancelNotUuid { cancelJob(jobId: \"1\", reason: \"x\") { id } }\n"): typeof import('./graphql.js').ErrorsCancelNotUuidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsOffer($j: ID!, $p: [ID!]!) { offerJob(jobId: $j, partnerIds: $p) { id } }\n"): typeof import('./graphql.js').ErrorsOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsRatingOutOfRange { submitSurvey(token: \"abc\", rating: 9) { id } }\n"): typeof import('./graphql.js').ErrorsRatingOutOfRangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsUnknownSurvey { submitSurvey(token: \"abc\", rating: 4) { id } }\n"): typeof import('./graphql.js').ErrorsUnknownSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorsPeriodReversed { partnerScorecards(from: \"2026-02-01T00:00:00Z\", to: \"2026-01-01T00:00:00Z\") { score } }\n"): typeof import('./graphql.js').ErrorsPeriodReversedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsCreateWithKey($s: String!, $k: String) { createJob(input: { serial: $s, type: MAINTENANCE, description: \"other\", idempotencyKey: $k }) { id } }\n"): typeof import('./graphql.js').ErrorsCreateWithKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorsPartsRequestIds($id: ID!) { job(id: $id) { partsRequests { id } } }\n"): typeof import('./graphql.js').ErrorsPartsRequestIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeadersTypename { __typename }\n"): typeof import('./graphql.js').HeadersTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JourneyCandidates($j: ID!) { dispatchCandidates(jobId: $j) { partner { id } eligible score reasons } }\n"): typeof import('./graphql.js').JourneyCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JourneySurveyToken($id: ID!) { job(id: $id) { surveyToken } }\n"): typeof import('./graphql.js').JourneySurveyTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JourneySurvey($t: String!) { submitSurvey(token: $t, rating: 5, comment: \"Quick and friendly\") { rating comment } }\n"): typeof import('./graphql.js').JourneySurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JourneySurveyAgain($t: String!) { submitSurvey(token: $t, rating: 1) { rating } }\n"): typeof import('./graphql.js').JourneySurveyAgainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JourneyHistory($id: ID!) { job(id: $id) { events { kind actor { id } data } } }\n"): typeof import('./graphql.js').JourneyHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveDetailsMoves {\n    serviceEvents {\n      cursor kind reason\n      jobMove { from to }\n      offerMove { from to }\n      partsMove { from to }\n      job { id status }\n      offer { id status }\n      partsRequest { id status }\n    }\n  }\n"): typeof import('./graphql.js').LiveDetailsMovesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveDetailsPendingOffers { offers(status: [PENDING], first: 10) { totalCount edges { node { id status job { id } } } } }\n"): typeof import('./graphql.js').LiveDetailsPendingOffersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveDetailsMissed($after: String!) { missedEventCount(after: $after) }\n"): typeof import('./graphql.js').LiveDetailsMissedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoanerLines {\n    partsRequests { id viewerCan { returnLoaner } lines { id loaner part { sku } loanerReturnBy loanerReturnedAt loanerOverdue } }\n  }\n"): typeof import('./graphql.js').LoanerLinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoanerReturn($id: ID!, $t: String) { returnLoaner(lineId: $id, trackingCode: $t) { id lines { id loanerReturnedAt loanerReturnTrackingCode loanerOverdue } } }\n"): typeof import('./graphql.js').LoanerReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoanerHistory($id: ID!) { job(id: $id) { events { kind data } } }\n"): typeof import('./graphql.js').LoanerHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailOutbox($s: [MailStatus!]) { outbox(status: $s) { totalCount edges { cursor node { id kind status recipient subject messageId job attempts } } } }\n"): typeof import('./graphql.js').MailOutboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailOutboxMessage($id: ID!) { outboxMessage(id: $id) { id subject text html status } }\n"): typeof import('./graphql.js').MailOutboxMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailPreferences { myNotificationPreferences { kind label enabled } }\n"): typeof import('./graphql.js').MailPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailSetPreference($k: MailKind!, $e: Boolean!) { setNotificationPreference(kind: $k, enabled: $e) { kind enabled } }\n"): typeof import('./graphql.js').MailSetPreferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailUnsubscribe($t: String!) { unsubscribeMail(token: $t) { address } }\n"): typeof import('./graphql.js').MailUnsubscribeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailCustomerLink($id: ID!) { job(id: $id) { customerLinkToken } }\n"): typeof import('./graphql.js').MailCustomerLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MaintenanceSaveLine($id: ID!, $i: ProductLineInput!) { saveProductLine(id: $id, input: $i) { strategy maintenanceIntervalMonths } }\n"): typeof import('./graphql.js').MaintenanceSaveLineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MaintenanceNewLine($i: ProductLineInput!) { saveProductLine(input: $i) { id } }\n"): typeof import('./graphql.js').MaintenanceNewLineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MaintenanceOverdue { jobs(filter: { maintenanceOverdue: true }) { edges { node { id type maintenanceDueAt } } } }\n"): typeof import('./graphql.js').MaintenanceOverdueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SplitCreatePartner($i: PartnerInput!) { createPartner(input: $i) { id } }\n"): typeof import('./graphql.js').SplitCreatePartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SplitGrantCertification($i: CertificationInput!) { grantCertification(input: $i) { id } }\n"): typeof import('./graphql.js').SplitGrantCertificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SplitJob($j: ID!, $c: [ComponentJobInput!]!) { splitJob(jobId: $j, components: $c) { id status componentLine { id } parent { id } } }\n"): typeof import('./graphql.js').SplitJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SplitCandidates($j: ID!) { dispatchCandidates(jobId: $j) { partner { id } eligible } }\n"): typeof import('./graphql.js').SplitCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SplitFamily($id: ID!) { job(id: $id) { children { id status } events { kind } } }\n"): typeof import('./graphql.js').SplitFamilyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Colleagues { colleagues { id } }\n"): typeof import('./graphql.js').ColleaguesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) { login(email: $email, password: $password) { token } }\n"): typeof import('./graphql.js').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Live($after: String) { serviceEvents(after: $after) { cursor } }\n"): typeof import('./graphql.js').LiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventedByAClient { colleagues { id } }\n"): typeof import('./graphql.js').InventedByAClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneySetPrice($i: PartPriceInput!) { setPartPrice(input: $i) { sku listPrice { amount currency } } }\n"): typeof import('./graphql.js').MoneySetPriceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneySetRate($id: ID!, $c: PartnerChangesInput!) { updatePartner(id: $id, changes: $c) { id currency } }\n"): typeof import('./graphql.js').MoneySetRateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneySetStandard($i: QualityStandardInput!) { setQualityStandard(input: $i) { laborRateCeiling { amount currency } } }\n"): typeof import('./graphql.js').MoneySetStandardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyCharges($id: ID!) { job(id: $id) { charges { partsAmount { amount currency } laborAmount { amount currency } total { amount currency } } } }\n"): typeof import('./graphql.js').MoneyChargesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyStatement($p: ID!, $from: DateTime!, $to: DateTime!) {\n    reimbursementStatement(partnerId: $p, from: $from, to: $to) {\n      claims { total { amount currency } }\n      partsTotal { amount currency }\n      laborTotal { amount currency }\n      total { amount currency }\n    }\n  }\n"): typeof import('./graphql.js').MoneyStatementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreatePartner($i: PartnerInput!) { createPartner(input: $i) { id slug status regions capacity } }\n"): typeof import('./graphql.js').AdminCreatePartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCandidates($j: ID!) { dispatchCandidates(jobId: $j) { partner { id } eligible reasons } }\n"): typeof import('./graphql.js').AdminCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminGrantCertification($i: CertificationInput!) { grantCertification(input: $i) { id valid } }\n"): typeof import('./graphql.js').AdminGrantCertificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateUser($i: UserInput!) { createUser(input: $i) { id role } }\n"): typeof import('./graphql.js').AdminCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateUserId($i: UserInput!) { createUser(input: $i) { id } }\n"): typeof import('./graphql.js').AdminCreateUserIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetCapacity($id: ID!, $c: PartnerChangesInput!) { updatePartner(id: $id, changes: $c) { capacity } }\n"): typeof import('./graphql.js').AdminSetCapacityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateStatus($id: ID!, $c: PartnerChangesInput!) { updatePartner(id: $id, changes: $c) { status } }\n"): typeof import('./graphql.js').AdminUpdateStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetStandard($i: QualityStandardInput!) { setQualityStandard(input: $i) { responseMinutes checklist { id } requiredReportFields } }\n"): typeof import('./graphql.js').AdminSetStandardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetPrice($i: PartPriceInput!) { setPartPrice(input: $i) { sku listPrice { amount currency } } }\n"): typeof import('./graphql.js').AdminSetPriceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCatalogue($m: ID) { parts(modelId: $m) { sku listPrice { amount currency } } }\n"): typeof import('./graphql.js').AdminCatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPartsRequests($id: ID!) { job(id: $id) { partsRequests { id } } }\n"): typeof import('./graphql.js').AdminPartsRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferLinkView($t: String!) {\n    mailedOffer(token: $t) {\n      action offerId jobId jobNumber jobType productLine model siteCity region description priority partnerName status expiresAt usable blockedBy\n    }\n  }\n"): typeof import('./graphql.js').OfferLinkViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfferLinkAnswer($t: String!, $r: String) {\n    answerMailedOffer(token: $t, reason: $r) { action offer { offerId status usable blockedBy } }\n  }\n"): typeof import('./graphql.js').OfferLinkAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferLinkJobEvents($id: ID!) {\n    job(id: $id) { status assignedPartner { id } offers { id status declineReason } events { kind actor { id } data offer { id } } }\n  }\n"): typeof import('./graphql.js').OfferLinkJobEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OnbInvite($e: String!, $f: String, $k: OrgKind) { invitePartner(email: $e, firmName: $f, kind: $k) { id email firmName state link partner { id } } }\n"): typeof import('./graphql.js').OnbInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnbInvitations {\n    partnerInvitations {\n      id email state registeredAt decidedAt\n      partner { id name status regions capacity country address technicianCertifications { id productLineName certificate { id kind contentType url } } }\n    }\n  }\n"): typeof import('./graphql.js').OnbInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnbPublic($t: String!) { invitation(token: $t) { manufacturerName email firmName kind state firmKnown } }\n"): typeof import('./graphql.js').OnbPublicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OnbRegister($t: String!, $i: RegistrationInput!) {\n    registerByInvitation(token: $t, input: $i) { token user { id email role organization { id name kind status regions country address } } }\n  }\n"): typeof import('./graphql.js').OnbRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OnbJoin($t: String!) { joinByInvitation(token: $t) { id state partner { id } } }\n"): typeof import('./graphql.js').OnbJoinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OnbApprove($id: ID!, $s: PartnerStatus!, $r: [String!], $c: Int) { approvePartner(invitationId: $id, status: $s, regions: $r, capacity: $c) { id status regions capacity } }\n"): typeof import('./graphql.js').OnbApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OnbDecline($id: ID!, $r: String) { declinePartner(invitationId: $id, reason: $r) { id state declineReason } }\n"): typeof import('./graphql.js').OnbDeclineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnbMe { me { id organization { id } } }\n"): typeof import('./graphql.js').OnbMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnbPartners { partners { id name } }\n"): typeof import('./graphql.js').OnbPartnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnbCandidates($j: ID!) { dispatchCandidates(jobId: $j) { partner { id } eligible } }\n"): typeof import('./graphql.js').OnbCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OnbGrant($i: CertificationInput!) { grantCertification(input: $i) { id } }\n"): typeof import('./graphql.js').OnbGrantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OnbCreateUser($i: UserInput!) { createUser(input: $i) { id role organization { id } } }\n"): typeof import('./graphql.js').OnbCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OnbAddCert($i: TechnicianCertificationInput!) {\n    addTechnicianCertification(input: $i) { id technicianId certificate { id kind contentType url } }\n  }\n"): typeof import('./graphql.js').OnbAddCertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnbOffers { offers(status: [PENDING]) { edges { node { id job { id } } } } }\n"): typeof import('./graphql.js').OnbOffersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnbJobs { jobs(first: 200) { edges { node { id } } } }\n"): typeof import('./graphql.js').OnbJobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnbTrack($t: String!) { trackJob(token: $t) { number } }\n"): typeof import('./graphql.js').OnbTrackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnbMyFirmCertificates { me { organization { technicianCertifications { id } } } }\n"): typeof import('./graphql.js').OnbMyFirmCertificatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OnbLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id organization { id } } } }\n"): typeof import('./graphql.js').OnbLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnbMailedOffer($t: String!) { mailedOffer(token: $t) { offerId } }\n"): typeof import('./graphql.js').OnbMailedOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RestartJobEvents { serviceEvents { cursor kind job { id } } }\n"): typeof import('./graphql.js').RestartJobEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuotesCalendar($c: BusinessCalendarInput!) { setBusinessCalendar(calendar: $c) { holidayCountry } }\n"): typeof import('./graphql.js').QuotesCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotesJobQuote($id: ID!) {\n    job(id: $id) {\n      status\n      quote { id number state taxRate net { amount currency } tax { amount currency } gross { amount currency } declineReason\n        lines { kind description quantity unitPrice { amount currency } amount { amount currency } part { sku } } }\n      events { kind reason }\n    }\n  }\n"): typeof import('./graphql.js').QuotesJobQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotesTrack($t: String!) { trackJob(token: $t) { number quote { number state answerToken partnerName gross { amount } } } }\n"): typeof import('./graphql.js').QuotesTrackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotesLinkPage($t: String!) { customerQuote(token: $t) { number state partnerName gross { amount currency } lines { kind quantity } answerToken } }\n"): typeof import('./graphql.js').QuotesLinkPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QuotesLive { serviceEvents { kind jobId reason job { id quote { number state declineReason } } } }\n"): typeof import('./graphql.js').QuotesLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotesMailedOffer($t: String!) { mailedOffer(token: $t) { offerId } }\n"): typeof import('./graphql.js').QuotesMailedOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RacesOffer($j: ID!, $p: [ID!]!) { offerJob(jobId: $j, partnerIds: $p) { id } }\n"): typeof import('./graphql.js').RacesOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RacesCancel($j: ID!, $v: Int) { cancelJob(jobId: $j, reason: \"duplicate call\", expectedVersion: $v) { id version } }\n"): typeof import('./graphql.js').RacesCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestLogTypename { __typename }\n"): typeof import('./graphql.js').RequestLogTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestLogSignIn($email: String!, $password: String!) { login(email: $email, password: $password) { token } }\n"): typeof import('./graphql.js').RequestLogSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestLogCreateUser($input: UserInput!) { createUser(input: $input) { id } }\n"): typeof import('./graphql.js').RequestLogCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestLogColleagues { colleagues { id name } }\n"): typeof import('./graphql.js').RequestLogColleaguesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ResumeJobEvents($after: String) { serviceEvents(after: $after) { cursor kind job { id } } }\n"): typeof import('./graphql.js').ResumeJobEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResumeHistory($id: ID!) { job(id: $id) { events { cursor kind } } }\n"): typeof import('./graphql.js').ResumeHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ResumeAnyEvents { serviceEvents { cursor } }\n"): typeof import('./graphql.js').ResumeAnyEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReturnsClaim($id: ID!) {\n    claim(id: $id) {\n      id state approved { amount currency }\n      lines { id kind decision approvedAmount { amount currency } decisionReasonCode returnAuthorization { id state result } }\n    }\n  }\n"): typeof import('./graphql.js').ReturnsClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnsRequest($l: ID!, $n: String) {\n    requestPartReturn(claimLineId: $l, note: $n) { id number state faultySerial returnBy requestNote part { id } partner { id } claimLine { id } viewerCan { ship receive inspect } }\n  }\n"): typeof import('./graphql.js').ReturnsRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnsShip($r: ID!, $t: String!) { shipPartReturn(returnId: $r, trackingCode: $t) { id state trackingCode shippedAt } }\n"): typeof import('./graphql.js').ReturnsShipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnsReceive($r: ID!) { receivePartReturn(returnId: $r) { id state receivedAt } }\n"): typeof import('./graphql.js').ReturnsReceiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnsInspect($r: ID!, $x: InspectionResult!, $n: String) { inspectPartReturn(returnId: $r, result: $x, note: $n) { id state result inspectionNote inspectedAt } }\n"): typeof import('./graphql.js').ReturnsInspectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReturnsList($p: ID, $s: [ReturnState!]) { returnAuthorizations(partnerId: $p, states: $s) { id state viewerCan { ship receive inspect } } }\n"): typeof import('./graphql.js').ReturnsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReturnsAnalysis($from: DateTime!, $to: DateTime!) { failureAnalysis(from: $from, to: $to) { failureCode confirmedFaults { part { id sku } count } } }\n"): typeof import('./graphql.js').ReturnsAnalysisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnsSendBack($c: ID!, $q: String!) { sendBackClaim(claimId: $c, question: $q) { id state } }\n"): typeof import('./graphql.js').ReturnsSendBackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnsEditClaim($c: ID!, $l: [ClaimLineInput!]!) { updateClaim(claimId: $c, lines: $l) { id lines { id kind returnAuthorization { id } } } }\n"): typeof import('./graphql.js').ReturnsEditClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReturnsOne($s: [ReturnState!]) { returnAuthorizations(states: $s) { id claimLine { id } claim { id } faultySerial } }\n"): typeof import('./graphql.js').ReturnsOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnsReview($c: ID!, $l: [ClaimLineDecisionInput!]!) { reviewClaim(claimId: $c, lines: $l) { id state } }\n"): typeof import('./graphql.js').ReturnsReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ReturnsLive { serviceEvents { kind jobId returnAuthorization { id state } } }\n"): typeof import('./graphql.js').ReturnsLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScorecardClaimsDrafts { claims(states: [DRAFT]) { id job { id } lines { id kind minutes } } }\n"): typeof import('./graphql.js').ScorecardClaimsDraftsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScorecardClaimsUpdate($id: ID!, $lines: [ClaimLineInput!]!) { updateClaim(claimId: $id, lines: $lines) { id } }\n"): typeof import('./graphql.js').ScorecardClaimsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScorecardClaimsSubmit($id: ID!) { submitClaim(claimId: $id) { id claimed { amount currency } lines { id kind amount { amount currency } } } }\n"): typeof import('./graphql.js').ScorecardClaimsSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScorecardClaimsReview($id: ID!, $lines: [ClaimLineDecisionInput!]!) { reviewClaim(claimId: $id, lines: $lines) { id state } }\n"): typeof import('./graphql.js').ScorecardClaimsReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScorecardClaimsCards($from: DateTime!, $to: DateTime!) {\n    partnerScorecards(from: $from, to: $to) {\n      partner { id } jobsCompleted claimRejectionRate claimPerJob { amount currency } networkMedianClaimPerJob { amount currency } medianHoursToSubmit\n    }\n  }\n"): typeof import('./graphql.js').ScorecardClaimsCardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScorecardClaimsDetail($p: ID!, $from: DateTime!, $to: DateTime!) {\n    partnerScorecard(partnerId: $p, from: $from, to: $to) {\n      card { claimRejectionRate claimPerJob { amount currency } networkMedianClaimPerJob { amount currency } medianHoursToSubmit }\n      weeks { networkMedianClaimPerJob { amount currency } }\n    }\n  }\n"): typeof import('./graphql.js').ScorecardClaimsDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScorecardSurvey($t: String!, $r: Int!) { submitSurvey(token: $t, rating: $r) { id } }\n"): typeof import('./graphql.js').ScorecardSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScorecardPaused($id: ID!) { job(id: $id) { resolutionPausedMinutes } }\n"): typeof import('./graphql.js').ScorecardPausedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScorecardCards($from: DateTime!, $to: DateTime!) {\n    partnerScorecards(from: $from, to: $to) {\n      partner { id } offersReceived offersAccepted offersDeclined acceptanceRate refusalRate medianMinutesToAccept\n      slaResponseCompliance slaResolutionCompliance jobsCompleted firstTimeFixRate reopenRate qualityGateFailures priceRefusals\n      priceCompliance partsPerJob meanSatisfaction score\n    }\n  }\n"): typeof import('./graphql.js').ScorecardCardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScorecardDetail($p: ID!, $from: DateTime!, $to: DateTime!) { partnerScorecard(partnerId: $p, from: $from, to: $to) {\n    card { score } weeks { from jobsCompleted } jobsBehind { figure jobs { id } } } }\n"): typeof import('./graphql.js').ScorecardDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScorecardCard($p: ID!, $from: DateTime!, $to: DateTime!) { partnerScorecard(partnerId: $p, from: $from, to: $to) { card { score } } }\n"): typeof import('./graphql.js').ScorecardCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScorecardSetPolicy($i: ScorecardPolicyInput!) { setScorecardPolicy(input: $i) { probationBelow suspendBelow recoverAt } }\n"): typeof import('./graphql.js').ScorecardSetPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScorecardEvaluate { evaluatePartnerStatuses { partner { id } from to reason score } }\n"): typeof import('./graphql.js').ScorecardEvaluateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScorecardCandidates($j: ID!) { dispatchCandidates(jobId: $j) { partner { id } eligible reasons } }\n"): typeof import('./graphql.js').ScorecardCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScorecardPolicyRecover { setScorecardPolicy(input: { recoverAt: 10 }) { recoverAt } }\n"): typeof import('./graphql.js').ScorecardPolicyRecoverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScorecardPolicyReversed { setScorecardPolicy(input: { suspendBelow: 90, probationBelow: 50 }) { recoverAt } }\n"): typeof import('./graphql.js').ScorecardPolicyReversedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScorecardRecordFinding($i: RecordFindingInput!) { recordFinding(input: $i) { id severity overdue partner { id } } }\n"): typeof import('./graphql.js').ScorecardRecordFindingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScorecardRecordFindingId($i: RecordFindingInput!) { recordFinding(input: $i) { id } }\n"): typeof import('./graphql.js').ScorecardRecordFindingIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScorecardFindings($overdue: Boolean) { findings(overdue: $overdue) { id acknowledgedAt actionTaken overdue } }\n"): typeof import('./graphql.js').ScorecardFindingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScorecardAcknowledgeId($id: ID!) { acknowledgeFinding(id: $id) { id } }\n"): typeof import('./graphql.js').ScorecardAcknowledgeIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScorecardAcknowledge($id: ID!) { acknowledgeFinding(id: $id) { acknowledgedAt } }\n"): typeof import('./graphql.js').ScorecardAcknowledgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScorecardReportAction($id: ID!) { reportCorrectiveAction(id: $id, actionTaken: \"Technicians retrained on the photo step\") { actionTaken } }\n"): typeof import('./graphql.js').ScorecardReportActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SecurityJobEvents($after: String) { serviceEvents(after: $after) { cursor job { id } } }\n"): typeof import('./graphql.js').SecurityJobEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SecurityAnyEvents { serviceEvents { cursor } }\n"): typeof import('./graphql.js').SecurityAnyEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityMe { me { id } }\n"): typeof import('./graphql.js').SecurityMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedMe { me { email } }\n"): typeof import('./graphql.js').SeedMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedScorecards($from: DateTime!, $to: DateTime!) {\n    partnerScorecards(from: $from, to: $to) {\n      offersReceived offersAccepted jobsCompleted acceptanceRate slaResponseCompliance slaResolutionCompliance firstTimeFixRate meanSatisfaction score\n    }\n  }\n"): typeof import('./graphql.js').SeedScorecardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlaAutoDispatch($j: ID!) { autoDispatch(jobId: $j) { id partner { id } } }\n"): typeof import('./graphql.js').SlaAutoDispatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlaPending($id: ID!) { job(id: $id) { status offers { status automatic partner { id } } } }\n"): typeof import('./graphql.js').SlaPendingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlaBreaches($id: ID!) { job(id: $id) { responseBreachedAt resolutionBreachedAt } }\n"): typeof import('./graphql.js').SlaBreachesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlaResolutionDue($id: ID!) { job(id: $id) { resolutionDueAt } }\n"): typeof import('./graphql.js').SlaResolutionDueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlaPausedAt($id: ID!) { job(id: $id) { resolutionPausedAt } }\n"): typeof import('./graphql.js').SlaPausedAtDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlaResolutionClock($id: ID!) { job(id: $id) { resolutionDueAt resolutionPausedAt resolutionPausedMinutes } }\n"): typeof import('./graphql.js').SlaResolutionClockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SlowSubscriberCursors($after: String) { serviceEvents(after: $after) { cursor } }\n"): typeof import('./graphql.js').SlowSubscriberCursorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartupTypename { __typename }\n"): typeof import('./graphql.js').StartupTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TechScheduleJob($j: ID!, $a: DateTime!, $t: ID, $d: Int) {\n    scheduleJob(jobId: $j, appointmentAt: $a, technicianId: $t, durationMinutes: $d) {\n      id status appointmentAt appointmentMinutes appointmentEndsAt siteTimeZone technician { id }\n    }\n  }\n"): typeof import('./graphql.js').TechScheduleJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TechSetHours($t: ID!, $h: [WorkingHoursInput!]) { setTechnicianHours(technicianId: $t, hours: $h) { technicianId ownHours timeZone hours { day intervals } } }\n"): typeof import('./graphql.js').TechSetHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TechAddAbsence($i: TechnicianAbsenceInput!) { addTechnicianAbsence(input: $i) { id technicianId startsAt endsAt kind note } }\n"): typeof import('./graphql.js').TechAddAbsenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TechRemoveAbsence($id: ID!) { removeTechnicianAbsence(id: $id) { id } }\n"): typeof import('./graphql.js').TechRemoveAbsenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TechSchedules($from: DateTime!, $to: DateTime!, $t: ID) {\n    technicianSchedules(from: $from, to: $to, technicianId: $t) {\n      technicianId name ownHours timeZone hours { day intervals } technician { id email }\n      absences { id startsAt endsAt kind note }\n      appointments { jobId jobNumber status startsAt endsAt minutes siteTimeZone job { id number } }\n    }\n  }\n"): typeof import('./graphql.js').TechSchedulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TechJobTime($id: ID!) { job(id: $id) { appointmentAt appointmentMinutes appointmentEndsAt siteTimeZone qualityStandard { appointmentMinutes } events { kind data } } }\n"): typeof import('./graphql.js').TechJobTimeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TechSetPolicy($m: Int!) { setScorecardPolicy(input: { punctualityToleranceMinutes: $m }) { punctualityToleranceMinutes } }\n"): typeof import('./graphql.js').TechSetPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TechCards($from: DateTime!, $to: DateTime!) { partnerScorecards(from: $from, to: $to) { partner { id } appointmentsKept appointmentsMissed punctuality } }\n"): typeof import('./graphql.js').TechCardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UploadsAttachments($id: ID!) {\n    job(id: $id) { id attachments { id kind contentType byteSize width height signerName signedAt createdAt uploadedBy { id } url thumbnailUrl } }\n  }\n"): typeof import('./graphql.js').UploadsAttachmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadsSetStandard($i: QualityStandardInput!) { setQualityStandard(input: $i) { id minPhotos keepPhotoLocation requiresPhoto } }\n"): typeof import('./graphql.js').UploadsSetStandardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadsComplete($input: CompleteJobInput!) { completeJob(input: $input) { id status } }\n"): typeof import('./graphql.js').UploadsCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LanguageSetPreferences($input: PreferencesInput!) { setMyPreferences(input: $input) { id locale timeZone } }\n"): typeof import('./graphql.js').LanguageSetPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LanguageMe { me { id locale timeZone } }\n"): typeof import('./graphql.js').LanguageMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LanguageSignIn($email: String!, $password: String!) { login(email: $email, password: $password) { user { email locale timeZone } } }\n"): typeof import('./graphql.js').LanguageSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LanguageCandidates($j: ID!) {\n    dispatchCandidates(jobId: $j) { partner { id slug } eligible reasons reasonCodes { code params text } }\n  }\n"): typeof import('./graphql.js').LanguageCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LanguageJobEvents($id: ID!) { job(id: $id) { events { kind missing missingCodes { code params text } } } }\n"): typeof import('./graphql.js').LanguageJobEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibilityJobs { jobs(first: 200) { totalCount edges { node { id } } } }\n"): typeof import('./graphql.js').VisibilityJobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisibilityCancel($j: ID!) { cancelJob(jobId: $j, reason: \"x\") { id } }\n"): typeof import('./graphql.js').VisibilityCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibilityEquipment($s: String!) { equipmentBySerial(serial: $s) { id } }\n"): typeof import('./graphql.js').VisibilityEquipmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibilityParts { parts { sku } }\n"): typeof import('./graphql.js').VisibilityPartsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibilityOffers($id: ID!) { job(id: $id) { id offers { id partner { id } } } }\n"): typeof import('./graphql.js').VisibilityOffersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibilityJobCount { jobs { totalCount } }\n"): typeof import('./graphql.js').VisibilityJobCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibilityHeldBy($id: ID!) { job(id: $id) { id assignedPartner { id } offers { status } } }\n"): typeof import('./graphql.js').VisibilityHeldByDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisibilityClose($j: ID!) { closeJob(jobId: $j) { id } }\n"): typeof import('./graphql.js').VisibilityCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibilityScores { partnerScorecards(from: \"2026-01-01T00:00:00Z\", to: \"2027-01-01T00:00:00Z\") { score } }\n"): typeof import('./graphql.js').VisibilityScoresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibilityScorecards($from: DateTime!, $to: DateTime!) { partnerScorecards(from: $from, to: $to) { partner { id } offersReceived } }\n"): typeof import('./graphql.js').VisibilityScorecardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WriteStatementsCreateJob($input: CreateJobInput!) { createJob(input: $input) { id number status } }\n"): typeof import('./graphql.js').WriteStatementsCreateJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WriteStatementsAcceptOffer($offerId: ID!) { acceptOffer(offerId: $offerId) { id status } }\n"): typeof import('./graphql.js').WriteStatementsAcceptOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReturnsClaims($p: ID) { claims(partnerId: $p) { id state job { id } lines { id kind decision part { id } } } }\n"): typeof import('./graphql.js').ReturnsClaimsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReturnsPartsLines($id: ID!) { job(id: $id) { partsRequests { lines { id part { id } } } } }\n"): typeof import('./graphql.js').ReturnsPartsLinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnsUpdateClaim($c: ID!, $l: [ClaimLineInput!]!) { updateClaim(claimId: $c, lines: $l) { id lines { id kind faultySerial } } }\n"): typeof import('./graphql.js').ReturnsUpdateClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnsSubmitClaim($c: ID!) { submitClaim(claimId: $c) { id state } }\n"): typeof import('./graphql.js').ReturnsSubmitClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnsReviewClaim($c: ID!, $l: [ClaimLineDecisionInput!]!) { reviewClaim(claimId: $c, lines: $l) { id state } }\n"): typeof import('./graphql.js').ReturnsReviewClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($e: String!, $p: String!) { login(email: $e, password: $p) { token } }\n"): typeof import('./graphql.js').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ServiceEvents($after: String, $jobId: ID) {\n    serviceEvents(after: $after, jobId: $jobId) { cursor kind at job { id status } offer { id status partner { id } } partsRequest { id status } actor { id } data }\n  }\n"): typeof import('./graphql.js').ServiceEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobFields on ServiceJob { id number status coverage priority version assignedPartner { id } technician { id } responseDueAt resolutionDueAt }\n"): typeof import('./graphql.js').JobFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateJob($input: CreateJobInput!) { createJob(input: $input) { ...JobFields } }\n"): typeof import('./graphql.js').CreateJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfferJob($j: ID!, $p: [ID!]!, $m: Int) { offerJob(jobId: $j, partnerIds: $p, expiresInMinutes: $m) { id status expiresAt partner { id } } }\n"): typeof import('./graphql.js').OfferJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptOffer($o: ID!) { acceptOffer(offerId: $o) { ...JobFields } }\n"): typeof import('./graphql.js').AcceptOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineOffer($o: ID!, $r: String!) { declineOffer(offerId: $o, reason: $r) { id status declineReason } }\n"): typeof import('./graphql.js').DeclineOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleJob($j: ID!, $a: DateTime!, $t: ID) { scheduleJob(jobId: $j, appointmentAt: $a, technicianId: $t) { ...JobFields } }\n"): typeof import('./graphql.js').ScheduleJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartJob($j: ID!) { startJob(jobId: $j) { ...JobFields } }\n"): typeof import('./graphql.js').StartJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestParts($input: RequestPartsInput!) { requestParts(input: $input) { id status lines { part { sku } quantity approvedQuantity } } }\n"): typeof import('./graphql.js').RequestPartsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecidePartsRequest($input: DecidePartsRequestInput!) { decidePartsRequest(input: $input) { id status lines { part { sku } quantity approvedQuantity } } }\n"): typeof import('./graphql.js').DecidePartsRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShipPartsRequest($id: ID!, $t: String) { shipPartsRequest(id: $id, trackingCode: $t) { id status trackingCode } }\n"): typeof import('./graphql.js').ShipPartsRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceivePartsRequest($id: ID!) { receivePartsRequest(id: $id) { id status job { id status } } }\n"): typeof import('./graphql.js').ReceivePartsRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteJob($input: CompleteJobInput!) { completeJob(input: $input) { ...JobFields } }\n"): typeof import('./graphql.js').CompleteJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseJob($j: ID!) { closeJob(jobId: $j) { ...JobFields surveyToken } }\n"): typeof import('./graphql.js').CloseJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenJob($j: ID!, $r: String!) { reopenJob(jobId: $j, reason: $r) { ...JobFields } }\n"): typeof import('./graphql.js').ReopenJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelJob($j: ID!, $r: String!) { cancelJob(jobId: $j, reason: $r) { ...JobFields } }\n"): typeof import('./graphql.js').CancelJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Job($id: ID!) { job(id: $id) { ...JobFields } }\n"): typeof import('./graphql.js').JobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendQuote($j: ID!, $l: [QuoteLineInput!]!, $d: Int) {\n    sendQuote(jobId: $j, lines: $l, validDays: $d) { id number state net { amount currency } taxRate tax { amount currency } gross { amount currency } }\n  }\n"): typeof import('./graphql.js').SendQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuoteCustomerLink($id: ID!) { job(id: $id) { customerLinkToken } }\n"): typeof import('./graphql.js').QuoteCustomerLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackedQuote($t: String!) { trackJob(token: $t) { quote { number state answerToken gross { amount currency } } } }\n"): typeof import('./graphql.js').TrackedQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerQuote($t: String!, $a: Boolean!, $r: String) { answerQuote(token: $t, accept: $a, reason: $r) { number state answeredAt declineReason answerToken } }\n"): typeof import('./graphql.js').AnswerQuoteDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
