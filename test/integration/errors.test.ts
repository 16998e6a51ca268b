import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { startTestServer, type TestServer } from '../support/server.js';
import { buildNetwork, type NetworkFixture } from '../support/factory.js';
import { Api } from '../support/operations.js';
import { errorCode, gql } from '../support/graphql-client.js';

let server: TestServer;
let api: Api;
let net: NetworkFixture;

/** How many rows the domain tables hold: a refused request must not change any of them. */
async function footprint(): Promise<string> {
  const rows = await server.deps.orm.em.fork().execute(
    `select (select count(*) from service_job) as jobs, (select count(*) from job_offer) as offers,
            (select count(*) from parts_request) as parts, (select count(*) from service_event) as events,
            (select string_agg(status::text || version, ',' order by id) from service_job) as states`,
  );
  return JSON.stringify(rows[0]);
}

beforeAll(async () => {
  server = await startTestServer();
  api = new Api(server);
  net = await buildNetwork(server, { partners: 2 });
});
afterAll(async () => server?.stop());

describe('bad input gets a typed error and changes nothing', () => {
  it('answers UNAUTHENTICATED to everything but login, submitSurvey and __typename without a token', async () => {
    expect((await gql(server.httpUrl, '{ __typename }')).data).toEqual({ __typename: 'Query' });
    for (const query of ['{ me { id } }', '{ jobs { totalCount } }', '{ parts { sku } }', '{ partsRequests { id } }', `{ job(id: "${randomUUID()}") { id } }`]) {
      expect(errorCode(await gql(server.httpUrl, query))).toBe('UNAUTHENTICATED');
    }
    expect(errorCode(await gql(server.httpUrl, '{ me { id } }', {}, 'not-a-token'))).toBe('UNAUTHENTICATED');
    const wrong = await gql(server.httpUrl, 'mutation { login(email: "nobody@x.demo", password: "demo") { token } }');
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
  });

  it('refuses each kind of bad request with its code', async () => {
    const before = await footprint();
    const { job } = { job: await api.createJob(net) };
    const afterCreate = await footprint();
    expect(afterCreate).not.toBe(before);

    const cases: [string, Promise<import('../support/graphql-client.js').Result>, string][] = [
      ['blank description', api.call(net.dispatcher, 'mutation { createJob(input: { serial: "x", type: REPAIR, description: "   " }) { id } }'), 'BAD_USER_INPUT'],
      ['huge description', api.call(net.dispatcher, 'mutation($d: String!) { createJob(input: { serial: "x", type: REPAIR, description: $d }) { id } }', { d: 'x'.repeat(10_001) }), 'BAD_USER_INPUT'],
      ['unknown serial', api.call(net.dispatcher, 'mutation { createJob(input: { serial: "NO-SUCH", type: REPAIR, description: "broken" }) { id } }'), 'NOT_FOUND'],
      ['wrong enum', api.call(net.dispatcher, 'mutation { createJob(input: { serial: "x", type: FIXING, description: "broken" }) { id } }'), 'GRAPHQL_VALIDATION_FAILED'],
      ['first over 200', api.call(net.dispatcher, '{ jobs(first: 201) { totalCount } }'), 'BAD_USER_INPUT'],
      ['bad cursor', api.call(net.dispatcher, '{ jobs(after: "garbage") { totalCount } }'), 'BAD_USER_INPUT'],
      ['dispatcher doing field work', api.call(net.dispatcher, `mutation { startJob(jobId: "${randomUUID()}") { id } }`), 'FORBIDDEN'],
      ['not a uuid', api.call(net.dispatcher, 'mutation { cancelJob(jobId: "1", reason: "x") { id } }'), 'NOT_FOUND'],
      ['technician dispatching', api.call(net.partners[0].tech, `mutation { offerJob(jobId: "${job.id}", partnerIds: ["${net.partners[0].id}"]) { id } }`), 'FORBIDDEN'],
      ['close a NEW job', api.close(net.dispatcher, job.id), 'INVALID_TRANSITION'],
      ['empty reason', api.cancel(net.dispatcher, job.id, ''), 'BAD_USER_INPUT'],
      ['unknown partner', api.offer(net, job.id, [randomUUID()]), 'NOT_FOUND'],
      ['expiry out of range', api.offer(net, job.id, [net.partners[0].id], 0), 'BAD_USER_INPUT'],
      ['rating out of range', gql(server.httpUrl, 'mutation { submitSurvey(token: "abc", rating: 9) { id } }'), 'BAD_USER_INPUT'],
      ['unknown survey token', gql(server.httpUrl, 'mutation { submitSurvey(token: "abc", rating: 4) { id } }'), 'NOT_FOUND'],
      ['scorecard period reversed', api.call(net.auditor, '{ partnerScorecards(from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z") { score } }'), 'BAD_USER_INPUT'],
    ];
    for (const [name, call, code] of cases) {
      const result = await call;
      expect({ name, code: errorCode(result) }).toEqual({ name, code });
      expect(result.errors?.[0].message).not.toMatch(/select|insert|postgres|stack/i);
    }
    expect(await footprint()).toBe(afterCreate);
  });

  it('refuses bodies over 1 MB with 413', async () => {
    const response = await fetch(server.httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${net.dispatcher.token}` },
      body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1_100_000) } }),
    });
    expect(response.status).toBe(413);
  });

  it('refuses steps out of order with INVALID_TRANSITION and parts for unknown SKUs with BAD_USER_INPUT', async () => {
    const { job } = await api.assignedJob(net);
    const partner = net.partners[0];
    expect(errorCode(await api.start(partner.admin, job.id))).toBe('INVALID_TRANSITION');
    expect(errorCode(await api.complete(partner.admin, job.id, api.fullReport(net)))).toBe('INVALID_TRANSITION');
    await api.schedule(partner.admin, job.id, partner.tech.id);
    await api.start(partner.tech, job.id);
    const before = await footprint();
    expect(errorCode(await api.requestParts(partner.tech, job.id, [{ sku: 'NOPE', quantity: 1 }]))).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.requestParts(partner.tech, job.id, [{ sku: net.skus[0], quantity: 0 }]))).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.requestParts(partner.tech, job.id, []))).toBe('BAD_USER_INPUT');
    expect(await footprint()).toBe(before);
  });

  it('replays an idempotent createJob and requestParts: one effect, the same answer; other arguments are refused', async () => {
    const key = `key-${randomUUID()}`;
    const first = await Promise.all(Array.from({ length: 5 }, () => api.createJob(net, net.warrantySerial, 'REPAIR', { idempotencyKey: key })));
    expect(new Set(first.map((j) => j.id)).size).toBe(1);
    const again = await api.createJob(net, net.warrantySerial, 'REPAIR', { idempotencyKey: key });
    expect(again.id).toBe(first[0].id);
    const other = await api.call(net.dispatcher, `mutation($k: String) { createJob(input: { serial: "${net.warrantySerial}", type: MAINTENANCE, description: "other", idempotencyKey: $k }) { id } }`, { k: key });
    expect(errorCode(other)).toBe('CONFLICT');

    const { job } = await api.startedJob(net, net.partners[1]);
    const partsKey = `parts-${randomUUID()}`;
    const requests = await Promise.all(Array.from({ length: 4 }, () => api.requestParts(net.partners[1].tech, job.id, [{ sku: net.skus[2], quantity: 1 }], partsKey)));
    expect(new Set(requests.map((r) => r.data?.requestParts.id)).size).toBe(1);
    const listed = await api.job(net.dispatcher, job.id, 'partsRequests { id }');
    expect(listed.data?.job.partsRequests).toHaveLength(1);
  });
});
