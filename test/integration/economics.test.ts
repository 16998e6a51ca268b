import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useNetwork } from '../support/use-network.js';
import { errorCode, gql } from '../support/graphql-client.js';

const network = useNetwork({ partners: 2 });

const CHARGES = graphql(`
  query EconomicsCharges($id: ID!) { job(id: $id) { charges { partsAmount { amount currency } laborAmount { amount currency } total { amount currency } payer } } }
`);
const STATEMENT = graphql(`
  query EconomicsStatement($p: ID!, $from: DateTime!, $to: DateTime!) { reimbursementStatement(partnerId: $p, from: $from, to: $to) { claims { job { id } total { amount currency } } partsTotal { amount currency } laborTotal { amount currency } total { amount currency } } }
`);
const SURVEY = graphql(`
  mutation EconomicsSurvey($t: String!) { submitSurvey(token: $t, rating: 1, comment: "Broke again after a week") { id } }
`);
const ANALYSIS = graphql(`
  query EconomicsAnalysis($from: DateTime!, $to: DateTime!) { failureAnalysis(from: $from, to: $to) { model { id } failureCode jobs repeatRate meanMinutesToRepair lowRatings complaints } }
`);
const ANALYSIS_JOBS = graphql(`
  query EconomicsAnalysisJobs($from: DateTime!, $to: DateTime!) { failureAnalysis(from: $from, to: $to) { jobs } }
`);

const period = () => ({
  from: new Date(network.server.clock.now().getTime() - 86_400_000).toISOString(),
  to: new Date(network.server.clock.now().getTime() + 86_400_000).toISOString(),
});

describe('warranty economics and failure analysis', () => {
  it('prices claims from the price list and the agreed rate, and sums them per partner', async () => {
    const { server, api, net } = network;
    const a = net.partners[0];
    // Warranty job: two units of part 1 asked, one approved (25.00), one of part 2 (50.00); one hour at 70.00.
    const { job: warranty } = await api.startedJob(net, a);
    const request = (
      await api.requestParts(a.tech, warranty.id, [
        { sku: net.skus[0], quantity: 2 },
        { sku: net.skus[1], quantity: 1 },
      ])
    ).data!.requestParts.id;
    await api.decide(net.partsClerk, request, true, [
      { sku: net.skus[0], quantity: 1 },
      { sku: net.skus[1], quantity: 1 },
    ]);
    await api.ship(net.partsClerk, request);
    await api.receive(a.tech, request);
    await api.complete(a.tech, warranty.id, { ...api.fullReport(net), laborMinutes: 60 });
    // Paid job: two hours, billed to the customer, not claimed.
    const { job: paid } = await api.startedJob(net, a, net.paidSerial);
    await api.complete(a.tech, paid.id, { ...api.fullReport(net), laborMinutes: 120 });

    const charges = await api.call(net.dispatcher, CHARGES, { id: warranty.id });
    const eur = (amount: string) => ({ amount, currency: 'EUR' });
    expect(charges.data?.job?.charges).toEqual({ partsAmount: [eur('75.00')], laborAmount: eur('70.00'), total: [eur('145.00')], payer: 'MANUFACTURER' });
    const paidCharges = await api.call(a.admin, CHARGES, { id: paid.id });
    expect(paidCharges.data?.job?.charges).toEqual({ partsAmount: [], laborAmount: eur('140.00'), total: [eur('140.00')], payer: 'CUSTOMER' });

    const statement = (await api.ok(net.auditor, STATEMENT, { p: a.id, ...period() })).reimbursementStatement;
    expect(statement).toEqual({
      claims: [{ job: { id: warranty.id }, total: [eur('145.00')] }],
      partsTotal: [eur('75.00')],
      laborTotal: [eur('70.00')],
      total: [eur('145.00')],
    });
    expect((await api.ok(a.admin, STATEMENT, { p: a.id, ...period() })).reimbursementStatement.total).toEqual([eur('145.00')]);
    expect(errorCode(await api.call(net.partners[1].admin, STATEMENT, { p: a.id, ...period() }))).toBe('NOT_FOUND');
    expect(errorCode(await api.call(a.tech, STATEMENT, { p: a.id, ...period() }))).toBe('FORBIDDEN');
    expect(errorCode(await api.call(net.dispatcher, STATEMENT, { p: a.id, ...period() }))).toBe('FORBIDDEN');

    // What failed, per model and failure code, with the unhappy customers' words.
    const token = (await api.close(net.dispatcher, warranty.id)).data!.closeJob.surveyToken;
    await gql(server.httpUrl, SURVEY, { t: token! });
    const analysis = (await api.ok(net.auditor, ANALYSIS, period())).failureAnalysis;
    expect(analysis).toEqual([
      {
        model: { id: net.modelId },
        failureCode: 'E-MECH',
        jobs: 2,
        repeatRate: 0,
        meanMinutesToRepair: expect.any(Number),
        lowRatings: 1,
        complaints: ['Broke again after a week'],
      },
    ]);
    expect(errorCode(await api.call(a.admin, ANALYSIS_JOBS, period()))).toBe('FORBIDDEN');
  });
});
