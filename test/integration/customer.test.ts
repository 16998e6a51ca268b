import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { ServiceRequestInput } from '../gql/graphql.js';
import { useNetwork } from '../support/use-network.js';
import { EventRecorder, errorCode, gql, until, wsClient } from '../support/graphql-client.js';
import { photoJpeg } from '../support/images.js';
import type { NetworkFixture } from '../support/factory.js';
import { RETENTION_SWEEPERS, RetentionSweep, type RetentionSweeper } from '../../server/dist/modules/customer/retention.js';
import { createLogger } from '../../server/dist/shared/logger.js';

/**
 * The customer's side (no account): the tracking link of one job, the survey on the same token,
 * the /request form with its throttle (held on two instances of one database), the dispatcher's
 * triage of requests, and the retention sweep, by moving the clock.
 */

const LIMITS = { perAddress: 4, perSerial: 2, windowMinutes: 60 };
const network = useNetwork({ partners: 1, rival: { partners: 1 }, server: { twin: true, config: { requestLimits: LIMITS } } });

const TRACK = graphql(`
  query CustomerTrack($t: String!) {
    trackJob(token: $t) {
      number status receivedAt appointmentAt technicianFirstName reportUrl surveyOpen surveyAnswered trackingPath
      equipment { serial model }
      responsible { organization name email }
      timeline { kind at }
    }
  }
`);
const LINK = graphql(`
  query CustomerLink($id: ID!) { job(id: $id) { number source customerLinkToken surveyToken } }
`);
const SUBMIT = graphql(`
  mutation CustomerSubmitRequest($input: ServiceRequestInput!) { submitServiceRequest(input: $input) { token trackingPath matched jobNumber } }
`);
const SURVEY = graphql(`
  mutation CustomerSurvey($t: String!) { submitSurvey(token: $t, rating: 4) { rating } }
`);
const REQUESTS = graphql(`
  query CustomerRequests($s: ServiceRequestStatus) {
    serviceRequests(status: $s) { id status serial description contactName contactEmail contactPhone address jobId jobNumber handledAt }
  }
`);
const FROM_REQUEST = graphql(`
  mutation CustomerJobFromRequest($id: ID!, $s: String!) { createJobFromServiceRequest(id: $id, serial: $s) { id number status source customerLinkToken } }
`);
const HANDLED = graphql(`
  mutation CustomerRequestHandled($id: ID!) { markServiceRequestHandled(id: $id) { id status handledAt } }
`);
const MANUFACTURERS = graphql(`
  query CustomerManufacturers { requestManufacturers { slug name } }
`);

const track = (token: string) => gql(network.server.httpUrl, TRACK, { t: token });
const slugOf = (net: NetworkFixture) => `maker-${net.suffix}`;
const request = (net: NetworkFixture, serial: string, extra: Partial<ServiceRequestInput> = {}) => ({
  input: {
    manufacturer: slugOf(net),
    serial,
    contactName: 'Erika Mustermann',
    contactEmail: 'erika@customer.example',
    contactPhone: '+49 30 1234567',
    address: 'Hinterhof 3, Berlin',
    description: 'The cooler is warm and beeps',
    ...extra,
  },
});
/** Each request test starts a new throttle window, so they do not count each other's requests. */
const freshWindow = () => network.server.clock.advance((LIMITS.windowMinutes + 1) * 60_000);

async function linkOf(jobId: string) {
  const { api, net } = network;
  return (await api.ok(net.dispatcher, LINK, { id: jobId })).job!;
}

describe("the customer's tracking link", () => {
  it('shows the job from its creation, in customer words, with nothing of the partners’ dealings', async () => {
    const { api, net } = network;
    const partner = net.partners[0];
    const { job } = await api.startedJob(net, partner);
    const link = await linkOf(job.id);
    expect(link).toMatchObject({ source: 'STAFF', surveyToken: null });
    expect(link.customerLinkToken).toMatch(/^[\w-]{30,}$/);
    // Only the manufacturer's staff read the link.
    for (const actor of [partner.admin, partner.tech]) expect((await api.ok(actor, LINK, { id: job.id })).job?.customerLinkToken).toBeNull();

    const answer = await track(link.customerLinkToken!);
    const view = answer.data!.trackJob;
    expect(view).toMatchObject({
      number: job.number,
      status: 'IN_PROGRESS',
      equipment: { serial: net.warrantySerial },
      technicianFirstName: 'Tech',
      responsible: { organization: `Maker ${net.suffix}`, name: `dispatcher ${net.suffix}`, email: net.dispatcher.email },
      reportUrl: null,
      surveyOpen: false,
      surveyAnswered: false,
      trackingPath: `/track/${link.customerLinkToken}`,
    });
    expect(view.equipment.model).toBeTruthy();
    expect(view.appointmentAt).toBeTruthy();
    expect(view.timeline.map((step) => step.kind)).toEqual(['RECEIVED', 'PARTNER_ASSIGNED', 'APPOINTMENT_SET', 'WORK_STARTED']);
    // The offer, the partner firm, the technician's full name and the job's internal text are not in the answer.
    const text = JSON.stringify(answer);
    for (const hidden of [partner.id, partner.slug, `Tech ${partner.slug}`, partner.tech.email, 'Compressor stops']) expect(text).not.toContain(hidden);
  });

  it('gives the service report once done and opens the survey on the same token once closed; /survey answers to it, and only then', async () => {
    const { api, net, server } = network;
    const partner = net.partners[0];
    const { job } = await api.startedJob(net, partner);
    const token = (await linkOf(job.id)).customerLinkToken!;
    expect(errorCode(await gql(server.httpUrl, SURVEY, { t: token }))).toBe('INVALID_TRANSITION');
    expect((await api.complete(partner.tech, job.id, api.fullReport(net))).errors).toBeUndefined();
    expect((await track(token)).data!.trackJob).toMatchObject({ status: 'DONE', surveyOpen: false, appointmentAt: null });

    // The service report of the completion (made in the background; the sweep makes it now if it is not there yet).
    await server.deps.reports.sweep();
    const reportUrl = (await track(token)).data!.trackJob.reportUrl!;
    expect(reportUrl).toMatch(/^\/files\/[\w-]+\?v=full&exp=\d+&sig=/);
    const report = await fetch(`${server.url}${reportUrl}`);
    expect(report.status).toBe(200);
    expect(report.headers.get('content-type')).toContain('application/pdf');
    expect(
      Buffer.from(await report.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    const closed = await api.close(net.dispatcher, job.id);
    expect(closed.data!.closeJob.surveyToken).toBe(token);
    expect((await track(token)).data!.trackJob).toMatchObject({ status: 'CLOSED', surveyOpen: true, surveyAnswered: false });
    expect((await gql(server.httpUrl, SURVEY, { t: token })).data?.submitSurvey.rating).toBe(4);
    const after = (await track(token)).data!.trackJob;
    expect(after).toMatchObject({ surveyOpen: false, surveyAnswered: true });
    expect(after.timeline.map((step) => step.kind).slice(-3)).toEqual(['WORK_DONE', 'CLOSED', 'FEEDBACK_RECEIVED']);
  });

  it('grants exactly its one job: an unknown token is NOT_FOUND, another manufacturer’s token shows only its own job', async () => {
    const { api, net, rival } = network;
    for (const token of ['', 'not-a-token', 'x'.repeat(500)]) expect(errorCode(await track(token))).toBe('NOT_FOUND');
    const ours = await api.createJob(net);
    const theirs = await api.createJob(rival);
    const theirToken = (await api.ok(rival.dispatcher, LINK, { id: theirs.id })).job!.customerLinkToken!;
    expect((await track(theirToken)).data!.trackJob.number).toBe(theirs.number);
    expect((await track(theirToken)).data!.trackJob.number).not.toBe(ours.number);
    // The token is no sign-in: everything else still wants one.
    const other = await gql(network.server.httpUrl, LINK, { id: ours.id }, theirToken);
    expect(errorCode(other)).toBe('UNAUTHENTICATED');
  });
});

describe('the /request form', () => {
  it('lists the manufacturers a customer may ask', async () => {
    const { net, rival, server } = network;
    const slugs = (await gql(server.httpUrl, MANUFACTURERS, {})).data!.requestManufacturers.map((m) => m.slug);
    expect(slugs).toEqual(expect.arrayContaining([slugOf(net), slugOf(rival)]));
  });

  it('opens a NEW customer-request job for a known serial, on the board with JOB_CREATED, and answers the tracking link', async () => {
    freshWindow();
    const { api, net, server } = network;
    const board = await EventRecorder.start(wsClient(server.wsUrl, net.dispatcher.token));
    const receipt = (await gql(server.httpUrl, SUBMIT, request(net, ` ${net.paidSerial} `))).data!.submitServiceRequest;
    expect(receipt).toMatchObject({ matched: true, trackingPath: `/track/${receipt.token}` });
    const [{ id }] = await server.deps.orm.em.fork().execute<{ id: string }[]>('select id from service_job where customer_token = ?', [receipt.token]);
    await board.waitFor((event) => event.kind === 'JOB_CREATED' && event.job?.id === id);
    board.stop();
    const job = (await api.ok(net.dispatcher, LINK, { id })).job!;
    expect(job).toMatchObject({ number: receipt.jobNumber, source: 'CUSTOMER_REQUEST', customerLinkToken: receipt.token });
    expect((await track(receipt.token)).data!.trackJob).toMatchObject({
      number: receipt.jobNumber,
      status: 'RECEIVED',
      equipment: { serial: net.paidSerial },
      responsible: { organization: `Maker ${net.suffix}`, name: null },
    });
    // The dispatcher has the contact with the job; the request needs no triage of its own.
    const triaged = (await api.ok(net.dispatcher, REQUESTS, { s: 'TRIAGED' })).serviceRequests;
    expect(triaged.find((r) => r.jobNumber === receipt.jobNumber)).toMatchObject({ contactEmail: 'erika@customer.example', contactPhone: '+49 30 1234567' });
    expect((await api.ok(net.dispatcher, REQUESTS, {})).serviceRequests.map((r) => r.jobNumber)).not.toContain(receipt.jobNumber);
  });

  it('keeps a request whose serial is not found for the dispatcher, tells the customer it is being reviewed, and becomes a job once found', async () => {
    freshWindow();
    const { api, net, rival, server } = network;
    const receipt = (await gql(server.httpUrl, SUBMIT, request(net, 'NO-SUCH-UNIT-1'))).data!.submitServiceRequest;
    expect(receipt).toMatchObject({ matched: false, jobNumber: null });
    expect((await track(receipt.token)).data!.trackJob).toMatchObject({
      number: null,
      status: 'RECEIVED',
      equipment: { serial: 'NO-SUCH-UNIT-1', model: null },
      timeline: [{ kind: 'RECEIVED' }],
    });
    const waiting = (await api.ok(net.dispatcher, REQUESTS, {})).serviceRequests.find((r) => r.serial === 'NO-SUCH-UNIT-1')!;
    expect(waiting).toMatchObject({ status: 'NEW', contactName: 'Erika Mustermann', address: 'Hinterhof 3, Berlin', jobId: null });
    // Another manufacturer's dispatcher sees nothing of it, and cannot act on it.
    expect((await api.ok(rival.dispatcher, REQUESTS, {})).serviceRequests.map((r) => r.id)).not.toContain(waiting.id);
    expect(errorCode(await api.call(rival.dispatcher, HANDLED, { id: waiting.id }))).toBe('NOT_FOUND');
    // A serial that is still wrong changes nothing.
    expect(errorCode(await api.call(net.dispatcher, FROM_REQUEST, { id: waiting.id, s: 'STILL-WRONG' }))).toBe('NOT_FOUND');

    const job = (await api.ok(net.dispatcher, FROM_REQUEST, { id: waiting.id, s: net.warrantySerial })).createJobFromServiceRequest;
    expect(job).toMatchObject({ status: 'NEW', source: 'CUSTOMER_REQUEST', customerLinkToken: receipt.token });
    // The customer's link now shows the job, with the dispatcher who opened it.
    expect((await track(receipt.token)).data!.trackJob).toMatchObject({ number: job.number, responsible: { name: `dispatcher ${net.suffix}` } });
    expect(errorCode(await api.call(net.dispatcher, FROM_REQUEST, { id: waiting.id, s: net.warrantySerial }))).toBe('INVALID_TRANSITION');
    expect((await api.ok(net.dispatcher, REQUESTS, {})).serviceRequests.map((r) => r.id)).not.toContain(waiting.id);

    // One handled otherwise leaves the list, and the customer's link says it is closed.
    const other = (await gql(server.httpUrl, SUBMIT, request(net, 'NO-SUCH-UNIT-2'))).data!.submitServiceRequest;
    const otherId = (await api.ok(net.dispatcher, REQUESTS, {})).serviceRequests.find((r) => r.serial === 'NO-SUCH-UNIT-2')!.id;
    expect((await api.ok(net.dispatcher, HANDLED, { id: otherId })).markServiceRequestHandled.status).toBe('TRIAGED');
    expect((await track(other.token)).data!.trackJob.status).toBe('CLOSED');
  });

  it('refuses bad input with the field to fix', async () => {
    const { net, server } = network;
    for (const [extra, field] of [
      [{ manufacturer: 'no-such-maker' }, 'manufacturer'],
      [{ contactEmail: 'not-an-address' }, 'contactEmail'],
      [{ description: '   ' }, 'description'],
      [{ contactName: '' }, 'contactName'],
    ] as const) {
      const answer = await gql(server.httpUrl, SUBMIT, request(net, 'ANY-1', extra));
      expect(errorCode(answer)).toBe('BAD_USER_INPUT');
      expect(answer.errors![0].extensions!.field).toBe(field);
    }
  });

  it('throttles per serial and per address, counted in the database so two instances hold the same limits', async () => {
    freshWindow();
    const { net, server, twin } = network;
    const urls = [server.httpUrl, twin.httpUrl];
    const send = (serial: string, i: number) => gql(urls[i % 2], SUBMIT, request(net, serial));
    const count = async (serial: string) =>
      Number((await server.deps.orm.em.fork().execute<{ n: string }[]>('select count(*) as n from service_request where serial = ?', [serial]))[0].n);

    expect((await send('THROTTLE-A', 0)).errors).toBeUndefined();
    expect((await send('throttle-a', 1)).errors).toBeUndefined();
    const bySerial = await send('Throttle-A', 0);
    expect(errorCode(bySerial)).toBe('TOO_MANY_REQUESTS');
    expect(bySerial.errors![0].extensions).toMatchObject({ limit: 'SERIAL' });
    expect(bySerial.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    expect(await count('Throttle-A')).toBe(0);

    expect((await send('THROTTLE-B', 1)).errors).toBeUndefined();
    expect((await send('THROTTLE-C', 0)).errors).toBeUndefined();
    const byAddress = await send('THROTTLE-D', 1);
    expect(errorCode(byAddress)).toBe('TOO_MANY_REQUESTS');
    expect(byAddress.errors![0].extensions).toMatchObject({ limit: 'ADDRESS' });
    expect(await count('THROTTLE-D')).toBe(0);

    freshWindow();
    expect((await send('THROTTLE-D', 1)).errors).toBeUndefined();
  });
});

describe('retention', () => {
  it('clears the customer data of jobs closed longer ago than the setting, once, on one instance; events keep the facts', async () => {
    freshWindow();
    const { api, net, server, twin } = network;
    const em = () => server.deps.orm.em.fork();
    // A request that became a job, closed now; one still open; one that never became a job.
    const done = (await gql(server.httpUrl, SUBMIT, request(net, net.warrantySerial, { contactName: 'Closed Customer' }))).data!.submitServiceRequest;
    const doneJob = (await em().execute<{ id: string }[]>('select id from service_job where customer_token = ?', [done.token]))[0].id;
    const [offer] = await api.offerOk(net, doneJob, [net.partners[0].id]);
    expect((await api.accept(net.partners[0].admin, offer.id)).errors).toBeUndefined();
    expect((await api.schedule(net.partners[0].admin, doneJob, net.partners[0].tech.id)).errors).toBeUndefined();
    expect((await api.start(net.partners[0].tech, doneJob)).errors).toBeUndefined();
    await api.uploadOk(net.partners[0].tech, doneJob, 'PHOTO', await photoJpeg({ width: 64, height: 48 }));
    expect((await api.complete(net.partners[0].tech, doneJob, api.fullReport(net))).errors).toBeUndefined();
    expect((await api.close(net.dispatcher, doneJob)).errors).toBeUndefined();
    const filesOf = (jobId: string) =>
      em().execute<{ kind: string; storage_key: string }[]>('select kind, storage_key from attachment where job_id = ? order by kind', [jobId]);
    await until(async () => (await filesOf(doneJob)).some((file) => file.kind === 'REPORT'), 20_000, 'the service report');
    const keys = (await filesOf(doneJob)).map((file) => file.storage_key);
    const open = (await gql(server.httpUrl, SUBMIT, request(net, net.paidSerial, { contactName: 'Open Customer' }))).data!.submitServiceRequest;
    const lost = (await gql(server.httpUrl, SUBMIT, request(net, 'LOST-1', { contactName: 'Lost Customer' }))).data!.submitServiceRequest;
    const eventsBefore = await em().execute<{ kind: string }[]>('select kind from service_event where job_id = ? order by seq', [doneJob]);

    // Nothing is past retention yet.
    const early = await server.deps.retention.run();
    expect(early.cleared.serviceRequests).toBe(0);

    // A report still being made holds the job's row, and the sweep would skip the job (see below).
    await Promise.all([server.deps.reports.settled(), twin.deps.reports.settled()]);
    server.clock.advance(731 * 86_400_000);
    const passes = await Promise.all([server.deps.retention.run(), twin.deps.retention.run()]);
    const swept = passes.filter((pass) => pass.ran);
    expect(swept.length).toBeGreaterThan(0);
    expect(swept.reduce((n, pass) => n + pass.cleared.serviceRequests, 0)).toBeGreaterThanOrEqual(2);
    expect(swept.reduce((n, pass) => n + pass.jobs, 0)).toBeGreaterThanOrEqual(1);
    const [marked] = await em().execute<{ customer_data_swept_at: Date | null }[]>('select customer_data_swept_at from service_job where id = ?', [doneJob]);
    expect(marked.customer_data_swept_at).not.toBeNull();

    const rows = await em().execute<{ contact_name: string | null; contact_email: string | null; client_address: string | null; anonymized_at: Date | null }[]>(
      'select contact_name, contact_email, client_address, anonymized_at from service_request where contact_name in (?, ?, ?) or anonymized_at is not null',
      ['Closed Customer', 'Open Customer', 'Lost Customer'],
    );
    expect(rows.filter((row) => row.contact_name !== null).map((row) => row.contact_name)).toEqual(['Open Customer']);
    // The photo and the report (which names the customer) are gone, bytes and thumbnails with them.
    expect(swept.reduce((n, pass) => n + pass.cleared.attachments, 0)).toBeGreaterThanOrEqual(2);
    expect(await filesOf(doneJob)).toEqual([]);
    expect(await em().execute('select key from file_blob where key like any(?::text[])', [`{${keys.map((key) => `${key}%`).join(',')}}`])).toEqual([]);
    expect(rows.filter((row) => row.anonymized_at !== null).every((row) => row.contact_email === null && row.client_address === null)).toBe(true);
    // The links are retired; the open job's still works.
    for (const token of [done.token, lost.token]) expect(errorCode(await track(token))).toBe('NOT_FOUND');
    expect((await track(open.token)).data!.trackJob.status).toBe('RECEIVED');
    // The facts stay: every event of the closed job is still there.
    expect(await em().execute('select kind from service_event where job_id = ? order by seq', [doneJob])).toEqual(eventsBefore);
    // Each job is handed to the sweepers once.
    const again = await server.deps.retention.run();
    expect(again).toMatchObject({ ran: true, jobs: 0, cleared: { serviceRequests: 0, attachments: 0 } });
    // Back to the present, where the network's certifications are valid.
    server.clock.advance(-731 * 86_400_000);
  });

  it('hands each job past retention once to a plugged-in sweeper, and runs its outside work after the commit', async () => {
    const { api, net, server } = network;
    const { job } = await api.startedJob(net);
    expect((await api.complete(net.partners[0].tech, job.id, api.fullReport(net))).errors).toBeUndefined();
    expect((await api.close(net.dispatcher, job.id)).errors).toBeUndefined();
    // The completion's report is made in the background; while its transaction holds the job's row
    // (the attachment's foreign key), the sweep skips the job: it waits for the report first.
    await server.deps.reports.settled();
    // So does the mail consumer's transaction that writes the closing's customer mail (its foreign key).
    await server.deps.consumers.drain();
    server.clock.advance(731 * 86_400_000);
    const handed: string[] = [];
    const committedWhenRun: (Date | null)[] = [];
    const files: RetentionSweeper = {
      name: 'files',
      async sweep(_tx, past) {
        handed.push(...past.jobIds);
        past.afterCommit(async () => {
          // Read on another connection: only a committed sweep is visible there.
          const [row] = await server.deps.orm.em
            .fork()
            .execute<{ at: Date | null }[]>('select customer_data_swept_at as at from service_job where id = ?', [job.id]);
          committedWhenRun.push(row.at);
        });
        return past.jobIds.length;
      },
    };
    const sweep = new RetentionSweep(server.deps.orm, server.clock, createLogger('warn'), 730, [...RETENTION_SWEEPERS, files]);
    expect((await sweep.run()).cleared.files).toBe(handed.length);
    expect(handed).toContain(job.id);
    expect(committedWhenRun).toHaveLength(1);
    expect(committedWhenRun[0]).not.toBeNull();
    await sweep.run();
    expect(handed.filter((id) => id === job.id)).toHaveLength(1);
    server.clock.advance(-731 * 86_400_000);
  });
});
