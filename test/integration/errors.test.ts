import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { graphql } from '../gql/index.js';
import { useNetwork } from '../support/use-network.js';
import { errorCode, gql, type Result } from '../support/graphql-client.js';

const network = useNetwork({ partners: 2 });

// Bad input inside valid documents: literals as a client might write them, typed like any other.
const TYPENAME = graphql(`
  query ErrorsTypename { __typename }
`);
const ME = graphql(`
  query ErrorsMe { me { id } }
`);
const JOB_COUNT = graphql(`
  query ErrorsJobCount { jobs { totalCount } }
`);
const PARTS = graphql(`
  query ErrorsParts { parts { sku } }
`);
const PARTS_REQUESTS = graphql(`
  query ErrorsPartsRequests { partsRequests { id } }
`);
const JOB = graphql(`
  query ErrorsJob($id: ID!) { job(id: $id) { id } }
`);
const LOGIN_NOBODY = graphql(`
  mutation ErrorsLoginNobody { login(email: "nobody@x.demo", password: "demo") { token } }
`);
const BLANK_DESCRIPTION = graphql(`
  mutation ErrorsBlankDescription { createJob(input: { serial: "x", type: REPAIR, description: "   " }) { id } }
`);
const DESCRIPTION = graphql(`
  mutation ErrorsDescription($d: String!) { createJob(input: { serial: "x", type: REPAIR, description: $d }) { id } }
`);
const UNKNOWN_SERIAL = graphql(`
  mutation ErrorsUnknownSerial { createJob(input: { serial: "NO-SUCH", type: REPAIR, description: "broken" }) { id } }
`);
const FIRST_OVER = graphql(`
  query ErrorsFirstOver { jobs(first: 201) { totalCount } }
`);
const BAD_CURSOR = graphql(`
  query ErrorsBadCursor { jobs(after: "garbage") { totalCount } }
`);
const START = graphql(`
  mutation ErrorsStart($j: ID!) { startJob(jobId: $j) { id } }
`);
const CANCEL_NOT_UUID = graphql(`
  mutation ErrorsCancelNotUuid { cancelJob(jobId: "1", reason: "x") { id } }
`);
const OFFER = graphql(`
  mutation ErrorsOffer($j: ID!, $p: [ID!]!) { offerJob(jobId: $j, partnerIds: $p) { id } }
`);
const RATING_OUT_OF_RANGE = graphql(`
  mutation ErrorsRatingOutOfRange { submitSurvey(token: "abc", rating: 9) { id } }
`);
const UNKNOWN_SURVEY = graphql(`
  mutation ErrorsUnknownSurvey { submitSurvey(token: "abc", rating: 4) { id } }
`);
const PERIOD_REVERSED = graphql(`
  query ErrorsPeriodReversed { partnerScorecards(from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z") { score } }
`);
const CREATE_WITH_KEY = graphql(`
  mutation ErrorsCreateWithKey($s: String!, $k: String) { createJob(input: { serial: $s, type: MAINTENANCE, description: "other", idempotencyKey: $k }) { id } }
`);
const PARTS_REQUEST_IDS = graphql(`
  query ErrorsPartsRequestIds($id: ID!) { job(id: $id) { partsRequests { id } } }
`);

/** How many rows the domain tables hold: a refused request must not change any of them. */
async function footprint(): Promise<string> {
  const rows = await network.server.deps.orm.em.fork().execute(
    `select (select count(*) from service_job) as jobs, (select count(*) from job_offer) as offers,
            (select count(*) from parts_request) as parts, (select count(*) from service_event) as events,
            (select string_agg(status::text || version, ',' order by id) from service_job) as states`,
  );
  return JSON.stringify(rows[0]);
}

describe('bad input gets a typed error and changes nothing', () => {
  it('answers UNAUTHENTICATED to everything but login, submitSurvey and __typename without a token', async () => {
    const { server } = network;
    expect((await gql(server.httpUrl, TYPENAME, {})).data).toEqual({ __typename: 'Query' });
    const anonymous = [
      () => gql(server.httpUrl, ME, {}),
      () => gql(server.httpUrl, JOB_COUNT, {}),
      () => gql(server.httpUrl, PARTS, {}),
      () => gql(server.httpUrl, PARTS_REQUESTS, {}),
      () => gql(server.httpUrl, JOB, { id: randomUUID() }),
    ];
    for (const call of anonymous) {
      expect(errorCode(await call())).toBe('UNAUTHENTICATED');
    }
    expect(errorCode(await gql(server.httpUrl, ME, {}, 'not-a-token'))).toBe('UNAUTHENTICATED');
    const wrong = await gql(server.httpUrl, LOGIN_NOBODY, {});
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
  });

  it('refuses each kind of bad request with its code', async () => {
    const { server, api, net } = network;
    const before = await footprint();
    const { job } = { job: await api.createJob(net) };
    const afterCreate = await footprint();
    expect(afterCreate).not.toBe(before);

    const cases: [string, Promise<Result<unknown>>, string][] = [
      ['blank description', api.call(net.dispatcher, BLANK_DESCRIPTION), 'BAD_USER_INPUT'],
      ['huge description', api.call(net.dispatcher, DESCRIPTION, { d: 'x'.repeat(10_001) }), 'BAD_USER_INPUT'],
      ['unknown serial', api.call(net.dispatcher, UNKNOWN_SERIAL), 'NOT_FOUND'],
      // Not a valid document (no such enum value): it stays text, as a client with a stale schema would send it.
      [
        'wrong enum',
        api.call(net.dispatcher, 'mutation { createJob(input: { serial: "x", type: FIXING, description: "broken" }) { id } }'),
        'GRAPHQL_VALIDATION_FAILED',
      ],
      ['first over 200', api.call(net.dispatcher, FIRST_OVER), 'BAD_USER_INPUT'],
      ['bad cursor', api.call(net.dispatcher, BAD_CURSOR), 'BAD_USER_INPUT'],
      ['dispatcher doing field work', api.call(net.dispatcher, START, { j: randomUUID() }), 'FORBIDDEN'],
      ['not a uuid', api.call(net.dispatcher, CANCEL_NOT_UUID), 'NOT_FOUND'],
      ['technician dispatching', api.call(net.partners[0].tech, OFFER, { j: job.id, p: [net.partners[0].id] }), 'FORBIDDEN'],
      ['close a NEW job', api.close(net.dispatcher, job.id), 'INVALID_TRANSITION'],
      ['empty reason', api.cancel(net.dispatcher, job.id, ''), 'BAD_USER_INPUT'],
      ['unknown partner', api.offer(net, job.id, [randomUUID()]), 'NOT_FOUND'],
      ['expiry out of range', api.offer(net, job.id, [net.partners[0].id], 0), 'BAD_USER_INPUT'],
      ['rating out of range', gql(server.httpUrl, RATING_OUT_OF_RANGE, {}), 'BAD_USER_INPUT'],
      ['unknown survey token', gql(server.httpUrl, UNKNOWN_SURVEY, {}), 'NOT_FOUND'],
      ['scorecard period reversed', api.call(net.auditor, PERIOD_REVERSED), 'BAD_USER_INPUT'],
    ];
    for (const [name, call, code] of cases) {
      const result = await call;
      expect({ name, code: errorCode(result) }).toEqual({ name, code });
      expect(result.errors?.[0].message).not.toMatch(/select|insert|postgres|stack/i);
    }
    expect(await footprint()).toBe(afterCreate);
  });

  it('refuses bodies over 1 MB with 413', async () => {
    const { server, net } = network;
    const response = await fetch(server.httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${net.dispatcher.token}` },
      body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1_100_000) } }),
    });
    expect(response.status).toBe(413);
  });

  it('refuses steps out of order with INVALID_TRANSITION and parts for unknown SKUs with BAD_USER_INPUT', async () => {
    const { api, net } = network;
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
    const { api, net } = network;
    const key = `key-${randomUUID()}`;
    const first = await Promise.all(Array.from({ length: 5 }, () => api.createJob(net, net.warrantySerial, 'REPAIR', { idempotencyKey: key })));
    expect(new Set(first.map((j) => j.id)).size).toBe(1);
    const again = await api.createJob(net, net.warrantySerial, 'REPAIR', { idempotencyKey: key });
    expect(again.id).toBe(first[0].id);
    const other = await api.call(net.dispatcher, CREATE_WITH_KEY, { s: net.warrantySerial, k: key });
    expect(errorCode(other)).toBe('CONFLICT');

    const { job } = await api.startedJob(net, net.partners[1]);
    const partsKey = `parts-${randomUUID()}`;
    const requests = await Promise.all(
      Array.from({ length: 4 }, () => api.requestParts(net.partners[1].tech, job.id, [{ sku: net.skus[2], quantity: 1 }], partsKey)),
    );
    expect(new Set(requests.map((r) => r.data?.requestParts.id)).size).toBe(1);
    const listed = await api.call(net.dispatcher, PARTS_REQUEST_IDS, { id: job.id });
    expect(listed.data?.job?.partsRequests).toHaveLength(1);
  });
});
