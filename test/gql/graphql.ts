/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Why a technician is away */
export type AbsenceKind =
  | 'OTHER'
  | 'SICK'
  | 'TRAINING'
  | 'VACATION';

export type AttachmentKind =
  | 'CERTIFICATE'
  | 'DOCUMENT'
  | 'PHOTO'
  | 'REPORT'
  | 'SIGNATURE';

export type BusinessCalendarInput = {
  /** Local dates YYYY-MM-DD closed besides the public holidays */
  closedDays?: Array<string> | null | undefined;
  /** Local dates worked with their own hours */
  extraWorkingDays?: Array<ExtraWorkingDayInput> | null | undefined;
  /** ISO country whose public holidays close the calendar (date-holidays), e.g. DE */
  holidayCountry?: string | null | undefined;
  /** Its region, e.g. BY */
  holidayRegion?: string | null | undefined;
  /** Working hours per weekday; a weekday left out is closed; at least one weekday has hours */
  hours: Array<WorkingHoursInput>;
  /** IANA time zone, e.g. Europe/Berlin */
  timeZone: string;
};

export type CertificationInput = {
  expiresAt: string;
  jobTypes: Array<JobType>;
  partnerId: string | number;
  productLineId: string | number;
};

export type ChecklistAnswerInput = {
  done: boolean;
  itemId: string | number;
  note?: string | null | undefined;
};

export type ChecklistItemInput = {
  id: string | number;
  label: string;
};

export type ChecklistItemTranslationsInput = {
  itemId: string | number;
  /** Replaces the item's translations */
  translations: Array<TranslationInput>;
};

/** The reviewer's decision on a claim line */
export type ClaimLineDecision =
  | 'ADJUSTED'
  | 'APPROVED'
  | 'REJECTED';

/** APPROVED (the claimed amount), ADJUSTED (approvedAmount below it, with a reason) or REJECTED (zero, with a reason) */
export type ClaimLineDecisionInput = {
  /** ADJUSTED: the amount approved, in the line's currency */
  approvedAmount?: string | null | undefined;
  decision: ClaimLineDecision;
  lineId: string | number;
  reason?: string | null | undefined;
  /** A CLAIM_LINE reason code of the manufacturer's list */
  reasonCode?: string | null | undefined;
};

/** A line the partner claims. LABOR: minutes (unit price defaults to the charged rate). PART: partId, with partsRequestLineId for a part the manufacturer shipped (else own stock), quantity (default 1), unit price (default the list price). TRAVEL: unit price, quantity 1. */
export type ClaimLineInput = {
  /** Default: the part’s name, “Labour”, “Travel” */
  description?: string | null | undefined;
  faultySerial?: string | null | undefined;
  kind: ClaimLineKind;
  minutes?: number | null | undefined;
  partId?: string | number | null | undefined;
  partsRequestLineId?: string | number | null | undefined;
  /** A positive decimal, at most 3 decimals */
  quantity?: string | null | undefined;
  replacementSerial?: string | null | undefined;
  unitPrice?: MoneyInput | null | undefined;
};

/** What a claim or quote line charges for */
export type ClaimLineKind =
  | 'LABOR'
  | 'PART'
  | 'TRAVEL';

/** Where a warranty or contract claim stands */
export type ClaimState =
  | 'APPROVED'
  | 'DRAFT'
  | 'PAID'
  | 'PARTIALLY_APPROVED'
  | 'REJECTED'
  | 'SENT_BACK'
  | 'SUBMITTED';

export type CompleteJobInput = {
  checklist: Array<ChecklistAnswerInput>;
  /** @deprecated A typed name is no evidence for the gate: upload a drawn signature and send signatureId */
  customerSignature?: string | null | undefined;
  failureCode?: string | null | undefined;
  jobId: string | number;
  laborMinutes?: number | null | undefined;
  /** Photos of this job (POST /uploads, kind PHOTO); those uploaded after it started count for the gate */
  photoIds?: Array<string | number> | null | undefined;
  /** @deprecated Kept with the report but no evidence for the gate: upload photos and send photoIds */
  photoUrls?: Array<string> | null | undefined;
  resolution: string;
  /** The customer's drawn signature (POST /uploads, kind SIGNATURE) */
  signatureId?: string | number | null | undefined;
};

export type ComponentJobInput = {
  description: string;
  /** The component's product line */
  productLineId: string | number;
  /** Defaults to the parent's type */
  type?: JobType | null | undefined;
};

export type Coverage =
  | 'CONTRACT'
  | 'POST_WARRANTY'
  | 'WARRANTY';

export type CreateJobInput = {
  description: string;
  idempotencyKey?: string | null | undefined;
  serial: string;
  type: JobType;
};

/** Where the job stands, in the customer’s words */
export type CustomerJobStatus =
  | 'CANCELLED'
  | 'CLOSED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'PLANNING'
  | 'RECEIVED'
  | 'SCHEDULED'
  | 'WAITING_FOR_PARTS';

export type CustomerStepKind =
  | 'APPOINTMENT_SET'
  | 'CANCELLED'
  | 'CLOSED'
  | 'FEEDBACK_RECEIVED'
  | 'PARTNER_ASSIGNED'
  | 'PARTS_ARRIVED'
  | 'RECEIVED'
  | 'REOPENED'
  | 'WAITING_FOR_PARTS'
  | 'WORK_DONE'
  | 'WORK_STARTED';

export type DecidePartsRequestInput = {
  approve: boolean;
  id: string | number;
  /** Approved quantities; lines left out get none */
  lines?: Array<PartsLineInput> | null | undefined;
  note?: string | null | undefined;
};

export type EventKind =
  | 'CLAIM_PAID'
  | 'CLAIM_REVIEWED'
  | 'CLAIM_SENT_BACK'
  | 'CLAIM_SUBMITTED'
  | 'FINDING_ACKNOWLEDGED'
  | 'FINDING_ACTION_REPORTED'
  | 'FINDING_RECORDED'
  | 'JOB_CANCELLED'
  | 'JOB_CLOSED'
  | 'JOB_COMPLETED'
  | 'JOB_CREATED'
  | 'JOB_OFFERED'
  | 'JOB_REOPENED'
  | 'JOB_SCHEDULED'
  | 'JOB_SPLIT'
  | 'JOB_STARTED'
  | 'LOANER_OVERDUE'
  | 'LOANER_RETURNED'
  | 'NETWORK_CHANGED'
  | 'OFFER_ACCEPTED'
  | 'OFFER_DECLINED'
  | 'OFFER_EXPIRED'
  | 'OFFER_WITHDRAWN'
  | 'PARTNER_APPROVED'
  | 'PARTNER_REGISTERED'
  | 'PARTNER_STATUS_CHANGED'
  | 'PARTS_DECIDED'
  | 'PARTS_RECEIVED'
  | 'PARTS_REQUESTED'
  | 'PARTS_SHIPPED'
  | 'PRICE_REFUSED'
  | 'QUALITY_GATE_FAILED'
  | 'QUOTE_ACCEPTED'
  | 'QUOTE_DECLINED'
  | 'QUOTE_SENT'
  | 'RETURN_INSPECTED'
  | 'RETURN_RECEIVED'
  | 'RETURN_REQUESTED'
  | 'RETURN_SHIPPED'
  | 'SLA_BREACHED'
  | 'SURVEY_SUBMITTED';

export type ExtraWorkingDayInput = {
  date: string;
  /** Local working intervals 'HH:MM-HH:MM', end exclusive; '24:00' ends the day */
  intervals: Array<string>;
};

export type FindingSeverity =
  | 'CRITICAL'
  | 'MAJOR'
  | 'MINOR';

/** What the inspection of a returned part found; NO_FAULT_FOUND and MISUSE reject the claim line */
export type InspectionResult =
  | 'CONFIRMED_FAULT'
  | 'MISUSE'
  | 'NO_FAULT_FOUND';

/** Where a partner invitation stands (EXPIRED: still PENDING past its expiry) */
export type InvitationState =
  | 'APPROVED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REGISTERED';

export type JobSource =
  | 'CUSTOMER_REQUEST'
  | 'STAFF';

export type JobStatus =
  | 'ASSIGNED'
  | 'AWAITING_PARTS'
  | 'CANCELLED'
  | 'CLOSED'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'NEW'
  | 'OFFERED'
  | 'SCHEDULED';

export type JobType =
  | 'DELIVERY'
  | 'INSPECTION'
  | 'INSTALLATION'
  | 'MAINTENANCE'
  | 'REPAIR'
  | 'TRAINING';

/** A point in degrees (WGS 84) */
export type LocationInput = {
  latitude: number;
  longitude: number;
};

/** What a message is about; each user chooses which kinds of theirs they receive */
export type MailKind =
  | 'APPOINTMENT_SET'
  | 'FINDING_RECORDED'
  | 'JOB_COMPLETED'
  | 'JOB_REGISTERED'
  | 'OFFER_DECLINED'
  | 'OFFER_EXPIRED'
  | 'OFFER_MADE'
  | 'PARTNER_INVITATION'
  | 'PARTNER_STATUS_CHANGED'
  | 'QUOTE_SENT'
  | 'SLA_BREACHED'
  | 'SURVEY_REQUEST'
  | 'WEBHOOK_DISABLED';

export type MailStatus =
  | 'FAILED'
  | 'HELD'
  | 'QUEUED'
  | 'SENT';

/** An amount and its currency: at most the currency's decimals (EUR 2, JPY 0), no exponent; currency an ISO 4217 code */
export type MoneyInput = {
  amount: string;
  currency: string;
};

/** What a mailed offer's link does */
export type OfferLinkAction =
  | 'ACCEPT'
  | 'DECLINE';

/** Why a mailed offer's link can no longer act */
export type OfferLinkBlock =
  | 'ALREADY_USED'
  | 'ANSWERED'
  | 'EXPIRED'
  | 'TAKEN'
  | 'WITHDRAWN';

export type OfferStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'PENDING'
  | 'WITHDRAWN';

export type OrgKind =
  | 'BRANCH'
  | 'CONSORTIUM_PARTNER'
  | 'CUSTOMER_STAFF'
  | 'DEALER'
  | 'INDEPENDENT_SPECIALIST'
  | 'MANUFACTURER';

export type PartPriceInput = {
  /** Price per unit (0 to 10000000) in any ISO 4217 currency */
  listPrice: MoneyInput;
  /** Models the part fits */
  modelIds?: Array<string | number> | null | undefined;
  name: string;
  sku: string;
};

export type PartnerChangesInput = {
  capacity?: number | null | undefined;
  /** Agreed hourly labour rate (0 to 10000); its currency becomes the partner's */
  laborRate?: MoneyInput | null | undefined;
  /** Moves the service point */
  location?: LocationInput | null | undefined;
  name?: string | null | undefined;
  regions?: Array<string> | null | undefined;
  /** Serve only sites within this many km of the service point; 0 removes the limit */
  serviceRadiusKm?: number | null | undefined;
  status?: PartnerStatus | null | undefined;
  /** Why the status changes; required with status */
  statusReason?: string | null | undefined;
};

export type PartnerInput = {
  capacity: number;
  /** CUSTOMER_STAFF only, and required there: the customer (of the manufacturer) whose own staff it is; offered that customer's units only */
  customerId?: string | number | null | undefined;
  kind: OrgKind;
  /** Agreed hourly labour rate (0 to 10000); its currency becomes the partner's */
  laborRate?: MoneyInput | null | undefined;
  /** The service point dispatch measures distances from */
  location?: LocationInput | null | undefined;
  name: string;
  regions: Array<string>;
  /** Serve only sites within this many km of the service point */
  serviceRadiusKm?: number | null | undefined;
  /** Lowercase letters, digits and dashes; the partner logins are admin@<slug>.demo style */
  slug: string;
};

export type PartnerStatus =
  | 'ACTIVE'
  | 'PROBATION'
  | 'SUSPENDED';

export type PartsLineInput = {
  /** Ask for a loaner unit */
  loaner?: boolean | null | undefined;
  quantity: number;
  sku: string;
};

export type PartsRequestStatus =
  | 'APPROVED'
  | 'PARTIALLY_APPROVED'
  | 'RECEIVED'
  | 'REJECTED'
  | 'REQUESTED'
  | 'SHIPPED';

/** An absent field stays as it is; null clears it (the browser decides) */
export type PreferencesInput = {
  /** en, de, da, nl, ru, ms or sq */
  locale?: string | null | undefined;
  /** An IANA time zone, e.g. Europe/Berlin */
  timeZone?: string | null | undefined;
};

export type ProductLineInput = {
  /** Preventive maintenance interval; NEVER_FAIL lines need one */
  maintenanceIntervalMonths?: number | null | undefined;
  name: string;
  strategy: ServiceStrategy;
};

export type QualityStandardInput = {
  /** How long an appointment is booked when scheduleJob gives no duration, 5 to 1440 minutes (default 120; an existing standard keeps its own) */
  appointmentMinutes?: number | null | undefined;
  checklist: Array<ChecklistItemInput>;
  jobType: JobType;
  /** Keep the location (EXIF GPS) of uploaded photos (default: no) */
  keepPhotoLocation?: boolean | null | undefined;
  /** Highest hourly labour rate on paid work (0 to 10000); it caps rates in its currency only */
  laborRateCeiling: MoneyInput;
  maxLaborMinutes: number;
  /** Photos needed to complete (default: 1 with requiresPhoto, else 0; an existing standard keeps its own) */
  minPhotos?: number | null | undefined;
  productLineId: string | number;
  /** resolution is always required; failureCode may be added */
  requiredReportFields?: Array<string> | null | undefined;
  /** Require a technician certified for the line and job type (default: no; an existing standard keeps its own) */
  requiresCertifiedTechnician?: boolean | null | undefined;
  /**
   * true: one photo, unless minPhotos says otherwise
   * @deprecated Use minPhotos
   */
  requiresPhoto?: boolean | null | undefined;
  requiresSignature: boolean;
  resolutionMinutes: number;
  responseMinutes: number;
  /** CALENDAR (24×7) or BUSINESS time (default: CALENDAR; an existing standard keeps its own) */
  slaTime?: SlaTime | null | undefined;
};

export type QuoteLineInput = {
  /** Defaults to the part’s name for a PART, empty otherwise (screens show the kind) */
  description?: string | null | undefined;
  kind: ClaimLineKind;
  /** PART: a part of the manufacturer’s catalogue */
  partId?: string | number | null | undefined;
  /** Hours for LABOR, pieces for PART, trips for TRAVEL: a decimal with at most 2 places */
  quantity: string;
  /** Defaults to the most allowed: LABOR the partner's charged rate, PART its list price, TRAVEL the travel ceiling (150.00). Above it: PRICE_ABOVE_LIST */
  unitPrice?: MoneyInput | null | undefined;
};

/** Where a quote for paid work stands; SUPERSEDED: a newer quote replaced it before an answer */
export type QuoteState =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'SENT'
  | 'SUPERSEDED';

/** Adds a reason code to the manufacturer's list, or changes the one with this kind and code */
export type ReasonCodeInput = {
  /** false retires the code (default: true) */
  active?: boolean | null | undefined;
  code: string;
  kind: ReasonKind;
  label: string;
  position?: number | null | undefined;
  /** Replaces the translations (left out: kept) */
  translations?: Array<TranslationInput> | null | undefined;
};

/** What a reason code explains: a DECLINE of an offer, a FINDING, or a reviewer's decision on a CLAIM_LINE */
export type ReasonKind =
  | 'CLAIM_LINE'
  | 'DECLINE'
  | 'FINDING';

export type RecordFindingInput = {
  correctiveActionDueAt: string;
  jobId?: string | number | null | undefined;
  partnerId: string | number;
  /** One of the manufacturer's FINDING reason codes (reasonCodes), beside the text */
  reasonCode?: string | null | undefined;
  severity: FindingSeverity;
  text: string;
};

/** A new firm and its first admin, who signs in with the invited address */
export type RegistrationInput = {
  address: string;
  adminName: string;
  /** ISO 3166-1 alpha-2, e.g. DE */
  country: string;
  firmName: string;
  /** BRANCH, DEALER, INDEPENDENT_SPECIALIST or CONSORTIUM_PARTNER */
  kind: OrgKind;
  /** The admin's portal language (en, de, da, nl, ru, ms, sq) */
  locale?: string | null | undefined;
  password: string;
  /** Region codes the firm would serve (the manufacturer sets them on approval) */
  regions: Array<string>;
};

export type RequestPartsInput = {
  idempotencyKey?: string | null | undefined;
  jobId: string | number;
  lines: Array<PartsLineInput>;
};

/** A return authorization: asked for, on its way, arrived, inspected */
export type ReturnState =
  | 'INSPECTED'
  | 'RECEIVED'
  | 'REQUESTED'
  | 'SHIPPED';

export type Role =
  | 'ADMIN'
  | 'AUDITOR'
  | 'DISPATCHER'
  | 'PARTNER_ADMIN'
  | 'PARTS_CLERK'
  | 'TECHNICIAN';

export type ScoreWeightsInput = {
  acceptance: number;
  firstTimeFix: number;
  priceCompliance: number;
  satisfaction: number;
  slaResolution: number;
  slaResponse: number;
};

export type ScorecardPolicyInput = {
  /** Dispatch: 0 ignores distance, 1 weighs it as much as the other factors together */
  distanceWeight?: number | null | undefined;
  gatePenalty?: number | null | undefined;
  minActivity?: number | null | undefined;
  probationBelow?: number | null | undefined;
  /** Punctuality: minutes late an appointment still counts as kept, 0 to 1440 */
  punctualityToleranceMinutes?: number | null | undefined;
  recoverAt?: number | null | undefined;
  suspendBelow?: number | null | undefined;
  weights?: ScoreWeightsInput | null | undefined;
  windowDays?: number | null | undefined;
};

/** The /request form; no account needed */
export type ServiceRequestInput = {
  /** Where the unit is, when not at its registered site */
  address?: string | null | undefined;
  contactEmail: string;
  contactName: string;
  contactPhone?: string | null | undefined;
  /** The problem, in the customer’s words */
  description: string;
  /** The browser's language (BCP 47, e.g. de-CH; a list as navigator.languages gives it, comma-separated): the customer's mails use the first the portal speaks, else English */
  locale?: string | null | undefined;
  /** The manufacturer's slug (requestManufacturers) */
  manufacturer: string;
  /** From the unit's type plate */
  serial: string;
};

export type ServiceRequestStatus =
  | 'NEW'
  | 'TRIAGED';

/** The Lele–Sheth service strategy of a product line */
export type ServiceStrategy =
  | 'DISPOSABLE'
  | 'NEVER_FAIL'
  | 'RAPID_RESPONSE'
  | 'REPAIRABLE';

/** How SLA clocks run: CALENDAR (every minute, 24×7) or BUSINESS (working time of a calendar) */
export type SlaTime =
  | 'BUSINESS'
  | 'CALENDAR';

/** A standard's texts for the technician and their translations; what is left out is kept */
export type StandardTextsInput = {
  /** Items named here get these translations; the others keep theirs */
  checklist?: Array<ChecklistItemTranslationsInput> | null | undefined;
  /** The instructions as written; an empty text removes them */
  instructions?: string | null | undefined;
  /** Replaces the translations of the instructions */
  instructionsTranslations?: Array<TranslationInput> | null | undefined;
  standardId: string | number;
};

export type TechnicianAbsenceInput = {
  /** Exclusive; after startsAt, at most a year later */
  endsAt: string;
  kind: AbsenceKind;
  /** Seen by the organization only */
  note?: string | null | undefined;
  startsAt: string;
  technicianId: string | number;
};

export type TechnicianCertificationInput = {
  /** A certificate file uploaded through POST /uploads (kind CERTIFICATE, no jobId) by the organization */
  certificateId?: string | number | null | undefined;
  expiresAt: string;
  jobTypes: Array<JobType>;
  /** A product line of a manufacturer whose network the organization belongs to */
  productLineId: string | number;
  technicianId: string | number;
};

/** A translation to keep; an empty text removes the language (readers get the text as written) */
export type TranslationInput = {
  language: string;
  text: string;
};

export type UserInput = {
  email: string;
  name: string;
  /** The manufacturer itself or one of its partners */
  organizationId: string | number;
  password: string;
  role: Role;
};

export type Weekday =
  | 'FRI'
  | 'MON'
  | 'SAT'
  | 'SUN'
  | 'THU'
  | 'TUE'
  | 'WED';

export type WorkingHoursInput = {
  day: Weekday;
  /** Local working intervals 'HH:MM-HH:MM', end exclusive; '24:00' ends the day */
  intervals: Array<string>;
};

export type E2eClaimsQueryVariables = Exact<{ [key: string]: never; }>;


export type E2eClaimsQuery = { claims: Array<{ id: string, number: string, job: { id: string } | null }> };

export type DemoSpeakEnglishMutationVariables = Exact<{ [key: string]: never; }>;


export type DemoSpeakEnglishMutation = { setMyPreferences: { id: string } };

export type DemoLoginMutationVariables = Exact<{
  e: string;
  p: string;
}>;


export type DemoLoginMutation = { login: { token: string, user: { id: string, organization: { id: string } } } };

export type DemoClosedRepairQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoClosedRepairQuery = { jobs: { edges: Array<{ node: { slaTime: SlaTime, equipment: { serial: string } } }> } };

export type DemoCreateJobMutationVariables = Exact<{
  i: CreateJobInput;
}>;


export type DemoCreateJobMutation = { createJob: { id: string, number: string, coverage: Coverage, createdAt: string, responseDueAt: string | null } };

export type DemoCandidatesQueryVariables = Exact<{
  j: string | number;
}>;


export type DemoCandidatesQuery = { dispatchCandidates: Array<{ eligible: boolean, partner: { id: string, name: string, slug: string } }> };

export type DemoRoomMutationVariables = Exact<{
  id: string | number;
}>;


export type DemoRoomMutation = { updatePartner: { id: string } };

export type DemoOfferMutationVariables = Exact<{
  j: string | number;
  p: Array<string | number> | string | number;
  m?: number | null | undefined;
}>;


export type DemoOfferMutation = { offerJob: Array<{ id: string }> };

export type DemoModelQueryVariables = Exact<{
  j: string | number;
}>;


export type DemoModelQuery = { job: { equipment: { model: { id: string } } } | null };

export type DemoPartsQueryVariables = Exact<{
  m?: string | number | null | undefined;
}>;


export type DemoPartsQuery = { parts: Array<{ sku: string }> };

export type DemoStandardQueryVariables = Exact<{
  j: string | number;
}>;


export type DemoStandardQuery = { job: { qualityStandard: { minPhotos: number, requiresSignature: boolean, maxLaborMinutes: number, checklist: Array<{ id: string }> } | null } | null };

export type DemoRecordFindingMutationVariables = Exact<{
  i: RecordFindingInput;
}>;


export type DemoRecordFindingMutation = { recordFinding: { id: string } };

export type EvidenceAttachmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type EvidenceAttachmentsQuery = { job: { status: JobStatus, attachments: Array<{ kind: AttachmentKind, signerName: string | null, width: number | null }> } | null };

export type EdgesStaffQueryVariables = Exact<{ [key: string]: never; }>;


export type EdgesStaffQuery = { partners: Array<{ slug: string, kind: OrgKind, customerId: string | null }>, productLines: Array<{ standards: Array<{ jobType: JobType, requiresCertifiedTechnician: boolean }> }> };

export type EdgesCertificationsQueryVariables = Exact<{
  t?: string | number | null | undefined;
}>;


export type EdgesCertificationsQuery = { technicianCertifications: Array<{ id: string, productLineName: string, jobTypes: Array<string> }> };

export type E2eQuoteCustomerLinkQueryVariables = Exact<{
  id: string | number;
}>;


export type E2eQuoteCustomerLinkQuery = { job: { customerLinkToken: string | null } | null };

export type ReturnsE2eClaimQueryVariables = Exact<{
  id: string | number;
}>;


export type ReturnsE2eClaimQuery = { claim: { state: ClaimState, lines: Array<{ id: string, decision: ClaimLineDecision | null, decisionReasonCode: string | null }> } | null };

export type LanguageE2eMeQueryVariables = Exact<{ [key: string]: never; }>;


export type LanguageE2eMeQuery = { me: { locale: string | null, timeZone: string | null } };

export type KillNineCreateJobMutationVariables = Exact<{
  i: CreateJobInput;
}>;


export type KillNineCreateJobMutation = { createJob: { id: string } };

export type AudienceRecordFindingMutationVariables = Exact<{
  p: string | number;
  d: string;
}>;


export type AudienceRecordFindingMutation = { recordFinding: { id: string } };

export type AudienceAcknowledgeFindingMutationVariables = Exact<{
  id: string | number;
}>;


export type AudienceAcknowledgeFindingMutation = { acknowledgeFinding: { id: string } };

export type MatrixRecordFindingMutationVariables = Exact<{
  p: string | number;
  d: string;
}>;


export type MatrixRecordFindingMutation = { recordFinding: { id: string } };

export type MatrixServiceRequestMutationVariables = Exact<{
  input: ServiceRequestInput;
}>;


export type MatrixServiceRequestMutation = { submitServiceRequest: { token: string } };

export type MatrixAddAbsenceMutationVariables = Exact<{
  t: string | number;
}>;


export type MatrixAddAbsenceMutation = { addTechnicianAbsence: { id: string } };

export type MatrixAddTechnicianCertificationMutationVariables = Exact<{
  t: string | number;
  l: string | number;
}>;


export type MatrixAddTechnicianCertificationMutation = { addTechnicianCertification: { id: string } };

export type BackupScorecardsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type BackupScorecardsQuery = { partnerScorecards: Array<{ offersReceived: number, offersAccepted: number, offersDeclined: number, acceptanceRate: number | null, medianMinutesToAccept: number | null, slaResponseCompliance: number | null, slaResolutionCompliance: number | null, jobsCompleted: number, firstTimeFixRate: number | null, reopenRate: number | null, qualityGateFailures: number, meanSatisfaction: number | null, score: number, partner: { id: string } }> };

export type BackupSurveyMutationVariables = Exact<{
  t: string;
}>;


export type BackupSurveyMutation = { submitSurvey: { id: string } };

export type BackupJobWithOffersQueryVariables = Exact<{
  id: string | number;
}>;


export type BackupJobWithOffersQuery = { job: { id: string, status: JobStatus, assignedPartner: { id: string } | null, offers: Array<{ id: string, status: OfferStatus }> } | null };

export type BackupAssignedQueryVariables = Exact<{
  id: string | number;
}>;


export type BackupAssignedQuery = { job: { id: string, status: JobStatus, assignedPartner: { id: string } | null } | null };

export type BackupAttachmentUrlsQueryVariables = Exact<{
  id: string | number;
}>;


export type BackupAttachmentUrlsQuery = { job: { attachments: Array<{ id: string, url: string, thumbnailUrl: string | null }> } | null };

export type BackupCursorsSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type BackupCursorsSubscription = { serviceEvents: { cursor: string, kind: EventKind } };

export type BroadcastOfferStatusesQueryVariables = Exact<{
  id: string | number;
}>;


export type BroadcastOfferStatusesQuery = { job: { offers: Array<{ status: OfferStatus }> } | null };

export type BizSetCalendarMutationVariables = Exact<{
  o?: string | number | null | undefined;
  c: BusinessCalendarInput;
}>;


export type BizSetCalendarMutation = { setBusinessCalendar: { organizationId: string, timeZone: string, version: number } };

export type BizCalendarsQueryVariables = Exact<{ [key: string]: never; }>;


export type BizCalendarsQuery = { businessCalendars: Array<{ organizationId: string, timeZone: string, holidayCountry: string | null, hours: Array<{ day: Weekday, intervals: Array<string> }> }> };

export type BizSetStandardMutationVariables = Exact<{
  i: QualityStandardInput;
}>;


export type BizSetStandardMutation = { setQualityStandard: { slaTime: SlaTime, resolutionMinutes: number } };

export type BizClocksQueryVariables = Exact<{
  id: string | number;
}>;


export type BizClocksQuery = { job: { slaTime: SlaTime, resolutionDueAt: string | null, resolutionBreachedAt: string | null, resolutionPausedMinutes: number, responseClock: { dueAt: string, mode: SlaTime, workingMinutesLeft: number | null, timeZone: string | null } | null, resolutionClock: { dueAt: string, mode: SlaTime, workingMinutesLeft: number | null, timeZone: string | null } | null } | null };

export type BizAcceptMutationVariables = Exact<{
  o: string | number;
}>;


export type BizAcceptMutation = { acceptOffer: { resolutionClock: { dueAt: string, mode: SlaTime, workingMinutesLeft: number | null, timeZone: string | null } | null } };

export type BizScorecardsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type BizScorecardsQuery = { partnerScorecards: Array<{ offersAccepted: number, medianMinutesToAccept: number | null, partner: { id: string } }> };

export type ExportsClaimsQueryVariables = Exact<{
  states?: Array<ClaimState> | ClaimState | null | undefined;
}>;


export type ExportsClaimsQuery = { claims: Array<{ id: string, number: string, state: ClaimState, job: { id: string } | null, lines: Array<{ id: string, kind: ClaimLineKind, minutes: number | null }> }> };

export type ExportsPartsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportsPartsQuery = { parts: Array<{ id: string, sku: string, name: string, listPrice: { amount: string, currency: string } }> };

export type ExportsUpdateClaimMutationVariables = Exact<{
  id: string | number;
  lines: Array<ClaimLineInput> | ClaimLineInput;
}>;


export type ExportsUpdateClaimMutation = { updateClaim: { id: string, lines: Array<{ id: string, kind: ClaimLineKind }> } };

export type ExportsSubmitClaimMutationVariables = Exact<{
  id: string | number;
}>;


export type ExportsSubmitClaimMutation = { submitClaim: { id: string, state: ClaimState } };

export type ExportsReviewClaimMutationVariables = Exact<{
  id: string | number;
  lines: Array<ClaimLineDecisionInput> | ClaimLineDecisionInput;
}>;


export type ExportsReviewClaimMutation = { reviewClaim: { id: string, state: ClaimState, approved: Array<{ amount: string, currency: string }> } };

export type ClaimsOfPartnerQueryVariables = Exact<{
  p?: string | number | null | undefined;
  states?: Array<ClaimState> | ClaimState | null | undefined;
}>;


export type ClaimsOfPartnerQuery = { claims: Array<{ id: string, state: ClaimState, job: { id: string } | null }> };

export type ClaimByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ClaimByIdQuery = { claim: { id: string, state: ClaimState } | null };

export type ClaimJobPartsQueryVariables = Exact<{
  id: string | number;
}>;


export type ClaimJobPartsQuery = { job: { partsRequests: Array<{ lines: Array<{ id: string, part: { id: string, sku: string } }> }> } | null };

export type ClaimUpdateMutationVariables = Exact<{
  c: string | number;
  lines: Array<ClaimLineInput> | ClaimLineInput;
}>;


export type ClaimUpdateMutation = { updateClaim: { id: string, state: ClaimState, lines: Array<{ kind: ClaimLineKind, quantity: string, ownStock: boolean, amount: { amount: string, currency: string } }> } };

export type ClaimSubmitMutationVariables = Exact<{
  c: string | number;
  answer?: string | null | undefined;
}>;


export type ClaimSubmitMutation = { submitClaim: { id: string, state: ClaimState, submittedAt: string | null, reviewDueAt: string | null } };

export type ClaimSendBackMutationVariables = Exact<{
  c: string | number;
  q: string;
}>;


export type ClaimSendBackMutation = { sendBackClaim: { id: string, state: ClaimState, messages: Array<{ kind: string, text: string }> } };

export type ClaimReviewMutationVariables = Exact<{
  c: string | number;
  lines: Array<ClaimLineDecisionInput> | ClaimLineDecisionInput;
}>;


export type ClaimReviewMutation = { reviewClaim: { id: string, state: ClaimState, approved: Array<{ amount: string, currency: string }> } };

export type ClaimPayMutationVariables = Exact<{
  p: string | number;
  ref: string;
  from: string;
  to: string;
}>;


export type ClaimPayMutation = { createPaymentBatch: { id: string, reference: string, paidAt: string, partner: { id: string }, total: Array<{ amount: string, currency: string }>, claims: Array<{ id: string, state: ClaimState, paidAt: string | null }> } };

export type ClaimStatementQueryVariables = Exact<{
  p: string | number;
  from: string;
  to: string;
}>;


export type ClaimStatementQuery = { reimbursementStatement: { claims: Array<{ id: string, state: ClaimState, payer: string, job: { id: string } | null, partsAmount: Array<{ amount: string, currency: string }>, laborAmount: { amount: string, currency: string }, total: Array<{ amount: string, currency: string }>, claimed: Array<{ amount: string, currency: string }>, approved: Array<{ amount: string, currency: string }> }>, byState: Array<{ state: ClaimState, count: number, claimed: Array<{ amount: string, currency: string }>, approved: Array<{ amount: string, currency: string }> }>, total: Array<{ amount: string, currency: string }>, approvedTotal: Array<{ amount: string, currency: string }>, paidTotal: Array<{ amount: string, currency: string }> } };

export type ClaimReasonCodeMutationVariables = Exact<{ [key: string]: never; }>;


export type ClaimReasonCodeMutation = { setReasonCode: { id: string } };

export type ClaimFindingMutationVariables = Exact<{
  p: string | number;
  d: string;
}>;


export type ClaimFindingMutation = { recordFinding: { id: string } };

export type ClaimEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ClaimEventsSubscription = { serviceEvents: { kind: EventKind, jobId: string | null, claim: { id: string, state: ClaimState } | null } };

export type TranslationsSetStandardTextsMutationVariables = Exact<{
  input: StandardTextsInput;
}>;


export type TranslationsSetStandardTextsMutation = { setStandardTexts: { id: string, instructions: string | null, instructionsAsWritten: string | null, checklist: Array<{ id: string, label: string, labelAsWritten: string, translations: Array<{ language: string, text: string }> }> } };

export type TranslationsSetStandardMutationVariables = Exact<{
  input: QualityStandardInput;
}>;


export type TranslationsSetStandardMutation = { setQualityStandard: { id: string } };

export type TranslationsJobChecklistQueryVariables = Exact<{
  id: string | number;
}>;


export type TranslationsJobChecklistQuery = { job: { id: string, qualityStandard: { instructions: string | null, checklist: Array<{ id: string, label: string, labelAsWritten: string }> } | null } | null };

export type TranslationsJobsChecklistQueryVariables = Exact<{ [key: string]: never; }>;


export type TranslationsJobsChecklistQuery = { jobs: { edges: Array<{ node: { id: string, qualityStandard: { instructions: string | null, checklist: Array<{ id: string, label: string }> } | null } }> } };

export type TranslationsSetReasonCodeMutationVariables = Exact<{
  input: ReasonCodeInput;
}>;


export type TranslationsSetReasonCodeMutation = { setReasonCode: { id: string, code: string, label: string, labelAsWritten: string, active: boolean, translations: Array<{ language: string, text: string }> } };

export type TranslationsReasonCodesQueryVariables = Exact<{
  kind: ReasonKind;
  m?: string | number | null | undefined;
  o?: string | number | null | undefined;
}>;


export type TranslationsReasonCodesQuery = { reasonCodes: Array<{ code: string, label: string }> };

export type TranslationsDeclineMutationVariables = Exact<{
  o: string | number;
  r: string;
  c?: string | null | undefined;
}>;


export type TranslationsDeclineMutation = { declineOffer: { id: string, status: OfferStatus, declineReason: string | null, declineCode: { code: string, label: string } | null } };

export type TranslationsJobOffersQueryVariables = Exact<{
  id: string | number;
}>;


export type TranslationsJobOffersQuery = { job: { offers: Array<{ id: string, status: OfferStatus, declineReason: string | null, declineCode: { code: string, label: string, labelAsWritten: string } | null }> } | null };

export type TranslationsRecordFindingMutationVariables = Exact<{
  input: RecordFindingInput;
}>;


export type TranslationsRecordFindingMutation = { recordFinding: { id: string, text: string, reasonCode: { code: string, label: string } | null } };

export type TranslationsFindingsQueryVariables = Exact<{ [key: string]: never; }>;


export type TranslationsFindingsQuery = { findings: Array<{ id: string, text: string, reasonCode: { code: string, label: string } | null }> };

export type TranslationsSubmitRequestMutationVariables = Exact<{
  input: ServiceRequestInput;
}>;


export type TranslationsSubmitRequestMutation = { submitServiceRequest: { token: string, matched: boolean, jobNumber: string | null } };

export type TranslationsSetCalendarMutationVariables = Exact<{
  o?: string | number | null | undefined;
}>;


export type TranslationsSetCalendarMutation = { setBusinessCalendar: { version: number } };

export type StaffCreatePartnerMutationVariables = Exact<{
  i: PartnerInput;
}>;


export type StaffCreatePartnerMutation = { createPartner: { id: string, kind: OrgKind, customerId: string | null } };

export type StaffCreateUserMutationVariables = Exact<{
  i: UserInput;
}>;


export type StaffCreateUserMutation = { createUser: { id: string } };

export type StaffCandidatesQueryVariables = Exact<{
  j: string | number;
}>;


export type StaffCandidatesQuery = { dispatchCandidates: Array<{ eligible: boolean, reasons: Array<string>, partner: { id: string }, reasonCodes: Array<{ code: string }> }> };

export type StaffAutoMutationVariables = Exact<{
  j: string | number;
}>;


export type StaffAutoMutation = { autoDispatch: Array<{ partner: { id: string } }> };

export type StaffUpdatePartnerMutationVariables = Exact<{
  id: string | number;
  c: PartnerChangesInput;
}>;


export type StaffUpdatePartnerMutation = { updatePartner: { capacity: number } };

export type StaffJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffJobsQuery = { jobs: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type StaffSetStandardMutationVariables = Exact<{
  i: QualityStandardInput;
}>;


export type StaffSetStandardMutation = { setQualityStandard: { requiresCertifiedTechnician: boolean } };

export type StaffAddCertMutationVariables = Exact<{
  i: TechnicianCertificationInput;
}>;


export type StaffAddCertMutation = { addTechnicianCertification: { id: string, technicianId: string, productLineName: string, jobTypes: Array<string>, valid: boolean } };

export type StaffRemoveCertMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffRemoveCertMutation = { removeTechnicianCertification: { id: string } };

export type StaffCertsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffCertsQuery = { technicianCertifications: Array<{ id: string, technicianId: string }> };

export type StaffGrantMutationVariables = Exact<{
  i: CertificationInput;
}>;


export type StaffGrantMutation = { grantCertification: { id: string } };

export type CustomerTrackQueryVariables = Exact<{
  t: string;
}>;


export type CustomerTrackQuery = { trackJob: { number: string | null, status: CustomerJobStatus, receivedAt: string, appointmentAt: string | null, technicianFirstName: string | null, reportUrl: string | null, surveyOpen: boolean, surveyAnswered: boolean, trackingPath: string, equipment: { serial: string, model: string | null }, responsible: { organization: string, name: string | null, email: string | null }, timeline: Array<{ kind: CustomerStepKind, at: string }> } };

export type CustomerLinkQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerLinkQuery = { job: { number: string, source: JobSource, customerLinkToken: string | null, surveyToken: string | null } | null };

export type CustomerSubmitRequestMutationVariables = Exact<{
  input: ServiceRequestInput;
}>;


export type CustomerSubmitRequestMutation = { submitServiceRequest: { token: string, trackingPath: string, matched: boolean, jobNumber: string | null } };

export type CustomerSurveyMutationVariables = Exact<{
  t: string;
}>;


export type CustomerSurveyMutation = { submitSurvey: { rating: number } };

export type CustomerRequestsQueryVariables = Exact<{
  s?: ServiceRequestStatus | null | undefined;
}>;


export type CustomerRequestsQuery = { serviceRequests: Array<{ id: string, status: ServiceRequestStatus, serial: string, description: string, contactName: string | null, contactEmail: string | null, contactPhone: string | null, address: string | null, jobId: string | null, jobNumber: string | null, handledAt: string | null }> };

export type CustomerJobFromRequestMutationVariables = Exact<{
  id: string | number;
  s: string;
}>;


export type CustomerJobFromRequestMutation = { createJobFromServiceRequest: { id: string, number: string, status: JobStatus, source: JobSource, customerLinkToken: string | null } };

export type CustomerRequestHandledMutationVariables = Exact<{
  id: string | number;
}>;


export type CustomerRequestHandledMutation = { markServiceRequestHandled: { id: string, status: ServiceRequestStatus, handledAt: string | null } };

export type CustomerManufacturersQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerManufacturersQuery = { requestManufacturers: Array<{ slug: string, name: string }> };

export type DistanceCandidatesQueryVariables = Exact<{
  j: string | number;
}>;


export type DistanceCandidatesQuery = { dispatchCandidates: Array<{ eligible: boolean, score: number, distanceKm: number | null, reasons: Array<string>, partner: { id: string } }> };

export type DistanceLocateSiteMutationVariables = Exact<{
  s: string;
  l?: LocationInput | null | undefined;
}>;


export type DistanceLocateSiteMutation = { setSiteLocation: { siteLatitude: number | null, siteLongitude: number | null } };

export type DistanceUpdatePartnerMutationVariables = Exact<{
  id: string | number;
  c: PartnerChangesInput;
}>;


export type DistanceUpdatePartnerMutation = { updatePartner: { latitude: number | null, longitude: number | null, serviceRadiusKm: number | null } };

export type DistanceWeightMutationVariables = Exact<{
  w: number;
}>;


export type DistanceWeightMutation = { setScorecardPolicy: { distanceWeight: number } };

export type DistancePolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type DistancePolicyQuery = { scorecardPolicy: { distanceWeight: number } };

export type EconomicsChargesQueryVariables = Exact<{
  id: string | number;
}>;


export type EconomicsChargesQuery = { job: { charges: { payer: string, partsAmount: Array<{ amount: string, currency: string }>, laborAmount: { amount: string, currency: string }, total: Array<{ amount: string, currency: string }> } | null } | null };

export type EconomicsStatementQueryVariables = Exact<{
  p: string | number;
  from: string;
  to: string;
}>;


export type EconomicsStatementQuery = { reimbursementStatement: { claims: Array<{ job: { id: string } | null, total: Array<{ amount: string, currency: string }> }>, partsTotal: Array<{ amount: string, currency: string }>, laborTotal: Array<{ amount: string, currency: string }>, total: Array<{ amount: string, currency: string }> } };

export type EconomicsSurveyMutationVariables = Exact<{
  t: string;
}>;


export type EconomicsSurveyMutation = { submitSurvey: { id: string } };

export type EconomicsAnalysisQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type EconomicsAnalysisQuery = { failureAnalysis: Array<{ failureCode: string | null, jobs: number, repeatRate: number, meanMinutesToRepair: number | null, lowRatings: number, complaints: Array<string>, model: { id: string } }> };

export type EconomicsAnalysisJobsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type EconomicsAnalysisJobsQuery = { failureAnalysis: Array<{ jobs: number }> };

export type ErrorsTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type ErrorsTypenameQuery = { __typename: 'Query' };

export type ErrorsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ErrorsMeQuery = { me: { id: string } };

export type ErrorsJobCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ErrorsJobCountQuery = { jobs: { totalCount: number } };

export type ErrorsPartsQueryVariables = Exact<{ [key: string]: never; }>;


export type ErrorsPartsQuery = { parts: Array<{ sku: string }> };

export type ErrorsPartsRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type ErrorsPartsRequestsQuery = { partsRequests: Array<{ id: string }> };

export type ErrorsJobQueryVariables = Exact<{
  id: string | number;
}>;


export type ErrorsJobQuery = { job: { id: string } | null };

export type ErrorsLoginNobodyMutationVariables = Exact<{ [key: string]: never; }>;


export type ErrorsLoginNobodyMutation = { login: { token: string } };

export type ErrorsBlankDescriptionMutationVariables = Exact<{ [key: string]: never; }>;


export type ErrorsBlankDescriptionMutation = { createJob: { id: string } };

export type ErrorsDescriptionMutationVariables = Exact<{
  d: string;
}>;


export type ErrorsDescriptionMutation = { createJob: { id: string } };

export type ErrorsUnknownSerialMutationVariables = Exact<{ [key: string]: never; }>;


export type ErrorsUnknownSerialMutation = { createJob: { id: string } };

export type ErrorsFirstOverQueryVariables = Exact<{ [key: string]: never; }>;


export type ErrorsFirstOverQuery = { jobs: { totalCount: number } };

export type ErrorsBadCursorQueryVariables = Exact<{ [key: string]: never; }>;


export type ErrorsBadCursorQuery = { jobs: { totalCount: number } };

export type ErrorsStartMutationVariables = Exact<{
  j: string | number;
}>;


export type ErrorsStartMutation = { startJob: { id: string } };

export type ErrorsCancelNotUuidMutationVariables = Exact<{ [key: string]: never; }>;


export type ErrorsCancelNotUuidMutation = { cancelJob: { id: string } };

export type ErrorsOfferMutationVariables = Exact<{
  j: string | number;
  p: Array<string | number> | string | number;
}>;


export type ErrorsOfferMutation = { offerJob: Array<{ id: string }> };

export type ErrorsRatingOutOfRangeMutationVariables = Exact<{ [key: string]: never; }>;


export type ErrorsRatingOutOfRangeMutation = { submitSurvey: { id: string } };

export type ErrorsUnknownSurveyMutationVariables = Exact<{ [key: string]: never; }>;


export type ErrorsUnknownSurveyMutation = { submitSurvey: { id: string } };

export type ErrorsPeriodReversedQueryVariables = Exact<{ [key: string]: never; }>;


export type ErrorsPeriodReversedQuery = { partnerScorecards: Array<{ score: number }> };

export type ErrorsCreateWithKeyMutationVariables = Exact<{
  s: string;
  k?: string | null | undefined;
}>;


export type ErrorsCreateWithKeyMutation = { createJob: { id: string } };

export type ErrorsPartsRequestIdsQueryVariables = Exact<{
  id: string | number;
}>;


export type ErrorsPartsRequestIdsQuery = { job: { partsRequests: Array<{ id: string }> } | null };

export type HeadersTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type HeadersTypenameQuery = { __typename: 'Query' };

export type JourneyCandidatesQueryVariables = Exact<{
  j: string | number;
}>;


export type JourneyCandidatesQuery = { dispatchCandidates: Array<{ eligible: boolean, score: number, reasons: Array<string>, partner: { id: string } }> };

export type JourneySurveyTokenQueryVariables = Exact<{
  id: string | number;
}>;


export type JourneySurveyTokenQuery = { job: { surveyToken: string | null } | null };

export type JourneySurveyMutationVariables = Exact<{
  t: string;
}>;


export type JourneySurveyMutation = { submitSurvey: { rating: number, comment: string | null } };

export type JourneySurveyAgainMutationVariables = Exact<{
  t: string;
}>;


export type JourneySurveyAgainMutation = { submitSurvey: { rating: number } };

export type JourneyHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type JourneyHistoryQuery = { job: { events: Array<{ kind: EventKind, data: Record<string, unknown>, actor: { id: string } | null }> } | null };

export type LiveDetailsMovesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LiveDetailsMovesSubscription = { serviceEvents: { cursor: string, kind: EventKind, reason: string | null, jobMove: { from: JobStatus | null, to: JobStatus } | null, offerMove: { from: OfferStatus | null, to: OfferStatus } | null, partsMove: { from: PartsRequestStatus | null, to: PartsRequestStatus } | null, job: { id: string, status: JobStatus } | null, offer: { id: string, status: OfferStatus } | null, partsRequest: { id: string, status: PartsRequestStatus } | null } };

export type LiveDetailsPendingOffersQueryVariables = Exact<{ [key: string]: never; }>;


export type LiveDetailsPendingOffersQuery = { offers: { totalCount: number, edges: Array<{ node: { id: string, status: OfferStatus, job: { id: string } | null } }> } };

export type LiveDetailsMissedQueryVariables = Exact<{
  after: string;
}>;


export type LiveDetailsMissedQuery = { missedEventCount: number };

export type LoanerLinesQueryVariables = Exact<{ [key: string]: never; }>;


export type LoanerLinesQuery = { partsRequests: Array<{ id: string, viewerCan: { returnLoaner: boolean }, lines: Array<{ id: string, loaner: boolean, loanerReturnBy: string | null, loanerReturnedAt: string | null, loanerOverdue: boolean, part: { sku: string } }> }> };

export type LoanerReturnMutationVariables = Exact<{
  id: string | number;
  t?: string | null | undefined;
}>;


export type LoanerReturnMutation = { returnLoaner: { id: string, lines: Array<{ id: string, loanerReturnedAt: string | null, loanerReturnTrackingCode: string | null, loanerOverdue: boolean }> } };

export type LoanerHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type LoanerHistoryQuery = { job: { events: Array<{ kind: EventKind, data: Record<string, unknown> }> } | null };

export type MailOutboxQueryVariables = Exact<{
  s?: Array<MailStatus> | MailStatus | null | undefined;
}>;


export type MailOutboxQuery = { outbox: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, kind: MailKind, status: MailStatus, recipient: string, subject: string, messageId: string, job: string | null, attempts: number } }> } };

export type MailOutboxMessageQueryVariables = Exact<{
  id: string | number;
}>;


export type MailOutboxMessageQuery = { outboxMessage: { id: string, subject: string, text: string, html: string, status: MailStatus } };

export type MailPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type MailPreferencesQuery = { myNotificationPreferences: Array<{ kind: MailKind, label: string, enabled: boolean }> };

export type MailSetPreferenceMutationVariables = Exact<{
  k: MailKind;
  e: boolean;
}>;


export type MailSetPreferenceMutation = { setNotificationPreference: { kind: MailKind, enabled: boolean } };

export type MailUnsubscribeMutationVariables = Exact<{
  t: string;
}>;


export type MailUnsubscribeMutation = { unsubscribeMail: { address: string } };

export type MailCustomerLinkQueryVariables = Exact<{
  id: string | number;
}>;


export type MailCustomerLinkQuery = { job: { customerLinkToken: string | null } | null };

export type MaintenanceSaveLineMutationVariables = Exact<{
  id: string | number;
  i: ProductLineInput;
}>;


export type MaintenanceSaveLineMutation = { saveProductLine: { strategy: ServiceStrategy, maintenanceIntervalMonths: number | null } };

export type MaintenanceNewLineMutationVariables = Exact<{
  i: ProductLineInput;
}>;


export type MaintenanceNewLineMutation = { saveProductLine: { id: string } };

export type MaintenanceOverdueQueryVariables = Exact<{ [key: string]: never; }>;


export type MaintenanceOverdueQuery = { jobs: { edges: Array<{ node: { id: string, type: JobType, maintenanceDueAt: string | null } }> } };

export type SplitCreatePartnerMutationVariables = Exact<{
  i: PartnerInput;
}>;


export type SplitCreatePartnerMutation = { createPartner: { id: string } };

export type SplitGrantCertificationMutationVariables = Exact<{
  i: CertificationInput;
}>;


export type SplitGrantCertificationMutation = { grantCertification: { id: string } };

export type SplitJobMutationVariables = Exact<{
  j: string | number;
  c: Array<ComponentJobInput> | ComponentJobInput;
}>;


export type SplitJobMutation = { splitJob: Array<{ id: string, status: JobStatus, componentLine: { id: string } | null, parent: { id: string } | null }> };

export type SplitCandidatesQueryVariables = Exact<{
  j: string | number;
}>;


export type SplitCandidatesQuery = { dispatchCandidates: Array<{ eligible: boolean, partner: { id: string } }> };

export type SplitFamilyQueryVariables = Exact<{
  id: string | number;
}>;


export type SplitFamilyQuery = { job: { children: Array<{ id: string, status: JobStatus }>, events: Array<{ kind: EventKind }> } | null };

export type ColleaguesQueryVariables = Exact<{ [key: string]: never; }>;


export type ColleaguesQuery = { colleagues: Array<{ id: string }> };

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInMutation = { login: { token: string } };

export type LiveSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type LiveSubscription = { serviceEvents: { cursor: string } };

export type InventedByAClientQueryVariables = Exact<{ [key: string]: never; }>;


export type InventedByAClientQuery = { colleagues: Array<{ id: string }> };

export type MoneySetPriceMutationVariables = Exact<{
  i: PartPriceInput;
}>;


export type MoneySetPriceMutation = { setPartPrice: { sku: string, listPrice: { amount: string, currency: string } } };

export type MoneySetRateMutationVariables = Exact<{
  id: string | number;
  c: PartnerChangesInput;
}>;


export type MoneySetRateMutation = { updatePartner: { id: string, currency: string } };

export type MoneySetStandardMutationVariables = Exact<{
  i: QualityStandardInput;
}>;


export type MoneySetStandardMutation = { setQualityStandard: { laborRateCeiling: { amount: string, currency: string } } };

export type MoneyChargesQueryVariables = Exact<{
  id: string | number;
}>;


export type MoneyChargesQuery = { job: { charges: { partsAmount: Array<{ amount: string, currency: string }>, laborAmount: { amount: string, currency: string }, total: Array<{ amount: string, currency: string }> } | null } | null };

export type MoneyStatementQueryVariables = Exact<{
  p: string | number;
  from: string;
  to: string;
}>;


export type MoneyStatementQuery = { reimbursementStatement: { claims: Array<{ total: Array<{ amount: string, currency: string }> }>, partsTotal: Array<{ amount: string, currency: string }>, laborTotal: Array<{ amount: string, currency: string }>, total: Array<{ amount: string, currency: string }> } };

export type AdminCreatePartnerMutationVariables = Exact<{
  i: PartnerInput;
}>;


export type AdminCreatePartnerMutation = { createPartner: { id: string, slug: string, status: PartnerStatus | null, regions: Array<string>, capacity: number } };

export type AdminCandidatesQueryVariables = Exact<{
  j: string | number;
}>;


export type AdminCandidatesQuery = { dispatchCandidates: Array<{ eligible: boolean, reasons: Array<string>, partner: { id: string } }> };

export type AdminGrantCertificationMutationVariables = Exact<{
  i: CertificationInput;
}>;


export type AdminGrantCertificationMutation = { grantCertification: { id: string, valid: boolean } };

export type AdminCreateUserMutationVariables = Exact<{
  i: UserInput;
}>;


export type AdminCreateUserMutation = { createUser: { id: string, role: Role } };

export type AdminCreateUserIdMutationVariables = Exact<{
  i: UserInput;
}>;


export type AdminCreateUserIdMutation = { createUser: { id: string } };

export type AdminSetCapacityMutationVariables = Exact<{
  id: string | number;
  c: PartnerChangesInput;
}>;


export type AdminSetCapacityMutation = { updatePartner: { capacity: number } };

export type AdminUpdateStatusMutationVariables = Exact<{
  id: string | number;
  c: PartnerChangesInput;
}>;


export type AdminUpdateStatusMutation = { updatePartner: { status: PartnerStatus | null } };

export type AdminSetStandardMutationVariables = Exact<{
  i: QualityStandardInput;
}>;


export type AdminSetStandardMutation = { setQualityStandard: { responseMinutes: number, requiredReportFields: Array<string>, checklist: Array<{ id: string }> } };

export type AdminSetPriceMutationVariables = Exact<{
  i: PartPriceInput;
}>;


export type AdminSetPriceMutation = { setPartPrice: { sku: string, listPrice: { amount: string, currency: string } } };

export type AdminCatalogueQueryVariables = Exact<{
  m?: string | number | null | undefined;
}>;


export type AdminCatalogueQuery = { parts: Array<{ sku: string, listPrice: { amount: string, currency: string } }> };

export type AdminPartsRequestsQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminPartsRequestsQuery = { job: { partsRequests: Array<{ id: string }> } | null };

export type OfferLinkViewQueryVariables = Exact<{
  t: string;
}>;


export type OfferLinkViewQuery = { mailedOffer: { action: OfferLinkAction, offerId: string, jobId: string, jobNumber: string, jobType: JobType, productLine: string, model: string, siteCity: string | null, region: string, description: string, priority: number, partnerName: string, status: OfferStatus, expiresAt: string, usable: boolean, blockedBy: OfferLinkBlock | null } };

export type OfferLinkAnswerMutationVariables = Exact<{
  t: string;
  r?: string | null | undefined;
}>;


export type OfferLinkAnswerMutation = { answerMailedOffer: { action: OfferLinkAction, offer: { offerId: string, status: OfferStatus, usable: boolean, blockedBy: OfferLinkBlock | null } } };

export type OfferLinkJobEventsQueryVariables = Exact<{
  id: string | number;
}>;


export type OfferLinkJobEventsQuery = { job: { status: JobStatus, assignedPartner: { id: string } | null, offers: Array<{ id: string, status: OfferStatus, declineReason: string | null }>, events: Array<{ kind: EventKind, data: Record<string, unknown>, actor: { id: string } | null, offer: { id: string } | null }> } | null };

export type OnbInviteMutationVariables = Exact<{
  e: string;
  f?: string | null | undefined;
  k?: OrgKind | null | undefined;
}>;


export type OnbInviteMutation = { invitePartner: { id: string, email: string, firmName: string | null, state: InvitationState, link: string | null, partner: { id: string } | null } };

export type OnbInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OnbInvitationsQuery = { partnerInvitations: Array<{ id: string, email: string, state: InvitationState, registeredAt: string | null, decidedAt: string | null, partner: { id: string, name: string, status: PartnerStatus | null, regions: Array<string>, capacity: number, country: string | null, address: string | null, technicianCertifications: Array<{ id: string, productLineName: string, certificate: { id: string, kind: AttachmentKind, contentType: string, url: string } | null }> } | null }> };

export type OnbPublicQueryVariables = Exact<{
  t: string;
}>;


export type OnbPublicQuery = { invitation: { manufacturerName: string, email: string, firmName: string | null, kind: OrgKind | null, state: InvitationState, firmKnown: boolean } | null };

export type OnbRegisterMutationVariables = Exact<{
  t: string;
  i: RegistrationInput;
}>;


export type OnbRegisterMutation = { registerByInvitation: { token: string, user: { id: string, email: string, role: Role, organization: { id: string, name: string, kind: OrgKind, status: PartnerStatus | null, regions: Array<string>, country: string | null, address: string | null } } } };

export type OnbJoinMutationVariables = Exact<{
  t: string;
}>;


export type OnbJoinMutation = { joinByInvitation: { id: string, state: InvitationState, partner: { id: string } | null } };

export type OnbApproveMutationVariables = Exact<{
  id: string | number;
  s: PartnerStatus;
  r?: Array<string> | string | null | undefined;
  c?: number | null | undefined;
}>;


export type OnbApproveMutation = { approvePartner: { id: string, status: PartnerStatus | null, regions: Array<string>, capacity: number } };

export type OnbDeclineMutationVariables = Exact<{
  id: string | number;
  r?: string | null | undefined;
}>;


export type OnbDeclineMutation = { declinePartner: { id: string, state: InvitationState, declineReason: string | null } };

export type OnbMeQueryVariables = Exact<{ [key: string]: never; }>;


export type OnbMeQuery = { me: { id: string, organization: { id: string } } };

export type OnbPartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type OnbPartnersQuery = { partners: Array<{ id: string, name: string }> };

export type OnbCandidatesQueryVariables = Exact<{
  j: string | number;
}>;


export type OnbCandidatesQuery = { dispatchCandidates: Array<{ eligible: boolean, partner: { id: string } }> };

export type OnbGrantMutationVariables = Exact<{
  i: CertificationInput;
}>;


export type OnbGrantMutation = { grantCertification: { id: string } };

export type OnbCreateUserMutationVariables = Exact<{
  i: UserInput;
}>;


export type OnbCreateUserMutation = { createUser: { id: string, role: Role, organization: { id: string } } };

export type OnbAddCertMutationVariables = Exact<{
  i: TechnicianCertificationInput;
}>;


export type OnbAddCertMutation = { addTechnicianCertification: { id: string, technicianId: string, certificate: { id: string, kind: AttachmentKind, contentType: string, url: string } | null } };

export type OnbOffersQueryVariables = Exact<{ [key: string]: never; }>;


export type OnbOffersQuery = { offers: { edges: Array<{ node: { id: string, job: { id: string } | null } }> } };

export type OnbJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type OnbJobsQuery = { jobs: { edges: Array<{ node: { id: string } }> } };

export type OnbTrackQueryVariables = Exact<{
  t: string;
}>;


export type OnbTrackQuery = { trackJob: { number: string | null } };

export type OnbMyFirmCertificatesQueryVariables = Exact<{ [key: string]: never; }>;


export type OnbMyFirmCertificatesQuery = { me: { organization: { technicianCertifications: Array<{ id: string }> } } };

export type OnbLoginMutationVariables = Exact<{
  e: string;
  p: string;
}>;


export type OnbLoginMutation = { login: { token: string, user: { id: string, organization: { id: string } } } };

export type OnbMailedOfferQueryVariables = Exact<{
  t: string;
}>;


export type OnbMailedOfferQuery = { mailedOffer: { offerId: string } };

export type RestartJobEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type RestartJobEventsSubscription = { serviceEvents: { cursor: string, kind: EventKind, job: { id: string } | null } };

export type QuotesCalendarMutationVariables = Exact<{
  c: BusinessCalendarInput;
}>;


export type QuotesCalendarMutation = { setBusinessCalendar: { holidayCountry: string | null } };

export type QuotesJobQuoteQueryVariables = Exact<{
  id: string | number;
}>;


export type QuotesJobQuoteQuery = { job: { status: JobStatus, quote: { id: string, number: string, state: QuoteState, taxRate: string, declineReason: string | null, net: { amount: string, currency: string }, tax: { amount: string, currency: string }, gross: { amount: string, currency: string }, lines: Array<{ kind: ClaimLineKind, description: string, quantity: string, unitPrice: { amount: string, currency: string }, amount: { amount: string, currency: string }, part: { sku: string } | null }> } | null, events: Array<{ kind: EventKind, reason: string | null }> } | null };

export type QuotesTrackQueryVariables = Exact<{
  t: string;
}>;


export type QuotesTrackQuery = { trackJob: { number: string | null, quote: { number: string, state: QuoteState, answerToken: string | null, partnerName: string, gross: { amount: string } } | null } };

export type QuotesLinkPageQueryVariables = Exact<{
  t: string;
}>;


export type QuotesLinkPageQuery = { customerQuote: { number: string, state: QuoteState, partnerName: string, answerToken: string | null, gross: { amount: string, currency: string }, lines: Array<{ kind: ClaimLineKind, quantity: string }> } };

export type QuotesLiveSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type QuotesLiveSubscription = { serviceEvents: { kind: EventKind, jobId: string | null, reason: string | null, job: { id: string, quote: { number: string, state: QuoteState, declineReason: string | null } | null } | null } };

export type QuotesMailedOfferQueryVariables = Exact<{
  t: string;
}>;


export type QuotesMailedOfferQuery = { mailedOffer: { offerId: string } };

export type RacesOfferMutationVariables = Exact<{
  j: string | number;
  p: Array<string | number> | string | number;
}>;


export type RacesOfferMutation = { offerJob: Array<{ id: string }> };

export type RacesCancelMutationVariables = Exact<{
  j: string | number;
  v?: number | null | undefined;
}>;


export type RacesCancelMutation = { cancelJob: { id: string, version: number } };

export type RequestLogTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type RequestLogTypenameQuery = { __typename: 'Query' };

export type RequestLogSignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type RequestLogSignInMutation = { login: { token: string } };

export type RequestLogCreateUserMutationVariables = Exact<{
  input: UserInput;
}>;


export type RequestLogCreateUserMutation = { createUser: { id: string } };

export type RequestLogColleaguesQueryVariables = Exact<{ [key: string]: never; }>;


export type RequestLogColleaguesQuery = { colleagues: Array<{ id: string, name: string }> };

export type ResumeJobEventsSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ResumeJobEventsSubscription = { serviceEvents: { cursor: string, kind: EventKind, job: { id: string } | null } };

export type ResumeHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type ResumeHistoryQuery = { job: { events: Array<{ cursor: string, kind: EventKind }> } | null };

export type ResumeAnyEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ResumeAnyEventsSubscription = { serviceEvents: { cursor: string } };

export type ReturnsClaimQueryVariables = Exact<{
  id: string | number;
}>;


export type ReturnsClaimQuery = { claim: { id: string, state: ClaimState, approved: Array<{ amount: string, currency: string }>, lines: Array<{ id: string, kind: ClaimLineKind, decision: ClaimLineDecision | null, decisionReasonCode: string | null, approvedAmount: { amount: string, currency: string } | null, returnAuthorization: { id: string, state: ReturnState, result: InspectionResult | null } | null }> } | null };

export type ReturnsRequestMutationVariables = Exact<{
  l: string | number;
  n?: string | null | undefined;
}>;


export type ReturnsRequestMutation = { requestPartReturn: { id: string, number: string, state: ReturnState, faultySerial: string | null, returnBy: string | null, requestNote: string | null, part: { id: string } | null, partner: { id: string }, claimLine: { id: string } | null, viewerCan: { ship: boolean, receive: boolean, inspect: boolean } } };

export type ReturnsShipMutationVariables = Exact<{
  r: string | number;
  t: string;
}>;


export type ReturnsShipMutation = { shipPartReturn: { id: string, state: ReturnState, trackingCode: string | null, shippedAt: string | null } };

export type ReturnsReceiveMutationVariables = Exact<{
  r: string | number;
}>;


export type ReturnsReceiveMutation = { receivePartReturn: { id: string, state: ReturnState, receivedAt: string | null } };

export type ReturnsInspectMutationVariables = Exact<{
  r: string | number;
  x: InspectionResult;
  n?: string | null | undefined;
}>;


export type ReturnsInspectMutation = { inspectPartReturn: { id: string, state: ReturnState, result: InspectionResult | null, inspectionNote: string | null, inspectedAt: string | null } };

export type ReturnsListQueryVariables = Exact<{
  p?: string | number | null | undefined;
  s?: Array<ReturnState> | ReturnState | null | undefined;
}>;


export type ReturnsListQuery = { returnAuthorizations: Array<{ id: string, state: ReturnState, viewerCan: { ship: boolean, receive: boolean, inspect: boolean } }> };

export type ReturnsAnalysisQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ReturnsAnalysisQuery = { failureAnalysis: Array<{ failureCode: string | null, confirmedFaults: Array<{ count: number, part: { id: string, sku: string } }> }> };

export type ReturnsSendBackMutationVariables = Exact<{
  c: string | number;
  q: string;
}>;


export type ReturnsSendBackMutation = { sendBackClaim: { id: string, state: ClaimState } };

export type ReturnsEditClaimMutationVariables = Exact<{
  c: string | number;
  l: Array<ClaimLineInput> | ClaimLineInput;
}>;


export type ReturnsEditClaimMutation = { updateClaim: { id: string, lines: Array<{ id: string, kind: ClaimLineKind, returnAuthorization: { id: string } | null }> } };

export type ReturnsOneQueryVariables = Exact<{
  s?: Array<ReturnState> | ReturnState | null | undefined;
}>;


export type ReturnsOneQuery = { returnAuthorizations: Array<{ id: string, faultySerial: string | null, claimLine: { id: string } | null, claim: { id: string } | null }> };

export type ReturnsReviewMutationVariables = Exact<{
  c: string | number;
  l: Array<ClaimLineDecisionInput> | ClaimLineDecisionInput;
}>;


export type ReturnsReviewMutation = { reviewClaim: { id: string, state: ClaimState } };

export type ReturnsLiveSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ReturnsLiveSubscription = { serviceEvents: { kind: EventKind, jobId: string | null, returnAuthorization: { id: string, state: ReturnState } | null } };

export type ScorecardClaimsDraftsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScorecardClaimsDraftsQuery = { claims: Array<{ id: string, job: { id: string } | null, lines: Array<{ id: string, kind: ClaimLineKind, minutes: number | null }> }> };

export type ScorecardClaimsUpdateMutationVariables = Exact<{
  id: string | number;
  lines: Array<ClaimLineInput> | ClaimLineInput;
}>;


export type ScorecardClaimsUpdateMutation = { updateClaim: { id: string } };

export type ScorecardClaimsSubmitMutationVariables = Exact<{
  id: string | number;
}>;


export type ScorecardClaimsSubmitMutation = { submitClaim: { id: string, claimed: Array<{ amount: string, currency: string }>, lines: Array<{ id: string, kind: ClaimLineKind, amount: { amount: string, currency: string } }> } };

export type ScorecardClaimsReviewMutationVariables = Exact<{
  id: string | number;
  lines: Array<ClaimLineDecisionInput> | ClaimLineDecisionInput;
}>;


export type ScorecardClaimsReviewMutation = { reviewClaim: { id: string, state: ClaimState } };

export type ScorecardClaimsCardsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ScorecardClaimsCardsQuery = { partnerScorecards: Array<{ jobsCompleted: number, claimRejectionRate: number | null, medianHoursToSubmit: number | null, partner: { id: string }, claimPerJob: Array<{ amount: string, currency: string }>, networkMedianClaimPerJob: Array<{ amount: string, currency: string }> | null }> };

export type ScorecardClaimsDetailQueryVariables = Exact<{
  p: string | number;
  from: string;
  to: string;
}>;


export type ScorecardClaimsDetailQuery = { partnerScorecard: { card: { claimRejectionRate: number | null, medianHoursToSubmit: number | null, claimPerJob: Array<{ amount: string, currency: string }>, networkMedianClaimPerJob: Array<{ amount: string, currency: string }> | null }, weeks: Array<{ networkMedianClaimPerJob: Array<{ amount: string, currency: string }> | null }> } };

export type ScorecardSurveyMutationVariables = Exact<{
  t: string;
  r: number;
}>;


export type ScorecardSurveyMutation = { submitSurvey: { id: string } };

export type ScorecardPausedQueryVariables = Exact<{
  id: string | number;
}>;


export type ScorecardPausedQuery = { job: { resolutionPausedMinutes: number } | null };

export type ScorecardCardsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ScorecardCardsQuery = { partnerScorecards: Array<{ offersReceived: number, offersAccepted: number, offersDeclined: number, acceptanceRate: number | null, refusalRate: number | null, medianMinutesToAccept: number | null, slaResponseCompliance: number | null, slaResolutionCompliance: number | null, jobsCompleted: number, firstTimeFixRate: number | null, reopenRate: number | null, qualityGateFailures: number, priceRefusals: number, priceCompliance: number | null, partsPerJob: number | null, meanSatisfaction: number | null, score: number, partner: { id: string } }> };

export type ScorecardDetailQueryVariables = Exact<{
  p: string | number;
  from: string;
  to: string;
}>;


export type ScorecardDetailQuery = { partnerScorecard: { card: { score: number }, weeks: Array<{ from: string, jobsCompleted: number }>, jobsBehind: Array<{ figure: string, jobs: Array<{ id: string }> }> } };

export type ScorecardCardQueryVariables = Exact<{
  p: string | number;
  from: string;
  to: string;
}>;


export type ScorecardCardQuery = { partnerScorecard: { card: { score: number } } };

export type ScorecardSetPolicyMutationVariables = Exact<{
  i: ScorecardPolicyInput;
}>;


export type ScorecardSetPolicyMutation = { setScorecardPolicy: { probationBelow: number, suspendBelow: number, recoverAt: number } };

export type ScorecardEvaluateMutationVariables = Exact<{ [key: string]: never; }>;


export type ScorecardEvaluateMutation = { evaluatePartnerStatuses: Array<{ from: PartnerStatus, to: PartnerStatus, reason: string, score: number, partner: { id: string } }> };

export type ScorecardCandidatesQueryVariables = Exact<{
  j: string | number;
}>;


export type ScorecardCandidatesQuery = { dispatchCandidates: Array<{ eligible: boolean, reasons: Array<string>, partner: { id: string } }> };

export type ScorecardPolicyRecoverMutationVariables = Exact<{ [key: string]: never; }>;


export type ScorecardPolicyRecoverMutation = { setScorecardPolicy: { recoverAt: number } };

export type ScorecardPolicyReversedMutationVariables = Exact<{ [key: string]: never; }>;


export type ScorecardPolicyReversedMutation = { setScorecardPolicy: { recoverAt: number } };

export type ScorecardRecordFindingMutationVariables = Exact<{
  i: RecordFindingInput;
}>;


export type ScorecardRecordFindingMutation = { recordFinding: { id: string, severity: FindingSeverity, overdue: boolean, partner: { id: string } } };

export type ScorecardRecordFindingIdMutationVariables = Exact<{
  i: RecordFindingInput;
}>;


export type ScorecardRecordFindingIdMutation = { recordFinding: { id: string } };

export type ScorecardFindingsQueryVariables = Exact<{
  overdue?: boolean | null | undefined;
}>;


export type ScorecardFindingsQuery = { findings: Array<{ id: string, acknowledgedAt: string | null, actionTaken: string | null, overdue: boolean }> };

export type ScorecardAcknowledgeIdMutationVariables = Exact<{
  id: string | number;
}>;


export type ScorecardAcknowledgeIdMutation = { acknowledgeFinding: { id: string } };

export type ScorecardAcknowledgeMutationVariables = Exact<{
  id: string | number;
}>;


export type ScorecardAcknowledgeMutation = { acknowledgeFinding: { acknowledgedAt: string | null } };

export type ScorecardReportActionMutationVariables = Exact<{
  id: string | number;
}>;


export type ScorecardReportActionMutation = { reportCorrectiveAction: { actionTaken: string | null } };

export type SecurityJobEventsSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type SecurityJobEventsSubscription = { serviceEvents: { cursor: string, job: { id: string } | null } };

export type SecurityAnyEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SecurityAnyEventsSubscription = { serviceEvents: { cursor: string } };

export type SecurityMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityMeQuery = { me: { id: string } };

export type SeedMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SeedMeQuery = { me: { email: string } };

export type SeedScorecardsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type SeedScorecardsQuery = { partnerScorecards: Array<{ offersReceived: number, offersAccepted: number, jobsCompleted: number, acceptanceRate: number | null, slaResponseCompliance: number | null, slaResolutionCompliance: number | null, firstTimeFixRate: number | null, meanSatisfaction: number | null, score: number }> };

export type SlaAutoDispatchMutationVariables = Exact<{
  j: string | number;
}>;


export type SlaAutoDispatchMutation = { autoDispatch: Array<{ id: string, partner: { id: string } }> };

export type SlaPendingQueryVariables = Exact<{
  id: string | number;
}>;


export type SlaPendingQuery = { job: { status: JobStatus, offers: Array<{ status: OfferStatus, automatic: boolean, partner: { id: string } }> } | null };

export type SlaBreachesQueryVariables = Exact<{
  id: string | number;
}>;


export type SlaBreachesQuery = { job: { responseBreachedAt: string | null, resolutionBreachedAt: string | null } | null };

export type SlaResolutionDueQueryVariables = Exact<{
  id: string | number;
}>;


export type SlaResolutionDueQuery = { job: { resolutionDueAt: string | null } | null };

export type SlaPausedAtQueryVariables = Exact<{
  id: string | number;
}>;


export type SlaPausedAtQuery = { job: { resolutionPausedAt: string | null } | null };

export type SlaResolutionClockQueryVariables = Exact<{
  id: string | number;
}>;


export type SlaResolutionClockQuery = { job: { resolutionDueAt: string | null, resolutionPausedAt: string | null, resolutionPausedMinutes: number } | null };

export type SlowSubscriberCursorsSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type SlowSubscriberCursorsSubscription = { serviceEvents: { cursor: string } };

export type StartupTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type StartupTypenameQuery = { __typename: 'Query' };

export type TechScheduleJobMutationVariables = Exact<{
  j: string | number;
  a: string;
  t?: string | number | null | undefined;
  d?: number | null | undefined;
}>;


export type TechScheduleJobMutation = { scheduleJob: { id: string, status: JobStatus, appointmentAt: string | null, appointmentMinutes: number | null, appointmentEndsAt: string | null, siteTimeZone: string | null, technician: { id: string } | null } };

export type TechSetHoursMutationVariables = Exact<{
  t: string | number;
  h?: Array<WorkingHoursInput> | WorkingHoursInput | null | undefined;
}>;


export type TechSetHoursMutation = { setTechnicianHours: { technicianId: string, ownHours: boolean, timeZone: string, hours: Array<{ day: Weekday, intervals: Array<string> }> } };

export type TechAddAbsenceMutationVariables = Exact<{
  i: TechnicianAbsenceInput;
}>;


export type TechAddAbsenceMutation = { addTechnicianAbsence: { id: string, technicianId: string, startsAt: string, endsAt: string, kind: AbsenceKind, note: string | null } };

export type TechRemoveAbsenceMutationVariables = Exact<{
  id: string | number;
}>;


export type TechRemoveAbsenceMutation = { removeTechnicianAbsence: { id: string } };

export type TechSchedulesQueryVariables = Exact<{
  from: string;
  to: string;
  t?: string | number | null | undefined;
}>;


export type TechSchedulesQuery = { technicianSchedules: Array<{ technicianId: string, name: string, ownHours: boolean, timeZone: string, hours: Array<{ day: Weekday, intervals: Array<string> }>, technician: { id: string, email: string }, absences: Array<{ id: string, startsAt: string, endsAt: string, kind: AbsenceKind, note: string | null }>, appointments: Array<{ jobId: string, jobNumber: string, status: JobStatus, startsAt: string, endsAt: string, minutes: number, siteTimeZone: string | null, job: { id: string, number: string } | null }> }> };

export type TechJobTimeQueryVariables = Exact<{
  id: string | number;
}>;


export type TechJobTimeQuery = { job: { appointmentAt: string | null, appointmentMinutes: number | null, appointmentEndsAt: string | null, siteTimeZone: string | null, qualityStandard: { appointmentMinutes: number } | null, events: Array<{ kind: EventKind, data: Record<string, unknown> }> } | null };

export type TechSetPolicyMutationVariables = Exact<{
  m: number;
}>;


export type TechSetPolicyMutation = { setScorecardPolicy: { punctualityToleranceMinutes: number } };

export type TechCardsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type TechCardsQuery = { partnerScorecards: Array<{ appointmentsKept: number, appointmentsMissed: number, punctuality: number | null, partner: { id: string } }> };

export type UploadsAttachmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type UploadsAttachmentsQuery = { job: { id: string, attachments: Array<{ id: string, kind: AttachmentKind, contentType: string, byteSize: number, width: number | null, height: number | null, signerName: string | null, signedAt: string | null, createdAt: string, url: string, thumbnailUrl: string | null, uploadedBy: { id: string } | null }> } | null };

export type UploadsSetStandardMutationVariables = Exact<{
  i: QualityStandardInput;
}>;


export type UploadsSetStandardMutation = { setQualityStandard: { id: string, minPhotos: number, keepPhotoLocation: boolean, requiresPhoto: boolean } };

export type UploadsCompleteMutationVariables = Exact<{
  input: CompleteJobInput;
}>;


export type UploadsCompleteMutation = { completeJob: { id: string, status: JobStatus } };

export type LanguageSetPreferencesMutationVariables = Exact<{
  input: PreferencesInput;
}>;


export type LanguageSetPreferencesMutation = { setMyPreferences: { id: string, locale: string | null, timeZone: string | null } };

export type LanguageMeQueryVariables = Exact<{ [key: string]: never; }>;


export type LanguageMeQuery = { me: { id: string, locale: string | null, timeZone: string | null } };

export type LanguageSignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LanguageSignInMutation = { login: { user: { email: string, locale: string | null, timeZone: string | null } } };

export type LanguageCandidatesQueryVariables = Exact<{
  j: string | number;
}>;


export type LanguageCandidatesQuery = { dispatchCandidates: Array<{ eligible: boolean, reasons: Array<string>, partner: { id: string, slug: string }, reasonCodes: Array<{ code: string, params: Record<string, unknown>, text: string }> }> };

export type LanguageJobEventsQueryVariables = Exact<{
  id: string | number;
}>;


export type LanguageJobEventsQuery = { job: { events: Array<{ kind: EventKind, missing: Array<string> | null, missingCodes: Array<{ code: string, params: Record<string, unknown>, text: string }> | null }> } | null };

export type VisibilityJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type VisibilityJobsQuery = { jobs: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type VisibilityCancelMutationVariables = Exact<{
  j: string | number;
}>;


export type VisibilityCancelMutation = { cancelJob: { id: string } };

export type VisibilityEquipmentQueryVariables = Exact<{
  s: string;
}>;


export type VisibilityEquipmentQuery = { equipmentBySerial: { id: string } | null };

export type VisibilityPartsQueryVariables = Exact<{ [key: string]: never; }>;


export type VisibilityPartsQuery = { parts: Array<{ sku: string }> };

export type VisibilityOffersQueryVariables = Exact<{
  id: string | number;
}>;


export type VisibilityOffersQuery = { job: { id: string, offers: Array<{ id: string, partner: { id: string } }> } | null };

export type VisibilityJobCountQueryVariables = Exact<{ [key: string]: never; }>;


export type VisibilityJobCountQuery = { jobs: { totalCount: number } };

export type VisibilityHeldByQueryVariables = Exact<{
  id: string | number;
}>;


export type VisibilityHeldByQuery = { job: { id: string, assignedPartner: { id: string } | null, offers: Array<{ status: OfferStatus }> } | null };

export type VisibilityCloseMutationVariables = Exact<{
  j: string | number;
}>;


export type VisibilityCloseMutation = { closeJob: { id: string } };

export type VisibilityScoresQueryVariables = Exact<{ [key: string]: never; }>;


export type VisibilityScoresQuery = { partnerScorecards: Array<{ score: number }> };

export type VisibilityScorecardsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type VisibilityScorecardsQuery = { partnerScorecards: Array<{ offersReceived: number, partner: { id: string } }> };

export type WriteStatementsCreateJobMutationVariables = Exact<{
  input: CreateJobInput;
}>;


export type WriteStatementsCreateJobMutation = { createJob: { id: string, number: string, status: JobStatus } };

export type WriteStatementsAcceptOfferMutationVariables = Exact<{
  offerId: string | number;
}>;


export type WriteStatementsAcceptOfferMutation = { acceptOffer: { id: string, status: JobStatus } };

export type ReturnsClaimsQueryVariables = Exact<{
  p?: string | number | null | undefined;
}>;


export type ReturnsClaimsQuery = { claims: Array<{ id: string, state: ClaimState, job: { id: string } | null, lines: Array<{ id: string, kind: ClaimLineKind, decision: ClaimLineDecision | null, part: { id: string } | null }> }> };

export type ReturnsPartsLinesQueryVariables = Exact<{
  id: string | number;
}>;


export type ReturnsPartsLinesQuery = { job: { partsRequests: Array<{ lines: Array<{ id: string, part: { id: string } }> }> } | null };

export type ReturnsUpdateClaimMutationVariables = Exact<{
  c: string | number;
  l: Array<ClaimLineInput> | ClaimLineInput;
}>;


export type ReturnsUpdateClaimMutation = { updateClaim: { id: string, lines: Array<{ id: string, kind: ClaimLineKind, faultySerial: string | null }> } };

export type ReturnsSubmitClaimMutationVariables = Exact<{
  c: string | number;
}>;


export type ReturnsSubmitClaimMutation = { submitClaim: { id: string, state: ClaimState } };

export type ReturnsReviewClaimMutationVariables = Exact<{
  c: string | number;
  l: Array<ClaimLineDecisionInput> | ClaimLineDecisionInput;
}>;


export type ReturnsReviewClaimMutation = { reviewClaim: { id: string, state: ClaimState } };

export type LoginMutationVariables = Exact<{
  e: string;
  p: string;
}>;


export type LoginMutation = { login: { token: string } };

export type ServiceEventsSubscriptionVariables = Exact<{
  after?: string | null | undefined;
  jobId?: string | number | null | undefined;
}>;


export type ServiceEventsSubscription = { serviceEvents: { cursor: string, kind: EventKind, at: string, data: Record<string, unknown>, job: { id: string, status: JobStatus } | null, offer: { id: string, status: OfferStatus, partner: { id: string } } | null, partsRequest: { id: string, status: PartsRequestStatus } | null, actor: { id: string } | null } };

export type JobFieldsFragment = { id: string, number: string, status: JobStatus, coverage: Coverage, priority: number, version: number, responseDueAt: string | null, resolutionDueAt: string | null, assignedPartner: { id: string } | null, technician: { id: string } | null };

export type CreateJobMutationVariables = Exact<{
  input: CreateJobInput;
}>;


export type CreateJobMutation = { createJob: { id: string, number: string, status: JobStatus, coverage: Coverage, priority: number, version: number, responseDueAt: string | null, resolutionDueAt: string | null, assignedPartner: { id: string } | null, technician: { id: string } | null } };

export type OfferJobMutationVariables = Exact<{
  j: string | number;
  p: Array<string | number> | string | number;
  m?: number | null | undefined;
}>;


export type OfferJobMutation = { offerJob: Array<{ id: string, status: OfferStatus, expiresAt: string, partner: { id: string } }> };

export type AcceptOfferMutationVariables = Exact<{
  o: string | number;
}>;


export type AcceptOfferMutation = { acceptOffer: { id: string, number: string, status: JobStatus, coverage: Coverage, priority: number, version: number, responseDueAt: string | null, resolutionDueAt: string | null, assignedPartner: { id: string } | null, technician: { id: string } | null } };

export type DeclineOfferMutationVariables = Exact<{
  o: string | number;
  r: string;
}>;


export type DeclineOfferMutation = { declineOffer: { id: string, status: OfferStatus, declineReason: string | null } };

export type ScheduleJobMutationVariables = Exact<{
  j: string | number;
  a: string;
  t?: string | number | null | undefined;
}>;


export type ScheduleJobMutation = { scheduleJob: { id: string, number: string, status: JobStatus, coverage: Coverage, priority: number, version: number, responseDueAt: string | null, resolutionDueAt: string | null, assignedPartner: { id: string } | null, technician: { id: string } | null } };

export type StartJobMutationVariables = Exact<{
  j: string | number;
}>;


export type StartJobMutation = { startJob: { id: string, number: string, status: JobStatus, coverage: Coverage, priority: number, version: number, responseDueAt: string | null, resolutionDueAt: string | null, assignedPartner: { id: string } | null, technician: { id: string } | null } };

export type RequestPartsMutationVariables = Exact<{
  input: RequestPartsInput;
}>;


export type RequestPartsMutation = { requestParts: { id: string, status: PartsRequestStatus, lines: Array<{ quantity: number, approvedQuantity: number | null, part: { sku: string } }> } };

export type DecidePartsRequestMutationVariables = Exact<{
  input: DecidePartsRequestInput;
}>;


export type DecidePartsRequestMutation = { decidePartsRequest: { id: string, status: PartsRequestStatus, lines: Array<{ quantity: number, approvedQuantity: number | null, part: { sku: string } }> } };

export type ShipPartsRequestMutationVariables = Exact<{
  id: string | number;
  t?: string | null | undefined;
}>;


export type ShipPartsRequestMutation = { shipPartsRequest: { id: string, status: PartsRequestStatus, trackingCode: string | null } };

export type ReceivePartsRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type ReceivePartsRequestMutation = { receivePartsRequest: { id: string, status: PartsRequestStatus, job: { id: string, status: JobStatus } } };

export type CompleteJobMutationVariables = Exact<{
  input: CompleteJobInput;
}>;


export type CompleteJobMutation = { completeJob: { id: string, number: string, status: JobStatus, coverage: Coverage, priority: number, version: number, responseDueAt: string | null, resolutionDueAt: string | null, assignedPartner: { id: string } | null, technician: { id: string } | null } };

export type CloseJobMutationVariables = Exact<{
  j: string | number;
}>;


export type CloseJobMutation = { closeJob: { surveyToken: string | null, id: string, number: string, status: JobStatus, coverage: Coverage, priority: number, version: number, responseDueAt: string | null, resolutionDueAt: string | null, assignedPartner: { id: string } | null, technician: { id: string } | null } };

export type ReopenJobMutationVariables = Exact<{
  j: string | number;
  r: string;
}>;


export type ReopenJobMutation = { reopenJob: { id: string, number: string, status: JobStatus, coverage: Coverage, priority: number, version: number, responseDueAt: string | null, resolutionDueAt: string | null, assignedPartner: { id: string } | null, technician: { id: string } | null } };

export type CancelJobMutationVariables = Exact<{
  j: string | number;
  r: string;
}>;


export type CancelJobMutation = { cancelJob: { id: string, number: string, status: JobStatus, coverage: Coverage, priority: number, version: number, responseDueAt: string | null, resolutionDueAt: string | null, assignedPartner: { id: string } | null, technician: { id: string } | null } };

export type JobQueryVariables = Exact<{
  id: string | number;
}>;


export type JobQuery = { job: { id: string, number: string, status: JobStatus, coverage: Coverage, priority: number, version: number, responseDueAt: string | null, resolutionDueAt: string | null, assignedPartner: { id: string } | null, technician: { id: string } | null } | null };

export type SendQuoteMutationVariables = Exact<{
  j: string | number;
  l: Array<QuoteLineInput> | QuoteLineInput;
  d?: number | null | undefined;
}>;


export type SendQuoteMutation = { sendQuote: { id: string, number: string, state: QuoteState, taxRate: string, net: { amount: string, currency: string }, tax: { amount: string, currency: string }, gross: { amount: string, currency: string } } };

export type QuoteCustomerLinkQueryVariables = Exact<{
  id: string | number;
}>;


export type QuoteCustomerLinkQuery = { job: { customerLinkToken: string | null } | null };

export type TrackedQuoteQueryVariables = Exact<{
  t: string;
}>;


export type TrackedQuoteQuery = { trackJob: { quote: { number: string, state: QuoteState, answerToken: string | null, gross: { amount: string, currency: string } } | null } };

export type AnswerQuoteMutationVariables = Exact<{
  t: string;
  a: boolean;
  r?: string | null | undefined;
}>;


export type AnswerQuoteMutation = { answerQuote: { number: string, state: QuoteState, answeredAt: string | null, declineReason: string | null, answerToken: string | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const JobFieldsFragmentDoc = new TypedDocumentString(`
    fragment JobFields on ServiceJob {
  id
  number
  status
  coverage
  priority
  version
  assignedPartner {
    id
  }
  technician {
    id
  }
  responseDueAt
  resolutionDueAt
}
    `, {"fragmentName":"JobFields"}) as unknown as TypedDocumentString<JobFieldsFragment, unknown>;
export const E2eClaimsDocument = new TypedDocumentString(`
    query E2eClaims {
  claims(states: [DRAFT]) {
    id
    number
    job {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<E2eClaimsQuery, E2eClaimsQueryVariables>;
export const DemoSpeakEnglishDocument = new TypedDocumentString(`
    mutation DemoSpeakEnglish {
  setMyPreferences(input: {locale: "en"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<DemoSpeakEnglishMutation, DemoSpeakEnglishMutationVariables>;
export const DemoLoginDocument = new TypedDocumentString(`
    mutation DemoLogin($e: String!, $p: String!) {
  login(email: $e, password: $p) {
    token
    user {
      id
      organization {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DemoLoginMutation, DemoLoginMutationVariables>;
export const DemoClosedRepairDocument = new TypedDocumentString(`
    query DemoClosedRepair {
  jobs(first: 50, filter: {status: [CLOSED], type: [REPAIR]}) {
    edges {
      node {
        slaTime
        equipment {
          serial
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DemoClosedRepairQuery, DemoClosedRepairQueryVariables>;
export const DemoCreateJobDocument = new TypedDocumentString(`
    mutation DemoCreateJob($i: CreateJobInput!) {
  createJob(input: $i) {
    id
    number
    coverage
    createdAt
    responseDueAt
  }
}
    `) as unknown as TypedDocumentString<DemoCreateJobMutation, DemoCreateJobMutationVariables>;
export const DemoCandidatesDocument = new TypedDocumentString(`
    query DemoCandidates($j: ID!) {
  dispatchCandidates(jobId: $j) {
    eligible
    partner {
      id
      name
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<DemoCandidatesQuery, DemoCandidatesQueryVariables>;
export const DemoRoomDocument = new TypedDocumentString(`
    mutation DemoRoom($id: ID!) {
  updatePartner(id: $id, changes: {capacity: 50}) {
    id
  }
}
    `) as unknown as TypedDocumentString<DemoRoomMutation, DemoRoomMutationVariables>;
export const DemoOfferDocument = new TypedDocumentString(`
    mutation DemoOffer($j: ID!, $p: [ID!]!, $m: Int) {
  offerJob(jobId: $j, partnerIds: $p, expiresInMinutes: $m) {
    id
  }
}
    `) as unknown as TypedDocumentString<DemoOfferMutation, DemoOfferMutationVariables>;
export const DemoModelDocument = new TypedDocumentString(`
    query DemoModel($j: ID!) {
  job(id: $j) {
    equipment {
      model {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DemoModelQuery, DemoModelQueryVariables>;
export const DemoPartsDocument = new TypedDocumentString(`
    query DemoParts($m: ID) {
  parts(modelId: $m) {
    sku
  }
}
    `) as unknown as TypedDocumentString<DemoPartsQuery, DemoPartsQueryVariables>;
export const DemoStandardDocument = new TypedDocumentString(`
    query DemoStandard($j: ID!) {
  job(id: $j) {
    qualityStandard {
      checklist {
        id
      }
      minPhotos
      requiresSignature
      maxLaborMinutes
    }
  }
}
    `) as unknown as TypedDocumentString<DemoStandardQuery, DemoStandardQueryVariables>;
export const DemoRecordFindingDocument = new TypedDocumentString(`
    mutation DemoRecordFinding($i: RecordFindingInput!) {
  recordFinding(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<DemoRecordFindingMutation, DemoRecordFindingMutationVariables>;
export const EvidenceAttachmentsDocument = new TypedDocumentString(`
    query EvidenceAttachments($id: ID!) {
  job(id: $id) {
    status
    attachments {
      kind
      signerName
      width
    }
  }
}
    `) as unknown as TypedDocumentString<EvidenceAttachmentsQuery, EvidenceAttachmentsQueryVariables>;
export const EdgesStaffDocument = new TypedDocumentString(`
    query EdgesStaff {
  partners {
    slug
    kind
    customerId
  }
  productLines {
    standards {
      jobType
      requiresCertifiedTechnician
    }
  }
}
    `) as unknown as TypedDocumentString<EdgesStaffQuery, EdgesStaffQueryVariables>;
export const EdgesCertificationsDocument = new TypedDocumentString(`
    query EdgesCertifications($t: ID) {
  technicianCertifications(technicianId: $t) {
    id
    productLineName
    jobTypes
  }
}
    `) as unknown as TypedDocumentString<EdgesCertificationsQuery, EdgesCertificationsQueryVariables>;
export const E2eQuoteCustomerLinkDocument = new TypedDocumentString(`
    query E2eQuoteCustomerLink($id: ID!) {
  job(id: $id) {
    customerLinkToken
  }
}
    `) as unknown as TypedDocumentString<E2eQuoteCustomerLinkQuery, E2eQuoteCustomerLinkQueryVariables>;
export const ReturnsE2eClaimDocument = new TypedDocumentString(`
    query ReturnsE2eClaim($id: ID!) {
  claim(id: $id) {
    state
    lines {
      id
      decision
      decisionReasonCode
    }
  }
}
    `) as unknown as TypedDocumentString<ReturnsE2eClaimQuery, ReturnsE2eClaimQueryVariables>;
export const LanguageE2eMeDocument = new TypedDocumentString(`
    query LanguageE2eMe {
  me {
    locale
    timeZone
  }
}
    `) as unknown as TypedDocumentString<LanguageE2eMeQuery, LanguageE2eMeQueryVariables>;
export const KillNineCreateJobDocument = new TypedDocumentString(`
    mutation KillNineCreateJob($i: CreateJobInput!) {
  createJob(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<KillNineCreateJobMutation, KillNineCreateJobMutationVariables>;
export const AudienceRecordFindingDocument = new TypedDocumentString(`
    mutation AudienceRecordFinding($p: ID!, $d: DateTime!) {
  recordFinding(
    input: {partnerId: $p, severity: MINOR, text: "Late report", correctiveActionDueAt: $d}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<AudienceRecordFindingMutation, AudienceRecordFindingMutationVariables>;
export const AudienceAcknowledgeFindingDocument = new TypedDocumentString(`
    mutation AudienceAcknowledgeFinding($id: ID!) {
  acknowledgeFinding(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AudienceAcknowledgeFindingMutation, AudienceAcknowledgeFindingMutationVariables>;
export const MatrixRecordFindingDocument = new TypedDocumentString(`
    mutation MatrixRecordFinding($p: ID!, $d: DateTime!) {
  recordFinding(
    input: {partnerId: $p, severity: MINOR, text: "x", correctiveActionDueAt: $d}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<MatrixRecordFindingMutation, MatrixRecordFindingMutationVariables>;
export const MatrixServiceRequestDocument = new TypedDocumentString(`
    mutation MatrixServiceRequest($input: ServiceRequestInput!) {
  submitServiceRequest(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<MatrixServiceRequestMutation, MatrixServiceRequestMutationVariables>;
export const MatrixAddAbsenceDocument = new TypedDocumentString(`
    mutation MatrixAddAbsence($t: ID!) {
  addTechnicianAbsence(
    input: {technicianId: $t, startsAt: "2031-01-05T00:00:00Z", endsAt: "2031-01-07T00:00:00Z", kind: VACATION}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<MatrixAddAbsenceMutation, MatrixAddAbsenceMutationVariables>;
export const MatrixAddTechnicianCertificationDocument = new TypedDocumentString(`
    mutation MatrixAddTechnicianCertification($t: ID!, $l: ID!) {
  addTechnicianCertification(
    input: {technicianId: $t, productLineId: $l, jobTypes: [REPAIR], expiresAt: "2031-01-01T00:00:00Z"}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<MatrixAddTechnicianCertificationMutation, MatrixAddTechnicianCertificationMutationVariables>;
export const BackupScorecardsDocument = new TypedDocumentString(`
    query BackupScorecards($from: DateTime!, $to: DateTime!) {
  partnerScorecards(from: $from, to: $to) {
    partner {
      id
    }
    offersReceived
    offersAccepted
    offersDeclined
    acceptanceRate
    medianMinutesToAccept
    slaResponseCompliance
    slaResolutionCompliance
    jobsCompleted
    firstTimeFixRate
    reopenRate
    qualityGateFailures
    meanSatisfaction
    score
  }
}
    `) as unknown as TypedDocumentString<BackupScorecardsQuery, BackupScorecardsQueryVariables>;
export const BackupSurveyDocument = new TypedDocumentString(`
    mutation BackupSurvey($t: String!) {
  submitSurvey(token: $t, rating: 4) {
    id
  }
}
    `) as unknown as TypedDocumentString<BackupSurveyMutation, BackupSurveyMutationVariables>;
export const BackupJobWithOffersDocument = new TypedDocumentString(`
    query BackupJobWithOffers($id: ID!) {
  job(id: $id) {
    id
    status
    assignedPartner {
      id
    }
    offers {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<BackupJobWithOffersQuery, BackupJobWithOffersQueryVariables>;
export const BackupAssignedDocument = new TypedDocumentString(`
    query BackupAssigned($id: ID!) {
  job(id: $id) {
    id
    status
    assignedPartner {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<BackupAssignedQuery, BackupAssignedQueryVariables>;
export const BackupAttachmentUrlsDocument = new TypedDocumentString(`
    query BackupAttachmentUrls($id: ID!) {
  job(id: $id) {
    attachments {
      id
      url
      thumbnailUrl
    }
  }
}
    `) as unknown as TypedDocumentString<BackupAttachmentUrlsQuery, BackupAttachmentUrlsQueryVariables>;
export const BackupCursorsDocument = new TypedDocumentString(`
    subscription BackupCursors($after: String) {
  serviceEvents(after: $after) {
    cursor
    kind
  }
}
    `) as unknown as TypedDocumentString<BackupCursorsSubscription, BackupCursorsSubscriptionVariables>;
export const BroadcastOfferStatusesDocument = new TypedDocumentString(`
    query BroadcastOfferStatuses($id: ID!) {
  job(id: $id) {
    offers {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<BroadcastOfferStatusesQuery, BroadcastOfferStatusesQueryVariables>;
export const BizSetCalendarDocument = new TypedDocumentString(`
    mutation BizSetCalendar($o: ID, $c: BusinessCalendarInput!) {
  setBusinessCalendar(organizationId: $o, calendar: $c) {
    organizationId
    timeZone
    version
  }
}
    `) as unknown as TypedDocumentString<BizSetCalendarMutation, BizSetCalendarMutationVariables>;
export const BizCalendarsDocument = new TypedDocumentString(`
    query BizCalendars {
  businessCalendars {
    organizationId
    timeZone
    hours {
      day
      intervals
    }
    holidayCountry
  }
}
    `) as unknown as TypedDocumentString<BizCalendarsQuery, BizCalendarsQueryVariables>;
export const BizSetStandardDocument = new TypedDocumentString(`
    mutation BizSetStandard($i: QualityStandardInput!) {
  setQualityStandard(input: $i) {
    slaTime
    resolutionMinutes
  }
}
    `) as unknown as TypedDocumentString<BizSetStandardMutation, BizSetStandardMutationVariables>;
export const BizClocksDocument = new TypedDocumentString(`
    query BizClocks($id: ID!) {
  job(id: $id) {
    slaTime
    resolutionDueAt
    resolutionBreachedAt
    resolutionPausedMinutes
    responseClock {
      dueAt
      mode
      workingMinutesLeft
      timeZone
    }
    resolutionClock {
      dueAt
      mode
      workingMinutesLeft
      timeZone
    }
  }
}
    `) as unknown as TypedDocumentString<BizClocksQuery, BizClocksQueryVariables>;
export const BizAcceptDocument = new TypedDocumentString(`
    mutation BizAccept($o: ID!) {
  acceptOffer(offerId: $o) {
    resolutionClock {
      dueAt
      mode
      workingMinutesLeft
      timeZone
    }
  }
}
    `) as unknown as TypedDocumentString<BizAcceptMutation, BizAcceptMutationVariables>;
export const BizScorecardsDocument = new TypedDocumentString(`
    query BizScorecards($from: DateTime!, $to: DateTime!) {
  partnerScorecards(from: $from, to: $to) {
    partner {
      id
    }
    offersAccepted
    medianMinutesToAccept
  }
}
    `) as unknown as TypedDocumentString<BizScorecardsQuery, BizScorecardsQueryVariables>;
export const ExportsClaimsDocument = new TypedDocumentString(`
    query ExportsClaims($states: [ClaimState!]) {
  claims(states: $states) {
    id
    number
    state
    job {
      id
    }
    lines {
      id
      kind
      minutes
    }
  }
}
    `) as unknown as TypedDocumentString<ExportsClaimsQuery, ExportsClaimsQueryVariables>;
export const ExportsPartsDocument = new TypedDocumentString(`
    query ExportsParts {
  parts {
    id
    sku
    name
    listPrice {
      amount
      currency
    }
  }
}
    `) as unknown as TypedDocumentString<ExportsPartsQuery, ExportsPartsQueryVariables>;
export const ExportsUpdateClaimDocument = new TypedDocumentString(`
    mutation ExportsUpdateClaim($id: ID!, $lines: [ClaimLineInput!]!) {
  updateClaim(claimId: $id, lines: $lines) {
    id
    lines {
      id
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<ExportsUpdateClaimMutation, ExportsUpdateClaimMutationVariables>;
export const ExportsSubmitClaimDocument = new TypedDocumentString(`
    mutation ExportsSubmitClaim($id: ID!) {
  submitClaim(claimId: $id) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ExportsSubmitClaimMutation, ExportsSubmitClaimMutationVariables>;
export const ExportsReviewClaimDocument = new TypedDocumentString(`
    mutation ExportsReviewClaim($id: ID!, $lines: [ClaimLineDecisionInput!]!) {
  reviewClaim(claimId: $id, lines: $lines) {
    id
    state
    approved {
      amount
      currency
    }
  }
}
    `) as unknown as TypedDocumentString<ExportsReviewClaimMutation, ExportsReviewClaimMutationVariables>;
export const ClaimsOfPartnerDocument = new TypedDocumentString(`
    query ClaimsOfPartner($p: ID, $states: [ClaimState!]) {
  claims(partnerId: $p, states: $states) {
    id
    state
    job {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimsOfPartnerQuery, ClaimsOfPartnerQueryVariables>;
export const ClaimByIdDocument = new TypedDocumentString(`
    query ClaimById($id: ID!) {
  claim(id: $id) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ClaimByIdQuery, ClaimByIdQueryVariables>;
export const ClaimJobPartsDocument = new TypedDocumentString(`
    query ClaimJobParts($id: ID!) {
  job(id: $id) {
    partsRequests {
      lines {
        id
        part {
          id
          sku
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimJobPartsQuery, ClaimJobPartsQueryVariables>;
export const ClaimUpdateDocument = new TypedDocumentString(`
    mutation ClaimUpdate($c: ID!, $lines: [ClaimLineInput!]!) {
  updateClaim(claimId: $c, lines: $lines) {
    id
    state
    lines {
      kind
      quantity
      amount {
        amount
        currency
      }
      ownStock
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimUpdateMutation, ClaimUpdateMutationVariables>;
export const ClaimSubmitDocument = new TypedDocumentString(`
    mutation ClaimSubmit($c: ID!, $answer: String) {
  submitClaim(claimId: $c, answer: $answer) {
    id
    state
    submittedAt
    reviewDueAt
  }
}
    `) as unknown as TypedDocumentString<ClaimSubmitMutation, ClaimSubmitMutationVariables>;
export const ClaimSendBackDocument = new TypedDocumentString(`
    mutation ClaimSendBack($c: ID!, $q: String!) {
  sendBackClaim(claimId: $c, question: $q) {
    id
    state
    messages {
      kind
      text
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimSendBackMutation, ClaimSendBackMutationVariables>;
export const ClaimReviewDocument = new TypedDocumentString(`
    mutation ClaimReview($c: ID!, $lines: [ClaimLineDecisionInput!]!) {
  reviewClaim(claimId: $c, lines: $lines) {
    id
    state
    approved {
      amount
      currency
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimReviewMutation, ClaimReviewMutationVariables>;
export const ClaimPayDocument = new TypedDocumentString(`
    mutation ClaimPay($p: ID!, $ref: String!, $from: DateTime!, $to: DateTime!) {
  createPaymentBatch(partnerId: $p, reference: $ref, from: $from, to: $to) {
    id
    reference
    partner {
      id
    }
    paidAt
    total {
      amount
      currency
    }
    claims {
      id
      state
      paidAt
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimPayMutation, ClaimPayMutationVariables>;
export const ClaimStatementDocument = new TypedDocumentString(`
    query ClaimStatement($p: ID!, $from: DateTime!, $to: DateTime!) {
  reimbursementStatement(partnerId: $p, from: $from, to: $to) {
    claims {
      id
      state
      job {
        id
      }
      partsAmount {
        amount
        currency
      }
      laborAmount {
        amount
        currency
      }
      total {
        amount
        currency
      }
      payer
      claimed {
        amount
        currency
      }
      approved {
        amount
        currency
      }
    }
    byState {
      state
      count
      claimed {
        amount
        currency
      }
      approved {
        amount
        currency
      }
    }
    total {
      amount
      currency
    }
    approvedTotal {
      amount
      currency
    }
    paidTotal {
      amount
      currency
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimStatementQuery, ClaimStatementQueryVariables>;
export const ClaimReasonCodeDocument = new TypedDocumentString(`
    mutation ClaimReasonCode {
  setReasonCode(
    input: {kind: CLAIM_LINE, code: "NOT_COVERED", label: "Not covered by the warranty"}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<ClaimReasonCodeMutation, ClaimReasonCodeMutationVariables>;
export const ClaimFindingDocument = new TypedDocumentString(`
    mutation ClaimFinding($p: ID!, $d: DateTime!) {
  recordFinding(
    input: {partnerId: $p, severity: MINOR, text: "x", correctiveActionDueAt: $d}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<ClaimFindingMutation, ClaimFindingMutationVariables>;
export const ClaimEventsDocument = new TypedDocumentString(`
    subscription ClaimEvents {
  serviceEvents {
    kind
    jobId
    claim {
      id
      state
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimEventsSubscription, ClaimEventsSubscriptionVariables>;
export const TranslationsSetStandardTextsDocument = new TypedDocumentString(`
    mutation TranslationsSetStandardTexts($input: StandardTextsInput!) {
  setStandardTexts(input: $input) {
    id
    instructions
    instructionsAsWritten
    checklist {
      id
      label
      labelAsWritten
      translations {
        language
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TranslationsSetStandardTextsMutation, TranslationsSetStandardTextsMutationVariables>;
export const TranslationsSetStandardDocument = new TypedDocumentString(`
    mutation TranslationsSetStandard($input: QualityStandardInput!) {
  setQualityStandard(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<TranslationsSetStandardMutation, TranslationsSetStandardMutationVariables>;
export const TranslationsJobChecklistDocument = new TypedDocumentString(`
    query TranslationsJobChecklist($id: ID!) {
  job(id: $id) {
    id
    qualityStandard {
      instructions
      checklist {
        id
        label
        labelAsWritten
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TranslationsJobChecklistQuery, TranslationsJobChecklistQueryVariables>;
export const TranslationsJobsChecklistDocument = new TypedDocumentString(`
    query TranslationsJobsChecklist {
  jobs(first: 5) {
    edges {
      node {
        id
        qualityStandard {
          instructions
          checklist {
            id
            label
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TranslationsJobsChecklistQuery, TranslationsJobsChecklistQueryVariables>;
export const TranslationsSetReasonCodeDocument = new TypedDocumentString(`
    mutation TranslationsSetReasonCode($input: ReasonCodeInput!) {
  setReasonCode(input: $input) {
    id
    code
    label
    labelAsWritten
    active
    translations {
      language
      text
    }
  }
}
    `) as unknown as TypedDocumentString<TranslationsSetReasonCodeMutation, TranslationsSetReasonCodeMutationVariables>;
export const TranslationsReasonCodesDocument = new TypedDocumentString(`
    query TranslationsReasonCodes($kind: ReasonKind!, $m: ID, $o: ID) {
  reasonCodes(kind: $kind, manufacturerId: $m, offerId: $o) {
    code
    label
  }
}
    `) as unknown as TypedDocumentString<TranslationsReasonCodesQuery, TranslationsReasonCodesQueryVariables>;
export const TranslationsDeclineDocument = new TypedDocumentString(`
    mutation TranslationsDecline($o: ID!, $r: String!, $c: String) {
  declineOffer(offerId: $o, reason: $r, reasonCode: $c) {
    id
    status
    declineReason
    declineCode {
      code
      label
    }
  }
}
    `) as unknown as TypedDocumentString<TranslationsDeclineMutation, TranslationsDeclineMutationVariables>;
export const TranslationsJobOffersDocument = new TypedDocumentString(`
    query TranslationsJobOffers($id: ID!) {
  job(id: $id) {
    offers {
      id
      status
      declineReason
      declineCode {
        code
        label
        labelAsWritten
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TranslationsJobOffersQuery, TranslationsJobOffersQueryVariables>;
export const TranslationsRecordFindingDocument = new TypedDocumentString(`
    mutation TranslationsRecordFinding($input: RecordFindingInput!) {
  recordFinding(input: $input) {
    id
    text
    reasonCode {
      code
      label
    }
  }
}
    `) as unknown as TypedDocumentString<TranslationsRecordFindingMutation, TranslationsRecordFindingMutationVariables>;
export const TranslationsFindingsDocument = new TypedDocumentString(`
    query TranslationsFindings {
  findings {
    id
    text
    reasonCode {
      code
      label
    }
  }
}
    `) as unknown as TypedDocumentString<TranslationsFindingsQuery, TranslationsFindingsQueryVariables>;
export const TranslationsSubmitRequestDocument = new TypedDocumentString(`
    mutation TranslationsSubmitRequest($input: ServiceRequestInput!) {
  submitServiceRequest(input: $input) {
    token
    matched
    jobNumber
  }
}
    `) as unknown as TypedDocumentString<TranslationsSubmitRequestMutation, TranslationsSubmitRequestMutationVariables>;
export const TranslationsSetCalendarDocument = new TypedDocumentString(`
    mutation TranslationsSetCalendar($o: ID) {
  setBusinessCalendar(
    organizationId: $o
    calendar: {timeZone: "Europe/Berlin", hours: [{day: MON, intervals: ["08:00-17:00"]}]}
  ) {
    version
  }
}
    `) as unknown as TypedDocumentString<TranslationsSetCalendarMutation, TranslationsSetCalendarMutationVariables>;
export const StaffCreatePartnerDocument = new TypedDocumentString(`
    mutation StaffCreatePartner($i: PartnerInput!) {
  createPartner(input: $i) {
    id
    kind
    customerId
  }
}
    `) as unknown as TypedDocumentString<StaffCreatePartnerMutation, StaffCreatePartnerMutationVariables>;
export const StaffCreateUserDocument = new TypedDocumentString(`
    mutation StaffCreateUser($i: UserInput!) {
  createUser(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffCreateUserMutation, StaffCreateUserMutationVariables>;
export const StaffCandidatesDocument = new TypedDocumentString(`
    query StaffCandidates($j: ID!) {
  dispatchCandidates(jobId: $j) {
    partner {
      id
    }
    eligible
    reasons
    reasonCodes {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<StaffCandidatesQuery, StaffCandidatesQueryVariables>;
export const StaffAutoDocument = new TypedDocumentString(`
    mutation StaffAuto($j: ID!) {
  autoDispatch(jobId: $j) {
    partner {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<StaffAutoMutation, StaffAutoMutationVariables>;
export const StaffUpdatePartnerDocument = new TypedDocumentString(`
    mutation StaffUpdatePartner($id: ID!, $c: PartnerChangesInput!) {
  updatePartner(id: $id, changes: $c) {
    capacity
  }
}
    `) as unknown as TypedDocumentString<StaffUpdatePartnerMutation, StaffUpdatePartnerMutationVariables>;
export const StaffJobsDocument = new TypedDocumentString(`
    query StaffJobs {
  jobs(first: 200) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaffJobsQuery, StaffJobsQueryVariables>;
export const StaffSetStandardDocument = new TypedDocumentString(`
    mutation StaffSetStandard($i: QualityStandardInput!) {
  setQualityStandard(input: $i) {
    requiresCertifiedTechnician
  }
}
    `) as unknown as TypedDocumentString<StaffSetStandardMutation, StaffSetStandardMutationVariables>;
export const StaffAddCertDocument = new TypedDocumentString(`
    mutation StaffAddCert($i: TechnicianCertificationInput!) {
  addTechnicianCertification(input: $i) {
    id
    technicianId
    productLineName
    jobTypes
    valid
  }
}
    `) as unknown as TypedDocumentString<StaffAddCertMutation, StaffAddCertMutationVariables>;
export const StaffRemoveCertDocument = new TypedDocumentString(`
    mutation StaffRemoveCert($id: ID!) {
  removeTechnicianCertification(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffRemoveCertMutation, StaffRemoveCertMutationVariables>;
export const StaffCertsDocument = new TypedDocumentString(`
    query StaffCerts {
  technicianCertifications {
    id
    technicianId
  }
}
    `) as unknown as TypedDocumentString<StaffCertsQuery, StaffCertsQueryVariables>;
export const StaffGrantDocument = new TypedDocumentString(`
    mutation StaffGrant($i: CertificationInput!) {
  grantCertification(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffGrantMutation, StaffGrantMutationVariables>;
export const CustomerTrackDocument = new TypedDocumentString(`
    query CustomerTrack($t: String!) {
  trackJob(token: $t) {
    number
    status
    receivedAt
    appointmentAt
    technicianFirstName
    reportUrl
    surveyOpen
    surveyAnswered
    trackingPath
    equipment {
      serial
      model
    }
    responsible {
      organization
      name
      email
    }
    timeline {
      kind
      at
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerTrackQuery, CustomerTrackQueryVariables>;
export const CustomerLinkDocument = new TypedDocumentString(`
    query CustomerLink($id: ID!) {
  job(id: $id) {
    number
    source
    customerLinkToken
    surveyToken
  }
}
    `) as unknown as TypedDocumentString<CustomerLinkQuery, CustomerLinkQueryVariables>;
export const CustomerSubmitRequestDocument = new TypedDocumentString(`
    mutation CustomerSubmitRequest($input: ServiceRequestInput!) {
  submitServiceRequest(input: $input) {
    token
    trackingPath
    matched
    jobNumber
  }
}
    `) as unknown as TypedDocumentString<CustomerSubmitRequestMutation, CustomerSubmitRequestMutationVariables>;
export const CustomerSurveyDocument = new TypedDocumentString(`
    mutation CustomerSurvey($t: String!) {
  submitSurvey(token: $t, rating: 4) {
    rating
  }
}
    `) as unknown as TypedDocumentString<CustomerSurveyMutation, CustomerSurveyMutationVariables>;
export const CustomerRequestsDocument = new TypedDocumentString(`
    query CustomerRequests($s: ServiceRequestStatus) {
  serviceRequests(status: $s) {
    id
    status
    serial
    description
    contactName
    contactEmail
    contactPhone
    address
    jobId
    jobNumber
    handledAt
  }
}
    `) as unknown as TypedDocumentString<CustomerRequestsQuery, CustomerRequestsQueryVariables>;
export const CustomerJobFromRequestDocument = new TypedDocumentString(`
    mutation CustomerJobFromRequest($id: ID!, $s: String!) {
  createJobFromServiceRequest(id: $id, serial: $s) {
    id
    number
    status
    source
    customerLinkToken
  }
}
    `) as unknown as TypedDocumentString<CustomerJobFromRequestMutation, CustomerJobFromRequestMutationVariables>;
export const CustomerRequestHandledDocument = new TypedDocumentString(`
    mutation CustomerRequestHandled($id: ID!) {
  markServiceRequestHandled(id: $id) {
    id
    status
    handledAt
  }
}
    `) as unknown as TypedDocumentString<CustomerRequestHandledMutation, CustomerRequestHandledMutationVariables>;
export const CustomerManufacturersDocument = new TypedDocumentString(`
    query CustomerManufacturers {
  requestManufacturers {
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<CustomerManufacturersQuery, CustomerManufacturersQueryVariables>;
export const DistanceCandidatesDocument = new TypedDocumentString(`
    query DistanceCandidates($j: ID!) {
  dispatchCandidates(jobId: $j) {
    partner {
      id
    }
    eligible
    score
    distanceKm
    reasons
  }
}
    `) as unknown as TypedDocumentString<DistanceCandidatesQuery, DistanceCandidatesQueryVariables>;
export const DistanceLocateSiteDocument = new TypedDocumentString(`
    mutation DistanceLocateSite($s: String!, $l: LocationInput) {
  setSiteLocation(serial: $s, location: $l) {
    siteLatitude
    siteLongitude
  }
}
    `) as unknown as TypedDocumentString<DistanceLocateSiteMutation, DistanceLocateSiteMutationVariables>;
export const DistanceUpdatePartnerDocument = new TypedDocumentString(`
    mutation DistanceUpdatePartner($id: ID!, $c: PartnerChangesInput!) {
  updatePartner(id: $id, changes: $c) {
    latitude
    longitude
    serviceRadiusKm
  }
}
    `) as unknown as TypedDocumentString<DistanceUpdatePartnerMutation, DistanceUpdatePartnerMutationVariables>;
export const DistanceWeightDocument = new TypedDocumentString(`
    mutation DistanceWeight($w: Float!) {
  setScorecardPolicy(input: {distanceWeight: $w}) {
    distanceWeight
  }
}
    `) as unknown as TypedDocumentString<DistanceWeightMutation, DistanceWeightMutationVariables>;
export const DistancePolicyDocument = new TypedDocumentString(`
    query DistancePolicy {
  scorecardPolicy {
    distanceWeight
  }
}
    `) as unknown as TypedDocumentString<DistancePolicyQuery, DistancePolicyQueryVariables>;
export const EconomicsChargesDocument = new TypedDocumentString(`
    query EconomicsCharges($id: ID!) {
  job(id: $id) {
    charges {
      partsAmount {
        amount
        currency
      }
      laborAmount {
        amount
        currency
      }
      total {
        amount
        currency
      }
      payer
    }
  }
}
    `) as unknown as TypedDocumentString<EconomicsChargesQuery, EconomicsChargesQueryVariables>;
export const EconomicsStatementDocument = new TypedDocumentString(`
    query EconomicsStatement($p: ID!, $from: DateTime!, $to: DateTime!) {
  reimbursementStatement(partnerId: $p, from: $from, to: $to) {
    claims {
      job {
        id
      }
      total {
        amount
        currency
      }
    }
    partsTotal {
      amount
      currency
    }
    laborTotal {
      amount
      currency
    }
    total {
      amount
      currency
    }
  }
}
    `) as unknown as TypedDocumentString<EconomicsStatementQuery, EconomicsStatementQueryVariables>;
export const EconomicsSurveyDocument = new TypedDocumentString(`
    mutation EconomicsSurvey($t: String!) {
  submitSurvey(token: $t, rating: 1, comment: "Broke again after a week") {
    id
  }
}
    `) as unknown as TypedDocumentString<EconomicsSurveyMutation, EconomicsSurveyMutationVariables>;
export const EconomicsAnalysisDocument = new TypedDocumentString(`
    query EconomicsAnalysis($from: DateTime!, $to: DateTime!) {
  failureAnalysis(from: $from, to: $to) {
    model {
      id
    }
    failureCode
    jobs
    repeatRate
    meanMinutesToRepair
    lowRatings
    complaints
  }
}
    `) as unknown as TypedDocumentString<EconomicsAnalysisQuery, EconomicsAnalysisQueryVariables>;
export const EconomicsAnalysisJobsDocument = new TypedDocumentString(`
    query EconomicsAnalysisJobs($from: DateTime!, $to: DateTime!) {
  failureAnalysis(from: $from, to: $to) {
    jobs
  }
}
    `) as unknown as TypedDocumentString<EconomicsAnalysisJobsQuery, EconomicsAnalysisJobsQueryVariables>;
export const ErrorsTypenameDocument = new TypedDocumentString(`
    query ErrorsTypename {
  __typename
}
    `) as unknown as TypedDocumentString<ErrorsTypenameQuery, ErrorsTypenameQueryVariables>;
export const ErrorsMeDocument = new TypedDocumentString(`
    query ErrorsMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorsMeQuery, ErrorsMeQueryVariables>;
export const ErrorsJobCountDocument = new TypedDocumentString(`
    query ErrorsJobCount {
  jobs {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ErrorsJobCountQuery, ErrorsJobCountQueryVariables>;
export const ErrorsPartsDocument = new TypedDocumentString(`
    query ErrorsParts {
  parts {
    sku
  }
}
    `) as unknown as TypedDocumentString<ErrorsPartsQuery, ErrorsPartsQueryVariables>;
export const ErrorsPartsRequestsDocument = new TypedDocumentString(`
    query ErrorsPartsRequests {
  partsRequests {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorsPartsRequestsQuery, ErrorsPartsRequestsQueryVariables>;
export const ErrorsJobDocument = new TypedDocumentString(`
    query ErrorsJob($id: ID!) {
  job(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorsJobQuery, ErrorsJobQueryVariables>;
export const ErrorsLoginNobodyDocument = new TypedDocumentString(`
    mutation ErrorsLoginNobody {
  login(email: "nobody@x.demo", password: "demo") {
    token
  }
}
    `) as unknown as TypedDocumentString<ErrorsLoginNobodyMutation, ErrorsLoginNobodyMutationVariables>;
export const ErrorsBlankDescriptionDocument = new TypedDocumentString(`
    mutation ErrorsBlankDescription {
  createJob(input: {serial: "x", type: REPAIR, description: "   "}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorsBlankDescriptionMutation, ErrorsBlankDescriptionMutationVariables>;
export const ErrorsDescriptionDocument = new TypedDocumentString(`
    mutation ErrorsDescription($d: String!) {
  createJob(input: {serial: "x", type: REPAIR, description: $d}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorsDescriptionMutation, ErrorsDescriptionMutationVariables>;
export const ErrorsUnknownSerialDocument = new TypedDocumentString(`
    mutation ErrorsUnknownSerial {
  createJob(input: {serial: "NO-SUCH", type: REPAIR, description: "broken"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorsUnknownSerialMutation, ErrorsUnknownSerialMutationVariables>;
export const ErrorsFirstOverDocument = new TypedDocumentString(`
    query ErrorsFirstOver {
  jobs(first: 201) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ErrorsFirstOverQuery, ErrorsFirstOverQueryVariables>;
export const ErrorsBadCursorDocument = new TypedDocumentString(`
    query ErrorsBadCursor {
  jobs(after: "garbage") {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ErrorsBadCursorQuery, ErrorsBadCursorQueryVariables>;
export const ErrorsStartDocument = new TypedDocumentString(`
    mutation ErrorsStart($j: ID!) {
  startJob(jobId: $j) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorsStartMutation, ErrorsStartMutationVariables>;
export const ErrorsCancelNotUuidDocument = new TypedDocumentString(`
    mutation ErrorsCancelNotUuid {
  cancelJob(jobId: "1", reason: "x") {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorsCancelNotUuidMutation, ErrorsCancelNotUuidMutationVariables>;
export const ErrorsOfferDocument = new TypedDocumentString(`
    mutation ErrorsOffer($j: ID!, $p: [ID!]!) {
  offerJob(jobId: $j, partnerIds: $p) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorsOfferMutation, ErrorsOfferMutationVariables>;
export const ErrorsRatingOutOfRangeDocument = new TypedDocumentString(`
    mutation ErrorsRatingOutOfRange {
  submitSurvey(token: "abc", rating: 9) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorsRatingOutOfRangeMutation, ErrorsRatingOutOfRangeMutationVariables>;
export const ErrorsUnknownSurveyDocument = new TypedDocumentString(`
    mutation ErrorsUnknownSurvey {
  submitSurvey(token: "abc", rating: 4) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorsUnknownSurveyMutation, ErrorsUnknownSurveyMutationVariables>;
export const ErrorsPeriodReversedDocument = new TypedDocumentString(`
    query ErrorsPeriodReversed {
  partnerScorecards(from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z") {
    score
  }
}
    `) as unknown as TypedDocumentString<ErrorsPeriodReversedQuery, ErrorsPeriodReversedQueryVariables>;
export const ErrorsCreateWithKeyDocument = new TypedDocumentString(`
    mutation ErrorsCreateWithKey($s: String!, $k: String) {
  createJob(
    input: {serial: $s, type: MAINTENANCE, description: "other", idempotencyKey: $k}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorsCreateWithKeyMutation, ErrorsCreateWithKeyMutationVariables>;
export const ErrorsPartsRequestIdsDocument = new TypedDocumentString(`
    query ErrorsPartsRequestIds($id: ID!) {
  job(id: $id) {
    partsRequests {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ErrorsPartsRequestIdsQuery, ErrorsPartsRequestIdsQueryVariables>;
export const HeadersTypenameDocument = new TypedDocumentString(`
    query HeadersTypename {
  __typename
}
    `) as unknown as TypedDocumentString<HeadersTypenameQuery, HeadersTypenameQueryVariables>;
export const JourneyCandidatesDocument = new TypedDocumentString(`
    query JourneyCandidates($j: ID!) {
  dispatchCandidates(jobId: $j) {
    partner {
      id
    }
    eligible
    score
    reasons
  }
}
    `) as unknown as TypedDocumentString<JourneyCandidatesQuery, JourneyCandidatesQueryVariables>;
export const JourneySurveyTokenDocument = new TypedDocumentString(`
    query JourneySurveyToken($id: ID!) {
  job(id: $id) {
    surveyToken
  }
}
    `) as unknown as TypedDocumentString<JourneySurveyTokenQuery, JourneySurveyTokenQueryVariables>;
export const JourneySurveyDocument = new TypedDocumentString(`
    mutation JourneySurvey($t: String!) {
  submitSurvey(token: $t, rating: 5, comment: "Quick and friendly") {
    rating
    comment
  }
}
    `) as unknown as TypedDocumentString<JourneySurveyMutation, JourneySurveyMutationVariables>;
export const JourneySurveyAgainDocument = new TypedDocumentString(`
    mutation JourneySurveyAgain($t: String!) {
  submitSurvey(token: $t, rating: 1) {
    rating
  }
}
    `) as unknown as TypedDocumentString<JourneySurveyAgainMutation, JourneySurveyAgainMutationVariables>;
export const JourneyHistoryDocument = new TypedDocumentString(`
    query JourneyHistory($id: ID!) {
  job(id: $id) {
    events {
      kind
      actor {
        id
      }
      data
    }
  }
}
    `) as unknown as TypedDocumentString<JourneyHistoryQuery, JourneyHistoryQueryVariables>;
export const LiveDetailsMovesDocument = new TypedDocumentString(`
    subscription LiveDetailsMoves {
  serviceEvents {
    cursor
    kind
    reason
    jobMove {
      from
      to
    }
    offerMove {
      from
      to
    }
    partsMove {
      from
      to
    }
    job {
      id
      status
    }
    offer {
      id
      status
    }
    partsRequest {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<LiveDetailsMovesSubscription, LiveDetailsMovesSubscriptionVariables>;
export const LiveDetailsPendingOffersDocument = new TypedDocumentString(`
    query LiveDetailsPendingOffers {
  offers(status: [PENDING], first: 10) {
    totalCount
    edges {
      node {
        id
        status
        job {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LiveDetailsPendingOffersQuery, LiveDetailsPendingOffersQueryVariables>;
export const LiveDetailsMissedDocument = new TypedDocumentString(`
    query LiveDetailsMissed($after: String!) {
  missedEventCount(after: $after)
}
    `) as unknown as TypedDocumentString<LiveDetailsMissedQuery, LiveDetailsMissedQueryVariables>;
export const LoanerLinesDocument = new TypedDocumentString(`
    query LoanerLines {
  partsRequests {
    id
    viewerCan {
      returnLoaner
    }
    lines {
      id
      loaner
      part {
        sku
      }
      loanerReturnBy
      loanerReturnedAt
      loanerOverdue
    }
  }
}
    `) as unknown as TypedDocumentString<LoanerLinesQuery, LoanerLinesQueryVariables>;
export const LoanerReturnDocument = new TypedDocumentString(`
    mutation LoanerReturn($id: ID!, $t: String) {
  returnLoaner(lineId: $id, trackingCode: $t) {
    id
    lines {
      id
      loanerReturnedAt
      loanerReturnTrackingCode
      loanerOverdue
    }
  }
}
    `) as unknown as TypedDocumentString<LoanerReturnMutation, LoanerReturnMutationVariables>;
export const LoanerHistoryDocument = new TypedDocumentString(`
    query LoanerHistory($id: ID!) {
  job(id: $id) {
    events {
      kind
      data
    }
  }
}
    `) as unknown as TypedDocumentString<LoanerHistoryQuery, LoanerHistoryQueryVariables>;
export const MailOutboxDocument = new TypedDocumentString(`
    query MailOutbox($s: [MailStatus!]) {
  outbox(status: $s) {
    totalCount
    edges {
      cursor
      node {
        id
        kind
        status
        recipient
        subject
        messageId
        job
        attempts
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MailOutboxQuery, MailOutboxQueryVariables>;
export const MailOutboxMessageDocument = new TypedDocumentString(`
    query MailOutboxMessage($id: ID!) {
  outboxMessage(id: $id) {
    id
    subject
    text
    html
    status
  }
}
    `) as unknown as TypedDocumentString<MailOutboxMessageQuery, MailOutboxMessageQueryVariables>;
export const MailPreferencesDocument = new TypedDocumentString(`
    query MailPreferences {
  myNotificationPreferences {
    kind
    label
    enabled
  }
}
    `) as unknown as TypedDocumentString<MailPreferencesQuery, MailPreferencesQueryVariables>;
export const MailSetPreferenceDocument = new TypedDocumentString(`
    mutation MailSetPreference($k: MailKind!, $e: Boolean!) {
  setNotificationPreference(kind: $k, enabled: $e) {
    kind
    enabled
  }
}
    `) as unknown as TypedDocumentString<MailSetPreferenceMutation, MailSetPreferenceMutationVariables>;
export const MailUnsubscribeDocument = new TypedDocumentString(`
    mutation MailUnsubscribe($t: String!) {
  unsubscribeMail(token: $t) {
    address
  }
}
    `) as unknown as TypedDocumentString<MailUnsubscribeMutation, MailUnsubscribeMutationVariables>;
export const MailCustomerLinkDocument = new TypedDocumentString(`
    query MailCustomerLink($id: ID!) {
  job(id: $id) {
    customerLinkToken
  }
}
    `) as unknown as TypedDocumentString<MailCustomerLinkQuery, MailCustomerLinkQueryVariables>;
export const MaintenanceSaveLineDocument = new TypedDocumentString(`
    mutation MaintenanceSaveLine($id: ID!, $i: ProductLineInput!) {
  saveProductLine(id: $id, input: $i) {
    strategy
    maintenanceIntervalMonths
  }
}
    `) as unknown as TypedDocumentString<MaintenanceSaveLineMutation, MaintenanceSaveLineMutationVariables>;
export const MaintenanceNewLineDocument = new TypedDocumentString(`
    mutation MaintenanceNewLine($i: ProductLineInput!) {
  saveProductLine(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<MaintenanceNewLineMutation, MaintenanceNewLineMutationVariables>;
export const MaintenanceOverdueDocument = new TypedDocumentString(`
    query MaintenanceOverdue {
  jobs(filter: {maintenanceOverdue: true}) {
    edges {
      node {
        id
        type
        maintenanceDueAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MaintenanceOverdueQuery, MaintenanceOverdueQueryVariables>;
export const SplitCreatePartnerDocument = new TypedDocumentString(`
    mutation SplitCreatePartner($i: PartnerInput!) {
  createPartner(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<SplitCreatePartnerMutation, SplitCreatePartnerMutationVariables>;
export const SplitGrantCertificationDocument = new TypedDocumentString(`
    mutation SplitGrantCertification($i: CertificationInput!) {
  grantCertification(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<SplitGrantCertificationMutation, SplitGrantCertificationMutationVariables>;
export const SplitJobDocument = new TypedDocumentString(`
    mutation SplitJob($j: ID!, $c: [ComponentJobInput!]!) {
  splitJob(jobId: $j, components: $c) {
    id
    status
    componentLine {
      id
    }
    parent {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SplitJobMutation, SplitJobMutationVariables>;
export const SplitCandidatesDocument = new TypedDocumentString(`
    query SplitCandidates($j: ID!) {
  dispatchCandidates(jobId: $j) {
    partner {
      id
    }
    eligible
  }
}
    `) as unknown as TypedDocumentString<SplitCandidatesQuery, SplitCandidatesQueryVariables>;
export const SplitFamilyDocument = new TypedDocumentString(`
    query SplitFamily($id: ID!) {
  job(id: $id) {
    children {
      id
      status
    }
    events {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<SplitFamilyQuery, SplitFamilyQueryVariables>;
export const ColleaguesDocument = new TypedDocumentString(`
    query Colleagues {
  colleagues {
    id
  }
}
    `) as unknown as TypedDocumentString<ColleaguesQuery, ColleaguesQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const LiveDocument = new TypedDocumentString(`
    subscription Live($after: String) {
  serviceEvents(after: $after) {
    cursor
  }
}
    `) as unknown as TypedDocumentString<LiveSubscription, LiveSubscriptionVariables>;
export const InventedByAClientDocument = new TypedDocumentString(`
    query InventedByAClient {
  colleagues {
    id
  }
}
    `) as unknown as TypedDocumentString<InventedByAClientQuery, InventedByAClientQueryVariables>;
export const MoneySetPriceDocument = new TypedDocumentString(`
    mutation MoneySetPrice($i: PartPriceInput!) {
  setPartPrice(input: $i) {
    sku
    listPrice {
      amount
      currency
    }
  }
}
    `) as unknown as TypedDocumentString<MoneySetPriceMutation, MoneySetPriceMutationVariables>;
export const MoneySetRateDocument = new TypedDocumentString(`
    mutation MoneySetRate($id: ID!, $c: PartnerChangesInput!) {
  updatePartner(id: $id, changes: $c) {
    id
    currency
  }
}
    `) as unknown as TypedDocumentString<MoneySetRateMutation, MoneySetRateMutationVariables>;
export const MoneySetStandardDocument = new TypedDocumentString(`
    mutation MoneySetStandard($i: QualityStandardInput!) {
  setQualityStandard(input: $i) {
    laborRateCeiling {
      amount
      currency
    }
  }
}
    `) as unknown as TypedDocumentString<MoneySetStandardMutation, MoneySetStandardMutationVariables>;
export const MoneyChargesDocument = new TypedDocumentString(`
    query MoneyCharges($id: ID!) {
  job(id: $id) {
    charges {
      partsAmount {
        amount
        currency
      }
      laborAmount {
        amount
        currency
      }
      total {
        amount
        currency
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MoneyChargesQuery, MoneyChargesQueryVariables>;
export const MoneyStatementDocument = new TypedDocumentString(`
    query MoneyStatement($p: ID!, $from: DateTime!, $to: DateTime!) {
  reimbursementStatement(partnerId: $p, from: $from, to: $to) {
    claims {
      total {
        amount
        currency
      }
    }
    partsTotal {
      amount
      currency
    }
    laborTotal {
      amount
      currency
    }
    total {
      amount
      currency
    }
  }
}
    `) as unknown as TypedDocumentString<MoneyStatementQuery, MoneyStatementQueryVariables>;
export const AdminCreatePartnerDocument = new TypedDocumentString(`
    mutation AdminCreatePartner($i: PartnerInput!) {
  createPartner(input: $i) {
    id
    slug
    status
    regions
    capacity
  }
}
    `) as unknown as TypedDocumentString<AdminCreatePartnerMutation, AdminCreatePartnerMutationVariables>;
export const AdminCandidatesDocument = new TypedDocumentString(`
    query AdminCandidates($j: ID!) {
  dispatchCandidates(jobId: $j) {
    partner {
      id
    }
    eligible
    reasons
  }
}
    `) as unknown as TypedDocumentString<AdminCandidatesQuery, AdminCandidatesQueryVariables>;
export const AdminGrantCertificationDocument = new TypedDocumentString(`
    mutation AdminGrantCertification($i: CertificationInput!) {
  grantCertification(input: $i) {
    id
    valid
  }
}
    `) as unknown as TypedDocumentString<AdminGrantCertificationMutation, AdminGrantCertificationMutationVariables>;
export const AdminCreateUserDocument = new TypedDocumentString(`
    mutation AdminCreateUser($i: UserInput!) {
  createUser(input: $i) {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<AdminCreateUserMutation, AdminCreateUserMutationVariables>;
export const AdminCreateUserIdDocument = new TypedDocumentString(`
    mutation AdminCreateUserId($i: UserInput!) {
  createUser(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminCreateUserIdMutation, AdminCreateUserIdMutationVariables>;
export const AdminSetCapacityDocument = new TypedDocumentString(`
    mutation AdminSetCapacity($id: ID!, $c: PartnerChangesInput!) {
  updatePartner(id: $id, changes: $c) {
    capacity
  }
}
    `) as unknown as TypedDocumentString<AdminSetCapacityMutation, AdminSetCapacityMutationVariables>;
export const AdminUpdateStatusDocument = new TypedDocumentString(`
    mutation AdminUpdateStatus($id: ID!, $c: PartnerChangesInput!) {
  updatePartner(id: $id, changes: $c) {
    status
  }
}
    `) as unknown as TypedDocumentString<AdminUpdateStatusMutation, AdminUpdateStatusMutationVariables>;
export const AdminSetStandardDocument = new TypedDocumentString(`
    mutation AdminSetStandard($i: QualityStandardInput!) {
  setQualityStandard(input: $i) {
    responseMinutes
    checklist {
      id
    }
    requiredReportFields
  }
}
    `) as unknown as TypedDocumentString<AdminSetStandardMutation, AdminSetStandardMutationVariables>;
export const AdminSetPriceDocument = new TypedDocumentString(`
    mutation AdminSetPrice($i: PartPriceInput!) {
  setPartPrice(input: $i) {
    sku
    listPrice {
      amount
      currency
    }
  }
}
    `) as unknown as TypedDocumentString<AdminSetPriceMutation, AdminSetPriceMutationVariables>;
export const AdminCatalogueDocument = new TypedDocumentString(`
    query AdminCatalogue($m: ID) {
  parts(modelId: $m) {
    sku
    listPrice {
      amount
      currency
    }
  }
}
    `) as unknown as TypedDocumentString<AdminCatalogueQuery, AdminCatalogueQueryVariables>;
export const AdminPartsRequestsDocument = new TypedDocumentString(`
    query AdminPartsRequests($id: ID!) {
  job(id: $id) {
    partsRequests {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AdminPartsRequestsQuery, AdminPartsRequestsQueryVariables>;
export const OfferLinkViewDocument = new TypedDocumentString(`
    query OfferLinkView($t: String!) {
  mailedOffer(token: $t) {
    action
    offerId
    jobId
    jobNumber
    jobType
    productLine
    model
    siteCity
    region
    description
    priority
    partnerName
    status
    expiresAt
    usable
    blockedBy
  }
}
    `) as unknown as TypedDocumentString<OfferLinkViewQuery, OfferLinkViewQueryVariables>;
export const OfferLinkAnswerDocument = new TypedDocumentString(`
    mutation OfferLinkAnswer($t: String!, $r: String) {
  answerMailedOffer(token: $t, reason: $r) {
    action
    offer {
      offerId
      status
      usable
      blockedBy
    }
  }
}
    `) as unknown as TypedDocumentString<OfferLinkAnswerMutation, OfferLinkAnswerMutationVariables>;
export const OfferLinkJobEventsDocument = new TypedDocumentString(`
    query OfferLinkJobEvents($id: ID!) {
  job(id: $id) {
    status
    assignedPartner {
      id
    }
    offers {
      id
      status
      declineReason
    }
    events {
      kind
      actor {
        id
      }
      data
      offer {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OfferLinkJobEventsQuery, OfferLinkJobEventsQueryVariables>;
export const OnbInviteDocument = new TypedDocumentString(`
    mutation OnbInvite($e: String!, $f: String, $k: OrgKind) {
  invitePartner(email: $e, firmName: $f, kind: $k) {
    id
    email
    firmName
    state
    link
    partner {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OnbInviteMutation, OnbInviteMutationVariables>;
export const OnbInvitationsDocument = new TypedDocumentString(`
    query OnbInvitations {
  partnerInvitations {
    id
    email
    state
    registeredAt
    decidedAt
    partner {
      id
      name
      status
      regions
      capacity
      country
      address
      technicianCertifications {
        id
        productLineName
        certificate {
          id
          kind
          contentType
          url
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OnbInvitationsQuery, OnbInvitationsQueryVariables>;
export const OnbPublicDocument = new TypedDocumentString(`
    query OnbPublic($t: String!) {
  invitation(token: $t) {
    manufacturerName
    email
    firmName
    kind
    state
    firmKnown
  }
}
    `) as unknown as TypedDocumentString<OnbPublicQuery, OnbPublicQueryVariables>;
export const OnbRegisterDocument = new TypedDocumentString(`
    mutation OnbRegister($t: String!, $i: RegistrationInput!) {
  registerByInvitation(token: $t, input: $i) {
    token
    user {
      id
      email
      role
      organization {
        id
        name
        kind
        status
        regions
        country
        address
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OnbRegisterMutation, OnbRegisterMutationVariables>;
export const OnbJoinDocument = new TypedDocumentString(`
    mutation OnbJoin($t: String!) {
  joinByInvitation(token: $t) {
    id
    state
    partner {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OnbJoinMutation, OnbJoinMutationVariables>;
export const OnbApproveDocument = new TypedDocumentString(`
    mutation OnbApprove($id: ID!, $s: PartnerStatus!, $r: [String!], $c: Int) {
  approvePartner(invitationId: $id, status: $s, regions: $r, capacity: $c) {
    id
    status
    regions
    capacity
  }
}
    `) as unknown as TypedDocumentString<OnbApproveMutation, OnbApproveMutationVariables>;
export const OnbDeclineDocument = new TypedDocumentString(`
    mutation OnbDecline($id: ID!, $r: String) {
  declinePartner(invitationId: $id, reason: $r) {
    id
    state
    declineReason
  }
}
    `) as unknown as TypedDocumentString<OnbDeclineMutation, OnbDeclineMutationVariables>;
export const OnbMeDocument = new TypedDocumentString(`
    query OnbMe {
  me {
    id
    organization {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OnbMeQuery, OnbMeQueryVariables>;
export const OnbPartnersDocument = new TypedDocumentString(`
    query OnbPartners {
  partners {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<OnbPartnersQuery, OnbPartnersQueryVariables>;
export const OnbCandidatesDocument = new TypedDocumentString(`
    query OnbCandidates($j: ID!) {
  dispatchCandidates(jobId: $j) {
    partner {
      id
    }
    eligible
  }
}
    `) as unknown as TypedDocumentString<OnbCandidatesQuery, OnbCandidatesQueryVariables>;
export const OnbGrantDocument = new TypedDocumentString(`
    mutation OnbGrant($i: CertificationInput!) {
  grantCertification(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<OnbGrantMutation, OnbGrantMutationVariables>;
export const OnbCreateUserDocument = new TypedDocumentString(`
    mutation OnbCreateUser($i: UserInput!) {
  createUser(input: $i) {
    id
    role
    organization {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OnbCreateUserMutation, OnbCreateUserMutationVariables>;
export const OnbAddCertDocument = new TypedDocumentString(`
    mutation OnbAddCert($i: TechnicianCertificationInput!) {
  addTechnicianCertification(input: $i) {
    id
    technicianId
    certificate {
      id
      kind
      contentType
      url
    }
  }
}
    `) as unknown as TypedDocumentString<OnbAddCertMutation, OnbAddCertMutationVariables>;
export const OnbOffersDocument = new TypedDocumentString(`
    query OnbOffers {
  offers(status: [PENDING]) {
    edges {
      node {
        id
        job {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OnbOffersQuery, OnbOffersQueryVariables>;
export const OnbJobsDocument = new TypedDocumentString(`
    query OnbJobs {
  jobs(first: 200) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OnbJobsQuery, OnbJobsQueryVariables>;
export const OnbTrackDocument = new TypedDocumentString(`
    query OnbTrack($t: String!) {
  trackJob(token: $t) {
    number
  }
}
    `) as unknown as TypedDocumentString<OnbTrackQuery, OnbTrackQueryVariables>;
export const OnbMyFirmCertificatesDocument = new TypedDocumentString(`
    query OnbMyFirmCertificates {
  me {
    organization {
      technicianCertifications {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OnbMyFirmCertificatesQuery, OnbMyFirmCertificatesQueryVariables>;
export const OnbLoginDocument = new TypedDocumentString(`
    mutation OnbLogin($e: String!, $p: String!) {
  login(email: $e, password: $p) {
    token
    user {
      id
      organization {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OnbLoginMutation, OnbLoginMutationVariables>;
export const OnbMailedOfferDocument = new TypedDocumentString(`
    query OnbMailedOffer($t: String!) {
  mailedOffer(token: $t) {
    offerId
  }
}
    `) as unknown as TypedDocumentString<OnbMailedOfferQuery, OnbMailedOfferQueryVariables>;
export const RestartJobEventsDocument = new TypedDocumentString(`
    subscription RestartJobEvents {
  serviceEvents {
    cursor
    kind
    job {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RestartJobEventsSubscription, RestartJobEventsSubscriptionVariables>;
export const QuotesCalendarDocument = new TypedDocumentString(`
    mutation QuotesCalendar($c: BusinessCalendarInput!) {
  setBusinessCalendar(calendar: $c) {
    holidayCountry
  }
}
    `) as unknown as TypedDocumentString<QuotesCalendarMutation, QuotesCalendarMutationVariables>;
export const QuotesJobQuoteDocument = new TypedDocumentString(`
    query QuotesJobQuote($id: ID!) {
  job(id: $id) {
    status
    quote {
      id
      number
      state
      taxRate
      net {
        amount
        currency
      }
      tax {
        amount
        currency
      }
      gross {
        amount
        currency
      }
      declineReason
      lines {
        kind
        description
        quantity
        unitPrice {
          amount
          currency
        }
        amount {
          amount
          currency
        }
        part {
          sku
        }
      }
    }
    events {
      kind
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<QuotesJobQuoteQuery, QuotesJobQuoteQueryVariables>;
export const QuotesTrackDocument = new TypedDocumentString(`
    query QuotesTrack($t: String!) {
  trackJob(token: $t) {
    number
    quote {
      number
      state
      answerToken
      partnerName
      gross {
        amount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QuotesTrackQuery, QuotesTrackQueryVariables>;
export const QuotesLinkPageDocument = new TypedDocumentString(`
    query QuotesLinkPage($t: String!) {
  customerQuote(token: $t) {
    number
    state
    partnerName
    gross {
      amount
      currency
    }
    lines {
      kind
      quantity
    }
    answerToken
  }
}
    `) as unknown as TypedDocumentString<QuotesLinkPageQuery, QuotesLinkPageQueryVariables>;
export const QuotesLiveDocument = new TypedDocumentString(`
    subscription QuotesLive {
  serviceEvents {
    kind
    jobId
    reason
    job {
      id
      quote {
        number
        state
        declineReason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QuotesLiveSubscription, QuotesLiveSubscriptionVariables>;
export const QuotesMailedOfferDocument = new TypedDocumentString(`
    query QuotesMailedOffer($t: String!) {
  mailedOffer(token: $t) {
    offerId
  }
}
    `) as unknown as TypedDocumentString<QuotesMailedOfferQuery, QuotesMailedOfferQueryVariables>;
export const RacesOfferDocument = new TypedDocumentString(`
    mutation RacesOffer($j: ID!, $p: [ID!]!) {
  offerJob(jobId: $j, partnerIds: $p) {
    id
  }
}
    `) as unknown as TypedDocumentString<RacesOfferMutation, RacesOfferMutationVariables>;
export const RacesCancelDocument = new TypedDocumentString(`
    mutation RacesCancel($j: ID!, $v: Int) {
  cancelJob(jobId: $j, reason: "duplicate call", expectedVersion: $v) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<RacesCancelMutation, RacesCancelMutationVariables>;
export const RequestLogTypenameDocument = new TypedDocumentString(`
    query RequestLogTypename {
  __typename
}
    `) as unknown as TypedDocumentString<RequestLogTypenameQuery, RequestLogTypenameQueryVariables>;
export const RequestLogSignInDocument = new TypedDocumentString(`
    mutation RequestLogSignIn($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
  }
}
    `) as unknown as TypedDocumentString<RequestLogSignInMutation, RequestLogSignInMutationVariables>;
export const RequestLogCreateUserDocument = new TypedDocumentString(`
    mutation RequestLogCreateUser($input: UserInput!) {
  createUser(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RequestLogCreateUserMutation, RequestLogCreateUserMutationVariables>;
export const RequestLogColleaguesDocument = new TypedDocumentString(`
    query RequestLogColleagues {
  colleagues {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<RequestLogColleaguesQuery, RequestLogColleaguesQueryVariables>;
export const ResumeJobEventsDocument = new TypedDocumentString(`
    subscription ResumeJobEvents($after: String) {
  serviceEvents(after: $after) {
    cursor
    kind
    job {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ResumeJobEventsSubscription, ResumeJobEventsSubscriptionVariables>;
export const ResumeHistoryDocument = new TypedDocumentString(`
    query ResumeHistory($id: ID!) {
  job(id: $id) {
    events {
      cursor
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<ResumeHistoryQuery, ResumeHistoryQueryVariables>;
export const ResumeAnyEventsDocument = new TypedDocumentString(`
    subscription ResumeAnyEvents {
  serviceEvents {
    cursor
  }
}
    `) as unknown as TypedDocumentString<ResumeAnyEventsSubscription, ResumeAnyEventsSubscriptionVariables>;
export const ReturnsClaimDocument = new TypedDocumentString(`
    query ReturnsClaim($id: ID!) {
  claim(id: $id) {
    id
    state
    approved {
      amount
      currency
    }
    lines {
      id
      kind
      decision
      approvedAmount {
        amount
        currency
      }
      decisionReasonCode
      returnAuthorization {
        id
        state
        result
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReturnsClaimQuery, ReturnsClaimQueryVariables>;
export const ReturnsRequestDocument = new TypedDocumentString(`
    mutation ReturnsRequest($l: ID!, $n: String) {
  requestPartReturn(claimLineId: $l, note: $n) {
    id
    number
    state
    faultySerial
    returnBy
    requestNote
    part {
      id
    }
    partner {
      id
    }
    claimLine {
      id
    }
    viewerCan {
      ship
      receive
      inspect
    }
  }
}
    `) as unknown as TypedDocumentString<ReturnsRequestMutation, ReturnsRequestMutationVariables>;
export const ReturnsShipDocument = new TypedDocumentString(`
    mutation ReturnsShip($r: ID!, $t: String!) {
  shipPartReturn(returnId: $r, trackingCode: $t) {
    id
    state
    trackingCode
    shippedAt
  }
}
    `) as unknown as TypedDocumentString<ReturnsShipMutation, ReturnsShipMutationVariables>;
export const ReturnsReceiveDocument = new TypedDocumentString(`
    mutation ReturnsReceive($r: ID!) {
  receivePartReturn(returnId: $r) {
    id
    state
    receivedAt
  }
}
    `) as unknown as TypedDocumentString<ReturnsReceiveMutation, ReturnsReceiveMutationVariables>;
export const ReturnsInspectDocument = new TypedDocumentString(`
    mutation ReturnsInspect($r: ID!, $x: InspectionResult!, $n: String) {
  inspectPartReturn(returnId: $r, result: $x, note: $n) {
    id
    state
    result
    inspectionNote
    inspectedAt
  }
}
    `) as unknown as TypedDocumentString<ReturnsInspectMutation, ReturnsInspectMutationVariables>;
export const ReturnsListDocument = new TypedDocumentString(`
    query ReturnsList($p: ID, $s: [ReturnState!]) {
  returnAuthorizations(partnerId: $p, states: $s) {
    id
    state
    viewerCan {
      ship
      receive
      inspect
    }
  }
}
    `) as unknown as TypedDocumentString<ReturnsListQuery, ReturnsListQueryVariables>;
export const ReturnsAnalysisDocument = new TypedDocumentString(`
    query ReturnsAnalysis($from: DateTime!, $to: DateTime!) {
  failureAnalysis(from: $from, to: $to) {
    failureCode
    confirmedFaults {
      part {
        id
        sku
      }
      count
    }
  }
}
    `) as unknown as TypedDocumentString<ReturnsAnalysisQuery, ReturnsAnalysisQueryVariables>;
export const ReturnsSendBackDocument = new TypedDocumentString(`
    mutation ReturnsSendBack($c: ID!, $q: String!) {
  sendBackClaim(claimId: $c, question: $q) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ReturnsSendBackMutation, ReturnsSendBackMutationVariables>;
export const ReturnsEditClaimDocument = new TypedDocumentString(`
    mutation ReturnsEditClaim($c: ID!, $l: [ClaimLineInput!]!) {
  updateClaim(claimId: $c, lines: $l) {
    id
    lines {
      id
      kind
      returnAuthorization {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReturnsEditClaimMutation, ReturnsEditClaimMutationVariables>;
export const ReturnsOneDocument = new TypedDocumentString(`
    query ReturnsOne($s: [ReturnState!]) {
  returnAuthorizations(states: $s) {
    id
    claimLine {
      id
    }
    claim {
      id
    }
    faultySerial
  }
}
    `) as unknown as TypedDocumentString<ReturnsOneQuery, ReturnsOneQueryVariables>;
export const ReturnsReviewDocument = new TypedDocumentString(`
    mutation ReturnsReview($c: ID!, $l: [ClaimLineDecisionInput!]!) {
  reviewClaim(claimId: $c, lines: $l) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ReturnsReviewMutation, ReturnsReviewMutationVariables>;
export const ReturnsLiveDocument = new TypedDocumentString(`
    subscription ReturnsLive {
  serviceEvents {
    kind
    jobId
    returnAuthorization {
      id
      state
    }
  }
}
    `) as unknown as TypedDocumentString<ReturnsLiveSubscription, ReturnsLiveSubscriptionVariables>;
export const ScorecardClaimsDraftsDocument = new TypedDocumentString(`
    query ScorecardClaimsDrafts {
  claims(states: [DRAFT]) {
    id
    job {
      id
    }
    lines {
      id
      kind
      minutes
    }
  }
}
    `) as unknown as TypedDocumentString<ScorecardClaimsDraftsQuery, ScorecardClaimsDraftsQueryVariables>;
export const ScorecardClaimsUpdateDocument = new TypedDocumentString(`
    mutation ScorecardClaimsUpdate($id: ID!, $lines: [ClaimLineInput!]!) {
  updateClaim(claimId: $id, lines: $lines) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScorecardClaimsUpdateMutation, ScorecardClaimsUpdateMutationVariables>;
export const ScorecardClaimsSubmitDocument = new TypedDocumentString(`
    mutation ScorecardClaimsSubmit($id: ID!) {
  submitClaim(claimId: $id) {
    id
    claimed {
      amount
      currency
    }
    lines {
      id
      kind
      amount {
        amount
        currency
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScorecardClaimsSubmitMutation, ScorecardClaimsSubmitMutationVariables>;
export const ScorecardClaimsReviewDocument = new TypedDocumentString(`
    mutation ScorecardClaimsReview($id: ID!, $lines: [ClaimLineDecisionInput!]!) {
  reviewClaim(claimId: $id, lines: $lines) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ScorecardClaimsReviewMutation, ScorecardClaimsReviewMutationVariables>;
export const ScorecardClaimsCardsDocument = new TypedDocumentString(`
    query ScorecardClaimsCards($from: DateTime!, $to: DateTime!) {
  partnerScorecards(from: $from, to: $to) {
    partner {
      id
    }
    jobsCompleted
    claimRejectionRate
    claimPerJob {
      amount
      currency
    }
    networkMedianClaimPerJob {
      amount
      currency
    }
    medianHoursToSubmit
  }
}
    `) as unknown as TypedDocumentString<ScorecardClaimsCardsQuery, ScorecardClaimsCardsQueryVariables>;
export const ScorecardClaimsDetailDocument = new TypedDocumentString(`
    query ScorecardClaimsDetail($p: ID!, $from: DateTime!, $to: DateTime!) {
  partnerScorecard(partnerId: $p, from: $from, to: $to) {
    card {
      claimRejectionRate
      claimPerJob {
        amount
        currency
      }
      networkMedianClaimPerJob {
        amount
        currency
      }
      medianHoursToSubmit
    }
    weeks {
      networkMedianClaimPerJob {
        amount
        currency
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScorecardClaimsDetailQuery, ScorecardClaimsDetailQueryVariables>;
export const ScorecardSurveyDocument = new TypedDocumentString(`
    mutation ScorecardSurvey($t: String!, $r: Int!) {
  submitSurvey(token: $t, rating: $r) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScorecardSurveyMutation, ScorecardSurveyMutationVariables>;
export const ScorecardPausedDocument = new TypedDocumentString(`
    query ScorecardPaused($id: ID!) {
  job(id: $id) {
    resolutionPausedMinutes
  }
}
    `) as unknown as TypedDocumentString<ScorecardPausedQuery, ScorecardPausedQueryVariables>;
export const ScorecardCardsDocument = new TypedDocumentString(`
    query ScorecardCards($from: DateTime!, $to: DateTime!) {
  partnerScorecards(from: $from, to: $to) {
    partner {
      id
    }
    offersReceived
    offersAccepted
    offersDeclined
    acceptanceRate
    refusalRate
    medianMinutesToAccept
    slaResponseCompliance
    slaResolutionCompliance
    jobsCompleted
    firstTimeFixRate
    reopenRate
    qualityGateFailures
    priceRefusals
    priceCompliance
    partsPerJob
    meanSatisfaction
    score
  }
}
    `) as unknown as TypedDocumentString<ScorecardCardsQuery, ScorecardCardsQueryVariables>;
export const ScorecardDetailDocument = new TypedDocumentString(`
    query ScorecardDetail($p: ID!, $from: DateTime!, $to: DateTime!) {
  partnerScorecard(partnerId: $p, from: $from, to: $to) {
    card {
      score
    }
    weeks {
      from
      jobsCompleted
    }
    jobsBehind {
      figure
      jobs {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScorecardDetailQuery, ScorecardDetailQueryVariables>;
export const ScorecardCardDocument = new TypedDocumentString(`
    query ScorecardCard($p: ID!, $from: DateTime!, $to: DateTime!) {
  partnerScorecard(partnerId: $p, from: $from, to: $to) {
    card {
      score
    }
  }
}
    `) as unknown as TypedDocumentString<ScorecardCardQuery, ScorecardCardQueryVariables>;
export const ScorecardSetPolicyDocument = new TypedDocumentString(`
    mutation ScorecardSetPolicy($i: ScorecardPolicyInput!) {
  setScorecardPolicy(input: $i) {
    probationBelow
    suspendBelow
    recoverAt
  }
}
    `) as unknown as TypedDocumentString<ScorecardSetPolicyMutation, ScorecardSetPolicyMutationVariables>;
export const ScorecardEvaluateDocument = new TypedDocumentString(`
    mutation ScorecardEvaluate {
  evaluatePartnerStatuses {
    partner {
      id
    }
    from
    to
    reason
    score
  }
}
    `) as unknown as TypedDocumentString<ScorecardEvaluateMutation, ScorecardEvaluateMutationVariables>;
export const ScorecardCandidatesDocument = new TypedDocumentString(`
    query ScorecardCandidates($j: ID!) {
  dispatchCandidates(jobId: $j) {
    partner {
      id
    }
    eligible
    reasons
  }
}
    `) as unknown as TypedDocumentString<ScorecardCandidatesQuery, ScorecardCandidatesQueryVariables>;
export const ScorecardPolicyRecoverDocument = new TypedDocumentString(`
    mutation ScorecardPolicyRecover {
  setScorecardPolicy(input: {recoverAt: 10}) {
    recoverAt
  }
}
    `) as unknown as TypedDocumentString<ScorecardPolicyRecoverMutation, ScorecardPolicyRecoverMutationVariables>;
export const ScorecardPolicyReversedDocument = new TypedDocumentString(`
    mutation ScorecardPolicyReversed {
  setScorecardPolicy(input: {suspendBelow: 90, probationBelow: 50}) {
    recoverAt
  }
}
    `) as unknown as TypedDocumentString<ScorecardPolicyReversedMutation, ScorecardPolicyReversedMutationVariables>;
export const ScorecardRecordFindingDocument = new TypedDocumentString(`
    mutation ScorecardRecordFinding($i: RecordFindingInput!) {
  recordFinding(input: $i) {
    id
    severity
    overdue
    partner {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ScorecardRecordFindingMutation, ScorecardRecordFindingMutationVariables>;
export const ScorecardRecordFindingIdDocument = new TypedDocumentString(`
    mutation ScorecardRecordFindingId($i: RecordFindingInput!) {
  recordFinding(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScorecardRecordFindingIdMutation, ScorecardRecordFindingIdMutationVariables>;
export const ScorecardFindingsDocument = new TypedDocumentString(`
    query ScorecardFindings($overdue: Boolean) {
  findings(overdue: $overdue) {
    id
    acknowledgedAt
    actionTaken
    overdue
  }
}
    `) as unknown as TypedDocumentString<ScorecardFindingsQuery, ScorecardFindingsQueryVariables>;
export const ScorecardAcknowledgeIdDocument = new TypedDocumentString(`
    mutation ScorecardAcknowledgeId($id: ID!) {
  acknowledgeFinding(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScorecardAcknowledgeIdMutation, ScorecardAcknowledgeIdMutationVariables>;
export const ScorecardAcknowledgeDocument = new TypedDocumentString(`
    mutation ScorecardAcknowledge($id: ID!) {
  acknowledgeFinding(id: $id) {
    acknowledgedAt
  }
}
    `) as unknown as TypedDocumentString<ScorecardAcknowledgeMutation, ScorecardAcknowledgeMutationVariables>;
export const ScorecardReportActionDocument = new TypedDocumentString(`
    mutation ScorecardReportAction($id: ID!) {
  reportCorrectiveAction(
    id: $id
    actionTaken: "Technicians retrained on the photo step"
  ) {
    actionTaken
  }
}
    `) as unknown as TypedDocumentString<ScorecardReportActionMutation, ScorecardReportActionMutationVariables>;
export const SecurityJobEventsDocument = new TypedDocumentString(`
    subscription SecurityJobEvents($after: String) {
  serviceEvents(after: $after) {
    cursor
    job {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityJobEventsSubscription, SecurityJobEventsSubscriptionVariables>;
export const SecurityAnyEventsDocument = new TypedDocumentString(`
    subscription SecurityAnyEvents {
  serviceEvents {
    cursor
  }
}
    `) as unknown as TypedDocumentString<SecurityAnyEventsSubscription, SecurityAnyEventsSubscriptionVariables>;
export const SecurityMeDocument = new TypedDocumentString(`
    query SecurityMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityMeQuery, SecurityMeQueryVariables>;
export const SeedMeDocument = new TypedDocumentString(`
    query SeedMe {
  me {
    email
  }
}
    `) as unknown as TypedDocumentString<SeedMeQuery, SeedMeQueryVariables>;
export const SeedScorecardsDocument = new TypedDocumentString(`
    query SeedScorecards($from: DateTime!, $to: DateTime!) {
  partnerScorecards(from: $from, to: $to) {
    offersReceived
    offersAccepted
    jobsCompleted
    acceptanceRate
    slaResponseCompliance
    slaResolutionCompliance
    firstTimeFixRate
    meanSatisfaction
    score
  }
}
    `) as unknown as TypedDocumentString<SeedScorecardsQuery, SeedScorecardsQueryVariables>;
export const SlaAutoDispatchDocument = new TypedDocumentString(`
    mutation SlaAutoDispatch($j: ID!) {
  autoDispatch(jobId: $j) {
    id
    partner {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SlaAutoDispatchMutation, SlaAutoDispatchMutationVariables>;
export const SlaPendingDocument = new TypedDocumentString(`
    query SlaPending($id: ID!) {
  job(id: $id) {
    status
    offers {
      status
      automatic
      partner {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SlaPendingQuery, SlaPendingQueryVariables>;
export const SlaBreachesDocument = new TypedDocumentString(`
    query SlaBreaches($id: ID!) {
  job(id: $id) {
    responseBreachedAt
    resolutionBreachedAt
  }
}
    `) as unknown as TypedDocumentString<SlaBreachesQuery, SlaBreachesQueryVariables>;
export const SlaResolutionDueDocument = new TypedDocumentString(`
    query SlaResolutionDue($id: ID!) {
  job(id: $id) {
    resolutionDueAt
  }
}
    `) as unknown as TypedDocumentString<SlaResolutionDueQuery, SlaResolutionDueQueryVariables>;
export const SlaPausedAtDocument = new TypedDocumentString(`
    query SlaPausedAt($id: ID!) {
  job(id: $id) {
    resolutionPausedAt
  }
}
    `) as unknown as TypedDocumentString<SlaPausedAtQuery, SlaPausedAtQueryVariables>;
export const SlaResolutionClockDocument = new TypedDocumentString(`
    query SlaResolutionClock($id: ID!) {
  job(id: $id) {
    resolutionDueAt
    resolutionPausedAt
    resolutionPausedMinutes
  }
}
    `) as unknown as TypedDocumentString<SlaResolutionClockQuery, SlaResolutionClockQueryVariables>;
export const SlowSubscriberCursorsDocument = new TypedDocumentString(`
    subscription SlowSubscriberCursors($after: String) {
  serviceEvents(after: $after) {
    cursor
  }
}
    `) as unknown as TypedDocumentString<SlowSubscriberCursorsSubscription, SlowSubscriberCursorsSubscriptionVariables>;
export const StartupTypenameDocument = new TypedDocumentString(`
    query StartupTypename {
  __typename
}
    `) as unknown as TypedDocumentString<StartupTypenameQuery, StartupTypenameQueryVariables>;
export const TechScheduleJobDocument = new TypedDocumentString(`
    mutation TechScheduleJob($j: ID!, $a: DateTime!, $t: ID, $d: Int) {
  scheduleJob(jobId: $j, appointmentAt: $a, technicianId: $t, durationMinutes: $d) {
    id
    status
    appointmentAt
    appointmentMinutes
    appointmentEndsAt
    siteTimeZone
    technician {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TechScheduleJobMutation, TechScheduleJobMutationVariables>;
export const TechSetHoursDocument = new TypedDocumentString(`
    mutation TechSetHours($t: ID!, $h: [WorkingHoursInput!]) {
  setTechnicianHours(technicianId: $t, hours: $h) {
    technicianId
    ownHours
    timeZone
    hours {
      day
      intervals
    }
  }
}
    `) as unknown as TypedDocumentString<TechSetHoursMutation, TechSetHoursMutationVariables>;
export const TechAddAbsenceDocument = new TypedDocumentString(`
    mutation TechAddAbsence($i: TechnicianAbsenceInput!) {
  addTechnicianAbsence(input: $i) {
    id
    technicianId
    startsAt
    endsAt
    kind
    note
  }
}
    `) as unknown as TypedDocumentString<TechAddAbsenceMutation, TechAddAbsenceMutationVariables>;
export const TechRemoveAbsenceDocument = new TypedDocumentString(`
    mutation TechRemoveAbsence($id: ID!) {
  removeTechnicianAbsence(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<TechRemoveAbsenceMutation, TechRemoveAbsenceMutationVariables>;
export const TechSchedulesDocument = new TypedDocumentString(`
    query TechSchedules($from: DateTime!, $to: DateTime!, $t: ID) {
  technicianSchedules(from: $from, to: $to, technicianId: $t) {
    technicianId
    name
    ownHours
    timeZone
    hours {
      day
      intervals
    }
    technician {
      id
      email
    }
    absences {
      id
      startsAt
      endsAt
      kind
      note
    }
    appointments {
      jobId
      jobNumber
      status
      startsAt
      endsAt
      minutes
      siteTimeZone
      job {
        id
        number
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TechSchedulesQuery, TechSchedulesQueryVariables>;
export const TechJobTimeDocument = new TypedDocumentString(`
    query TechJobTime($id: ID!) {
  job(id: $id) {
    appointmentAt
    appointmentMinutes
    appointmentEndsAt
    siteTimeZone
    qualityStandard {
      appointmentMinutes
    }
    events {
      kind
      data
    }
  }
}
    `) as unknown as TypedDocumentString<TechJobTimeQuery, TechJobTimeQueryVariables>;
export const TechSetPolicyDocument = new TypedDocumentString(`
    mutation TechSetPolicy($m: Int!) {
  setScorecardPolicy(input: {punctualityToleranceMinutes: $m}) {
    punctualityToleranceMinutes
  }
}
    `) as unknown as TypedDocumentString<TechSetPolicyMutation, TechSetPolicyMutationVariables>;
export const TechCardsDocument = new TypedDocumentString(`
    query TechCards($from: DateTime!, $to: DateTime!) {
  partnerScorecards(from: $from, to: $to) {
    partner {
      id
    }
    appointmentsKept
    appointmentsMissed
    punctuality
  }
}
    `) as unknown as TypedDocumentString<TechCardsQuery, TechCardsQueryVariables>;
export const UploadsAttachmentsDocument = new TypedDocumentString(`
    query UploadsAttachments($id: ID!) {
  job(id: $id) {
    id
    attachments {
      id
      kind
      contentType
      byteSize
      width
      height
      signerName
      signedAt
      createdAt
      uploadedBy {
        id
      }
      url
      thumbnailUrl
    }
  }
}
    `) as unknown as TypedDocumentString<UploadsAttachmentsQuery, UploadsAttachmentsQueryVariables>;
export const UploadsSetStandardDocument = new TypedDocumentString(`
    mutation UploadsSetStandard($i: QualityStandardInput!) {
  setQualityStandard(input: $i) {
    id
    minPhotos
    keepPhotoLocation
    requiresPhoto
  }
}
    `) as unknown as TypedDocumentString<UploadsSetStandardMutation, UploadsSetStandardMutationVariables>;
export const UploadsCompleteDocument = new TypedDocumentString(`
    mutation UploadsComplete($input: CompleteJobInput!) {
  completeJob(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<UploadsCompleteMutation, UploadsCompleteMutationVariables>;
export const LanguageSetPreferencesDocument = new TypedDocumentString(`
    mutation LanguageSetPreferences($input: PreferencesInput!) {
  setMyPreferences(input: $input) {
    id
    locale
    timeZone
  }
}
    `) as unknown as TypedDocumentString<LanguageSetPreferencesMutation, LanguageSetPreferencesMutationVariables>;
export const LanguageMeDocument = new TypedDocumentString(`
    query LanguageMe {
  me {
    id
    locale
    timeZone
  }
}
    `) as unknown as TypedDocumentString<LanguageMeQuery, LanguageMeQueryVariables>;
export const LanguageSignInDocument = new TypedDocumentString(`
    mutation LanguageSignIn($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    user {
      email
      locale
      timeZone
    }
  }
}
    `) as unknown as TypedDocumentString<LanguageSignInMutation, LanguageSignInMutationVariables>;
export const LanguageCandidatesDocument = new TypedDocumentString(`
    query LanguageCandidates($j: ID!) {
  dispatchCandidates(jobId: $j) {
    partner {
      id
      slug
    }
    eligible
    reasons
    reasonCodes {
      code
      params
      text
    }
  }
}
    `) as unknown as TypedDocumentString<LanguageCandidatesQuery, LanguageCandidatesQueryVariables>;
export const LanguageJobEventsDocument = new TypedDocumentString(`
    query LanguageJobEvents($id: ID!) {
  job(id: $id) {
    events {
      kind
      missing
      missingCodes {
        code
        params
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LanguageJobEventsQuery, LanguageJobEventsQueryVariables>;
export const VisibilityJobsDocument = new TypedDocumentString(`
    query VisibilityJobs {
  jobs(first: 200) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VisibilityJobsQuery, VisibilityJobsQueryVariables>;
export const VisibilityCancelDocument = new TypedDocumentString(`
    mutation VisibilityCancel($j: ID!) {
  cancelJob(jobId: $j, reason: "x") {
    id
  }
}
    `) as unknown as TypedDocumentString<VisibilityCancelMutation, VisibilityCancelMutationVariables>;
export const VisibilityEquipmentDocument = new TypedDocumentString(`
    query VisibilityEquipment($s: String!) {
  equipmentBySerial(serial: $s) {
    id
  }
}
    `) as unknown as TypedDocumentString<VisibilityEquipmentQuery, VisibilityEquipmentQueryVariables>;
export const VisibilityPartsDocument = new TypedDocumentString(`
    query VisibilityParts {
  parts {
    sku
  }
}
    `) as unknown as TypedDocumentString<VisibilityPartsQuery, VisibilityPartsQueryVariables>;
export const VisibilityOffersDocument = new TypedDocumentString(`
    query VisibilityOffers($id: ID!) {
  job(id: $id) {
    id
    offers {
      id
      partner {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VisibilityOffersQuery, VisibilityOffersQueryVariables>;
export const VisibilityJobCountDocument = new TypedDocumentString(`
    query VisibilityJobCount {
  jobs {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<VisibilityJobCountQuery, VisibilityJobCountQueryVariables>;
export const VisibilityHeldByDocument = new TypedDocumentString(`
    query VisibilityHeldBy($id: ID!) {
  job(id: $id) {
    id
    assignedPartner {
      id
    }
    offers {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<VisibilityHeldByQuery, VisibilityHeldByQueryVariables>;
export const VisibilityCloseDocument = new TypedDocumentString(`
    mutation VisibilityClose($j: ID!) {
  closeJob(jobId: $j) {
    id
  }
}
    `) as unknown as TypedDocumentString<VisibilityCloseMutation, VisibilityCloseMutationVariables>;
export const VisibilityScoresDocument = new TypedDocumentString(`
    query VisibilityScores {
  partnerScorecards(from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z") {
    score
  }
}
    `) as unknown as TypedDocumentString<VisibilityScoresQuery, VisibilityScoresQueryVariables>;
export const VisibilityScorecardsDocument = new TypedDocumentString(`
    query VisibilityScorecards($from: DateTime!, $to: DateTime!) {
  partnerScorecards(from: $from, to: $to) {
    partner {
      id
    }
    offersReceived
  }
}
    `) as unknown as TypedDocumentString<VisibilityScorecardsQuery, VisibilityScorecardsQueryVariables>;
export const WriteStatementsCreateJobDocument = new TypedDocumentString(`
    mutation WriteStatementsCreateJob($input: CreateJobInput!) {
  createJob(input: $input) {
    id
    number
    status
  }
}
    `) as unknown as TypedDocumentString<WriteStatementsCreateJobMutation, WriteStatementsCreateJobMutationVariables>;
export const WriteStatementsAcceptOfferDocument = new TypedDocumentString(`
    mutation WriteStatementsAcceptOffer($offerId: ID!) {
  acceptOffer(offerId: $offerId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WriteStatementsAcceptOfferMutation, WriteStatementsAcceptOfferMutationVariables>;
export const ReturnsClaimsDocument = new TypedDocumentString(`
    query ReturnsClaims($p: ID) {
  claims(partnerId: $p) {
    id
    state
    job {
      id
    }
    lines {
      id
      kind
      decision
      part {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReturnsClaimsQuery, ReturnsClaimsQueryVariables>;
export const ReturnsPartsLinesDocument = new TypedDocumentString(`
    query ReturnsPartsLines($id: ID!) {
  job(id: $id) {
    partsRequests {
      lines {
        id
        part {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReturnsPartsLinesQuery, ReturnsPartsLinesQueryVariables>;
export const ReturnsUpdateClaimDocument = new TypedDocumentString(`
    mutation ReturnsUpdateClaim($c: ID!, $l: [ClaimLineInput!]!) {
  updateClaim(claimId: $c, lines: $l) {
    id
    lines {
      id
      kind
      faultySerial
    }
  }
}
    `) as unknown as TypedDocumentString<ReturnsUpdateClaimMutation, ReturnsUpdateClaimMutationVariables>;
export const ReturnsSubmitClaimDocument = new TypedDocumentString(`
    mutation ReturnsSubmitClaim($c: ID!) {
  submitClaim(claimId: $c) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ReturnsSubmitClaimMutation, ReturnsSubmitClaimMutationVariables>;
export const ReturnsReviewClaimDocument = new TypedDocumentString(`
    mutation ReturnsReviewClaim($c: ID!, $l: [ClaimLineDecisionInput!]!) {
  reviewClaim(claimId: $c, lines: $l) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ReturnsReviewClaimMutation, ReturnsReviewClaimMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($e: String!, $p: String!) {
  login(email: $e, password: $p) {
    token
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const ServiceEventsDocument = new TypedDocumentString(`
    subscription ServiceEvents($after: String, $jobId: ID) {
  serviceEvents(after: $after, jobId: $jobId) {
    cursor
    kind
    at
    job {
      id
      status
    }
    offer {
      id
      status
      partner {
        id
      }
    }
    partsRequest {
      id
      status
    }
    actor {
      id
    }
    data
  }
}
    `) as unknown as TypedDocumentString<ServiceEventsSubscription, ServiceEventsSubscriptionVariables>;
export const CreateJobDocument = new TypedDocumentString(`
    mutation CreateJob($input: CreateJobInput!) {
  createJob(input: $input) {
    ...JobFields
  }
}
    fragment JobFields on ServiceJob {
  id
  number
  status
  coverage
  priority
  version
  assignedPartner {
    id
  }
  technician {
    id
  }
  responseDueAt
  resolutionDueAt
}`) as unknown as TypedDocumentString<CreateJobMutation, CreateJobMutationVariables>;
export const OfferJobDocument = new TypedDocumentString(`
    mutation OfferJob($j: ID!, $p: [ID!]!, $m: Int) {
  offerJob(jobId: $j, partnerIds: $p, expiresInMinutes: $m) {
    id
    status
    expiresAt
    partner {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OfferJobMutation, OfferJobMutationVariables>;
export const AcceptOfferDocument = new TypedDocumentString(`
    mutation AcceptOffer($o: ID!) {
  acceptOffer(offerId: $o) {
    ...JobFields
  }
}
    fragment JobFields on ServiceJob {
  id
  number
  status
  coverage
  priority
  version
  assignedPartner {
    id
  }
  technician {
    id
  }
  responseDueAt
  resolutionDueAt
}`) as unknown as TypedDocumentString<AcceptOfferMutation, AcceptOfferMutationVariables>;
export const DeclineOfferDocument = new TypedDocumentString(`
    mutation DeclineOffer($o: ID!, $r: String!) {
  declineOffer(offerId: $o, reason: $r) {
    id
    status
    declineReason
  }
}
    `) as unknown as TypedDocumentString<DeclineOfferMutation, DeclineOfferMutationVariables>;
export const ScheduleJobDocument = new TypedDocumentString(`
    mutation ScheduleJob($j: ID!, $a: DateTime!, $t: ID) {
  scheduleJob(jobId: $j, appointmentAt: $a, technicianId: $t) {
    ...JobFields
  }
}
    fragment JobFields on ServiceJob {
  id
  number
  status
  coverage
  priority
  version
  assignedPartner {
    id
  }
  technician {
    id
  }
  responseDueAt
  resolutionDueAt
}`) as unknown as TypedDocumentString<ScheduleJobMutation, ScheduleJobMutationVariables>;
export const StartJobDocument = new TypedDocumentString(`
    mutation StartJob($j: ID!) {
  startJob(jobId: $j) {
    ...JobFields
  }
}
    fragment JobFields on ServiceJob {
  id
  number
  status
  coverage
  priority
  version
  assignedPartner {
    id
  }
  technician {
    id
  }
  responseDueAt
  resolutionDueAt
}`) as unknown as TypedDocumentString<StartJobMutation, StartJobMutationVariables>;
export const RequestPartsDocument = new TypedDocumentString(`
    mutation RequestParts($input: RequestPartsInput!) {
  requestParts(input: $input) {
    id
    status
    lines {
      part {
        sku
      }
      quantity
      approvedQuantity
    }
  }
}
    `) as unknown as TypedDocumentString<RequestPartsMutation, RequestPartsMutationVariables>;
export const DecidePartsRequestDocument = new TypedDocumentString(`
    mutation DecidePartsRequest($input: DecidePartsRequestInput!) {
  decidePartsRequest(input: $input) {
    id
    status
    lines {
      part {
        sku
      }
      quantity
      approvedQuantity
    }
  }
}
    `) as unknown as TypedDocumentString<DecidePartsRequestMutation, DecidePartsRequestMutationVariables>;
export const ShipPartsRequestDocument = new TypedDocumentString(`
    mutation ShipPartsRequest($id: ID!, $t: String) {
  shipPartsRequest(id: $id, trackingCode: $t) {
    id
    status
    trackingCode
  }
}
    `) as unknown as TypedDocumentString<ShipPartsRequestMutation, ShipPartsRequestMutationVariables>;
export const ReceivePartsRequestDocument = new TypedDocumentString(`
    mutation ReceivePartsRequest($id: ID!) {
  receivePartsRequest(id: $id) {
    id
    status
    job {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ReceivePartsRequestMutation, ReceivePartsRequestMutationVariables>;
export const CompleteJobDocument = new TypedDocumentString(`
    mutation CompleteJob($input: CompleteJobInput!) {
  completeJob(input: $input) {
    ...JobFields
  }
}
    fragment JobFields on ServiceJob {
  id
  number
  status
  coverage
  priority
  version
  assignedPartner {
    id
  }
  technician {
    id
  }
  responseDueAt
  resolutionDueAt
}`) as unknown as TypedDocumentString<CompleteJobMutation, CompleteJobMutationVariables>;
export const CloseJobDocument = new TypedDocumentString(`
    mutation CloseJob($j: ID!) {
  closeJob(jobId: $j) {
    ...JobFields
    surveyToken
  }
}
    fragment JobFields on ServiceJob {
  id
  number
  status
  coverage
  priority
  version
  assignedPartner {
    id
  }
  technician {
    id
  }
  responseDueAt
  resolutionDueAt
}`) as unknown as TypedDocumentString<CloseJobMutation, CloseJobMutationVariables>;
export const ReopenJobDocument = new TypedDocumentString(`
    mutation ReopenJob($j: ID!, $r: String!) {
  reopenJob(jobId: $j, reason: $r) {
    ...JobFields
  }
}
    fragment JobFields on ServiceJob {
  id
  number
  status
  coverage
  priority
  version
  assignedPartner {
    id
  }
  technician {
    id
  }
  responseDueAt
  resolutionDueAt
}`) as unknown as TypedDocumentString<ReopenJobMutation, ReopenJobMutationVariables>;
export const CancelJobDocument = new TypedDocumentString(`
    mutation CancelJob($j: ID!, $r: String!) {
  cancelJob(jobId: $j, reason: $r) {
    ...JobFields
  }
}
    fragment JobFields on ServiceJob {
  id
  number
  status
  coverage
  priority
  version
  assignedPartner {
    id
  }
  technician {
    id
  }
  responseDueAt
  resolutionDueAt
}`) as unknown as TypedDocumentString<CancelJobMutation, CancelJobMutationVariables>;
export const JobDocument = new TypedDocumentString(`
    query Job($id: ID!) {
  job(id: $id) {
    ...JobFields
  }
}
    fragment JobFields on ServiceJob {
  id
  number
  status
  coverage
  priority
  version
  assignedPartner {
    id
  }
  technician {
    id
  }
  responseDueAt
  resolutionDueAt
}`) as unknown as TypedDocumentString<JobQuery, JobQueryVariables>;
export const SendQuoteDocument = new TypedDocumentString(`
    mutation SendQuote($j: ID!, $l: [QuoteLineInput!]!, $d: Int) {
  sendQuote(jobId: $j, lines: $l, validDays: $d) {
    id
    number
    state
    net {
      amount
      currency
    }
    taxRate
    tax {
      amount
      currency
    }
    gross {
      amount
      currency
    }
  }
}
    `) as unknown as TypedDocumentString<SendQuoteMutation, SendQuoteMutationVariables>;
export const QuoteCustomerLinkDocument = new TypedDocumentString(`
    query QuoteCustomerLink($id: ID!) {
  job(id: $id) {
    customerLinkToken
  }
}
    `) as unknown as TypedDocumentString<QuoteCustomerLinkQuery, QuoteCustomerLinkQueryVariables>;
export const TrackedQuoteDocument = new TypedDocumentString(`
    query TrackedQuote($t: String!) {
  trackJob(token: $t) {
    quote {
      number
      state
      answerToken
      gross {
        amount
        currency
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrackedQuoteQuery, TrackedQuoteQueryVariables>;
export const AnswerQuoteDocument = new TypedDocumentString(`
    mutation AnswerQuote($t: String!, $a: Boolean!, $r: String) {
  answerQuote(token: $t, accept: $a, reason: $r) {
    number
    state
    answeredAt
    declineReason
    answerToken
  }
}
    `) as unknown as TypedDocumentString<AnswerQuoteMutation, AnswerQuoteMutationVariables>;