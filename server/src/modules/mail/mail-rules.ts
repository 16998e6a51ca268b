import { EventKind } from '../events/event.enums.js';
import { Capability, can } from '../access/policy.js';
import type { Viewer } from '../../shared/viewer.js';
import { MailKind } from './mail.enums.js';

/** Which event makes which message. */
export const EVENT_MAIL: Partial<Record<EventKind, MailKind>> = {
  [EventKind.JOB_OFFERED]: MailKind.OFFER_MADE,
  [EventKind.OFFER_DECLINED]: MailKind.OFFER_DECLINED,
  [EventKind.OFFER_EXPIRED]: MailKind.OFFER_EXPIRED,
  [EventKind.SLA_BREACHED]: MailKind.SLA_BREACHED,
  [EventKind.FINDING_RECORDED]: MailKind.FINDING_RECORDED,
  [EventKind.PARTNER_STATUS_CHANGED]: MailKind.PARTNER_STATUS_CHANGED,
  [EventKind.JOB_CREATED]: MailKind.JOB_REGISTERED,
  [EventKind.JOB_SCHEDULED]: MailKind.APPOINTMENT_SET,
  [EventKind.JOB_COMPLETED]: MailKind.JOB_COMPLETED,
  [EventKind.JOB_CLOSED]: MailKind.SURVEY_REQUEST,
  [EventKind.QUOTE_SENT]: MailKind.QUOTE_SENT,
};

/**
 * Who in which organization receives a user's kind of mail: the users of the event's partner or
 * manufacturer whose role holds the capability; for a notice (no event: mail-notices.ts), of the
 * organization it is about.
 */
export interface UserMailRule {
  side: 'partner' | 'manufacturer' | 'notice';
  capability: Capability;
}

/**
 * Offers go to those who answer them, the dispatch news to those who dispatch, the audit's news to
 * the partner's admins (who answer findings), a disabled webhook endpoint to the admins who manage
 * the organization's integrations. From the access policy's table, so roles are named once.
 */
export const USER_MAIL: Partial<Record<MailKind, UserMailRule>> = {
  [MailKind.OFFER_MADE]: { side: 'partner', capability: Capability.OFFER_ANSWER },
  [MailKind.OFFER_DECLINED]: { side: 'manufacturer', capability: Capability.JOB_DISPATCH },
  [MailKind.OFFER_EXPIRED]: { side: 'manufacturer', capability: Capability.JOB_DISPATCH },
  [MailKind.SLA_BREACHED]: { side: 'manufacturer', capability: Capability.JOB_DISPATCH },
  [MailKind.FINDING_RECORDED]: { side: 'partner', capability: Capability.FINDING_ANSWER },
  [MailKind.PARTNER_STATUS_CHANGED]: { side: 'partner', capability: Capability.FINDING_ANSWER },
  [MailKind.WEBHOOK_DISABLED]: { side: 'notice', capability: Capability.INTEGRATIONS_MANAGE },
};

/** The kinds of mail a viewer may receive (and so choose on the Notifications page). */
export function userKindsOf(viewer: Pick<Viewer, 'role'>): MailKind[] {
  return (Object.entries(USER_MAIL) as [MailKind, UserMailRule][]).filter(([, rule]) => can(viewer, rule.capability)).map(([kind]) => kind);
}
