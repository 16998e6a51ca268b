import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useNetwork } from '../support/use-network.js';
import { errorCode, until } from '../support/graphql-client.js';
import { SmtpReceiver, linkIn } from '../support/smtp-receiver.js';
import type { NetworkFixture } from '../support/factory.js';
import type { TestServer } from '../support/server.js';
import { loadConfig } from '../../server/dist/config.js';

/**
 * Outgoing mail end to end: events become outbox rows in the consumer's transaction, the job queue
 * sends them over real SMTP (smtp-server in the test, parsed with mailparser), retries a refusal,
 * and without SMTP_URL holds them for the admin's Outbox screen.
 */

const receiver = new SmtpReceiver();
let smtpUrl = '';
beforeAll(async () => {
  smtpUrl = await receiver.start();
});
afterAll(() => receiver.stop());

const MAIL_FROM = 'Portal <no-reply@mail.portal.test>';
// Webhooks to 127.0.0.1, disabled at their first failed delivery: the WEBHOOK_DISABLED notice.
const webhookSettings = { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', WEBHOOK_RETRY_LIMIT: '0', WEBHOOK_DISABLE_AFTER_FAILURES: '1' };
const sending = useNetwork({
  partners: 2,
  server: () => ({ config: { messages: { ...loadConfig(webhookSettings).messages, smtpUrl, mailFrom: MAIL_FROM } } }),
});
const holding = useNetwork({ partners: 1 });

const OUTBOX = graphql(`
  query MailOutbox($s: [MailStatus!]) { outbox(status: $s) { totalCount edges { cursor node { id kind status recipient subject messageId job attempts } } } }
`);
const OUTBOX_MESSAGE = graphql(`
  query MailOutboxMessage($id: ID!) { outboxMessage(id: $id) { id subject text html status } }
`);
const PREFERENCES = graphql(`
  query MailPreferences { myNotificationPreferences { kind label enabled } }
`);
const SET_PREFERENCE = graphql(`
  mutation MailSetPreference($k: MailKind!, $e: Boolean!) { setNotificationPreference(kind: $k, enabled: $e) { kind enabled } }
`);
const UNSUBSCRIBE = graphql(`
  mutation MailUnsubscribe($t: String!) { unsubscribeMail(token: $t) { address } }
`);
const CUSTOMER_LINK = graphql(`
  query MailCustomerLink($id: ID!) { job(id: $id) { customerLinkToken } }
`);

interface OutboxRow {
  id: string;
  recipient: string;
  kind: string;
  status: string;
  message_id: string;
  attempts: number;
}

/** The outbox rows of a server, read straight from its database (after `drain`, they are all there). */
async function rows(server: TestServer, where: string, values: unknown[]): Promise<OutboxRow[]> {
  return server.deps.orm.em.fork().execute<OutboxRow[]>(`select id, recipient, kind, status, message_id, attempts from mail_message where ${where}`, values);
}

const tokenOf = (url: string) => new URL(url).pathname.split('/').at(-1)!;

async function setCustomerEmail(server: TestServer, net: NetworkFixture, address: string): Promise<void> {
  await server.deps.orm.em
    .fork()
    .execute(`update customer set email = ? where id = (select customer_id from equipment_unit where serial = ?)`, [address, net.warrantySerial]);
}

describe('mail over SMTP', () => {
  it("mails an offer to the partner's admins with working accept and decline links, in text and HTML, under the stored Message-ID", async () => {
    const { server, api, net } = sending;
    const [partner, other] = net.partners;
    const job = await api.createJob(net);
    const [offer] = await api.offerOk(net, job.id, [partner.id], 90);
    await server.deps.consumers.drain();
    await until(() => receiver.to(partner.admin.email).some((mail) => mail.subject?.includes(job.number)), 15_000, 'the offer mail');

    const mail = receiver.to(partner.admin.email).find((message) => message.subject?.includes(job.number))!;
    const [stored] = await rows(server, `job_id = ? and recipient = ? and kind = 'OFFER_MADE'`, [job.id, partner.admin.email]);
    expect(mail.messageId).toBe(stored.message_id);
    expect(stored.message_id).toMatch(/^<[0-9a-f-]{36}@mail\.portal\.test>$/);
    expect(mail.from?.value[0].address).toBe('no-reply@mail.portal.test');
    const text = mail.text ?? '';
    const acceptUrl = linkIn(text, 'Accept the offer');
    const declineUrl = linkIn(text, 'Decline the offer');
    expect(new URL(acceptUrl).origin).toBe(server.url);
    expect(new URL(acceptUrl).pathname).toMatch(/^\/offer\//);
    const accept = await server.deps.links.verify(tokenOf(acceptUrl), ['offer.accept']);
    const decline = await server.deps.links.verify(tokenOf(declineUrl), ['offer.decline']);
    expect(accept.link).toMatchObject({ purpose: 'offer.accept', subject: offer.id, userId: partner.admin.id });
    expect(decline.link).toMatchObject({ purpose: 'offer.decline', subject: offer.id, userId: partner.admin.id });
    expect(accept.link!.expiresAt.getTime()).toBe(Math.floor(new Date(offer.expiresAt).getTime() / 1000) * 1000);
    // A link grants its one thing: the accept token is no decline token.
    expect((await server.deps.links.verify(tokenOf(acceptUrl), ['offer.decline'])).link).toBeNull();
    expect(mail.html).toContain(`href="${acceptUrl}"`);
    expect(mail.html).toContain(`href="${declineUrl}"`);
    // Made to the first partner only: the other partner's admin got nothing about it.
    expect(await rows(server, `job_id = ? and recipient = ?`, [job.id, other.admin.email])).toEqual([]);
    await until(async () => (await rows(server, `id = ?`, [stored.id]))[0].status === 'SENT', 5_000, 'the SENT mark');
  });

  it('sends the customer the tracking link with a working unsubscribe link; once used, no customer mail goes to the address', async () => {
    const { server, api, net } = sending;
    const address = `customer-${net.suffix}@customer.test`;
    await setCustomerEmail(server, net, address);
    const job = await api.createJob(net);
    await server.deps.consumers.drain();
    await until(() => receiver.to(address).some((mail) => mail.subject?.includes(job.number)), 15_000, 'the registered mail');

    const mail = receiver.to(address).find((message) => message.subject?.includes(job.number))!;
    const { customerLinkToken } = (await api.ok(net.dispatcher, CUSTOMER_LINK, { id: job.id })).job!;
    expect(linkIn(mail.text ?? '', 'Track your service')).toBe(`${server.url}/track/${customerLinkToken}`);
    const unsubscribeUrl = linkIn(mail.text ?? '', 'Unsubscribe from these emails');
    expect(new URL(unsubscribeUrl).pathname).toMatch(/^\/unsubscribe\//);
    expect(mail.html).toContain(`href="${unsubscribeUrl}"`);

    // Anyone holding the link may use it, signed in or not; a forged one is refused.
    expect(errorCode(await api.call(undefined, UNSUBSCRIBE, { t: `${tokenOf(unsubscribeUrl)}x` }))).toBe('NOT_FOUND');
    const done = await api.ok(undefined, UNSUBSCRIBE, { t: tokenOf(unsubscribeUrl) });
    expect(done.unsubscribeMail.address).toBe(address);

    const next = await api.createJob(net);
    await server.deps.consumers.drain();
    expect(await rows(server, `job_id = ? and recipient = ?`, [next.id, address])).toEqual([]);
    // The staff's mail about that job still goes out: only the address's customer mail stopped.
    const [offer] = await api.offerOk(net, next.id, [net.partners[0].id]);
    await server.deps.consumers.drain();
    expect((await rows(server, `job_id = ? and kind = 'OFFER_MADE'`, [next.id])).map((row) => row.recipient)).toEqual([net.partners[0].admin.email]);
    expect(offer.id).toBeTruthy();
  });

  it('tells dispatchers of a declined offer, except a user who switched that kind off', async () => {
    const { server, api, net } = sending;
    const partner = net.partners[0];
    const before = (await api.ok(net.admin, PREFERENCES)).myNotificationPreferences;
    expect(before.find((preference) => preference.kind === 'OFFER_DECLINED')?.enabled).toBe(true);
    expect(before.map((preference) => preference.kind)).not.toContain('OFFER_MADE');
    await api.ok(net.admin, SET_PREFERENCE, { k: 'OFFER_DECLINED', e: false });
    const after = (await api.ok(net.admin, PREFERENCES)).myNotificationPreferences;
    expect(after.find((preference) => preference.kind === 'OFFER_DECLINED')?.enabled).toBe(false);
    // A kind the role does not receive cannot be chosen.
    expect(errorCode(await api.call(net.dispatcher, SET_PREFERENCE, { k: 'OFFER_MADE', e: false }))).toBe('BAD_USER_INPUT');

    const job = await api.createJob(net);
    const [offer] = await api.offerOk(net, job.id, [partner.id]);
    expect((await api.decline(partner.admin, offer.id, 'No technician free this week')).errors).toBeUndefined();
    await server.deps.consumers.drain();
    await until(() => receiver.to(net.dispatcher.email).some((mail) => mail.subject?.includes(job.number)), 15_000, 'the declined-offer mail');

    const mail = receiver.to(net.dispatcher.email).find((message) => message.subject?.includes(job.number))!;
    expect(mail.subject).toContain('declined');
    expect(mail.text).toContain('No technician free this week');
    expect(await rows(server, `job_id = ? and kind = 'OFFER_DECLINED'`, [job.id])).toEqual([expect.objectContaining({ recipient: net.dispatcher.email })]);
  });

  it('retries a message the SMTP server refused for now, and delivers it exactly once', async () => {
    const { server, api, net } = sending;
    const partner = net.partners[1];
    receiver.refuse(partner.admin.email, 1);
    const job = await api.createJob(net);
    await api.offerOk(net, job.id, [partner.id]);
    await server.deps.consumers.drain();
    const [stored] = await rows(server, `job_id = ? and recipient = ? and kind = 'OFFER_MADE'`, [job.id, partner.admin.email]);
    await until(async () => (await rows(server, `id = ?`, [stored.id]))[0].status === 'SENT', 45_000, 'the retried delivery');

    const [sent] = await rows(server, `id = ?`, [stored.id]);
    expect(sent.attempts).toBe(2);
    expect(receiver.attempts.get(partner.admin.email.toLowerCase())).toBe(2);
    const delivered = receiver.to(partner.admin.email).filter((mail) => mail.messageId === stored.message_id);
    expect(delivered).toHaveLength(1);
  });

  it('mails the admins that their webhook endpoint was disabled, queued in the disabling transaction and sent', async () => {
    const { server, api, net } = sending;
    const refusing = createServer((_req, res) => {
      res.statusCode = 503;
      res.end();
    });
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(refusing.address() as AddressInfo).port}/hook`;
      await api.ok(net.admin, 'mutation($i: WebhookEndpointInput!) { createWebhookEndpoint(input: $i) { secret } }', {
        i: { url, eventKinds: ['JOB_CREATED'] },
      });
      await api.createJob(net);
      await server.deps.consumers.drain();
      const subject = `Webhook endpoint disabled: ${url}`;
      await until(() => receiver.to(net.admin.email).some((mail) => mail.subject === subject), 30_000, 'the notice mailed');
      const notice = receiver.to(net.admin.email).find((mail) => mail.subject === subject)!;
      expect(notice.text).toContain('1 deliveries in a row failed after all their retries');
      expect(notice.text).toContain('/settings/notifications');
      // The SMTP server accepts before the row is marked SENT.
      await until(async () => (await rows(server, `kind = 'WEBHOOK_DISABLED'`, [])).every((row) => row.status === 'SENT'), 10_000, 'the notice marked sent');
      const stored = await rows(server, `kind = 'WEBHOOK_DISABLED'`, []);
      expect(stored).toEqual([expect.objectContaining({ recipient: net.admin.email, status: 'SENT', message_id: notice.messageId })]);
    } finally {
      await new Promise<void>((resolve) => refusing.close(() => resolve()));
    }
  });
});

describe('mail without SMTP_URL', () => {
  it("holds messages in the outbox, which the manufacturer's admin reads and a dispatcher may not", async () => {
    const { server, api, net } = holding;
    const partner = net.partners[0];
    const job = await api.createJob(net);
    await api.offerOk(net, job.id, [partner.id]);
    await server.deps.consumers.drain();

    const outbox = (await api.ok(net.admin, OUTBOX, { s: ['HELD'] })).outbox;
    const held = outbox.edges.map((edge) => edge.node).filter((node) => node.job === job.id);
    expect(held).toEqual([expect.objectContaining({ kind: 'OFFER_MADE', status: 'HELD', recipient: partner.admin.email, attempts: 0 })]);
    const message = (await api.ok(net.admin, OUTBOX_MESSAGE, { id: held[0].id })).outboxMessage;
    expect(message.text).toContain('Accept the offer: ');
    expect(message.html).toContain('<a href="');
    expect((await api.ok(net.admin, OUTBOX, { s: ['SENT'] })).outbox.totalCount).toBe(0);

    expect(errorCode(await api.call(net.dispatcher, OUTBOX, {}))).toBe('FORBIDDEN');
    expect(errorCode(await api.call(net.dispatcher, OUTBOX_MESSAGE, { id: held[0].id }))).toBe('FORBIDDEN');
    // No queue job is made for a held message.
    const [{ count }] = await server.deps.orm.em.fork().execute<{ count: string }[]>(`select count(*) from pgboss.job where name = 'mail.send'`);
    expect(Number(count)).toBe(0);
  });
});
