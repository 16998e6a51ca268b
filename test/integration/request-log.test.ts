import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createLogger } from '../../server/dist/shared/logger.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { buildNetwork, type NetworkFixture } from '../support/factory.js';
import { wsClient } from '../support/graphql-client.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let server: TestServer;
let net: NetworkFixture;
/** Every line the server logged, parsed. */
const lines: Record<string, unknown>[] = [];
let raw = '';

beforeAll(async () => {
  const log = createLogger('debug', {
    write(line: string) {
      raw += line;
      lines.push(JSON.parse(line) as Record<string, unknown>);
    },
  });
  server = await startTestServer({ log });
  net = await buildNetwork(server, { partners: 1 });
});
afterAll(async () => server?.stop());

async function post(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(server.httpUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  return { requestId: response.headers.get('x-request-id'), body };
}

/** The header the server answered a WebSocket upgrade with. */
function upgradeRequestId(headers: Record<string, string> = {}): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws', { headers });
    socket.once('upgrade', (response) => {
      resolve(response.headers['x-request-id'] as string | undefined);
      socket.close();
    });
    socket.once('error', reject);
  });
}

/** While it runs, every statement that reads or writes users' names fails: an outage the server did not expect. */
async function withUsersBroken<T>(run: () => Promise<T>): Promise<T> {
  const em = server.deps.orm.em.fork();
  await em.execute('alter table "app_user" rename column "name" to "name_moved"');
  try {
    return await run();
  } finally {
    await em.execute('alter table "app_user" rename column "name_moved" to "name"');
  }
}

const SIGN_IN = 'mutation SignIn($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
const CREATE_USER = 'mutation CreateUser($input: UserInput!) { createUser(input: $input) { id } }';

describe('request ids', () => {
  it('gives every response one, keeping a caller’s own id when it is short and plain', async () => {
    const generated = await post('{ __typename }', {});
    expect(generated.requestId).toMatch(UUID);
    expect((await post('{ __typename }', {}, { 'x-request-id': 'trace-42.a:b_c' })).requestId).toBe('trace-42.a:b_c');
    for (const unsafe of ['x'.repeat(65), 'has space', '<script>', 'a"b']) {
      expect((await post('{ __typename }', {}, { 'x-request-id': unsafe })).requestId).toMatch(UUID);
    }
    const page = await fetch(`${server.url}/healthz`);
    expect(page.headers.get('x-request-id')).toMatch(UUID);
    // The request's own log line carries the same id.
    expect(lines.some((line) => line.reqId === generated.requestId && line.msg === 'request completed')).toBe(true);
  });

  it('answers a WebSocket upgrade with one too', async () => {
    expect(await upgradeRequestId()).toMatch(UUID);
    expect(await upgradeRequestId({ 'x-request-id': 'ws-trace-7' })).toBe('ws-trace-7');
  });
});

describe('error log lines', () => {
  it('never hold a password: a failed sign-in', async () => {
    const password = 'Wrong-Password-7f3a9c';
    const { requestId, body } = await post(SIGN_IN, { email: net.dispatcher.email, password });
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(lines.some((line) => line.reqId === requestId)).toBe(true);
    expect(raw).not.toContain(password);
  });

  it('carry the request id, the operation and the viewer’s organization, never the password or the token', async () => {
    const password = 'Secret-Of-The-New-User-5e1d';
    const { requestId, body } = await withUsersBroken(() =>
      post(
        CREATE_USER,
        { input: { email: `new-${Date.now()}@example.test`, name: 'New Person', organizationId: net.manufacturerId, password, role: 'DISPATCHER' } },
        { authorization: `Bearer ${net.admin.token}` },
      ),
    );
    expect(body.errors?.[0]).toEqual({ message: 'Something went wrong on our side; the error was logged', path: ['createUser'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    const line = lines.find((l) => l.reqId === requestId && l.msg === 'unexpected error');
    expect(line).toMatchObject({ level: 50, operationName: 'CreateUser', orgId: net.admin.orgId, path: ['createUser'] });
    expect(String((line!.err as { stack?: string }).stack)).toContain('name');
    expect(raw).not.toContain(password);
    expect(raw).not.toContain(net.admin.token);
  });

  it('over a WebSocket too: formatted like HTTP, logged with the socket’s request id', async () => {
    const client = wsClient(server.wsUrl, net.dispatcher.token);
    const errors = await withUsersBroken(
      () =>
        new Promise<readonly { message: string; extensions?: Record<string, unknown> }[]>((resolve, reject) => {
          client.subscribe<unknown>(
            { query: 'query Colleagues { colleagues { id name } }', operationName: 'Colleagues' },
            { next: (result) => resolve(result.errors ?? []), error: reject, complete: () => undefined },
          );
        }),
    );
    await client.dispose();
    expect(errors).toEqual([{ message: 'Something went wrong on our side; the error was logged', path: ['colleagues'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    const line = lines.find((l) => l.msg === 'unexpected error' && l.operationName === 'Colleagues');
    expect(line).toMatchObject({ level: 50, orgId: net.dispatcher.orgId });
    expect(line!.reqId).toMatch(UUID);
    expect(raw).not.toContain(net.dispatcher.token);
  });
});
