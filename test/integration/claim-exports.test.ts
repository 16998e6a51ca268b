import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { graphql } from '../gql/index.js';
import { useNetwork } from '../support/use-network.js';
import { readPdf } from '../support/pdf.js';
import type { Actor, PartnerFixture } from '../support/factory.js';

const network = useNetwork({ partners: 2, rival: { partners: 1 } });

const CLAIMS = graphql(`
  query ExportsClaims($states: [ClaimState!]) { claims(states: $states) { id number state job { id } lines { id kind minutes } } }
`);
const PARTS = graphql(`
  query ExportsParts { parts { id sku name listPrice { amount currency } } }
`);
const UPDATE = graphql(`
  mutation ExportsUpdateClaim($id: ID!, $lines: [ClaimLineInput!]!) { updateClaim(claimId: $id, lines: $lines) { id lines { id kind } } }
`);
const SUBMIT = graphql(`
  mutation ExportsSubmitClaim($id: ID!) { submitClaim(claimId: $id) { id state } }
`);
const REVIEW = graphql(`
  mutation ExportsReviewClaim($id: ID!, $lines: [ClaimLineDecisionInput!]!) { reviewClaim(claimId: $id, lines: $lines) { id state approved { amount currency } } }
`);

interface ClaimFixture {
  id: string;
  number: string;
}

/** A completed warranty job's claim: its drafted lines, travel and an own-stock part with serials added, submitted. */
async function submittedClaim(partner: PartnerFixture): Promise<ClaimFixture> {
  const { api, net } = network;
  const { job } = await api.startedJob(net, partner);
  const completed = await api.complete(partner.tech, job.id, api.fullReport(net));
  expect(completed.errors).toBeUndefined();
  const { claims } = await api.ok(partner.admin, CLAIMS, { states: ['DRAFT'] });
  const draft = claims.find((claim) => claim.job?.id === job.id);
  if (!draft) throw new Error('no draft claim for the completed job');
  const { parts } = await api.ok(partner.admin, PARTS);
  const part = parts[0];
  // The drafted labour line as it was (its rate defaults to the charged one), then the partner's own.
  const labour = draft.lines.find((line) => line.kind === 'LABOR');
  expect(labour?.minutes).toBe(60);
  await api.ok(partner.admin, UPDATE, {
    id: draft.id,
    lines: [
      { kind: 'LABOR', minutes: labour?.minutes },
      { kind: 'TRAVEL', description: 'Call-out, 42 km, "far side"', quantity: '1', unitPrice: { amount: '80.10', currency: 'EUR' } },
      {
        kind: 'PART',
        partId: part.id,
        description: part.name,
        quantity: '2',
        unitPrice: part.listPrice,
        faultySerial: 'FLT-0001',
        replacementSerial: 'NEW-0002',
      },
    ],
  });
  const submitted = await api.ok(partner.admin, SUBMIT, { id: draft.id });
  expect(submitted.submitClaim.state).toBe('SUBMITTED');
  return { id: draft.id, number: draft.number };
}

const get = (path: string, actor?: Actor) => fetch(`${network.server.url}${path}`, { headers: actor ? { authorization: `Bearer ${actor.token}` } : {} });

const csvRows = async (response: Response) => parse(await response.text(), { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];

describe('claim exports', () => {
  let claim: ClaimFixture;
  let period: string;

  beforeAll(async () => {
    const { api, net, server } = network;
    const from = new Date(server.clock.now().getTime() - 86_400_000).toISOString();
    claim = await submittedClaim(net.partners[0]);
    const { claims } = await api.ok(net.admin, CLAIMS, { states: ['SUBMITTED'] });
    const lines = claims.find((c) => c.id === claim.id)?.lines ?? [];
    await api.ok(net.admin, REVIEW, {
      id: claim.id,
      lines: lines.map((line) =>
        line.kind === 'TRAVEL'
          ? { lineId: line.id, decision: 'REJECTED' as const, reason: 'Included in the callout fee' }
          : { lineId: line.id, decision: 'APPROVED' as const },
      ),
    });
    const to = new Date(server.clock.now().getTime() + 86_400_000).toISOString();
    period = new URLSearchParams({ partnerId: net.partners[0].id, from, to }).toString();
  });

  it("writes a claim's lines as CSV, one row each, amounts exact with their currency", async () => {
    const response = await get(`/exports/claims/${claim.id}.csv`, network.net.partners[0].admin);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="claim-[\w-]+\.csv"$/);
    const rows = await csvRows(response);
    expect(rows.map((row) => row.kind).sort()).toEqual(['LABOR', 'PART', 'TRAVEL']);
    expect(new Set(rows.map((row) => row.claim))).toEqual(new Set([claim.number]));
    expect(new Set(rows.map((row) => row.state))).toEqual(new Set(['PARTIALLY_APPROVED']));
    const travel = rows.find((row) => row.kind === 'TRAVEL');
    expect(travel).toMatchObject({
      description: 'Call-out, 42 km, "far side"',
      quantity: '1',
      unit_price: '80.10',
      amount: '80.10',
      currency: 'EUR',
      decision: 'REJECTED',
      approved_amount: '0.00',
      reason: 'Included in the callout fee',
    });
    const part = rows.find((row) => row.kind === 'PART');
    expect(part).toMatchObject({ own_stock: 'true', quantity: '2', faulty_serial: 'FLT-0001', replacement_serial: 'NEW-0002', decision: 'APPROVED' });
    expect(part?.amount).toBe(part?.approved_amount);
  });

  it('draws a claim as a PDF with its lines and decisions', async () => {
    const response = await get(`/exports/claims/${claim.id}.pdf`, network.net.admin);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    // Words as read, whatever the table wraps.
    const text = readPdf(new Uint8Array(await response.arrayBuffer())).text.replace(/\s+/g, ' ');
    expect(text).toContain(`Warranty claim ${claim.number}`);
    expect(text).toContain('Partially approved');
    expect(text).toContain('80.10 EUR');
    expect(text).toContain('Rejected');
    expect(text).toContain('Included in the callout fee');
    expect(text).toContain('FLT-0001');
  });

  it('exports the statement of the period as CSV and PDF, to the partner and to its manufacturer', async () => {
    const { net } = network;
    for (const actor of [net.partners[0].admin, net.admin]) {
      const csv = await get(`/exports/statement.csv?${period}`, actor);
      expect(csv.status).toBe(200);
      const rows = await csvRows(csv);
      const lines = rows.filter((row) => row.claim === claim.number);
      expect(lines).toHaveLength(3);
      // Totals exact, in cents: what the lines claim and what was approved of them.
      const cents = (field: 'amount' | 'approved_amount') => lines.reduce((sum, row) => sum + Math.round(Number(row[field]) * 100), 0);
      const claimed = `${(cents('amount') / 100).toFixed(2)} EUR`;
      const approved = `${(cents('approved_amount') / 100).toFixed(2)} EUR`;
      const pdf = await get(`/exports/statement.pdf?${period}`, actor);
      expect(pdf.status).toBe(200);
      const text = readPdf(new Uint8Array(await pdf.arrayBuffer())).text.replace(/\s+/g, ' ');
      expect(text).toContain('Reimbursement statement');
      expect(text).toContain(claim.number);
      expect(text).toContain(`Partially approved 1 ${claimed} ${approved}`);
    }
  });

  it('answers 404 to whoever may not read the claim or statement, 401 without a token, 400 for a bad period', async () => {
    const { net, rival } = network;
    const other = net.partners[1].admin;
    for (const format of ['csv', 'pdf']) {
      expect((await get(`/exports/claims/${claim.id}.${format}`, other)).status).toBe(404);
      expect((await get(`/exports/statement.${format}?${period}`, other)).status).toBe(404);
      expect((await get(`/exports/claims/${claim.id}.${format}`, rival.admin)).status).toBe(404);
      expect((await get(`/exports/statement.${format}?${period}`, rival.admin)).status).toBe(404);
      expect((await get(`/exports/claims/${claim.id}.${format}`, net.partners[0].tech)).status).toBe(404);
      expect((await get(`/exports/claims/${claim.id}.${format}`)).status).toBe(401);
    }
    expect((await get(`/exports/claims/${claim.id}.xlsx`, net.admin)).status).toBe(404);
    expect((await get('/exports/claims/not-a-uuid.csv', net.admin)).status).toBe(404);
    const backwards = new URLSearchParams({ partnerId: net.partners[0].id, from: '2030-01-02T00:00:00Z', to: '2030-01-01T00:00:00Z' });
    expect((await get(`/exports/statement.csv?${backwards}`, net.admin)).status).toBe(400);
  });
});
