import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { loadConfig } from '../../server/dist/config.js';
import { resolveTarget } from '../../server/dist/modules/webhook/target-guard.js';
import { useNetwork } from '../support/use-network.js';
import { startTestServer } from '../support/server.js';
import { buildNetwork, type Actor } from '../support/factory.js';
import { Api } from '../support/operations.js';
import { errorCode, until } from '../support/graphql-client.js';

/**
 * Webhooks end to end: a real HTTP receiver on 127.0.0.1 (allowed by WEBHOOK_ALLOW_PRIVATE_TARGETS),
 * every delivery verified with the standardwebhooks library, short retry delays.
 */
const settings = loadConfig({
  WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
  WEBHOOK_RETRY_LIMIT: '1',
  WEBHOOK_RETRY_DELAY_SECONDS: '1',
  WEBHOOK_DISABLE_AFTER_FAILURES: '3',
  WEBHOOK_TIMEOUT_MS: '5000',
}).messages;
const network = useNetwork({ partners: 2, capacity: 50, server: { config: { messages: settings } } });

interface Received {
  path: string;
  id: string;
  body: { type: string; timestamp: string; data: Record<string, unknown> };
  headers: Record<string, string>;
  raw: string;
}

/** The receiver: records every request by path; `answers` decides the status per path and body (200 by default). */
const received: Received[] = [];
const answers = new Map<string, (body: Received['body']) => number>();
let receiver: Server;
let base: string;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const path = req.url ?? '/';
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      const body = JSON.parse(raw);
      received.push({ path, id: headers['webhook-id'], body, headers, raw });
      res.statusCode = answers.get(path)?.(body) ?? 200;
      res.end(res.statusCode === 200 ? 'thanks' : 'not now');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => (receiver ? receiver.close(() => resolve()) : resolve())));

const CREATE = `mutation($i: WebhookEndpointInput!) { createWebhookEndpoint(input: $i) { secret endpoint { id url enabled eventKinds } } }`;
const ENDPOINTS = `{ webhookEndpoints { id url enabled disabledReason disabledAt consecutiveFailures } }`;
const DELIVERIES = `query($e: ID!) { webhookDeliveries(endpointId: $e, first: 100) {
  edges { node { id eventKind jobId state attemptCount lastStatusCode attempts { number statusCode error latencyMs responseBody } } } pageInfo { hasNextPage } } }`;

interface Delivery {
  id: string;
  eventKind: string;
  jobId: string | null;
  state: string;
  attemptCount: number;
  attempts: { number: number; statusCode: number | null; error: string | null; latencyMs: number; responseBody: string | null }[];
}

async function register(actor: Actor, path: string, eventKinds: string[] = []): Promise<{ id: string; secret: string }> {
  const data = await network.api.ok(actor, CREATE, { i: { url: `${base}${path}`, eventKinds, description: path } });
  const created = data.createWebhookEndpoint as { secret: string; endpoint: { id: string } };
  expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{40,}={0,2}$/);
  return { id: created.endpoint.id, secret: created.secret };
}

async function deliveries(actor: Actor, endpointId: string): Promise<Delivery[]> {
  const data = await network.api.ok(actor, DELIVERIES, { e: endpointId });
  return (data.webhookDeliveries as { edges: { node: Delivery }[] }).edges.map((edge) => edge.node);
}

/** Every request to `path`, each verified with the endpoint's secret (throws on a bad signature). */
function verifiedAt(path: string, secret: string): Received[] {
  const hook = new Webhook(secret);
  const at = received.filter((r) => r.path === path);
  for (const r of at) hook.verify(r.raw, r.headers);
  return at;
}

const drain = () => network.server.deps.consumers.drain();

describe('webhooks', () => {
  it('delivers signed events to the organizations that may see them, and nothing of a job offered to another partner', async () => {
    const { api, net } = network;
    const mine = net.partners[0];
    const partner = await register(mine.admin, '/partner0');
    const maker = await register(net.admin, '/maker', ['JOB_CREATED', 'JOB_OFFERED']);
    const other = await api.createJob(net);
    await api.offerOk(net, other.id, [net.partners[1].id]);
    const { job } = await api.assignedJob(net, mine);
    await drain();
    await until(() => verifiedAt('/partner0', partner.secret).some((r) => r.body.type === 'OFFER_ACCEPTED'), 15_000, 'the accept delivered');
    await until(() => verifiedAt('/maker', maker.secret).length >= 4, 15_000, "the maker's deliveries");
    const toPartner = verifiedAt('/partner0', partner.secret);
    expect(toPartner.every((r) => r.body.data.jobId === job.id)).toBe(true);
    expect(toPartner.map((r) => r.body.type)).toContain('JOB_OFFERED');
    const offered = toPartner.find((r) => r.body.type === 'JOB_OFFERED')!;
    expect(offered.headers['content-type']).toBe('application/json');
    expect(offered.body).toMatchObject({ type: 'JOB_OFFERED', data: { kind: 'JOB_OFFERED', jobId: job.id, partnerId: mine.id, offerMove: { to: 'PENDING' } } });
    expect(offered.body.data.offerId).toEqual(expect.any(String));
    // The manufacturer gets both jobs, only the kinds it asked for.
    const toMaker = verifiedAt('/maker', maker.secret);
    expect(new Set(toMaker.map((r) => r.body.type))).toEqual(new Set(['JOB_CREATED', 'JOB_OFFERED']));
    expect(new Set(toMaker.map((r) => r.body.data.jobId))).toEqual(new Set([other.id, job.id]));
    // Nothing about the other partner's job was even queued for the partner.
    // The receiver answers before the attempt is recorded: wait for the log to settle.
    await until(async () => (await deliveries(mine.admin, partner.id)).every((d) => d.state !== 'PENDING'), 10_000, 'the attempts recorded');
    const queued = await deliveries(mine.admin, partner.id);
    expect(queued.filter((d) => d.jobId === other.id)).toEqual([]);
    expect(queued.every((d) => d.state === 'DELIVERED' && d.attempts.length === 1 && d.attempts[0].statusCode === 200)).toBe(true);
  });

  it('keeps the order of one job’s events however quickly they follow each other', async () => {
    const { api, net } = network;
    const mine = net.partners[1];
    // A receiver slower than the changes: without the per-job order the workers would overtake each other.
    answers.set('/ordered', () => 200);
    const endpoint = await register(mine.admin, '/ordered');
    const { job } = await api.startedJob(net, mine);
    await api.requestParts(mine.tech, job.id, [{ sku: net.skus[0], quantity: 1 }]);
    await drain();
    const expected = (
      await network.server.deps.orm.em
        .fork()
        .execute<{ kind: string }[]>(`select kind from service_event where job_id = ? and audience @> array[?]::text[] order by seq`, [job.id, `p:${mine.id}`])
    ).map((row) => row.kind);
    expect(expected.length).toBeGreaterThanOrEqual(5);
    await until(() => verifiedAt('/ordered', endpoint.secret).length >= expected.length, 20_000, 'every event delivered');
    expect(verifiedAt('/ordered', endpoint.secret).map((r) => r.body.type)).toEqual(expected);
  });

  it('retries a delivery the receiver refused, with the same webhook-id, logs both attempts, and replays it with that id again', async () => {
    const { api, net } = network;
    let calls = 0;
    answers.set('/flaky', () => (++calls === 1 ? 500 : 200));
    const endpoint = await register(net.admin, '/flaky', ['JOB_CREATED']);
    const job = await api.createJob(net);
    await drain();
    await until(async () => (await deliveries(net.admin, endpoint.id)).some((d) => d.state === 'DELIVERED'), 20_000, 'delivered after a retry');
    const [delivery] = await deliveries(net.admin, endpoint.id);
    expect(delivery).toMatchObject({ eventKind: 'JOB_CREATED', jobId: job.id, state: 'DELIVERED', attemptCount: 2 });
    expect(delivery.attempts.map((a) => [a.number, a.statusCode])).toEqual([
      [1, 500],
      [2, 200],
    ]);
    expect(delivery.attempts[0]).toMatchObject({ error: 'HTTP 500', responseBody: 'not now' });
    const sent = verifiedAt('/flaky', endpoint.secret);
    expect(sent.map((r) => r.id)).toEqual([delivery.id, delivery.id]);
    // Replayed from the portal: the same id once more.
    const replay = await api.call(net.admin, 'mutation($id: ID!) { replayWebhookDelivery(id: $id) { id state } }', { id: delivery.id });
    expect(replay.data).toEqual({ replayWebhookDelivery: { id: delivery.id, state: 'PENDING' } });
    await until(() => verifiedAt('/flaky', endpoint.secret).length === 3, 20_000, 'the replay');
    expect(verifiedAt('/flaky', endpoint.secret)[2].id).toBe(delivery.id);
    await until(async () => (await deliveries(net.admin, endpoint.id))[0].state === 'DELIVERED', 10_000, 'the replay settled');
    // Another organization's admin cannot see or replay it.
    const foreign = await api.call(net.partners[0].admin, 'mutation($id: ID!) { replayWebhookDelivery(id: $id) { id } }', { id: delivery.id });
    expect(errorCode(foreign)).toBe('NOT_FOUND');
  });

  it('disables an endpoint whose deliveries keep failing, says why, and sends the failed ones again once enabled and replayed', async () => {
    const { api, net } = network;
    let down = true;
    answers.set('/down', () => (down ? 503 : 200));
    const endpoint = await register(net.admin, '/down', ['JOB_CREATED']);
    // Three jobs: three keys, each failing after its retry (the setting says 3 in a row disable).
    for (let i = 0; i < 3; i++) await api.createJob(net);
    await drain();
    const endpointNow = async () =>
      ((await api.ok(net.admin, ENDPOINTS)).webhookEndpoints as { id: string; enabled: boolean; disabledReason: string | null }[]).find(
        (e) => e.id === endpoint.id,
      )!;
    await until(async () => !(await endpointNow()).enabled, 60_000, 'the endpoint disabled');
    expect((await endpointNow()).disabledReason).toMatch(/3 deliveries in a row failed/);
    const failed = await deliveries(net.admin, endpoint.id);
    expect(failed.map((d) => [d.state, d.attemptCount])).toEqual([
      ['FAILED', 2],
      ['FAILED', 2],
      ['FAILED', 2],
    ]);
    // While disabled, a new event is not sent; replay is refused until it is enabled again.
    const refused = await api.call(net.admin, 'mutation($id: ID!) { replayWebhookDelivery(id: $id) { id } }', { id: failed[0].id });
    expect(errorCode(refused)).toBe('CONFLICT');
    down = false;
    const enabled = await api.ok(
      net.admin,
      'mutation($id: ID!) { updateWebhookEndpoint(id: $id, changes: { enabled: true }) { enabled disabledReason consecutiveFailures } }',
      {
        id: endpoint.id,
      },
    );
    expect(enabled.updateWebhookEndpoint).toEqual({ enabled: true, disabledReason: null, consecutiveFailures: 0 });
    const replayed = await api.ok(net.admin, 'mutation($id: ID!, $s: DateTime!) { replayFailedWebhookDeliveries(endpointId: $id, since: $s) }', {
      id: endpoint.id,
      s: new Date(Date.now() - 3_600_000).toISOString(),
    });
    expect(replayed.replayFailedWebhookDeliveries).toBe(3);
    await until(async () => (await deliveries(net.admin, endpoint.id)).every((d) => d.state === 'DELIVERED'), 20_000, 'the replays delivered');
    const ids = new Set(failed.map((d) => d.id));
    const lastThree = verifiedAt('/down', endpoint.secret).slice(-3);
    expect(new Set(lastThree.map((r) => r.id))).toEqual(ids);
  });

  it("mails a disabled endpoint's notice to its organization's admins, not to its API keys, nor to an admin who switched it off", async () => {
    const { api, net } = network;
    const [first, second] = net.partners;
    answers.set('/gone0', () => 503);
    answers.set('/gone1', () => 503);
    // An API key acting as a partner admin: it holds the capability but is no person with a mailbox.
    await api.ok(first.admin, 'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }', { i: { name: 'ERP', role: 'PARTNER_ADMIN' } });
    await api.ok(second.admin, 'mutation { setNotificationPreference(kind: WEBHOOK_DISABLED, enabled: false) { enabled } }');
    const gone = [await register(first.admin, '/gone0', ['JOB_OFFERED']), await register(second.admin, '/gone1', ['JOB_OFFERED'])];
    // Three jobs offered to both: three keys per endpoint, each failing after its retry.
    for (let i = 0; i < 3; i++) {
      const job = await api.createJob(net);
      await api.offerOk(net, job.id, [first.id, second.id]);
    }
    await drain();
    const enabled = async (admin: Actor, id: string) =>
      ((await api.ok(admin, ENDPOINTS)).webhookEndpoints as { id: string; enabled: boolean }[]).find((e) => e.id === id)?.enabled;
    await until(async () => (await enabled(first.admin, gone[0].id)) === false, 60_000, "the first partner's endpoint disabled");
    await until(async () => (await enabled(second.admin, gone[1].id)) === false, 60_000, "the second partner's endpoint disabled");
    const notices = await network.server.deps.orm.em
      .fork()
      .execute<{ recipient: string; organization_id: string; manufacturer_id: string; status: string; subject: string; text: string }[]>(
        `select m.recipient, u.organization_id, m.manufacturer_id, m.status, m.subject, m.text from mail_message m
        join app_user u on u.id = m.recipient_user_id where m.kind = 'WEBHOOK_DISABLED' and u.organization_id = any(?::uuid[])`,
        [`{${first.id},${second.id}}`],
      );
    // Written in the disabling transaction; HELD: this server has no SMTP_URL.
    expect(notices).toEqual([
      {
        recipient: first.admin.email,
        organization_id: first.id,
        manufacturer_id: net.manufacturerId,
        status: 'HELD',
        subject: `Webhook endpoint disabled: ${base}/gone0`,
        text: expect.stringContaining('3 deliveries in a row failed after all their retries'),
      },
    ]);
    expect(notices[0].text).toContain('/integrations');
  });

  it('holds back later deliveries about a job whose delivery exhausted its retries, lets other jobs through, and releases them in order on replay', async () => {
    const { api, net } = network;
    const partner = net.partners[0];
    let refuseOffers = true;
    answers.set('/held', (body) => (refuseOffers && body.type === 'JOB_OFFERED' ? 503 : 200));
    const endpoint = await register(net.admin, '/held');
    const stuck = await api.createJob(net);
    const [offer] = await api.offerOk(net, stuck.id, [partner.id]);
    await drain();
    const now = () => deliveries(net.admin, endpoint.id);
    await until(async () => (await now()).some((d) => d.eventKind === 'JOB_OFFERED' && d.state === 'FAILED'), 20_000, 'the offer exhausted its retry');
    // The receiver would take anything now; what follows about the stuck job waits behind its failed delivery.
    refuseOffers = false;
    expect((await api.accept(partner.admin, offer.id)).errors).toBeUndefined();
    const other = await api.createJob(net);
    await drain();
    await until(async () => (await now()).some((d) => d.jobId === other.id && d.state === 'DELIVERED'), 20_000, "the other job's delivery");
    const stuckDeliveries = (await now()).filter((d) => d.jobId === stuck.id).reverse();
    expect(stuckDeliveries.map((d) => [d.eventKind, d.state, d.attemptCount])).toEqual([
      ['JOB_CREATED', 'DELIVERED', 1],
      ['JOB_OFFERED', 'FAILED', 2],
      ...stuckDeliveries.slice(2).map((d) => [d.eventKind, 'PENDING', 0]),
    ]);
    expect(stuckDeliveries.length).toBeGreaterThan(2);
    const about = () => verifiedAt('/held', endpoint.secret).filter((r) => r.body.data.jobId === stuck.id);
    const [created, failed, ...waiting] = stuckDeliveries.map((d) => d.id);
    expect(about().map((r) => r.id)).toEqual([created, failed, failed]);

    const replay = await api.call(net.admin, 'mutation($id: ID!) { replayWebhookDelivery(id: $id) { id state } }', { id: failed });
    expect(replay.data).toEqual({ replayWebhookDelivery: { id: failed, state: 'PENDING' } });
    await until(async () => (await now()).every((d) => d.state === 'DELIVERED'), 20_000, 'the held ones released');
    // The refused attempts, then the replay and every held delivery in the log's order.
    expect(about().map((r) => r.id)).toEqual([created, failed, failed, failed, ...waiting]);
    const expected = (
      await network.server.deps.orm.em
        .fork()
        .execute<{ kind: string }[]>(`select kind from service_event where job_id = ? and audience @> array[?]::text[] order by seq`, [
          stuck.id,
          `m:${net.manufacturerId}`,
        ])
    ).map((row) => row.kind);
    expect(stuckDeliveries.map((d) => d.eventKind)).toEqual(expected);
  });

  it('rotates the secret: the next delivery verifies with the new one only', async () => {
    const { api, net } = network;
    const endpoint = await register(net.admin, '/rotated', ['JOB_CREATED']);
    const rotated = await api.ok(net.admin, 'mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }', { id: endpoint.id });
    const secret = (rotated.rotateWebhookSecret as { secret: string }).secret;
    expect(secret).not.toBe(endpoint.secret);
    await api.createJob(net);
    await drain();
    await until(() => received.some((r) => r.path === '/rotated'), 15_000, 'the delivery');
    expect(verifiedAt('/rotated', secret)).toHaveLength(1);
    expect(() => verifiedAt('/rotated', endpoint.secret)).toThrow();
  });
});

describe('the target guard', () => {
  const strict = { allowPrivateTargets: false };

  it('refuses loopback, private, link-local, CGNAT, unspecified and metadata targets, and plain http', async () => {
    for (const url of [
      'http://93.184.215.14/hook',
      'https://127.0.0.1/hook',
      'https://localhost/hook',
      'https://10.1.2.3/hook',
      'https://172.16.0.1/hook',
      'https://192.168.1.1/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://100.64.0.1/hook',
      'https://0.0.0.0/hook',
      'https://[::1]/hook',
      'https://[fc00::1]/hook',
      'https://[fe80::1]/hook',
      'https://[::ffff:127.0.0.1]/hook',
      'https://metadata.google.internal/computeMetadata/v1',
    ])
      await expect(resolveTarget(url, strict), url).rejects.toThrow();
    await expect(resolveTarget('https://93.184.215.14/hook', strict)).resolves.toMatchObject({ address: '93.184.215.14', family: 4 });
  });

  it('answers BAD_USER_INPUT through the API of a server without WEBHOOK_ALLOW_PRIVATE_TARGETS', async () => {
    const server = await startTestServer();
    try {
      const net = await buildNetwork(server, { partners: 1 });
      const api = new Api(server);
      for (const url of [`${base}/hook`, 'https://127.0.0.1/hook', 'https://169.254.169.254/']) {
        const result = await api.call(net.partners[0].admin, CREATE, { i: { url } });
        expect(errorCode(result), url).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0].message).toMatch(/https|not a public|must be public/);
      }
      expect((await api.ok(net.partners[0].admin, ENDPOINTS)).webhookEndpoints).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
