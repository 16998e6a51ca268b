import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventConsumer } from '../outbound/event-consumers.js';
import type { JobQueue } from '../outbound/job-queue.js';
import type { EventRecord } from '../events/event-record.js';
import { EventKind } from '../events/event.enums.js';
import type { PayloadOf } from '../events/event-payloads.js';
import { CAPABILITY_ROLES } from '../access/policy.js';
import { offerLinkUrls } from '../dispatch/offer-links.js';
import { quoteLinkUrls } from '../quote/quote-links.js';
import type { MessageLinks } from '../../shared/message-links.js';
import type { Clock } from '../../shared/clock.js';
import { MailMessage } from './mail-message.entity.js';
import { MailKind, MailStatus } from './mail.enums.js';
import { EVENT_MAIL, USER_MAIL } from './mail-rules.js';
import { pickLanguage } from './mail-catalogue.js';
import { renderMail, type MailFooter } from './mail-render.js';
import type { MailFacts } from './mail-facts.js';
import { findingsById, jobsById, organizationNames, switchedOff, unsubscribed, usersOf, type JobRow, type RecipientUser } from './mail-lookups.js';

export const MAIL_SEND_QUEUE = 'mail.send';

/** An unsubscribe link outlives any job it came with. */
const UNSUBSCRIBE_LINK_DAYS = 5 * 365;

export interface MailSettings {
  /** Read at each batch: the public URL is known once the server listens. */
  messages: { smtpUrl: string | undefined; mailFrom: string; publicUrl: string };
  links: MessageLinks;
  clock: Clock;
  queue: JobQueue;
}

/** Whom a message is written to: a user (id) or a customer (no id), in their language and time zone (null: English, UTC). */
export interface Recipient {
  id: string | null;
  name: string | null;
  locale: string | null;
  timeZone: string | null;
}

/** One event's message kind. */
interface Wanted {
  event: EventRecord;
  kind: MailKind;
}

/** What a batch of events needs, read once for the batch. */
interface BatchFacts {
  jobs: Map<string, JobRow>;
  orgs: Map<string, string>;
  findings: Map<string, { text: string }>;
  users: RecipientUser[];
  off: Set<string>;
  unsubscribed: Set<string>;
}

/** An outbox row as written (the sender fills in the rest). */
export type OutboxRow = Omit<MailMessage, 'sentAt' | 'lastError' | 'attempts'>;
type Row = OutboxRow;

/**
 * Writes outbox rows in the caller's transaction and, with SMTP_URL, one send job each (the same
 * transaction): the consumer's batches and the webhook notices go out the one way. HELD otherwise.
 */
export async function writeOutbox(tx: EntityManager, settings: Pick<MailSettings, 'messages' | 'queue'>, rows: readonly OutboxRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.insertMany(MailMessage, [...rows]);
  if (settings.messages.smtpUrl) {
    await settings.queue.sendMany(
      tx,
      MAIL_SEND_QUEUE,
      rows.map((row) => ({ data: { messageId: row.id } })),
    );
  }
}

/**
 * The 'mail' consumer of the event log: each batch of events becomes outbox rows (and, with
 * SMTP_URL, one queue job each) in the transaction that advances its cursor, so a message is
 * written exactly once per event whatever crashes. Without SMTP_URL the rows are HELD.
 */
export class MailConsumer implements EventConsumer {
  readonly name = 'mail';

  constructor(private readonly settings: MailSettings) {}

  async handle(tx: EntityManager, events: readonly EventRecord[]): Promise<void> {
    const wanted = events.flatMap((event): Wanted[] => {
      const kind = EVENT_MAIL[event.kind];
      return kind ? [{ event, kind }] : [];
    });
    if (wanted.length === 0) return;
    const facts = await readBatch(tx, wanted);
    const rows: Row[] = [];
    for (const item of wanted) rows.push(...(await this.messagesOf(item, facts)));
    await writeOutbox(tx, this.settings, rows);
  }

  private async messagesOf({ event, kind }: Wanted, batch: BatchFacts): Promise<Row[]> {
    const rule = USER_MAIL[kind];
    if (rule) {
      const orgId = rule.side === 'partner' ? event.partnerId : event.manufacturerId;
      const roles = CAPABILITY_ROLES[rule.capability];
      const recipients = batch.users.filter((user) => user.organizationId === orgId && roles.includes(user.role) && !batch.off.has(`${user.id}:${kind}`));
      const rows: Row[] = [];
      for (const user of recipients) {
        const facts = await this.userFacts(event, kind, user, batch);
        if (facts) rows.push(this.row(event, kind, user.email, user, facts, { kind: 'user', preferencesUrl: this.url('/settings/notifications') }));
      }
      return rows;
    }
    const job = event.jobId ? batch.jobs.get(event.jobId) : undefined;
    const address = job?.customerEmail?.trim();
    if (!job || !address || job.parentId || batch.unsubscribed.has(address.toLowerCase())) return [];
    const facts = kind === MailKind.QUOTE_SENT ? await this.quoteFacts(event, job) : customerFacts(event, kind, job, this.url.bind(this));
    if (!facts) return [];
    const token = await this.settings.links.sign({
      purpose: 'mail.unsubscribe',
      subject: address.toLowerCase(),
      userId: null,
      expiresAt: new Date(this.settings.clock.now().getTime() + UNSUBSCRIBE_LINK_DAYS * 86_400_000),
    });
    // A customer has no zone of their own: the appointment's time is the site's.
    const customer = { id: null, name: job.customerName, locale: job.customerLocale, timeZone: job.siteTimeZone };
    return [this.row(event, kind, address, customer, facts, { kind: 'customer', unsubscribeUrl: this.settings.links.url('/unsubscribe', token) })];
  }

  private async userFacts(event: EventRecord, kind: MailKind, user: RecipientUser, batch: BatchFacts): Promise<MailFacts | null> {
    const job = event.jobId ? batch.jobs.get(event.jobId) : undefined;
    const partnerName = (event.partnerId && batch.orgs.get(event.partnerId)) || '';
    const jobUrl = this.url(`/jobs/${event.jobId}`);
    switch (kind) {
      case MailKind.OFFER_MADE: {
        if (!job || !event.offerId) return null;
        const expiresAt = new Date(payload<EventKind.JOB_OFFERED>(event).expiresAt);
        const links = await offerLinkUrls(this.settings.links, { offerId: event.offerId, userId: user.id, expiresAt });
        return { kind, job, expiresAt, ...links, inboxUrl: this.url('/inbox') };
      }
      case MailKind.OFFER_DECLINED:
        return job ? { kind, job, partnerName, reason: payload<EventKind.OFFER_DECLINED>(event).reason, jobUrl } : null;
      case MailKind.OFFER_EXPIRED:
        return job ? { kind, job, partnerName, jobUrl } : null;
      case MailKind.SLA_BREACHED: {
        const data = payload<EventKind.SLA_BREACHED>(event);
        return job ? { kind, job, clock: data.clock, dueAt: new Date(data.dueAt), jobUrl } : null;
      }
      case MailKind.FINDING_RECORDED: {
        const data = payload<EventKind.FINDING_RECORDED>(event);
        const finding = batch.findings.get(data.findingId);
        const manufacturerName = batch.orgs.get(event.manufacturerId) ?? '';
        return finding
          ? { kind, manufacturerName, severity: data.severity, text: finding.text, dueAt: new Date(data.dueAt), findingsUrl: this.url('/audit') }
          : null;
      }
      case MailKind.PARTNER_STATUS_CHANGED: {
        const data = payload<EventKind.PARTNER_STATUS_CHANGED>(event);
        const manufacturerName = batch.orgs.get(event.manufacturerId) ?? '';
        return {
          kind,
          manufacturerName,
          from: data.from,
          to: data.to,
          reason: data.reason,
          reasonCode: data.reasonCode ?? null,
          scorecardUrl: this.url(`/audit/partners/${event.partnerId}`),
        };
      }
      default:
        return null;
    }
  }

  /** The quote's mail: its accept and decline links answer that quote only (modules/quote). */
  private async quoteFacts(event: EventRecord, job: JobRow): Promise<MailFacts> {
    const data = payload<EventKind.QUOTE_SENT>(event);
    const validUntil = new Date(data.validUntil);
    const links = await quoteLinkUrls(this.settings.links, { id: data.quoteId, validUntil });
    return {
      kind: MailKind.QUOTE_SENT,
      job,
      quoteNumber: data.number,
      gross: data.gross,
      currency: data.currency,
      validUntil,
      ...links,
      trackUrl: this.url(`/track/${job.customerToken}`),
    };
  }

  private row(event: EventRecord, kind: MailKind, recipient: string, person: Recipient, facts: MailFacts, footer: MailFooter): Row {
    return outboxRow(this.settings, { manufacturer: event.manufacturerId, recipient, person, kind, facts, footer, job: event.jobId });
  }

  private url(path: string): string {
    return `${this.settings.messages.publicUrl}${path}`;
  }
}

function customerFacts(event: EventRecord, kind: MailKind, job: JobRow, url: (path: string) => string): MailFacts | null {
  const trackUrl = url(`/track/${job.customerToken}`);
  switch (kind) {
    case MailKind.JOB_REGISTERED:
      return { kind, job, trackUrl };
    case MailKind.APPOINTMENT_SET:
      return { kind, job, trackUrl, appointmentAt: new Date(payload<EventKind.JOB_SCHEDULED>(event).appointmentAt), technicianName: job.technicianName };
    case MailKind.JOB_COMPLETED:
      return { kind, job, trackUrl };
    case MailKind.SURVEY_REQUEST:
      return { kind, job, surveyUrl: url(`/survey/${job.customerToken}`) };
    default:
      return null;
  }
}

/** Every lookup of the batch, one statement each. */
async function readBatch(tx: EntityManager, wanted: readonly Wanted[]): Promise<BatchFacts> {
  const events = wanted.map((item) => item.event);
  const jobs = await jobsById(
    tx,
    events.flatMap((event) => (event.jobId ? [event.jobId] : [])),
  );
  const orgs = await organizationNames(
    tx,
    events.flatMap((event) => [event.manufacturerId, ...(event.partnerId ? [event.partnerId] : [])]),
  );
  const findings = await findingsById(
    tx,
    events.flatMap((event) => (event.kind === EventKind.FINDING_RECORDED ? [payload<EventKind.FINDING_RECORDED>(event).findingId] : [])),
  );
  const recipientOrgs: string[] = [];
  const roles = new Set<RecipientUser['role']>();
  for (const { event, kind } of wanted) {
    const rule = USER_MAIL[kind];
    const orgId = rule && (rule.side === 'partner' ? event.partnerId : event.manufacturerId);
    if (!rule || !orgId) continue;
    recipientOrgs.push(orgId);
    for (const role of CAPABILITY_ROLES[rule.capability]) roles.add(role);
  }
  const users = await usersOf(tx, recipientOrgs, [...roles]);
  const off = await switchedOff(
    tx,
    users.map((user) => user.id),
  );
  const customerAddresses = wanted.flatMap(({ event, kind }) => {
    const address = !USER_MAIL[kind] && event.jobId ? jobs.get(event.jobId)?.customerEmail?.trim() : null;
    return address ? [address.toLowerCase()] : [];
  });
  return { jobs, orgs, findings, users, off, unsubscribed: await unsubscribed(tx, customerAddresses) };
}

/** One rendered message to one address: QUEUED with SMTP_URL, else HELD; its Message-ID fixed now. */
export function outboxRow(
  settings: Pick<MailSettings, 'messages' | 'clock'>,
  message: {
    manufacturer: string;
    recipient: string;
    person: Recipient;
    kind: MailKind;
    facts: MailFacts;
    footer: MailFooter;
    job: string | null;
  },
): OutboxRow {
  const { person } = message;
  const mail = renderMail(pickLanguage(person.locale), message.facts, person.name, message.footer, person.timeZone);
  return {
    id: randomUUID(),
    manufacturer: message.manufacturer,
    messageId: `<${randomUUID()}@${domainOf(settings.messages.mailFrom)}>`,
    recipient: message.recipient,
    recipientUser: message.person.id,
    kind: message.kind,
    language: mail.language,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    job: message.job,
    status: settings.messages.smtpUrl ? MailStatus.QUEUED : MailStatus.HELD,
    createdAt: settings.clock.now(),
  };
}

/** An event's stored payload, of the shape its kind writes (event-payloads.ts). */
const payload = <K extends EventKind>(event: EventRecord): PayloadOf<K> => event.data as unknown as PayloadOf<K>;

/** The domain of MAIL_FROM (`Name <no-reply@example.com>` or a bare address), for Message-IDs. */
export function domainOf(mailFrom: string): string {
  return /@([^>\s]+)>?\s*$/.exec(mailFrom)?.[1] ?? 'localhost';
}
