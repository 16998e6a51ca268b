import { Organization } from '../modules/network/organization.entity.js';
import { NetworkMembership } from '../modules/network/network-membership.entity.js';
import { User } from '../modules/network/user.entity.js';
import { Certification } from '../modules/network/certification.entity.js';
import { TechnicianCertification } from '../modules/network/technician-certification.entity.js';
import { ProductLine } from '../modules/catalog/product-line.entity.js';
import { ProductModel } from '../modules/catalog/product-model.entity.js';
import { Part } from '../modules/catalog/part.entity.js';
import { Customer } from '../modules/catalog/customer.entity.js';
import { EquipmentUnit } from '../modules/catalog/equipment-unit.entity.js';
import { QualityStandard } from '../modules/quality/quality-standard.entity.js';
import { ServiceJob } from '../modules/job/service-job.entity.js';
import { JobOffer } from '../modules/dispatch/job-offer.entity.js';
import { OfferLinkUse } from '../modules/dispatch/offer-link-use.entity.js';
import { PartsRequest, PartsRequestLine } from '../modules/parts/parts-request.entity.js';
import { ServiceEvent } from '../modules/events/service-event.entity.js';
import { Survey } from '../modules/survey/survey.entity.js';
import { IdempotencyKey } from '../shared/idempotency.entity.js';
import { ScorecardPolicy } from '../modules/scorecard/scorecard-policy.entity.js';
import { AuditFinding } from '../modules/audit/audit-finding.entity.js';
import { LoginAttempt } from '../modules/network/login-attempt.entity.js';
import { Attachment } from '../modules/files/attachment.entity.js';
import { FileBlob } from '../modules/files/file-blob.entity.js';
import { ServiceRequest } from '../modules/customer/service-request.entity.js';
import { EventConsumerCursor } from '../modules/outbound/event-consumer.entity.js';
import { ApiKey } from '../modules/apikey/api-key.entity.js';
import { MailMessage } from '../modules/mail/mail-message.entity.js';
import { NotificationPreference } from '../modules/mail/notification-preference.entity.js';
import { MailUnsubscribe } from '../modules/mail/mail-unsubscribe.entity.js';
import { WebhookEndpoint } from '../modules/webhook/webhook-endpoint.entity.js';
import { WebhookDelivery } from '../modules/webhook/webhook-delivery.entity.js';
import { WebhookAttempt } from '../modules/webhook/webhook-attempt.entity.js';
import { BusinessCalendarRecord } from '../modules/org-calendar/business-calendar.entity.js';
import { TechnicianAbsence } from '../modules/schedule/technician-absence.entity.js';
import { TechnicianHours } from '../modules/schedule/technician-hours.entity.js';
import { ReasonCode } from '../modules/reason/reason-code.entity.js';
import { ClaimLine, ClaimMessage, WarrantyClaim } from '../modules/billing/warranty-claim.entity.js';
import { PaymentBatch } from '../modules/billing/payment-batch.entity.js';
import { PartnerInvitation } from '../modules/onboarding/partner-invitation.entity.js';
import { Quote, QuoteLine } from '../modules/quote/quote.entity.js';
import { ReturnAuthorization } from '../modules/returns/return-authorization.entity.js';

export const entities = [
  Organization,
  NetworkMembership,
  User,
  Certification,
  TechnicianCertification,
  ProductLine,
  ProductModel,
  Part,
  Customer,
  EquipmentUnit,
  QualityStandard,
  ServiceJob,
  JobOffer,
  OfferLinkUse,
  PartsRequest,
  PartsRequestLine,
  ServiceEvent,
  Survey,
  IdempotencyKey,
  ScorecardPolicy,
  AuditFinding,
  LoginAttempt,
  Attachment,
  FileBlob,
  ServiceRequest,
  EventConsumerCursor,
  ApiKey,
  MailMessage,
  NotificationPreference,
  MailUnsubscribe,
  WebhookEndpoint,
  WebhookDelivery,
  WebhookAttempt,
  BusinessCalendarRecord,
  TechnicianHours,
  TechnicianAbsence,
  ReasonCode,
  WarrantyClaim,
  ClaimLine,
  ClaimMessage,
  PaymentBatch,
  PartnerInvitation,
  Quote,
  QuoteLine,
  ReturnAuthorization,
];
