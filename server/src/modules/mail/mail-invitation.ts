import type { EntityManager } from '@mikro-orm/postgresql';
import { MailKind } from './mail.enums.js';
import { outboxRow, writeOutbox, type MailSettings } from './mail-consumer.js';

/** What an invitation's mail says and where it goes. */
export interface InvitationNotice {
  manufacturerId: string;
  manufacturerName: string;
  inviterName: string;
  email: string;
  firmName: string | null;
  /** The language to write in (null: English). */
  locale: string | null;
  joinUrl: string;
  expiresAt: Date;
}

/**
 * Mails a firm its invitation into a manufacturer's network, written in the caller's transaction
 * (the one that makes the invitation): HELD without SMTP_URL, else queued. The address has no
 * account yet, so no preferences and no unsubscribe: one message per invitation, sent because a
 * manufacturer's admin asked for it.
 */
export async function mailPartnerInvitation(
  tx: EntityManager,
  settings: Pick<MailSettings, 'messages' | 'clock' | 'queue'>,
  notice: InvitationNotice,
): Promise<void> {
  const kind = MailKind.PARTNER_INVITATION;
  const row = outboxRow(settings, {
    manufacturer: notice.manufacturerId,
    recipient: notice.email,
    person: { id: null, name: null, locale: notice.locale, timeZone: null },
    kind,
    facts: {
      kind,
      manufacturerName: notice.manufacturerName,
      inviterName: notice.inviterName,
      firmName: notice.firmName,
      joinUrl: notice.joinUrl,
      expiresAt: notice.expiresAt,
    },
    footer: { kind: 'invitation' },
    job: null,
  });
  await writeOutbox(tx, settings, [row]);
}
