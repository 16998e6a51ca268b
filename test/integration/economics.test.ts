import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { buildNetwork, type NetworkFixture } from '../support/factory.js';
import { Api } from '../support/operations.js';
import { errorCode, gql } from '../support/graphql-client.js';

let server: TestServer;
let api: Api;
let net: NetworkFixture;

beforeAll(async () => {
  server = await startTestServer();
  api = new Api(server);
  net = await buildNetwork(server, { partners: 2 });
});
afterAll(async () => server?.stop());

const period = () => ({ from: new Date(server.clock.now().getTime() - 86_400_000).toISOString(), to: new Date(server.clock.now().getTime() + 86_400_000).toISOString() });

describe('warranty economics and failure analysis', () => {
  it('prices claims from the price list and the agreed rate, and sums them per partner', async () => {
    const a = net.partners[0];
    // Warranty job: two units of part 1 asked, one approved (25.00), one of part 2 (50.00); one hour at 70.00.
    const { job: warranty } = await api.startedJob(net, a);
    const request = (await api.requestParts(a.tech, warranty.id, [{ sku: net.skus[0], quantity: 2 }, { sku: net.skus[1], quantity: 1 }])).data!.requestParts.id;
    await api.decide(net.partsClerk, request, true, [{ sku: net.skus[0], quantity: 1 }, { sku: net.skus[1], quantity: 1 }]);
    await api.ship(net.partsClerk, request);
    await api.receive(a.tech, request);
    await api.complete(a.tech, warranty.id, { ...api.fullReport(net), laborMinutes: 60 });
    // Paid job: two hours, billed to the customer, not claimed.
    const { job: paid } = await api.startedJob(net, a, net.paidSerial);
    await api.complete(a.tech, paid.id, { ...api.fullReport(net), laborMinutes: 120 });

    const charges = await api.job(net.dispatcher, warranty.id, 'charges { partsAmount laborAmount total payer }');
    expect(charges.data?.job.charges).toEqual({ partsAmount: 75, laborAmount: 70, total: 145, payer: 'MANUFACTURER' });
    const paidCharges = await api.job(a.admin, paid.id, 'charges { partsAmount laborAmount total payer }');
    expect(paidCharges.data?.job.charges).toEqual({ partsAmount: 0, laborAmount: 140, total: 140, payer: 'CUSTOMER' });

    const query = 'query($p: ID!, $from: DateTime!, $to: DateTime!) { reimbursementStatement(partnerId: $p, from: $from, to: $to) { claims { job { id } total } partsTotal laborTotal total } }';
    const statement = (await api.ok(net.auditor, query, { p: a.id, ...period() })).reimbursementStatement;
    expect(statement).toEqual({ claims: [{ job: { id: warranty.id }, total: 145 }], partsTotal: 75, laborTotal: 70, total: 145 });
    expect((await api.ok(a.admin, query, { p: a.id, ...period() })).reimbursementStatement.total).toBe(145);
    expect(errorCode(await api.call(net.partners[1].admin, query, { p: a.id, ...period() }))).toBe('NOT_FOUND');
    expect(errorCode(await api.call(a.tech, query, { p: a.id, ...period() }))).toBe('FORBIDDEN');
    expect(errorCode(await api.call(net.dispatcher, query, { p: a.id, ...period() }))).toBe('FORBIDDEN');

    // What failed, per model and failure code, with the unhappy customers' words.
    const token = (await api.close(net.dispatcher, warranty.id)).data!.closeJob.surveyToken;
    await gql(server.httpUrl, 'mutation($t: String!) { submitSurvey(token: $t, rating: 1, comment: "Broke again after a week") { id } }', { t: token });
    const analysis = (
      await api.ok(net.auditor, 'query($from: DateTime!, $to: DateTime!) { failureAnalysis(from: $from, to: $to) { model { id } failureCode jobs repeatRate meanMinutesToRepair lowRatings complaints } }', period())
    ).failureAnalysis;
    expect(analysis).toEqual([
      { model: { id: net.modelId }, failureCode: 'E-MECH', jobs: 2, repeatRate: 0, meanMinutesToRepair: expect.any(Number), lowRatings: 1, complaints: ['Broke again after a week'] },
    ]);
    expect(errorCode(await api.call(a.admin, 'query($from: DateTime!, $to: DateTime!) { failureAnalysis(from: $from, to: $to) { jobs } }', period()))).toBe('FORBIDDEN');
  });
});
