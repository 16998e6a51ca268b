import type { PhraseParams } from '../../shared/phrases.js';
import type { MailKind } from './mail.enums.js';

/** What a message says about its job. */
export interface JobFacts {
  number: string;
  description: string;
  model: string;
  serial: string;
  siteAddress: string;
  manufacturerName: string;
}

/** Everything a message's text is made of, by kind (read in bulk per batch by mail-lookups.ts). */
export type MailFacts =
  | { kind: MailKind.OFFER_MADE; job: JobFacts; expiresAt: Date; acceptUrl: string; declineUrl: string; inboxUrl: string }
  | { kind: MailKind.OFFER_DECLINED; job: JobFacts; partnerName: string; reason: string; jobUrl: string }
  | { kind: MailKind.OFFER_EXPIRED; job: JobFacts; partnerName: string; jobUrl: string }
  | { kind: MailKind.SLA_BREACHED; job: JobFacts; clock: 'RESPONSE' | 'RESOLUTION'; dueAt: Date; jobUrl: string }
  | { kind: MailKind.FINDING_RECORDED; manufacturerName: string; severity: string; text: string; dueAt: Date; findingsUrl: string }
  | {
      kind: MailKind.PARTNER_STATUS_CHANGED;
      manufacturerName: string;
      from: string;
      to: string;
      /** In English, or as a person typed it. */
      reason: string;
      /** The server's reason as a code (status.*), when it decided; null for a person's. */
      reasonCode: { code: string; params: PhraseParams } | null;
      scorecardUrl: string;
    }
  | { kind: MailKind.WEBHOOK_DISABLED; url: string; failures: number; integrationsUrl: string }
  | { kind: MailKind.JOB_REGISTERED; job: JobFacts; trackUrl: string }
  | { kind: MailKind.APPOINTMENT_SET; job: JobFacts; appointmentAt: Date; technicianName: string | null; trackUrl: string }
  | { kind: MailKind.JOB_COMPLETED; job: JobFacts; trackUrl: string }
  | { kind: MailKind.SURVEY_REQUEST; job: JobFacts; surveyUrl: string }
  | { kind: MailKind.PARTNER_INVITATION; manufacturerName: string; inviterName: string; firmName: string | null; joinUrl: string; expiresAt: Date }
  | {
      kind: MailKind.QUOTE_SENT;
      job: JobFacts;
      quoteNumber: string;
      /** The quote's gross amount (decimal text) and currency. */
      gross: string;
      currency: string;
      validUntil: Date;
      acceptUrl: string;
      declineUrl: string;
      trackUrl: string;
    };

export type FactsOf<K extends MailKind> = Extract<MailFacts, { kind: K }>;
