import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { Scope } from '../../shared/scope.js';
import { isUuid } from '../../shared/scope.js';
import { AppError, ErrorCode, badInput, notFound } from '../../shared/errors.js';
import { NEWEST_FIRST, after, pageSize, toPage, type Page } from '../../shared/keyset.js';
import type { MessageLinks } from '../../shared/message-links.js';
import type { Clock } from '../../shared/clock.js';
import { MailMessage } from './mail-message.entity.js';
import { NotificationPreference } from './notification-preference.entity.js';
import type { MailKind, MailStatus } from './mail.enums.js';
import { userKindsOf } from './mail-rules.js';
import { catalogueOf, pickLanguage } from './mail-catalogue.js';

/** The network's outbox, newest first (the viewer is its manufacturer's admin: OUTBOX_READ). */
export async function listOutbox(
  scope: Scope,
  status: MailStatus[] | null | undefined,
  first?: number | null,
  afterCursor?: string | null,
): Promise<Page<MailMessage>> {
  const { em, viewer } = scope;
  const limit = pageSize(first);
  const where: FilterQuery<MailMessage>[] = [{ manufacturer: viewer.orgId }];
  if (status?.length) where.push({ status: { $in: status } });
  const base: FilterQuery<MailMessage> = { $and: where };
  const rows = await em.find(MailMessage, afterCursor ? { $and: [base, after(afterCursor)] } : base, { orderBy: [...NEWEST_FIRST], limit: limit + 1 });
  return toPage(rows, limit, () => em.count(MailMessage, base));
}

export async function outboxMessage(scope: Scope, id: string): Promise<MailMessage> {
  const message = isUuid(id) ? await scope.em.findOne(MailMessage, { id, manufacturer: scope.viewer.orgId }) : null;
  if (!message) throw notFound('Message');
  return message;
}

export interface PreferenceView {
  kind: MailKind;
  label: string;
  enabled: boolean;
}

/** The kinds of mail the viewer's role receives, each on unless switched off. */
export async function myPreferences(scope: Scope): Promise<PreferenceView[]> {
  const kinds = userKindsOf(scope.viewer);
  const rows = kinds.length > 0 ? await scope.em.find(NotificationPreference, { user: scope.viewer.userId }) : [];
  const off = new Set(rows.filter((row) => !row.enabled).map((row) => row.kind));
  const labels = catalogueOf(await languageOf(scope)).kindLabels;
  return kinds.map((kind) => ({ kind, label: labels[kind], enabled: !off.has(kind) }));
}

export async function setPreference(scope: Scope, kind: MailKind, enabled: boolean): Promise<PreferenceView> {
  const { em, viewer, clock } = scope;
  if (!userKindsOf(viewer).includes(kind)) throw badInput(`Your role receives no ${kind} mail`, { field: 'kind' });
  await em.execute(
    `insert into notification_preference (user_id, kind, enabled, updated_at) values (?, ?, ?, ?)
     on conflict (user_id, kind) do update set enabled = excluded.enabled, updated_at = excluded.updated_at`,
    [viewer.userId, kind, enabled, clock.now()],
  );
  return { kind, label: catalogueOf(await languageOf(scope)).kindLabels[kind], enabled };
}

/** The viewer's own language, as their mails speak it. */
async function languageOf({ em, viewer }: Scope): Promise<string> {
  const [row] = await em.execute<{ locale: string | null }[]>(`select locale from app_user where id = ?`, [viewer.userId]);
  return pickLanguage(row?.locale);
}

/**
 * The public unsubscribe: the link's token names the address (and grants nothing else); from then
 * on no customer mail is written to it. Using it again answers the same.
 */
export async function unsubscribe(em: EntityManager, links: MessageLinks, clock: Clock, token: string): Promise<{ address: string }> {
  const { link, expired } = await links.verify(token.slice(0, 2000), ['mail.unsubscribe']);
  if (!link) throw new AppError(ErrorCode.NOT_FOUND, expired ? 'This unsubscribe link has expired' : 'This unsubscribe link is not valid');
  await em.execute(`insert into mail_unsubscribe (address, unsubscribed_at) values (?, ?) on conflict (address) do nothing`, [
    link.subject.toLowerCase(),
    clock.now(),
  ]);
  return { address: link.subject };
}
