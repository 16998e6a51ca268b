import { useEnumLabel } from '../i18n/enum-labels';

const TONE: Record<string, string> = {
  NEW: 'info',
  OFFERED: 'info',
  ASSIGNED: 'calm',
  SCHEDULED: 'calm',
  IN_PROGRESS: 'busy',
  AWAITING_PARTS: 'warn',
  COMPLETED: 'good',
  CLOSED: 'muted',
  CANCELLED: 'muted',
  PENDING: 'info',
  ACCEPTED: 'good',
  DECLINED: 'warn',
  EXPIRED: 'muted',
  WITHDRAWN: 'muted',
  ACTIVE: 'good',
  PROBATION: 'warn',
  SUSPENDED: 'bad',
  REQUESTED: 'info',
  APPROVED: 'good',
  PARTIALLY_APPROVED: 'warn',
  REJECTED: 'bad',
  SHIPPED: 'busy',
  RECEIVED: 'good',
  SENT: 'info',
  SUPERSEDED: 'muted',
  DRAFT: 'muted',
  SUBMITTED: 'info',
  SENT_BACK: 'warn',
  PAID: 'good',
  ADJUSTED: 'warn',
};

/** The status enums a badge shows, in the order a bare value is looked up in (a value several share reads as the first's). */
export type BadgeEnum =
  | 'JobStatus'
  | 'OfferStatus'
  | 'PartsRequestStatus'
  | 'PartnerStatus'
  | 'ServiceRequestStatus'
  | 'MailStatus'
  | 'WebhookDeliveryState'
  | 'QuoteState'
  | 'ClaimState'
  | 'ClaimLineDecision';

const STATUS_VALUES: Record<BadgeEnum, readonly string[]> = {
  JobStatus: ['NEW', 'OFFERED', 'ASSIGNED', 'SCHEDULED', 'IN_PROGRESS', 'AWAITING_PARTS', 'COMPLETED', 'CLOSED', 'CANCELLED'],
  OfferStatus: ['PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN'],
  PartsRequestStatus: ['REQUESTED', 'APPROVED', 'PARTIALLY_APPROVED', 'REJECTED', 'SHIPPED', 'RECEIVED'],
  PartnerStatus: ['ACTIVE', 'PROBATION', 'SUSPENDED'],
  ServiceRequestStatus: ['NEW', 'TRIAGED'],
  MailStatus: ['QUEUED', 'HELD', 'SENT', 'FAILED'],
  WebhookDeliveryState: ['PENDING', 'DELIVERED', 'FAILED'],
  QuoteState: ['SENT', 'ACCEPTED', 'DECLINED', 'SUPERSEDED'],
  ClaimState: ['DRAFT', 'SUBMITTED', 'SENT_BACK', 'APPROVED', 'PARTIALLY_APPROVED', 'REJECTED', 'PAID'],
  ClaimLineDecision: ['APPROVED', 'ADJUSTED', 'REJECTED'],
};

const enumOf = (value: string): BadgeEnum | undefined => (Object.keys(STATUS_VALUES) as BadgeEnum[]).find((name) => STATUS_VALUES[name].includes(value));

/** A status as a coloured label in the reader's language; `of` names its schema enum where the value alone is ambiguous. */
export function Badge({ value, of }: { value: string | null | undefined; of?: BadgeEnum }) {
  const label = useEnumLabel();
  if (!value) return null;
  return <span className={`badge badge-${TONE[value] ?? 'calm'}`}>{label(of ?? enumOf(value) ?? 'JobStatus', value)}</span>;
}
