import type { EntityManager } from '@mikro-orm/postgresql';
import { CAPABILITY_ROLES } from '../access/policy.js';
import { MailKind } from './mail.enums.js';
import { USER_MAIL } from './mail-rules.js';
import { switchedOff, usersOf } from './mail-lookups.js';
import { outboxRow, writeOutbox, type MailSettings } from './mail-consumer.js';

/** What the webhook module reports when it disables an endpoint (server.ts passes it on). */
export interface WebhookDisabledNotice {
  organizationId: string;
  /** The network whose event the failing delivery carried: its outbox shows the message. */
  manufacturerId: string;
  url: string;
  /** Deliveries in a row that failed after all their retries. */
  failures: number;
}

/**
 * Mails the organization's integration admins (people, not API keys) that one of its webhook
 * endpoints was disabled, each unless they switched the kind off. Written in the caller's
 * transaction, the one that disables the endpoint: HELD without SMTP_URL, else queued with it.
 */
export async function mailWebhookDisabled(
  tx: EntityManager,
  settings: Pick<MailSettings, 'messages' | 'clock' | 'queue'>,
  notice: WebhookDisabledNotice,
): Promise<void> {
  const kind = MailKind.WEBHOOK_DISABLED;
  const rule = USER_MAIL[kind];
  if (!rule) return;
  const users = await usersOf(tx, [notice.organizationId], [...CAPABILITY_ROLES[rule.capability]]);
  const off = await switchedOff(
    tx,
    users.map((user) => user.id),
  );
  const url = (path: string) => `${settings.messages.publicUrl}${path}`;
  const rows = users
    .filter((user) => !off.has(`${user.id}:${kind}`))
    .map((user) =>
      outboxRow(settings, {
        manufacturer: notice.manufacturerId,
        recipient: user.email,
        person: user,
        kind,
        facts: { kind, url: notice.url, failures: notice.failures, integrationsUrl: url('/integrations') },
        footer: { kind: 'user', preferencesUrl: url('/settings/notifications') },
        job: null,
      }),
    );
  await writeOutbox(tx, settings, rows);
}
