import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createLogger } from '../../server/dist/shared/logger.js';
import { graphql } from '../gql/index.js';
import { useNetwork } from '../support/use-network.js';
import { wsClient, type Result, type TypedDocument } from '../support/graphql-client.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Every line the server logged, parsed. */
const lines: Record<string, unknown>[] = [];
let raw = '';
const log = createLogger('debug', {
  write(line: string) {
    raw += line;
    lines.push(JSON.parse(line) as Record<string, unknown>);
  },
});

const network = useNetwork({ partners: 1, server: { log } });

const TYPENAME = graphql(`
  query RequestLogTypename { __typename }
`);
const SIGN_IN = graphql(`
  mutation RequestLogSignIn($email: String!, $password: String!) { login(email: $email, password: $password) { token } }
`);
const CREATE_USER = graphql(`
  mutation RequestLogCreateUser($input: UserInput!) { createUser(input: $input) { id } }
`);
const COLLEAGUES = graphql(`
  query RequestLogColleagues { colleagues { id name } }
`);

/** A call with headers of the test's choice, and the request id the server answered with. */
async function post<R, V>(document: TypedDocument<R, V>, variables: V, headers: Record<string, string> = {}) {
  const response = await fetch(network.server.httpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json()) as Omit<Result<R>, 'status'>;
  return { requestId: response.headers.get('x-request-id'), body };
}

/** The header the server answered a WebSocket upgrade with. */
function upgradeRequestId(headers: Record<string, string> = {}): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(network.server.wsUrl, 'graphql-transport-ws', { headers });
    socket.once('upgrade', (response) => {
      resolve(response.headers['x-request-id'] as string | undefined);
      socket.close();
    });
    socket.once('error', reject);
  });
}

/** While it runs, every statement that reads or writes users' names fails: an outage the server did not expect. */
async function withUsersBroken<T>(run: () => Promise<T>): Promise<T> {
  const em = network.server.deps.orm.em.fork();
  await em.execute('alter table "app_user" rename column "name" to "name_moved"');
  try {
    return await run();
  } finally {
    await em.execute('alter table "app_user" rename column "name_moved" to "name"');
  }
}

describe('request ids', () => {
  it('gives every response one, keeping a caller’s own id when it is short and plain', async () => {
    const generated = await post(TYPENAME, {});
    expect(generated.requestId).toMatch(UUID);
    expect((await post(TYPENAME, {}, { 'x-request-id': 'trace-42.a:b_c' })).requestId).toBe('trace-42.a:b_c');
    for (const unsafe of ['x'.repeat(65), 'has space', '<script>', 'a"b']) {
      expect((await post(TYPENAME, {}, { 'x-request-id': unsafe })).requestId).toMatch(UUID);
    }
    const page = await fetch(`${network.server.url}/healthz`);
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
    const { net } = network;
    const password = 'Wrong-Password-7f3a9c';
    const { requestId, body } = await post(SIGN_IN, { email: net.dispatcher.email, password });
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(lines.some((line) => line.reqId === requestId)).toBe(true);
    expect(raw).not.toContain(password);
  });

  it('carry the request id, the operation and the viewer’s organization, never the password or the token', async () => {
    const { net } = network;
    const password = 'Secret-Of-The-New-User-5e1d';
    const { requestId, body } = await withUsersBroken(() =>
      post(
        CREATE_USER,
        { input: { email: `new-${Date.now()}@example.test`, name: 'New Person', organizationId: net.manufacturerId, password, role: 'DISPATCHER' } },
        { authorization: `Bearer ${net.admin.token}` },
      ),
    );
    expect(body.errors?.[0]).toEqual({
      message: 'Something went wrong on our side; the error was logged',
      path: ['createUser'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    const line = lines.find((l) => l.reqId === requestId && l.msg === 'unexpected error');
    expect(line).toMatchObject({ level: 50, operationName: 'RequestLogCreateUser', orgId: net.admin.orgId, path: ['createUser'] });
    expect(String((line!.err as { stack?: string }).stack)).toContain('name');
    expect(raw).not.toContain(password);
    expect(raw).not.toContain(net.admin.token);
  });

  it('over a WebSocket too: formatted like HTTP, logged with the socket’s request id', async () => {
    const { server, net } = network;
    const client = wsClient(server.wsUrl, net.dispatcher.token);
    const errors = await withUsersBroken(
      () =>
        new Promise<readonly { message: string; extensions?: Record<string, unknown> }[]>((resolve, reject) => {
          client.subscribe<unknown>(
            { query: COLLEAGUES.toString(), operationName: 'RequestLogColleagues' },
            { next: (result) => resolve(result.errors ?? []), error: reject, complete: () => undefined },
          );
        }),
    );
    await client.dispose();
    expect(errors).toEqual([
      { message: 'Something went wrong on our side; the error was logged', path: ['colleagues'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
    const line = lines.find((l) => l.msg === 'unexpected error' && l.operationName === 'RequestLogColleagues');
    expect(line).toMatchObject({ level: 50, orgId: net.dispatcher.orgId });
    expect(line!.reqId).toMatch(UUID);
    expect(raw).not.toContain(net.dispatcher.token);
  });
});
