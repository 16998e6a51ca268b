import { registerEnumType } from 'type-graphql';
import { OrgKind, PartnerStatus, Role } from '../modules/network/network.enums.js';
import { ServiceStrategy } from '../modules/catalog/catalog.enums.js';
import { Coverage, JobSource, JobStatus, JobType } from '../modules/job/job.enums.js';
import { OfferStatus } from '../modules/dispatch/offer.enums.js';
import { OfferLinkAction, OfferLinkBlock } from '../modules/dispatch/offer-links.js';
import { PartsRequestStatus } from '../modules/parts/parts.enums.js';
import { EventKind } from '../modules/events/event.enums.js';
import { FindingSeverity } from '../modules/audit/audit.enums.js';
import { Capability } from '../modules/access/policy.js';
import { AttachmentKind } from '../modules/files/files.enums.js';
import { CustomerJobStatus, CustomerStepKind, ServiceRequestStatus } from '../modules/customer/customer.enums.js';
import { MailKind, MailStatus } from '../modules/mail/mail.enums.js';
import { SlaTime } from '../modules/calendar/sla-time.js';
import { Weekday } from '../modules/org-calendar/org-calendar.types.js';
import { AbsenceKind } from '../modules/schedule/schedule.enums.js';
import { ReasonKind } from '../modules/reason/reason.enums.js';
import { ClaimLineDecision, ClaimState } from '../modules/billing/claim.enums.js';
import { InvitationState } from '../modules/onboarding/onboarding.enums.js';
import { QuoteState } from '../modules/quote/quote.enums.js';
import { ClaimLineKind } from '../shared/claim-line-kind.js';
import { InspectionResult, ReturnState } from '../modules/returns/returns.enums.js';

/** The domain's enums, under the names of the public contract. Imported once by the schema builder. */
export function registerEnums(): void {
  registerEnumType(OrgKind, { name: 'OrgKind' });
  registerEnumType(PartnerStatus, { name: 'PartnerStatus' });
  registerEnumType(Role, { name: 'Role' });
  registerEnumType(ServiceStrategy, { name: 'ServiceStrategy', description: 'The Lele–Sheth service strategy of a product line' });
  registerEnumType(JobType, { name: 'JobType' });
  registerEnumType(JobStatus, { name: 'JobStatus' });
  registerEnumType(JobSource, { name: 'JobSource' });
  registerEnumType(Coverage, { name: 'Coverage' });
  registerEnumType(OfferStatus, { name: 'OfferStatus' });
  registerEnumType(OfferLinkAction, { name: 'OfferLinkAction', description: "What a mailed offer's link does" });
  registerEnumType(OfferLinkBlock, { name: 'OfferLinkBlock', description: "Why a mailed offer's link can no longer act" });
  registerEnumType(PartsRequestStatus, { name: 'PartsRequestStatus' });
  registerEnumType(EventKind, { name: 'EventKind' });
  registerEnumType(FindingSeverity, { name: 'FindingSeverity' });
  registerEnumType(AttachmentKind, { name: 'AttachmentKind' });
  registerEnumType(ServiceRequestStatus, { name: 'ServiceRequestStatus' });
  registerEnumType(CustomerJobStatus, { name: 'CustomerJobStatus', description: 'Where the job stands, in the customer’s words' });
  registerEnumType(CustomerStepKind, { name: 'CustomerStepKind' });
  registerEnumType(MailKind, { name: 'MailKind', description: 'What a message is about; each user chooses which kinds of theirs they receive' });
  registerEnumType(MailStatus, { name: 'MailStatus' });
  registerEnumType(SlaTime, { name: 'SlaTime', description: 'How SLA clocks run: CALENDAR (every minute, 24×7) or BUSINESS (working time of a calendar)' });
  registerEnumType(Weekday, { name: 'Weekday' });
  registerEnumType(AbsenceKind, { name: 'AbsenceKind', description: 'Why a technician is away' });
  registerEnumType(ReasonKind, {
    name: 'ReasonKind',
    description: "What a reason code explains: a DECLINE of an offer, a FINDING, or a reviewer's decision on a CLAIM_LINE",
  });
  registerEnumType(ClaimState, { name: 'ClaimState', description: 'Where a warranty or contract claim stands' });
  registerEnumType(ClaimLineKind, { name: 'ClaimLineKind', description: 'What a claim or quote line charges for' });
  registerEnumType(ClaimLineDecision, { name: 'ClaimLineDecision', description: "The reviewer's decision on a claim line" });
  registerEnumType(InvitationState, { name: 'InvitationState', description: 'Where a partner invitation stands (EXPIRED: still PENDING past its expiry)' });
  registerEnumType(QuoteState, {
    name: 'QuoteState',
    description: 'Where a quote for paid work stands; SUPERSEDED: a newer quote replaced it before an answer',
  });
  registerEnumType(ReturnState, { name: 'ReturnState', description: 'A return authorization: asked for, on its way, arrived, inspected' });
  registerEnumType(InspectionResult, {
    name: 'InspectionResult',
    description: 'What the inspection of a returned part found; NO_FAULT_FOUND and MISUSE reject the claim line',
  });
  registerEnumType(Capability, { name: 'Capability', description: "What a role may do (the access policy's table); what it may see follows from its reach" });
}
