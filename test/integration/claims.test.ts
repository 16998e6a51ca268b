import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { Actor, NetworkFixture } from '../support/factory.js';
import { useNetwork } from '../support/use-network.js';
import { EventRecorder, errorCode, wsClient } from '../support/graphql-client.js';
import { Migration20261205093000_claims } from '../../server/dist/migrations/Migration20261205093000_claims.js';

/**
 * Warranty claims through the API: drafted at completion from the charges, edited and submitted by
 * the partner's admin (prices checked line by line), sent back and answered, reviewed line by line,
 * paid in a batch, and read on the statement by state; who sees them, live and otherwise.
 */
const network = useNetwork({ partners: 2 });

const CLAIM_FIELDS = `id number state coverage job { id } partner { id }
  lines { id kind description part { sku } quantity minutes unitPrice { amount currency } amount { amount currency } limit { amount currency }
    faultySerial replacementSerial ownStock decision approvedAmount { amount currency } decisionReasonCode decisionReason { code text } }
  messages { kind text author { id } }
  claimed { amount currency } approved { amount currency } submittedAt reviewDueAt reviewedAt paidAt paymentBatch { reference }`;

const CLAIMS = graphql(`
  query ClaimsOfPartner($p: ID, $states: [ClaimState!]) { claims(partnerId: $p, states: $states) { id state job { id } } }
`);
const CLAIM = graphql(`
  query ClaimById($id: ID!) { claim(id: $id) { id state } }
`);
const JOB_PARTS = graphql(`
  query ClaimJobParts($id: ID!) { job(id: $id) { partsRequests { lines { id part { id sku } } } } }
`);
const UPDATE = graphql(`
  mutation ClaimUpdate($c: ID!, $lines: [ClaimLineInput!]!) { updateClaim(claimId: $c, lines: $lines) { id state lines { kind quantity amount { amount currency } ownStock } } }
`);
const SUBMIT = graphql(`
  mutation ClaimSubmit($c: ID!, $answer: String) { submitClaim(claimId: $c, answer: $answer) { id state submittedAt reviewDueAt } }
`);
const SEND_BACK = graphql(`
  mutation ClaimSendBack($c: ID!, $q: String!) { sendBackClaim(claimId: $c, question: $q) { id state messages { kind text } } }
`);
const REVIEW = graphql(`
  mutation ClaimReview($c: ID!, $lines: [ClaimLineDecisionInput!]!) { reviewClaim(claimId: $c, lines: $lines) { id state approved { amount currency } } }
`);
const PAY = graphql(`
  mutation ClaimPay($p: ID!, $ref: String!, $from: DateTime!, $to: DateTime!) {
    createPaymentBatch(partnerId: $p, reference: $ref, from: $from, to: $to) { id reference partner { id } paidAt total { amount currency } claims { id state paidAt } }
  }
`);
const STATEMENT = graphql(`
  query ClaimStatement($p: ID!, $from: DateTime!, $to: DateTime!) {
    reimbursementStatement(partnerId: $p, from: $from, to: $to) {
      claims { id state job { id } partsAmount { amount currency } laborAmount { amount currency } total { amount currency } payer claimed { amount currency } approved { amount currency } }
      byState { state count claimed { amount currency } approved { amount currency } }
      total { amount currency } approvedTotal { amount currency } paidTotal { amount currency }
    }
  }
`);
const SET_REASON = graphql(`
  mutation ClaimReasonCode { setReasonCode(input: { kind: CLAIM_LINE, code: "NOT_COVERED", label: "Not covered by the warranty" }) { id } }
`);
const FINDING = graphql(`
  mutation ClaimFinding($p: ID!, $d: DateTime!) { recordFinding(input: { partnerId: $p, severity: MINOR, text: "x", correctiveActionDueAt: $d }) { id } }
`);
const CLAIM_EVENTS = graphql(`
  subscription ClaimEvents { serviceEvents { kind jobId claim { id state } } }
`);

const eur = (amount: string) => ({ amount, currency: 'EUR' });
const period = () => ({
  from: new Date(network.server.clock.now().getTime() - 86_400_000).toISOString(),
  to: new Date(network.server.clock.now().getTime() + 86_400_000).toISOString(),
});

interface Line {
  id: string;
  kind: string;
  part: { sku: string } | null;
  quantity: string;
  minutes: number | null;
  unitPrice: { amount: string; currency: string };
  amount: { amount: string; currency: string };
  limit: { amount: string; currency: string } | null;
}
interface Claim {
  id: string;
  number: string;
  state: string;
  lines: Line[];
  messages: { kind: string; text: string; author: { id: string } | null }[];
  claimed: unknown[];
  approved: unknown[];
  submittedAt: string | null;
  reviewDueAt: string | null;
}

async function claimOf(actor: Actor, id: string): Promise<Claim> {
  const data = await network.api.ok(actor, `query($id: ID!) { claim(id: $id) { ${CLAIM_FIELDS} } }`, { id });
  return data.claim as Claim;
}

/** A warranty job of partner `a` completed with an hour of labour and two parts shipped (one of each approved), as economics.test.ts prices it. */
async function completedWarrantyJob(net: NetworkFixture, minutes = 60): Promise<string> {
  const { api } = network;
  const a = net.partners[0];
  const { job } = await api.startedJob(net, a);
  const request = (
    await api.requestParts(a.tech, job.id, [
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
  const done = await api.complete(a.tech, job.id, { ...api.fullReport(net), laborMinutes: minutes });
  if (done.errors) throw new Error(JSON.stringify(done.errors));
  return job.id;
}

async function claimIdOf(actor: Actor, partnerId: string, jobId: string): Promise<string> {
  const { claims } = await network.api.ok(actor, CLAIMS, { p: partnerId });
  const found = claims.find((claim) => claim.job?.id === jobId);
  if (!found) throw new Error(`no claim of job ${jobId}`);
  return found.id;
}

describe('warranty claims', () => {
  it('a claim from draft to payment: priced lines, a price above list refused, a send-back answered, a partial approval, a batch, the statement by state', async () => {
    const { api, server, net } = network;
    const [a, b] = net.partners;
    const live = async (actor: Actor) => EventRecorder.start(wsClient(server.wsUrl, actor.token), {}, CLAIM_EVENTS);
    const [staffFeed, adminFeed, techFeed, otherFeed] = await Promise.all([live(net.dispatcher), live(a.admin), live(a.tech), live(b.admin)]);

    // Completion drafts the claim from the charges: labour at the agreed rate, the shipped parts at list price.
    const jobId = await completedWarrantyJob(net);
    const claimId = await claimIdOf(a.admin, a.id, jobId);
    const draft = await claimOf(a.admin, claimId);
    expect(draft.state).toBe('DRAFT');
    expect(draft.number).toMatch(/^WC-/);
    expect(draft.lines.map((line) => [line.kind, line.part?.sku ?? null, line.quantity, line.minutes, line.amount])).toEqual([
      ['LABOR', null, '1', 60, eur('70.00')],
      ['PART', net.skus[0], '1', null, eur('25.00')],
      ['PART', net.skus[1], '1', null, eur('50.00')],
    ]);
    expect(draft.lines.map((line) => line.limit)).toEqual([eur('70.00'), eur('25.00'), eur('50.00')]);
    expect(draft.claimed).toEqual([eur('145.00')]);

    // The partner adds travel and a part from its own stock with its serials; a price above the list is kept until submitting.
    const { job } = await api.ok(a.admin, JOB_PARTS, { id: jobId });
    const shipped = job!.partsRequests.flatMap((request) => request.lines);
    const shippedLine = (sku: string) => shipped.find((line) => line.part.sku === sku)!;
    const lines = (firstPartPrice: string) => [
      { kind: 'LABOR' as const, minutes: 60 },
      { kind: 'PART' as const, partId: shippedLine(net.skus[0]).part.id, partsRequestLineId: shippedLine(net.skus[0]).id, unitPrice: eur(firstPartPrice) },
      { kind: 'PART' as const, partId: shippedLine(net.skus[1]).part.id, partsRequestLineId: shippedLine(net.skus[1]).id },
      { kind: 'TRAVEL' as const, description: 'Call-out', unitPrice: eur('40.00') },
      { kind: 'PART' as const, partId: shippedLine(net.skus[1]).part.id, quantity: '1', faultySerial: 'F-1', replacementSerial: 'R-1' },
    ];
    const updated = (await api.ok(a.admin, UPDATE, { c: claimId, lines: lines('30.00') })).updateClaim;
    expect(updated.lines.map((line) => [line.kind, line.ownStock, line.amount])).toEqual([
      ['LABOR', false, eur('70.00')],
      ['PART', false, eur('30.00')],
      ['PART', false, eur('50.00')],
      ['TRAVEL', false, eur('40.00')],
      ['PART', true, eur('50.00')],
    ]);
    const above = await api.call(a.admin, SUBMIT, { c: claimId });
    expect(errorCode(above)).toBe('PRICE_ABOVE_LIST');
    expect(above.errors?.[0].message).toContain(`line 2 (${net.skus[0]}`);
    expect((above.errors?.[0]?.extensions as { lines?: { position: number; limit: unknown }[] } | undefined)?.lines).toEqual([
      expect.objectContaining({ position: 2, limit: eur('25.00') }),
    ]);
    // Travel above CLAIM_TRAVEL_CEILING (150.00 in the partner's currency) is refused the same way.
    const travelLines = lines('25.00').map((line) => (line.kind === 'TRAVEL' ? { ...line, unitPrice: eur('150.01') } : line));
    await api.ok(a.admin, UPDATE, { c: claimId, lines: travelLines });
    const travel = await api.call(a.admin, SUBMIT, { c: claimId });
    expect(errorCode(travel)).toBe('PRICE_ABOVE_LIST');
    expect(travel.errors?.[0].message).toContain('line 4 (Call-out)');
    // Labour above the charged rate (the partner's agreed 70.00) is refused too; a part is claimed in its price list's currency.
    const laborLines = lines('25.00').map((line) => (line.kind === 'LABOR' ? { ...line, unitPrice: eur('80.00') } : line));
    await api.ok(a.admin, UPDATE, { c: claimId, lines: laborLines });
    const overRate = await api.call(a.admin, SUBMIT, { c: claimId });
    expect(errorCode(overRate)).toBe('PRICE_ABOVE_LIST');
    expect(overRate.errors?.[0].message).toContain('line 1 (Labour): 80.00 EUR above 70.00 EUR');
    const inKroner = lines('25.00').map((line, i) => (i === 1 ? { ...line, unitPrice: { amount: '180.00', currency: 'DKK' } } : line));
    expect(errorCode(await api.call(a.admin, UPDATE, { c: claimId, lines: inKroner }))).toBe('BAD_USER_INPUT');
    await api.ok(a.admin, UPDATE, { c: claimId, lines: lines('25.00') });

    // Submitted: the review deadline is ten calendar days on. Nobody but the partner's admin submits, and no answer without a send-back.
    expect(errorCode(await api.call(a.admin, SUBMIT, { c: claimId, answer: 'unasked' }))).toBe('BAD_USER_INPUT');
    const submitted = (await api.ok(a.admin, SUBMIT, { c: claimId })).submitClaim;
    expect(submitted.state).toBe('SUBMITTED');
    expect(new Date(submitted.reviewDueAt!).getTime() - new Date(submitted.submittedAt!).getTime()).toBe(10 * 86_400_000);
    expect(errorCode(await api.call(a.admin, UPDATE, { c: claimId, lines: lines('25.00') }))).toBe('INVALID_TRANSITION');

    // Sent back with a question; resubmitting needs the answer.
    const sentBack = (await api.ok(net.dispatcher, SEND_BACK, { c: claimId, q: 'Which unit did the own-stock part go into?' })).sendBackClaim;
    expect(sentBack.state).toBe('SENT_BACK');
    expect(errorCode(await api.call(a.admin, SUBMIT, { c: claimId }))).toBe('BAD_USER_INPUT');
    expect((await api.ok(a.admin, SUBMIT, { c: claimId, answer: 'The customer’s second unit, serial R-1' })).submitClaim.state).toBe('SUBMITTED');

    // Reviewed line by line: every line decided, reasons for what is not approved in full.
    await api.ok(net.admin, SET_REASON);
    const claim = await claimOf(net.dispatcher, claimId);
    expect(claim.messages.map((m) => [m.kind, m.text, m.author?.id])).toEqual([
      ['QUESTION', 'Which unit did the own-stock part go into?', net.dispatcher.id],
      ['ANSWER', 'The customer’s second unit, serial R-1', a.admin.id],
    ]);
    const [labor, part1, part2, travelLine, own] = claim.lines;
    const decisions = [
      { lineId: labor.id, decision: 'APPROVED' as const },
      { lineId: part1.id, decision: 'APPROVED' as const },
      { lineId: part2.id, decision: 'ADJUSTED' as const, approvedAmount: '40.00', reason: 'Paid at last year’s price' },
      { lineId: travelLine.id, decision: 'REJECTED' as const, reasonCode: 'NOT_COVERED' },
      { lineId: own.id, decision: 'APPROVED' as const },
    ];
    expect(errorCode(await api.call(net.dispatcher, REVIEW, { c: claimId, lines: decisions.slice(0, 4) }))).toBe('BAD_USER_INPUT');
    const noReason = decisions.map((d) => (d.lineId === travelLine.id ? { lineId: d.lineId, decision: 'REJECTED' as const } : d));
    expect(errorCode(await api.call(net.dispatcher, REVIEW, { c: claimId, lines: noReason }))).toBe('BAD_USER_INPUT');
    const unknownCode = decisions.map((d) => (d.lineId === travelLine.id ? { ...d, reasonCode: 'NO_SUCH_CODE' } : d));
    expect(errorCode(await api.call(net.dispatcher, REVIEW, { c: claimId, lines: unknownCode }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.call(a.admin, REVIEW, { c: claimId, lines: decisions }))).toBe('FORBIDDEN');
    const reviewed = (await api.ok(net.dispatcher, REVIEW, { c: claimId, lines: decisions })).reviewClaim;
    expect(reviewed).toMatchObject({ state: 'PARTIALLY_APPROVED', approved: [eur('185.00')] });
    const seen = await claimOf(a.admin, claimId);
    expect(seen.lines.map((line) => [line.kind, (line as unknown as { decision: string }).decision])).toEqual([
      ['LABOR', 'APPROVED'],
      ['PART', 'APPROVED'],
      ['PART', 'ADJUSTED'],
      ['TRAVEL', 'REJECTED'],
      ['PART', 'APPROVED'],
    ]);
    expect(seen.lines[3]).toMatchObject({ decisionReasonCode: 'NOT_COVERED', approvedAmount: eur('0.00'), decisionReason: null });
    expect(seen.lines[2]).toMatchObject({ approvedAmount: eur('40.00'), decisionReason: { code: 'text', text: 'Paid at last year’s price' } });
    expect(seen.lines[4]).toMatchObject({ ownStock: true, faultySerial: 'F-1', replacementSerial: 'R-1' });

    // Nobody else reads it: another partner (as a missing claim), a technician (never).
    expect((await api.ok(b.admin, CLAIM, { id: claimId })).claim).toBeNull();
    expect((await api.ok(b.admin, CLAIMS, { p: a.id })).claims).toEqual([]);
    expect(errorCode(await api.call(b.admin, SUBMIT, { c: claimId }))).toBe('NOT_FOUND');
    expect(errorCode(await api.call(a.tech, CLAIM, { id: claimId }))).toBe('FORBIDDEN');

    // A second job's claim stays a draft; the statement lists both, grouped by state.
    const draftJob = await completedWarrantyJob(net, 30);
    const draftId = await claimIdOf(a.admin, a.id, draftJob);
    const before = (await api.ok(net.auditor, STATEMENT, { p: a.id, ...period() })).reimbursementStatement;
    expect(before.byState).toEqual([
      { state: 'DRAFT', count: 1, claimed: [eur('110.00')], approved: [eur('0.00')] },
      { state: 'PARTIALLY_APPROVED', count: 1, claimed: [eur('235.00')], approved: [eur('185.00')] },
    ]);
    expect(before.approvedTotal).toEqual([eur('185.00')]);
    expect(before.paidTotal).toEqual([eur('0.00')]);

    // The payment batch pays the reviewed claim, not the draft; a reference is used once per manufacturer.
    expect(errorCode(await api.call(net.dispatcher, PAY, { p: a.id, ref: 'PAY-1', ...period() }))).toBe('FORBIDDEN');
    const batch = (await api.ok(net.admin, PAY, { p: a.id, ref: 'PAY-1', ...period() })).createPaymentBatch;
    expect(batch).toMatchObject({ reference: 'PAY-1', partner: { id: a.id }, total: [eur('185.00')] });
    expect(batch.claims.map((c) => [c.id, c.state])).toEqual([[claimId, 'PAID']]);
    expect(errorCode(await api.call(net.admin, PAY, { p: a.id, ref: 'PAY-1', ...period() }))).toBe('CONFLICT');
    expect(errorCode(await api.call(net.admin, PAY, { p: a.id, ref: 'PAY-2', ...period() }))).toBe('BAD_USER_INPUT');
    const after = (await api.ok(a.admin, STATEMENT, { p: a.id, ...period() })).reimbursementStatement;
    expect(after.byState.map((row) => [row.state, row.count])).toEqual([
      ['DRAFT', 1],
      ['PAID', 1],
    ]);
    expect(after.paidTotal).toEqual([eur('185.00')]);
    expect(after.claims.map((c) => [c.id, c.state, c.payer, c.total])).toEqual([
      [claimId, 'PAID', 'MANUFACTURER', [eur('235.00')]],
      [draftId, 'DRAFT', 'MANUFACTURER', [eur('110.00')]],
    ]);
    expect((await claimOf(a.admin, claimId)).state).toBe('PAID');

    // Live: the network's staff and the partner's admins saw every step as it happened, with the claim.
    const steps = ['CLAIM_SUBMITTED', 'CLAIM_SENT_BACK', 'CLAIM_SUBMITTED', 'CLAIM_REVIEWED', 'CLAIM_PAID'];
    for (const feed of [staffFeed, adminFeed]) {
      await feed.waitFor((event) => event.kind === 'CLAIM_PAID');
      const claimEvents = feed.events.filter((event) => event.kind.startsWith('CLAIM_'));
      expect(claimEvents.map((event) => [event.kind, event.claim?.id, event.jobId])).toEqual(steps.map((kind) => [kind, claimId, null]));
    }
    // The technician and the other partner get none: later events of theirs arrive, the claim events before them never did.
    await api.close(net.dispatcher, jobId);
    await techFeed.waitFor((event) => event.kind === 'JOB_CLOSED');
    await api.ok(net.auditor, FINDING, { p: b.id, d: new Date(server.clock.now().getTime() + 86_400_000).toISOString() });
    await otherFeed.waitFor((event) => event.kind === 'FINDING_RECORDED');
    expect(techFeed.events.filter((event) => event.kind.startsWith('CLAIM_'))).toEqual([]);
    expect(otherFeed.events.filter((event) => event.kind.startsWith('CLAIM_'))).toEqual([]);
    for (const feed of [staffFeed, adminFeed, techFeed, otherFeed]) feed.stop();
  });

  it('the migration backfills a draft for a job completed before it, as the completion drafts one', async () => {
    const { server, net } = network;
    const jobId = await completedWarrantyJob(net, 45);
    const em = server.deps.orm.em.fork();
    const linesOf = (tx: typeof em) =>
      tx.execute<{ state: string; number: string; kind: string; quantity: string; unit_price: string; amount: string; part_id: string | null }[]>(
        `select c.state, c.number, l.kind, l.quantity::text, l.unit_price::text, l.amount::text, l.part_id
           from warranty_claim c join claim_line l on l.claim_id = c.id where c.job_id = ? order by l.position`,
        [jobId],
      );
    const drafted = await linesOf(em);
    expect(drafted.map((line) => [line.kind, line.amount])).toEqual([
      ['LABOR', '52.50'],
      ['PART', '25.00'],
      ['PART', '50.00'],
    ]);
    // The migration's own backfill statements, run on this database as it would have been without claims (rolled back after).
    const statements: string[] = [];
    const migration = Object.create(Migration20261205093000_claims.prototype) as Migration20261205093000_claims;
    Object.assign(migration, { addSql: (sql: string) => statements.push(sql) });
    await migration.up();
    const backfill = statements.filter((sql) => sql.trimStart().startsWith('insert into'));
    expect(backfill).toHaveLength(3);
    const rollback = new Error('rollback');
    await expect(
      em.transactional(async (tx) => {
        await tx.execute('update warranty_claim set payment_batch_id = null');
        for (const table of ['claim_line', 'claim_message', 'payment_batch', 'warranty_claim']) await tx.execute(`delete from ${table}`);
        for (const sql of backfill) await tx.execute(sql);
        expect(await linesOf(tx)).toEqual(drafted);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(await linesOf(server.deps.orm.em.fork())).toEqual(drafted);
  });
});
