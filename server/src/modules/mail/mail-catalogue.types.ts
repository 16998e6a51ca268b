import type { MailKind } from './mail.enums.js';
import type { FactsOf } from './mail-facts.js';
import type { PhraseCode, PhraseParams } from '../../shared/phrases.js';

/** The codes of automatic status decisions (shared/phrases.ts), which a status mail says in the recipient's language. */
export type StatusReasonCode = Extract<PhraseCode, `status.${string}`>;

/** A message's content before layout: a subject, paragraphs, and links shown as buttons. */
export interface MailBody {
  subject: string;
  lines: string[];
  actions: { label: string; url: string }[];
}

/** How a catalogue writes a time: in the recipient's time zone, named (UTC when they chose none). */
export type TimeText = (at: Date) => string;

/** Every text of the mail in one language. */
export interface Catalogue {
  /** The locale dates are written in. */
  locale: string;
  greeting(name: string | null): string;
  /** The footer of a user's mail: why they get it and where to choose. */
  userFooter: string;
  preferencesLabel: string;
  /** The footer of a customer's mail. */
  customerFooter: string;
  unsubscribeLabel: string;
  /** The footer of an invitation to a firm (no account, no preferences yet). */
  invitationFooter: string;
  /** The server's reasons for an automatic status decision, in this language (a person's reason is shown as typed). */
  statusReasons: Record<StatusReasonCode, (params: PhraseParams) => string>;
  kinds: { [K in MailKind]: (facts: FactsOf<K>, time: TimeText) => MailBody };
  /** The kinds as a user sees them on the Notifications settings page. */
  kindLabels: Record<MailKind, string>;
}
