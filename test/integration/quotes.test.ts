import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useNetwork } from '../support/use-network.js';
import { EventRecorder, errorCode, post, until, wsClient } from '../support/graphql-client.js';
import { SmtpReceiver, linkIn } from '../support/smtp-receiver.js';
import type { NetworkFixture } from '../support/factory.js';
import type { TestServer } from '../support/server.js';
import { loadConfig } from '../../server/dist/config.js';

/**
 * Quotes for paid (POST_WARRANTY) work end to end: the technician quotes a started job, the
 * customer gets it by mail (real SMTP) and on the tracking page, answers through the token, and
 * the job's steps hold to the answer: no parts and no completion without an accepted quote, no
 * charges above it. The token answers its one quote, once, and grants nothing else.
 */

const receiver = new SmtpReceiver();
let smtpUrl = '';
beforeAll(async () => {
  smtpUrl = await receiver.start();
});
afterAll(() => receiver.stop());

const network = useNetwork({
  partners: 2,
  server: () => ({ config: { messages: { ...loadConfig({}).messages, smtpUrl, mailFrom: 'Portal <no-reply@mail.portal.test>' } } }),
});

const CUSTOMER = 'customer@quotes.test';

const SET_CALENDAR = graphql(`
  mutation QuotesCalendar($c: BusinessCalendarInput!) { setBusinessCalendar(calendar: $c) { holidayCountry } }
`);
const JOB_QUOTE = graphql(`
  query QuotesJobQuote($id: ID!) {
    job(id: $id) {
      status
      quote { id number state taxRate net { amount currency } tax { amount currency } gross { amount currency } declineReason
        lines { kind description quantity unitPrice { amount currency } amount { amount currency } part { sku } } }
      events { kind reason }
    }
  }
`);
const TRACK = graphql(`
  query QuotesTrack($t: String!) { trackJob(token: $t) { number quote { number state answerToken partnerName gross { amount } } } }
`);
const LINK_PAGE = graphql(`
  query QuotesLinkPage($t: String!) { customerQuote(token: $t) { number state partnerName gross { amount currency } lines { kind quantity } answerToken } }
`);
const LIVE = graphql(`
  subscription QuotesLive { serviceEvents { kind jobId reason job { id quote { number state declineReason } } } }
`);
const MAILED_OFFER = graphql(`
  query QuotesMailedOffer($t: String!) { mailedOffer(token: $t) { offerId } }
`);

beforeAll(async () => {
  const { server, api, net } = network;
  await server.deps.orm.em
    .fork()
    .execute('update customer set email = ? where id = (select customer_id from equipment_unit where serial = ?)', [CUSTOMER, net.paidSerial]);
  // The manufacturer's country is its calendar's: Germany, 19 % VAT.
  const hours = (['MON', 'TUE', 'WED', 'THU', 'FRI'] as const).map((day) => ({ day, intervals: ['08:00-17:00'] }));
  await api.ok(net.admin, SET_CALENDAR, { c: { timeZone: 'Europe/Berlin', hours, holidayCountry: 'DE' } });
});

const partId = async (server: TestServer, sku: string) =>
  (await server.deps.orm.em.fork().execute<{ id: string }[]>('select id from part where sku = ?', [sku]))[0].id;

/** A paid job started by the partner's technician, not yet quoted. */
async function paidJob(net: NetworkFixture, partner = net.partners[0]) {
  return (await network.api.startedJob(net, partner, net.paidSerial, { quoted: false })).job;
}

const tokenOf = (url: string) => new URL(url).pathname.split('/').at(-1)!;

describe('quotes for paid work', () => {
  it('is accepted through the mailed link; parts and completion wait for it, and a completion above it is refused while one within it passes', async () => {
    const { server, api, net } = network;
    const partner = net.partners[0];
    const job = await paidJob(net);
    expect(job.coverage).toBe('POST_WARRANTY');

    // Nothing goes on before the customer's word.
    expect(errorCode(await api.requestParts(partner.tech, job.id, [{ sku: net.skus[0], quantity: 1 }]))).toBe('INVALID_TRANSITION');
    expect(errorCode(await api.complete(partner.tech, job.id, { ...api.fullReport(net), laborMinutes: 60 }))).toBe('INVALID_TRANSITION');

    // Two hours at the partner's 70.00, the first part at its list price 25.00, a call-out of 40.00: 205.00 net, 19 % VAT.
    const part = await partId(server, net.skus[0]);
    const sent = await api.sendQuote(partner.tech, job.id, [
      { kind: 'LABOR', quantity: '2' },
      { kind: 'PART', partId: part, quantity: '1' },
      { kind: 'TRAVEL', quantity: '1', unitPrice: { amount: '40.00', currency: 'EUR' } },
    ]);
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.sendQuote).toMatchObject({
      state: 'SENT',
      taxRate: '19.00',
      net: { amount: '205.00', currency: 'EUR' },
      tax: { amount: '38.95', currency: 'EUR' },
      gross: { amount: '243.95', currency: 'EUR' },
    });

    // The customer's mail carries the accept and decline links; the accept link answers.
    await server.deps.consumers.drain();
    const number = sent.data!.sendQuote.number;
    await until(() => receiver.to(CUSTOMER).some((mail) => mail.subject?.includes(number)), 15_000, 'the quote mail');
    const mail = receiver.to(CUSTOMER).find((message) => message.subject?.includes(number))!;
    expect(mail.subject).toContain('243.95');
    const acceptUrl = linkIn(mail.text ?? '', 'Accept the quote');
    const declineUrl = linkIn(mail.text ?? '', 'Decline the quote');
    expect(new URL(acceptUrl).pathname).toMatch(/^\/quote\//);
    expect(new URL(acceptUrl).searchParams.get('answer')).toBe('accept');
    expect(tokenOf(declineUrl)).toBe(tokenOf(acceptUrl));
    // The link's page reads the quote; reading answers nothing.
    const page = (await api.ok(undefined, LINK_PAGE, { t: tokenOf(acceptUrl) })).customerQuote;
    expect(page).toMatchObject({ number, state: 'SENT', partnerName: expect.any(String), gross: { amount: '243.95', currency: 'EUR' } });
    expect(page.lines.map((line) => line.kind)).toEqual(['LABOR', 'PART', 'TRAVEL']);
    const accepted = await api.answerQuote(tokenOf(acceptUrl), true);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.answerQuote).toMatchObject({ number, state: 'ACCEPTED', answerToken: null });
    // Answered once: the same link again, or its decline, finds the quote closed.
    expect(errorCode(await api.answerQuote(tokenOf(acceptUrl), true))).toBe('OFFER_CLOSED');
    expect(errorCode(await api.answerQuote(tokenOf(declineUrl), false, 'Changed my mind'))).toBe('OFFER_CLOSED');
    // After acceptance the price stands.
    expect(errorCode(await api.sendQuote(partner.tech, job.id, [{ kind: 'LABOR', quantity: '1' }]))).toBe('INVALID_TRANSITION');

    const seen = (await api.ok(net.dispatcher, JOB_QUOTE, { id: job.id })).job!;
    expect(seen.quote).toMatchObject({ number, state: 'ACCEPTED' });
    expect(seen.quote!.lines.map((line) => [line.kind, line.quantity, line.amount.amount, line.part?.sku ?? null])).toEqual([
      ['LABOR', '2.00', '140.00', null],
      ['PART', '1.00', '25.00', net.skus[0]],
      ['TRAVEL', '1.00', '40.00', null],
    ]);
    expect(seen.events.map((event) => event.kind)).toEqual(expect.arrayContaining(['QUOTE_SENT', 'QUOTE_ACCEPTED']));

    // The part comes.
    const request = await api.requestParts(partner.tech, job.id, [{ sku: net.skus[0], quantity: 1 }]);
    expect(request.errors).toBeUndefined();
    const requestId = request.data!.requestParts.id;
    await api.decide(net.partsClerk, requestId, true);
    await api.ship(net.partsClerk, requestId);
    await api.receive(partner.tech, requestId);

    // Three hours (210.00) + 25.00 + 40.00 = 275.00 is above the quote's 205.00 net; two hours (205.00) is within it.
    const above = await api.complete(partner.tech, job.id, { ...api.fullReport(net), laborMinutes: 180 });
    expect(errorCode(above)).toBe('PRICE_ABOVE_LIST');
    expect(above.errors?.[0].message).toContain(`exceed the accepted quote ${number}`);
    expect(above.errors?.[0].extensions?.violationCodes).toEqual([expect.objectContaining({ code: 'price.aboveQuote' })]);
    const within = await api.complete(partner.tech, job.id, { ...api.fullReport(net), laborMinutes: 120 });
    expect(within.errors).toBeUndefined();
    expect(within.data!.completeJob.status).toBe('COMPLETED');
  });

  it('keeps the old price ceiling first: labour beyond the flat rate is refused as before, with its own reason', async () => {
    const { api, net } = network;
    const partner = net.partners[1];
    const { job } = await api.startedJob(net, partner, net.paidSerial);
    const over = await api.complete(partner.tech, job.id, { ...api.fullReport(net), laborMinutes: 600 });
    expect(errorCode(over)).toBe('PRICE_ABOVE_LIST');
    expect(over.errors?.[0].extensions?.violationCodes).toEqual([expect.objectContaining({ code: 'price.overFlatRate' })]);
  });

  it('is declined with a reason on the tracking page; a new quote supersedes one still open, whose token then answers nothing', async () => {
    const { server, api, net } = network;
    const [partner, other] = net.partners;
    // Live: the job's holders and the network's staff hear of the quote, with the job as screens show it; another partner does not.
    const [board, holder, stranger] = await Promise.all(
      [net.dispatcher, partner.admin, other.admin].map((actor) => EventRecorder.start(wsClient(server.wsUrl, actor.token), {}, LIVE)),
    );
    const job = await paidJob(net);
    await api.sendQuote(partner.admin, job.id, [{ kind: 'LABOR', quantity: '3' }]);
    const first = await api.trackedQuote(net, job.id);
    expect(first).toMatchObject({ state: 'SENT', gross: { amount: '249.90' } });
    const second = (await api.sendQuote(partner.tech, job.id, [{ kind: 'LABOR', quantity: '2.5' }])).data!.sendQuote;
    expect(errorCode(await api.answerQuote(first!.answerToken!, true))).toBe('OFFER_CLOSED');

    const open = await api.trackedQuote(net, job.id);
    expect(open).toMatchObject({ number: second.number, state: 'SENT' });
    const declined = await api.answerQuote(open!.answerToken!, false, '  Too expensive for an old unit  ');
    expect(declined.data?.answerQuote).toMatchObject({ state: 'DECLINED', declineReason: 'Too expensive for an old unit', answerToken: null });
    const seen = (await api.ok(partner.admin, JOB_QUOTE, { id: job.id })).job!;
    expect(seen.quote).toMatchObject({ number: second.number, state: 'DECLINED', declineReason: 'Too expensive for an old unit' });
    expect(seen.events.find((event) => event.kind === 'QUOTE_DECLINED')?.reason).toBe('Too expensive for an old unit');
    for (const recorder of [board, holder]) {
      const heard = await recorder.waitFor((event) => event.kind === 'QUOTE_DECLINED' && event.jobId === job.id);
      expect(heard).toMatchObject({ reason: 'Too expensive for an old unit', job: { quote: { number: second.number, state: 'DECLINED' } } });
    }
    const own = await paidJob(net, other);
    await stranger.waitFor((event) => event.kind === 'JOB_STARTED' && event.jobId === own.id);
    expect(stranger.events.filter((event) => event.jobId === job.id)).toEqual([]);
    for (const recorder of [board, holder, stranger]) recorder.stop();
    // Declined: still nothing goes on, until a new quote is accepted.
    expect(errorCode(await api.requestParts(partner.tech, job.id, [{ sku: net.skus[0], quantity: 1 }]))).toBe('INVALID_TRANSITION');
    await api.acceptedQuote(net, partner.tech, job.id, [{ kind: 'LABOR', quantity: '1' }]);
    expect((await api.requestParts(partner.tech, job.id, [{ sku: net.skus[0], quantity: 1 }])).errors).toBeUndefined();
  });

  it('refuses a forged token and binds one to its quote; the token grants nothing else', async () => {
    const { server, api, net } = network;
    const [a, b] = net.partners;
    const jobA = await paidJob(net, a);
    const jobB = await paidJob(net, b);
    await api.sendQuote(a.tech, jobA.id, [{ kind: 'LABOR', quantity: '1' }]);
    await api.sendQuote(b.tech, jobB.id, [{ kind: 'LABOR', quantity: '1' }]);
    const tokenA = (await api.trackedQuote(net, jobA.id))!.answerToken!;

    expect(errorCode(await api.answerQuote('not-a-token', true))).toBe('NOT_FOUND');
    const [header, payload, signature] = tokenA.split('.');
    const flipped = `${header}.${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(errorCode(await api.answerQuote(flipped, true))).toBe('NOT_FOUND');
    // A mailed offer's token (another purpose, same signer) answers no quote.
    const offerToken = await server.deps.links.sign({
      purpose: 'offer.accept',
      subject: jobB.id,
      userId: a.admin.id,
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    expect(errorCode(await api.answerQuote(offerToken, true))).toBe('NOT_FOUND');

    // A's token answers A's quote only: B's stays open.
    expect((await api.answerQuote(tokenA, false)).data?.answerQuote.state).toBe('DECLINED');
    expect((await api.trackedQuote(net, jobB.id))!.state).toBe('SENT');

    // Not a tracking link, not an offer link, not a sign-in.
    expect(errorCode(await api.call(undefined, TRACK, { t: tokenA }))).toBe('NOT_FOUND');
    expect(errorCode(await api.call(undefined, MAILED_OFFER, { t: tokenA }))).toBe('NOT_FOUND');
    expect(errorCode(await api.call(undefined, LINK_PAGE, { t: 'not-a-token' }))).toBe('NOT_FOUND');
    const asBearer = await post(server.httpUrl, JOB_QUOTE.toString(), { id: jobA.id }, tokenA);
    expect(errorCode(asBearer)).toBe('UNAUTHENTICATED');
  });

  it('is sent only by the partner working a started paid job, within the price list', async () => {
    const { server, api, net } = network;
    const [a, b] = net.partners;
    const job = await paidJob(net, a);
    const labor = (amount: string) => [{ kind: 'LABOR' as const, quantity: '1', unitPrice: { amount, currency: 'EUR' } }];
    // Above the partner's rate (70.00), a part above its list price (25.00), travel above the ceiling (150.00).
    expect(errorCode(await api.sendQuote(a.tech, job.id, labor('70.01')))).toBe('PRICE_ABOVE_LIST');
    const part = await partId(server, net.skus[0]);
    expect(
      errorCode(await api.sendQuote(a.tech, job.id, [{ kind: 'PART', partId: part, quantity: '1', unitPrice: { amount: '25.50', currency: 'EUR' } }])),
    ).toBe('PRICE_ABOVE_LIST');
    expect(errorCode(await api.sendQuote(a.tech, job.id, [{ kind: 'TRAVEL', quantity: '1', unitPrice: { amount: '150.01', currency: 'EUR' } }]))).toBe(
      'PRICE_ABOVE_LIST',
    );
    expect(errorCode(await api.sendQuote(a.tech, job.id, labor('60.00'), 0))).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.sendQuote(a.tech, job.id, []))).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.sendQuote(a.tech, job.id, [{ kind: 'LABOR', quantity: '-1' }]))).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.sendQuote(a.tech, job.id, [{ kind: 'PART', quantity: '1' }]))).toBe('BAD_USER_INPUT');
    // A lower rate may be quoted.
    expect((await api.sendQuote(a.tech, job.id, labor('60.00'))).data?.sendQuote.net).toEqual({ amount: '60.00', currency: 'EUR' });
    // Another partner does not see the job; the manufacturer's staff do not quote.
    expect(errorCode(await api.sendQuote(b.admin, job.id, labor('60.00')))).toBe('NOT_FOUND');
    expect(errorCode(await api.sendQuote(net.dispatcher, job.id, labor('60.00')))).toBe('FORBIDDEN');
    // Warranty work is not quoted.
    const { job: warranty } = await api.startedJob(net, a, net.warrantySerial);
    expect(errorCode(await api.sendQuote(a.tech, warranty.id, labor('60.00')))).toBe('INVALID_TRANSITION');
    // Nor before the job started.
    const { job: assigned } = await api.assignedJob(net, a, net.paidSerial);
    expect(errorCode(await api.sendQuote(a.admin, assigned.id, labor('60.00')))).toBe('INVALID_TRANSITION');
  });
});
