/** What a message is about; a user chooses per kind which of theirs they receive. */
export enum MailKind {
  /** To the partner's admins: an offer with its accept and decline links. */
  OFFER_MADE = 'OFFER_MADE',
  /** To the manufacturer's dispatchers. */
  OFFER_DECLINED = 'OFFER_DECLINED',
  OFFER_EXPIRED = 'OFFER_EXPIRED',
  SLA_BREACHED = 'SLA_BREACHED',
  /** To the partner's admins. */
  FINDING_RECORDED = 'FINDING_RECORDED',
  PARTNER_STATUS_CHANGED = 'PARTNER_STATUS_CHANGED',
  /** To the organization's integration admins: one of its webhook endpoints was disabled after its deliveries kept failing. */
  WEBHOOK_DISABLED = 'WEBHOOK_DISABLED',
  /** To the customer (no account): each with an unsubscribe link. */
  JOB_REGISTERED = 'JOB_REGISTERED',
  APPOINTMENT_SET = 'APPOINTMENT_SET',
  JOB_COMPLETED = 'JOB_COMPLETED',
  SURVEY_REQUEST = 'SURVEY_REQUEST',
  /** To a firm's address (no account yet): a manufacturer invites it into its network, with the /join link. */
  PARTNER_INVITATION = 'PARTNER_INVITATION',
  /** To the customer: a quote for paid work with its accept and decline links. */
  QUOTE_SENT = 'QUOTE_SENT',
}

/** Where a message stands in the outbox. */
export enum MailStatus {
  /** Waiting for the job queue to send it. */
  QUEUED = 'QUEUED',
  /** No SMTP_URL: kept in the outbox, shown on the Outbox screen, never sent. */
  HELD = 'HELD',
  SENT = 'SENT',
  /** Every retry failed; `lastError` says why. */
  FAILED = 'FAILED',
}

/** The kinds that go to a customer (no account, no preferences: an unsubscribe link instead). */
export const CUSTOMER_KINDS: readonly MailKind[] = [
  MailKind.JOB_REGISTERED,
  MailKind.APPOINTMENT_SET,
  MailKind.JOB_COMPLETED,
  MailKind.SURVEY_REQUEST,
  MailKind.QUOTE_SENT,
];
