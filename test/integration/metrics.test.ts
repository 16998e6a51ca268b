import { describe, expect, it } from 'vitest';
import { EVENT_CHANNEL } from '../../server/dist/modules/events/event-log.js';
import { graphql } from '../gql/index.js';
import { startTestServer } from '../support/server.js';
import { useNetwork } from '../support/use-network.js';
import { until, wsClient } from '../support/graphql-client.js';

const TOKEN = 'metrics-token-for-tests-0123456789';
const MINUTE = 60_000;

const network = useNetwork({ partners: 1, server: { config: { metricsToken: TOKEN } } });

// The portal's own operation names (web/src), which the metrics count by name; any other is "other".
const COLLEAGUES = graphql(`
  query Colleagues { colleagues { id } }
`);
const SIGN_IN = graphql(`
  mutation SignIn($email: String!, $password: String!) { login(email: $email, password: $password) { token } }
`);
const LIVE = graphql(`
  subscription Live($after: String) { serviceEvents(after: $after) { cursor } }
`);
const INVENTED = graphql(`
  query InventedByAClient { colleagues { id } }
`);

async function scrape(authorization: string | null = `Bearer ${TOKEN}`) {
  const response = await fetch(`${network.server.url}/metrics`, { headers: authorization ? { authorization } : {} });
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
}

/** The value of one sample in Prometheus' text format, or undefined when the series is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(match[3]);
  }
  return undefined;
}

const metric = async (name: string, labels: Record<string, string> = {}) => sample((await scrape()).text, name, labels);

describe('/metrics', () => {
  it('answers only the bearer of METRICS_TOKEN, in Prometheus text format', async () => {
    expect((await scrape(null)).status).toBe(401);
    expect((await scrape('Bearer not-the-token')).status).toBe(401);
    expect((await scrape(`Bearer ${TOKEN}x`)).status).toBe(401);
    const ok = await scrape();
    expect(ok.status).toBe(200);
    expect(ok.type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(ok.text).toContain('# TYPE portal_graphql_operations_total counter');
    expect(ok.text).toContain('# TYPE process_cpu_seconds_total counter');
  });

  it('is absent from a server without METRICS_TOKEN (a 404, not the portal page)', async () => {
    const plain = await startTestServer({ databaseUrl: network.server.databaseUrl });
    try {
      const response = await fetch(`${plain.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('<div id="root">');
    } finally {
      await plain.stop();
    }
  });

  it('counts operations by the portal’s own names and outcome; any other name is "other"', async () => {
    const { api, net } = network;
    const before = (await scrape()).text;
    await api.ok(net.dispatcher, COLLEAGUES);
    await api.ok(net.dispatcher, COLLEAGUES);
    const wrong = await api.call(undefined, SIGN_IN, { email: net.dispatcher.email, password: 'not-the-password' });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await api.ok(net.dispatcher, INVENTED);
    // Sent as text: codegen types only named operations, and one without a name is the case here.
    await api.ok(net.dispatcher, '{ colleagues { id } }');
    // Invalid on purpose: it fails validation.
    await api.call(net.dispatcher, 'query Broken { noSuchField }');

    const { text } = await scrape();
    const added = (name: string, labels: Record<string, string>) => (sample(text, name, labels) ?? 0) - (sample(before, name, labels) ?? 0);
    const operations = (operation: string, outcome: string) => added('portal_graphql_operations_total', { operation, outcome, transport: 'http' });
    expect(operations('Colleagues', 'ok')).toBe(2);
    expect(operations('SignIn', 'UNAUTHENTICATED')).toBe(1);
    expect(operations('other', 'ok')).toBe(2);
    expect(operations('other', 'GRAPHQL_VALIDATION_FAILED')).toBe(1);
    expect(text).not.toContain('InventedByAClient');
    expect(text).not.toContain('operation="Broken"');
    expect(added('portal_graphql_request_duration_seconds_count', { operation: 'Colleagues' })).toBe(2);
    expect(added('portal_graphql_request_duration_seconds_bucket', { operation: 'Colleagues', le: '+Inf' })).toBe(2);
  });

  it('follows open WebSockets and subscriptions as a client subscribes and leaves', async () => {
    const before = { sockets: await metric('portal_websocket_connections'), subscriptions: await metric('portal_graphql_subscriptions') };
    expect(before).toEqual({ sockets: 0, subscriptions: 0 });

    const { server, net } = network;
    const client = wsClient(server.wsUrl, net.dispatcher.token);
    const stop = client.subscribe(
      { query: LIVE.toString(), operationName: 'Live' },
      { next: () => undefined, error: () => undefined, complete: () => undefined },
    );
    await until(async () => (await metric('portal_graphql_subscriptions')) === 1, 5000, 'one subscription');
    expect(await metric('portal_websocket_connections')).toBe(1);
    expect(await metric('portal_graphql_operations_total', { operation: 'Live', outcome: 'ok', transport: 'ws' })).toBeGreaterThanOrEqual(1);

    stop();
    await until(async () => (await metric('portal_graphql_subscriptions')) === 0, 5000, 'the subscription ended');
    await client.dispose();
    await until(async () => (await metric('portal_websocket_connections')) === 0, 5000, 'the socket closed');
  });

  it('shows the event-log lag: the newest sequence against the last delivered', async () => {
    const { server, api, net } = network;
    await api.createJob(net);
    await until(async () => (await metric('portal_event_hub_lag_events')) === 0, 5000, 'caught up');
    const delivered = (await metric('portal_event_hub_delivered_sequence'))!;
    expect(delivered).toBeGreaterThan(0);

    // An event committed without the wake-up that appends send: the hub cannot know of it yet.
    const em = server.deps.orm.em.fork();
    await em.execute(`insert into service_event (kind, at, manufacturer_id, audience, data) values ('JOB_CREATED', now(), ?, '{}', '{}')`, [
      net.manufacturerId,
    ]);
    expect(await metric('portal_event_hub_lag_events')).toBe(1);
    expect(await metric('portal_event_hub_delivered_sequence')).toBe(delivered);

    await em.execute(`select pg_notify('${EVENT_CHANNEL}', '')`);
    await until(async () => (await metric('portal_event_hub_lag_events')) === 0, 5000, 'the hub read it');
    expect(await metric('portal_event_hub_delivered_sequence')).toBe(delivered + 1);
  });

  it('shows the use of both database pools', async () => {
    const { text } = await scrape();
    expect(sample(text, 'portal_db_pool_max', { pool: 'orm' })).toBe(20);
    expect(sample(text, 'portal_db_pool_max', { pool: 'events' })).toBe(4);
    for (const pool of ['orm', 'events']) {
      expect(sample(text, 'portal_db_pool_connections', { pool, state: 'idle' })).toBeGreaterThanOrEqual(0);
      expect(sample(text, 'portal_db_pool_connections', { pool, state: 'busy' })).toBeGreaterThanOrEqual(0);
      expect(sample(text, 'portal_db_pool_waiting', { pool })).toBe(0);
    }
    // The ORM has served this file's requests, so it holds at least one connection.
    expect(
      sample(text, 'portal_db_pool_connections', { pool: 'orm', state: 'idle' })! + sample(text, 'portal_db_pool_connections', { pool: 'orm', state: 'busy' })!,
    ).toBeGreaterThan(0);
  });

  it('counts deadline ticks and what they fired', async () => {
    const { server, api, net } = network;
    const ticks = (await metric('portal_deadline_ticks_total', { outcome: 'ok' }))!;
    const expired = (await metric('portal_deadlines_fired_total', { kind: 'offer_expired' }))!;
    const job = await api.createJob(net);
    await api.offerOk(net, job.id, [net.partners[0].id], 10);
    server.clock.advance(11 * MINUTE);
    await server.deps.scheduler.tick();

    const { text } = await scrape();
    expect(sample(text, 'portal_deadline_ticks_total', { outcome: 'ok' })).toBe(ticks + 1);
    expect(sample(text, 'portal_deadline_ticks_total', { outcome: 'failed' })).toBe(0);
    expect(sample(text, 'portal_deadlines_fired_total', { kind: 'offer_expired' })).toBe(expired + 1);
    expect(sample(text, 'portal_deadline_tick_duration_seconds_count')).toBe(ticks + 1);
  });
});
