import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useNetwork } from '../support/use-network.js';
import { EventRecorder, errorCode, wsClient } from '../support/graphql-client.js';
import { approvedClaimWithPart } from '../support/claimed-part.js';

/**
 * Return authorizations of replaced warranty parts: the manufacturer asks for the part of a claim
 * line back, the claiming partner's admin ships it with tracking, the manufacturer receives and
 * inspects it. NO_FAULT_FOUND rejects the line (return.noFaultFound, approved 0) and re-derives
 * the claim's state; CONFIRMED_FAULT shows in failure analysis. Only the network's staff and the
 * claiming partner's admins see a return and its events: never a technician, never another partner.
 */
const network = useNetwork({ partners: 2 });

const CLAIM = graphql(`
  query ReturnsClaim($id: ID!) {
    claim(id: $id) {
      id state approved { amount currency }
      lines { id kind decision approvedAmount { amount currency } decisionReasonCode returnAuthorization { id state result } }
    }
  }
`);
const REQUEST = graphql(`
  mutation ReturnsRequest($l: ID!, $n: String) {
    requestPartReturn(claimLineId: $l, note: $n) { id number state faultySerial returnBy requestNote part { id } partner { id } claimLine { id } viewerCan { ship receive inspect } }
  }
`);
const SHIP = graphql(`
  mutation ReturnsShip($r: ID!, $t: String!) { shipPartReturn(returnId: $r, trackingCode: $t) { id state trackingCode shippedAt } }
`);
const RECEIVE = graphql(`
  mutation ReturnsReceive($r: ID!) { receivePartReturn(returnId: $r) { id state receivedAt } }
`);
const INSPECT = graphql(`
  mutation ReturnsInspect($r: ID!, $x: InspectionResult!, $n: String) { inspectPartReturn(returnId: $r, result: $x, note: $n) { id state result inspectionNote inspectedAt } }
`);
const LIST = graphql(`
  query ReturnsList($p: ID, $s: [ReturnState!]) { returnAuthorizations(partnerId: $p, states: $s) { id state viewerCan { ship receive inspect } } }
`);
const ANALYSIS = graphql(`
  query ReturnsAnalysis($from: DateTime!, $to: DateTime!) { failureAnalysis(from: $from, to: $to) { failureCode confirmedFaults { part { id sku } count } } }
`);
const SEND_BACK = graphql(`
  mutation ReturnsSendBack($c: ID!, $q: String!) { sendBackClaim(claimId: $c, question: $q) { id state } }
`);
const EDIT = graphql(`
  mutation ReturnsEditClaim($c: ID!, $l: [ClaimLineInput!]!) { updateClaim(claimId: $c, lines: $l) { id lines { id kind returnAuthorization { id } } } }
`);
const ONE = graphql(`
  query ReturnsOne($s: [ReturnState!]) { returnAuthorizations(states: $s) { id claimLine { id } claim { id } faultySerial } }
`);
const REVIEW = graphql(`
  mutation ReturnsReview($c: ID!, $l: [ClaimLineDecisionInput!]!) { reviewClaim(claimId: $c, lines: $l) { id state } }
`);
const LIVE = graphql(`
  subscription ReturnsLive { serviceEvents { kind jobId returnAuthorization { id state } } }
`);

describe('return authorizations', () => {
  it('a part asked back, shipped, received and found without fault rejects its claim line; only staff and the partner’s admins see it', async () => {
    const { server, api, net } = network;
    const [a, b] = net.partners;
    const staffFeed = await EventRecorder.start(wsClient(server.wsUrl, net.dispatcher.token), {}, LIVE);
    const adminFeed = await EventRecorder.start(wsClient(server.wsUrl, a.admin.token), {}, LIVE);
    const techFeed = await EventRecorder.start(wsClient(server.wsUrl, a.tech.token), {}, LIVE);
    const otherFeed = await EventRecorder.start(wsClient(server.wsUrl, b.admin.token), {}, LIVE);

    const { claimId, partLine, laborLine } = await approvedClaimWithPart(api, net, a, 'FS-NFF-1');

    // Asked back: only a PART line, once, by the manufacturer's staff.
    expect(errorCode(await api.call(a.admin, REQUEST, { l: partLine.id }))).toBe('FORBIDDEN');
    expect(errorCode(await api.call(net.partsClerk, REQUEST, { l: laborLine.id }))).toBe('BAD_USER_INPUT');
    const requested = (await api.ok(net.partsClerk, REQUEST, { l: partLine.id, n: 'Compressor for the lab' })).requestPartReturn;
    expect(requested).toMatchObject({ state: 'REQUESTED', faultySerial: 'FS-NFF-1', requestNote: 'Compressor for the lab', partner: { id: a.id } });
    expect(requested.number).toMatch(/^RA-\d{4}-\d{6}$/);
    expect(Date.parse(requested.returnBy!)).toBeGreaterThan(server.clock.now().getTime());
    expect(requested.viewerCan).toEqual({ ship: false, receive: false, inspect: false });
    expect(errorCode(await api.call(net.partsClerk, REQUEST, { l: partLine.id }))).toBe('CONFLICT');
    const returnId = requested.id;

    // The claiming partner's admin sees it and may ship it; its technician may not read returns, another partner sees none.
    expect((await api.ok(a.admin, LIST, {})).returnAuthorizations).toEqual([
      { id: returnId, state: 'REQUESTED', viewerCan: { ship: true, receive: false, inspect: false } },
    ]);
    expect(errorCode(await api.call(a.tech, LIST, {}))).toBe('FORBIDDEN');
    expect((await api.ok(b.admin, LIST, {})).returnAuthorizations).toEqual([]);
    expect(errorCode(await api.call(b.admin, SHIP, { r: returnId, t: 'X' }))).toBe('NOT_FOUND');
    expect(errorCode(await api.call(net.partsClerk, RECEIVE, { r: returnId }))).toBe('INVALID_TRANSITION');
    expect(errorCode(await api.call(a.admin, SHIP, { r: returnId, t: '  ' }))).toBe('BAD_USER_INPUT');

    const shipped = (await api.ok(a.admin, SHIP, { r: returnId, t: 'DHL-RA-1' })).shipPartReturn;
    expect(shipped).toMatchObject({ state: 'SHIPPED', trackingCode: 'DHL-RA-1' });
    expect(errorCode(await api.call(a.admin, SHIP, { r: returnId, t: 'DHL-RA-2' }))).toBe('INVALID_TRANSITION');
    expect((await api.ok(net.partsClerk, RECEIVE, { r: returnId })).receivePartReturn.state).toBe('RECEIVED');

    // A partner cannot inspect; the manufacturer finds no fault: the line is rejected and the claim re-derived.
    expect(errorCode(await api.call(a.admin, INSPECT, { r: returnId, x: 'CONFIRMED_FAULT' }))).toBe('FORBIDDEN');
    const inspected = (await api.ok(net.partsClerk, INSPECT, { r: returnId, x: 'NO_FAULT_FOUND', n: 'Runs fine on the bench' })).inspectPartReturn;
    expect(inspected).toMatchObject({ state: 'INSPECTED', result: 'NO_FAULT_FOUND', inspectionNote: 'Runs fine on the bench' });
    expect(errorCode(await api.call(net.partsClerk, INSPECT, { r: returnId, x: 'MISUSE' }))).toBe('INVALID_TRANSITION');

    const claim = (await api.ok(a.admin, CLAIM, { id: claimId })).claim!;
    expect(claim.state).toBe('PARTIALLY_APPROVED');
    const rejected = claim.lines.find((l) => l.id === partLine.id)!;
    expect(rejected).toMatchObject({
      decision: 'REJECTED',
      decisionReasonCode: 'return.noFaultFound',
      returnAuthorization: { id: returnId, state: 'INSPECTED', result: 'NO_FAULT_FOUND' },
    });
    expect(Number(rejected.approvedAmount?.amount)).toBe(0);
    expect(claim.lines.find((l) => l.id === laborLine.id)).toMatchObject({ decision: 'APPROVED', returnAuthorization: null });

    // Events: the four steps reach the staff and the partner's admins, carrying the return; the technician and the other partner get none.
    const steps = ['RETURN_REQUESTED', 'RETURN_SHIPPED', 'RETURN_RECEIVED', 'RETURN_INSPECTED'];
    for (const feed of [staffFeed, adminFeed]) {
      const last = await feed.waitFor((e) => e.kind === 'RETURN_INSPECTED');
      expect(last).toMatchObject({ jobId: null, returnAuthorization: { id: returnId, state: 'INSPECTED' } });
      expect(feed.events.filter((e) => e.kind.startsWith('RETURN_')).map((e) => e.kind)).toEqual(steps);
    }
    // A later event each of them does receive proves the feeds were live.
    const { job: later } = await api.startedJob(net, a);
    await techFeed.waitFor((e) => e.kind === 'JOB_STARTED' && e.jobId === later.id);
    const { job: others } = await api.startedJob(net, b);
    await otherFeed.waitFor((e) => e.kind === 'JOB_STARTED' && e.jobId === others.id);
    expect(techFeed.events.filter((e) => e.kind.startsWith('RETURN_'))).toEqual([]);
    expect(otherFeed.events.filter((e) => e.kind.startsWith('RETURN_'))).toEqual([]);
    for (const feed of [staffFeed, adminFeed, techFeed, otherFeed]) feed.stop();
  });

  it('a line rejected by its part’s inspection before the review keeps that decision: the reviewer cannot approve it again', async () => {
    const { api, net } = network;
    const [a] = net.partners;
    const { claimId, partLine, laborLine } = await approvedClaimWithPart(api, net, a, 'FS-NFF-SUBMITTED', false);
    const returnId = (await api.ok(net.partsClerk, REQUEST, { l: partLine.id })).requestPartReturn.id;
    await api.ok(a.admin, SHIP, { r: returnId, t: 'DHL-RA-S' });
    await api.ok(net.partsClerk, RECEIVE, { r: returnId });
    await api.ok(net.partsClerk, INSPECT, { r: returnId, x: 'MISUSE', n: 'Water damage' });
    expect((await api.ok(a.admin, CLAIM, { id: claimId })).claim).toMatchObject({ state: 'SUBMITTED' });

    const approveAll = [laborLine, partLine].map((line) => ({ lineId: line.id, decision: 'APPROVED' as const }));
    expect(errorCode(await api.call(net.admin, REVIEW, { c: claimId, l: approveAll }))).toBe('INVALID_TRANSITION');
    // Deciding the other lines is enough; the inspection's rejection stays as it was written.
    const reviewed = (await api.ok(net.admin, REVIEW, { c: claimId, l: [{ lineId: laborLine.id, decision: 'APPROVED' }] })).reviewClaim;
    expect(reviewed.state).toBe('PARTIALLY_APPROVED');
    const claim = (await api.ok(a.admin, CLAIM, { id: claimId })).claim!;
    expect(claim.lines.find((line) => line.id === partLine.id)).toMatchObject({ decision: 'REJECTED', decisionReasonCode: 'return.misuse' });
  });

  it('a confirmed fault leaves the claim as approved and counts in failure analysis, by part', async () => {
    const { server, api, net } = network;
    const [a] = net.partners;
    const { claimId, partLine } = await approvedClaimWithPart(api, net, a, 'FS-CF-1');
    const returnId = (await api.ok(net.admin, REQUEST, { l: partLine.id })).requestPartReturn.id;
    await api.ok(a.admin, SHIP, { r: returnId, t: 'UPS-RA-9' });
    await api.ok(net.admin, RECEIVE, { r: returnId });
    expect((await api.ok(net.admin, INSPECT, { r: returnId, x: 'CONFIRMED_FAULT' })).inspectPartReturn.result).toBe('CONFIRMED_FAULT');

    const claim = (await api.ok(net.admin, CLAIM, { id: claimId })).claim!;
    expect(claim.state).toBe('APPROVED');
    expect(claim.lines.find((l) => l.id === partLine.id)).toMatchObject({ decision: 'APPROVED', decisionReasonCode: null });

    const now = server.clock.now().getTime();
    const period = { from: new Date(now - 86_400_000).toISOString(), to: new Date(now + 86_400_000).toISOString() };
    const rows = (await api.ok(net.auditor, ANALYSIS, period)).failureAnalysis;
    const faults = rows.flatMap((row) => row.confirmedFaults);
    // The NO_FAULT_FOUND return of the first test does not count; this one does.
    expect(faults).toEqual([{ part: { id: expect.any(String), sku: net.skus[0] }, count: 1 }]);
    expect((await api.ok(net.admin, LIST, { s: ['INSPECTED'] })).returnAuthorizations.map((r) => r.id)).toContain(returnId);
  });

  it('survives the partner replacing the claim’s lines after a send-back: the return keeps its claim and serial, not the old line', async () => {
    const { api, net } = network;
    const [a] = net.partners;
    const { claimId, partLine, inputs } = await approvedClaimWithPart(api, net, a, 'FS-SB-1', false);
    const returnId = (await api.ok(net.partsClerk, REQUEST, { l: partLine.id })).requestPartReturn.id;
    expect((await api.ok(net.admin, SEND_BACK, { c: claimId, q: 'Which fault code?' })).sendBackClaim.state).toBe('SENT_BACK');
    const edited = (await api.ok(a.admin, EDIT, { c: claimId, l: inputs })).updateClaim;
    expect(edited.lines.map((l) => l.returnAuthorization)).toEqual([null, null]);
    const kept = (await api.ok(a.admin, ONE, { s: ['REQUESTED'] })).returnAuthorizations.find((r) => r.id === returnId);
    expect(kept).toEqual({ id: returnId, claimLine: null, claim: { id: claimId }, faultySerial: 'FS-SB-1' });
  });
});
