import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { TEST_TOKEN_SECRET } from '../support/server.js';
import { spawnServer } from '../support/server-process.js';
import { useNetwork } from '../support/use-network.js';
import { EventRecorder, LOGIN, errorCode, gql, login, wsClient } from '../support/graphql-client.js';
import { TokenService } from '../../server/dist/shared/tokens.js';
import { Role } from '../../server/dist/modules/network/network.enums.js';

const network = useNetwork({ partners: 1 });

const JOB_EVENTS = graphql(`
  subscription SecurityJobEvents($after: String) { serviceEvents(after: $after) { cursor job { id } } }
`);
const ANY_EVENTS = graphql(`
  subscription SecurityAnyEvents { serviceEvents { cursor } }
`);
const ME = graphql(`
  query SecurityMe { me { id } }
`);

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(network.server.httpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${network.net.dispatcher.token}`, ...headers },
    body: JSON.stringify(body),
  });

describe('hostile input', () => {
  it('refuses queries past the depth, alias and cost limits, batches, and cross-site simple requests', async () => {
    const { server, net } = network;
    const deep = `{ jobs { edges { node { offers { job { offers { job { offers { job { offers { job { id } } } } } } } } } } } }`;
    const deepResult = await gql(server.httpUrl, deep, {}, net.dispatcher.token);
    expect(deepResult.status).toBe(400);
    expect(errorCode(deepResult)).toBe('GRAPHQL_VALIDATION_FAILED');
    const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expect(errorCode(await gql(server.httpUrl, aliases, {}, net.dispatcher.token))).toBe('GRAPHQL_VALIDATION_FAILED');
    const batch = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(batch.status).toBe(400);
    // A GET without a preflight-forcing header is what a cross-site form or image can send: refused.
    const simple = await fetch(`${server.httpUrl}?query=${encodeURIComponent('{ __typename }')}`);
    expect(simple.status).toBe(400);
    const suggestion = await gql(server.httpUrl, '{ jobz { totalCount } }', {}, net.dispatcher.token);
    expect(suggestion.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('throttles repeated failed sign-ins per account, counted in the database', async () => {
    const { server, net } = network;
    const signIn = (password: string) => gql(server.httpUrl, LOGIN, { e: net.partsClerk.email, p: password });
    for (let i = 0; i < 5; i++) expect(errorCode(await signIn('wrong'))).toBe('UNAUTHENTICATED');
    const refused = await signIn('demo');
    expect(refused.errors?.[0].message).toMatch(/Too many failed sign-ins/);
    expect(refused.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    server.clock.advance(16 * 60_000);
    expect((await signIn('demo')).data?.login.token).toBeTruthy();
  });

  it('closes a WebSocket with 4403 when its token expires; signing in again resumes from the cursor', async () => {
    const { server, api, net } = network;
    const shortLived = await new TokenService(TEST_TOKEN_SECRET, 2).issue({ userId: net.dispatcher.id, orgId: net.manufacturerId, role: Role.DISPATCHER });
    const client = wsClient(server.wsUrl, shortLived);
    const closed = new Promise<number>((resolve) => client.on('closed', (event) => resolve((event as { code: number }).code)));
    const feed = await EventRecorder.start(client, {}, JOB_EVENTS);
    const before = await api.createJob(net);
    const seen = await feed.waitFor((e) => e.job?.id === before.id);
    expect(await closed).toBe(4403);
    // Missed while signed out, then picked up after signing in again with the last cursor.
    const missed = await api.createJob(net);
    const again = await EventRecorder.start(wsClient(server.wsUrl, await login(server.httpUrl, net.dispatcher.email)), { after: seen.cursor }, JOB_EVENTS);
    await again.waitFor((e) => e.job?.id === missed.id);
    expect(again.events[0].job?.id).toBe(missed.id);
    again.stop();
  });

  it('caps subscriptions per connection', async () => {
    const { server, net } = network;
    const client = wsClient(server.wsUrl, net.dispatcher.token);
    const outcomes: Promise<string>[] = [];
    for (let i = 0; i < 21; i++) {
      outcomes.push(
        new Promise((resolve) => {
          client.subscribe(
            { query: ANY_EVENTS.toString() },
            { next: () => undefined, error: (e) => resolve(JSON.stringify(e)), complete: () => resolve('complete') },
          );
          setTimeout(() => resolve('open'), 1500);
        }),
      );
    }
    const results = await Promise.all(outcomes);
    expect(results.filter((r) => r === 'open')).toHaveLength(20);
    expect(results.filter((r) => r.includes('Too many subscriptions'))).toHaveLength(1);
    await client.dispose();
  });

  it('caps WebSocket connections per user', async () => {
    const { server, net } = network;
    const clients = Array.from({ length: 21 }, () => wsClient(server.wsUrl, net.auditor.token));
    const codes: number[] = [];
    for (const client of clients) client.on('closed', (event) => codes.push((event as { code: number }).code));
    for (const client of clients) {
      client.subscribe({ query: ANY_EVENTS.toString() }, { next: () => undefined, error: () => undefined, complete: () => undefined });
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(codes).toEqual([4429]);
    await Promise.all(clients.map((client) => client.dispose()));
  });

  it('turns introspection off in production (GRAPHQL_INTROSPECTION=false)', async () => {
    const { server, net } = network;
    const production = await spawnServer(server.databaseUrl, { GRAPHQL_INTROSPECTION: 'false' });
    try {
      const result = await gql(production.httpUrl, '{ __schema { types { name } } }', {}, net.dispatcher.token);
      expect(result.errors?.[0].message).toMatch(/introspection/i);
      expect((await gql(production.httpUrl, ME, {}, net.dispatcher.token)).data?.me.id).toBe(net.dispatcher.id);
    } finally {
      await production.stop();
    }
  });
});
