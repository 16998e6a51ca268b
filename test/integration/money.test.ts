import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useNetwork } from '../support/use-network.js';
import { errorCode } from '../support/graphql-client.js';
import type { Actor, NetworkFixture, PartnerFixture } from '../support/factory.js';
import type { Api } from '../support/operations.js';

const network = useNetwork({ partners: 3 });

const SET_PRICE = graphql(`
  mutation MoneySetPrice($i: PartPriceInput!) { setPartPrice(input: $i) { sku listPrice { amount currency } } }
`);
const SET_RATE = graphql(`
  mutation MoneySetRate($id: ID!, $c: PartnerChangesInput!) { updatePartner(id: $id, changes: $c) { id currency } }
`);
const SET_STANDARD = graphql(`
  mutation MoneySetStandard($i: QualityStandardInput!) { setQualityStandard(input: $i) { laborRateCeiling { amount currency } } }
`);
const CHARGES = graphql(`
  query MoneyCharges($id: ID!) { job(id: $id) { charges { partsAmount { amount currency } laborAmount { amount currency } total { amount currency } } } }
`);
const STATEMENT = graphql(`
  query MoneyStatement($p: ID!, $from: DateTime!, $to: DateTime!) {
    reimbursementStatement(partnerId: $p, from: $from, to: $to) {
      claims { total { amount currency } }
      partsTotal { amount currency }
      laborTotal { amount currency }
      total { amount currency }
    }
  }
`);

const eur = (amount: string) => ({ amount, currency: 'EUR' });
const dkk = (amount: string) => ({ amount, currency: 'DKK' });

/** A part of the fixture's model at `price`, under a SKU of its own. */
async function pricedPart(api: Api, net: NetworkFixture, name: string, price: { amount: string; currency: string }): Promise<string> {
  const sku = `${name}-${net.suffix}`;
  await api.ok(net.admin, SET_PRICE, { i: { sku, name, listPrice: price, modelIds: [net.modelId] } });
  return sku;
}

/** A started job of `partner` with `quantity` of `sku` shipped, received and then completed after `minutes` of labour. */
async function completedWithParts(api: Api, net: NetworkFixture, partner: PartnerFixture, serial: string, sku: string, quantity: number, minutes: number) {
  const { job } = await api.startedJob(net, partner, serial);
  const request = (await api.requestParts(partner.tech, job.id, [{ sku, quantity }])).data!.requestParts.id;
  await api.decide(net.partsClerk, request, true);
  await api.ship(net.partsClerk, request);
  await api.receive(partner.tech, request);
  const done = await api.complete(partner.tech, job.id, { ...api.fullReport(net), laborMinutes: minutes });
  expect(done.errors).toBeUndefined();
  return job.id;
}

const period = (now: Date) => ({ from: new Date(now.getTime() - 86_400_000).toISOString(), to: new Date(now.getTime() + 86_400_000).toISOString() });

describe('money is exact and keeps its currency', () => {
  it('prices a paid job from string amounts exactly, where floats would be a cent off', async () => {
    const { api, net } = network;
    const a = net.partners[0];
    const sku = await pricedPart(api, net, 'Shim', eur('0.10'));
    expect((await api.ok(net.admin, SET_RATE, { id: a.id, c: { laborRate: eur('80.10') } })).updatePartner).toEqual({ id: a.id, currency: 'EUR' });

    // Three shims at 0.10 and a quarter hour at 80.10: 0.30 + 20.025 → 20.03 (half-up), 20.33 in all.
    expect(0.1 * 3).not.toBe(0.3);
    expect(Math.round((15 / 60) * 80.1 * 100) / 100).toBe(20.02);
    const jobId = await completedWithParts(api, net, a, net.paidSerial, sku, 3, 15);
    expect((await api.ok(a.admin, CHARGES, { id: jobId })).job?.charges).toEqual({
      partsAmount: [eur('0.30')],
      laborAmount: eur('20.03'),
      total: [eur('20.33')],
    });
  });

  it('totals a statement per currency and never adds DKK to EUR', async () => {
    const { server, api, net } = network;
    const b = net.partners[1];
    const krone = await pricedPart(api, net, 'Pumpe', dkk('375.50'));
    const euro = await pricedPart(api, net, 'Valve', eur('25.00'));
    // Partner b's labour is 70.00 EUR an hour: one job with DKK parts, one with EUR parts.
    await completedWithParts(api, net, b, net.warrantySerial, krone, 2, 60);
    await completedWithParts(api, net, b, net.warrantySerial, euro, 1, 30);

    const statement = (await api.ok(net.auditor, STATEMENT, { p: b.id, ...period(server.clock.now()) })).reimbursementStatement;
    expect(statement).toEqual({
      claims: [{ total: [dkk('751.00'), eur('70.00')] }, { total: [eur('60.00')] }],
      partsTotal: [dkk('751.00'), eur('25.00')],
      laborTotal: [dkk('0.00'), eur('105.00')],
      total: [dkk('751.00'), eur('130.00')],
    });
  });

  it('refuses paid work whose rate is in another currency than the ceiling instead of converting', async () => {
    const { api, net } = network;
    const c = net.partners[2];
    expect((await api.ok(net.admin, SET_RATE, { id: c.id, c: { laborRate: dkk('600') } })).updatePartner.currency).toBe('DKK');
    const { job } = await api.startedJob(net, c, net.paidSerial);
    const refused = await api.complete(c.tech, job.id, { ...api.fullReport(net), laborMinutes: 30 });
    expect(errorCode(refused)).toBe('PRICE_ABOVE_LIST');
    expect(refused.errors?.[0].message).toContain('the labour rate is in DKK, the ceiling in EUR');
  });

  it('refuses amounts with too many decimals, exponents, floats and unknown currencies as BAD_USER_INPUT', async () => {
    const { api, net } = network;
    const price = (listPrice: unknown) => api.call(net.admin, SET_PRICE, { i: { sku: `BAD-${net.suffix}`, name: 'Bad', listPrice } as never });
    const admin: Actor = net.admin;
    for (const listPrice of [
      eur('1.005'),
      eur('1e3'),
      eur('NaN'),
      eur('-1'),
      eur(''),
      { amount: '1.5', currency: 'JPY' },
      { amount: '12', currency: 'XYZ' },
      { amount: '12', currency: 'eur' },
      { amount: 12.5, currency: 'EUR' },
    ]) {
      expect({ listPrice, code: errorCode(await price(listPrice)) }).toEqual({ listPrice, code: 'BAD_USER_INPUT' });
    }
    expect(
      (await api.ok(admin, SET_PRICE, { i: { sku: `YEN-${net.suffix}`, name: 'Yen', listPrice: { amount: '1500', currency: 'JPY' } } })).setPartPrice,
    ).toEqual({
      sku: `YEN-${net.suffix}`,
      listPrice: { amount: '1500', currency: 'JPY' },
    });
    expect(errorCode(await api.call(admin, SET_RATE, { id: net.partners[0].id, c: { laborRate: eur('10000.01') } }))).toBe('BAD_USER_INPUT');
    const standard = {
      productLineId: net.productLineId,
      jobType: 'REPAIR' as const,
      responseMinutes: 120,
      resolutionMinutes: 1440,
      checklist: net.checklist.map((id) => ({ id, label: id })),
      requiresSignature: false,
      maxLaborMinutes: 240,
    };
    expect(errorCode(await api.call(admin, SET_STANDARD, { i: { ...standard, laborRateCeiling: { amount: '90', currency: 'ZZZ' } } }))).toBe('BAD_USER_INPUT');
    expect((await api.ok(admin, SET_STANDARD, { i: { ...standard, laborRateCeiling: eur('90') } })).setQualityStandard.laborRateCeiling).toEqual(eur('90.00'));
  });
});
