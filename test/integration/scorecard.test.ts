import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { RecordFindingInput } from '../gql/graphql.js';
import { useNetwork } from '../support/use-network.js';
import { errorCode, gql } from '../support/graphql-client.js';

const network = useNetwork({ partners: 2 });
let t0: number;
const MINUTE = 60_000;

beforeAll(() => {
  t0 = network.server.clock.now().getTime();
});

const SURVEY = graphql(`
  mutation ScorecardSurvey($t: String!, $r: Int!) { submitSurvey(token: $t, rating: $r) { id } }
`);
const PAUSED = graphql(`
  query ScorecardPaused($id: ID!) { job(id: $id) { resolutionPausedMinutes } }
`);
const CARDS = graphql(`
  query ScorecardCards($from: DateTime!, $to: DateTime!) {
    partnerScorecards(from: $from, to: $to) {
      partner { id } offersReceived offersAccepted offersDeclined acceptanceRate refusalRate medianMinutesToAccept
      slaResponseCompliance slaResolutionCompliance jobsCompleted firstTimeFixRate reopenRate qualityGateFailures priceRefusals
      priceCompliance partsPerJob meanSatisfaction score
    }
  }
`);
const DETAIL = graphql(`
  query ScorecardDetail($p: ID!, $from: DateTime!, $to: DateTime!) { partnerScorecard(partnerId: $p, from: $from, to: $to) {
    card { score } weeks { from jobsCompleted } jobsBehind { figure jobs { id } } } }
`);
const CARD = graphql(`
  query ScorecardCard($p: ID!, $from: DateTime!, $to: DateTime!) { partnerScorecard(partnerId: $p, from: $from, to: $to) { card { score } } }
`);
const SET_POLICY = graphql(`
  mutation ScorecardSetPolicy($i: ScorecardPolicyInput!) { setScorecardPolicy(input: $i) { probationBelow suspendBelow recoverAt } }
`);
const EVALUATE = graphql(`
  mutation ScorecardEvaluate { evaluatePartnerStatuses { partner { id } from to reason score } }
`);
const CANDIDATES = graphql(`
  query ScorecardCandidates($j: ID!) { dispatchCandidates(jobId: $j) { partner { id } eligible reasons } }
`);
const POLICY_RECOVER = graphql(`
  mutation ScorecardPolicyRecover { setScorecardPolicy(input: { recoverAt: 10 }) { recoverAt } }
`);
const POLICY_REVERSED = graphql(`
  mutation ScorecardPolicyReversed { setScorecardPolicy(input: { suspendBelow: 90, probationBelow: 50 }) { recoverAt } }
`);
const RECORD_FINDING = graphql(`
  mutation ScorecardRecordFinding($i: RecordFindingInput!) { recordFinding(input: $i) { id severity overdue partner { id } } }
`);
const RECORD_FINDING_ID = graphql(`
  mutation ScorecardRecordFindingId($i: RecordFindingInput!) { recordFinding(input: $i) { id } }
`);
const FINDINGS = graphql(`
  query ScorecardFindings($overdue: Boolean) { findings(overdue: $overdue) { id acknowledgedAt actionTaken overdue } }
`);
const ACKNOWLEDGE_ID = graphql(`
  mutation ScorecardAcknowledgeId($id: ID!) { acknowledgeFinding(id: $id) { id } }
`);
const ACKNOWLEDGE = graphql(`
  mutation ScorecardAcknowledge($id: ID!) { acknowledgeFinding(id: $id) { acknowledgedAt } }
`);
const REPORT_ACTION = graphql(`
  mutation ScorecardReportAction($id: ID!) { reportCorrectiveAction(id: $id, actionTaken: "Technicians retrained on the photo step") { actionTaken } }
`);

/** Moves the shared clock forward to `minutes` after the scenario's start. */
const at = (minutes: number) => network.server.clock.advance(t0 + minutes * MINUTE - network.server.clock.now().getTime());
const soon = () => new Date(network.server.clock.now().getTime() + 60 * MINUTE);

describe('scorecards from the event log, equal to figures computed by hand', () => {
  it('computes every metric of a small fixed scenario', async () => {
    const { server, api, net } = network;
    const [a, b] = net.partners;
    const admin = a.admin;
    // 0: four calls come in.
    const job1 = await api.createJob(net);
    const job2 = await api.createJob(net);
    const job3 = await api.createJob(net);
    const job4 = await api.createJob(net, net.paidSerial);
    // 5: all offered to A (job 2 also to B).
    at(5);
    const [o1] = await api.offerOk(net, job1.id, [a.id], 600);
    const o2 = (await api.offerOk(net, job2.id, [a.id, b.id], 600)).find((o) => o.partner.id === a.id)!;
    const [o3] = await api.offerOk(net, job3.id, [a.id], 600);
    const [o4] = await api.offerOk(net, job4.id, [a.id], 600);
    // 10: A takes job 4 within 5 minutes and turns job 2 down.
    at(10);
    await api.accept(admin, o4.id);
    await api.decline(admin, o2.id);
    at(15);
    await api.accept(admin, o1.id);
    // Job 4, paid work, with parts: the manufacturer takes 1,470 minutes to ship. Completed at 1,521
    // minutes, past the 1,440-minute resolution clock, yet on time: the clock stood still for the shipment.
    at(20);
    await api.schedule(admin, job4.id, undefined, soon());
    await api.start(admin, job4.id);
    // Paid work: the customer accepts the quote before parts are asked for.
    await api.acceptedQuote(net, admin, job4.id);
    const request = (
      await api.requestParts(admin, job4.id, [
        { sku: net.skus[0], quantity: 2 },
        { sku: net.skus[1], quantity: 1 },
      ])
    ).data!.requestParts.id;
    at(30);
    await api.decide(net.partsClerk, request, true);
    // Job 1: done well within both clocks, rated 4.
    at(100);
    await api.schedule(admin, job1.id, undefined, soon());
    await api.start(admin, job1.id);
    at(155);
    // Job 3 accepted 150 minutes after the offer: the 120-minute response clock is missed.
    await api.accept(admin, o3.id);
    at(200);
    expect((await api.complete(admin, job1.id, api.fullReport(net))).errors).toBeUndefined();
    at(210);
    const token1 = (await api.close(net.dispatcher, job1.id)).data!.closeJob.surveyToken;
    at(220);
    await gql(server.httpUrl, SURVEY, { t: token1!, r: 4 });
    // Job 3: one quality-gate refusal, completed after 30 hours (late), then reopened: not fixed first time.
    at(300);
    await api.schedule(admin, job3.id, undefined, soon());
    await api.start(admin, job3.id);
    at(310);
    expect(errorCode(await api.complete(admin, job3.id, { ...api.fullReport(net), checklist: [] }))).toBe('QUALITY_GATE_FAILED');
    at(1490);
    await api.ship(net.partsClerk, request);
    at(1500);
    await api.receive(admin, request);
    at(1510);
    expect(errorCode(await api.complete(admin, job4.id, { ...api.fullReport(net), laborMinutes: 600 }))).toBe('PRICE_ABOVE_LIST');
    at(1521);
    expect((await api.complete(admin, job4.id, api.fullReport(net))).errors).toBeUndefined();
    const paused = (await api.call(net.dispatcher, PAUSED, { id: job4.id })).data?.job?.resolutionPausedMinutes;
    expect(paused).toBe(1470);
    at(1530);
    const token4 = (await api.close(net.dispatcher, job4.id)).data!.closeJob.surveyToken;
    at(1540);
    await gql(server.httpUrl, SURVEY, { t: token4!, r: 2 });
    at(1800);
    expect((await api.complete(admin, job3.id, api.fullReport(net))).errors).toBeUndefined();
    at(1810);
    await api.close(net.dispatcher, job3.id);
    at(1900);
    await api.reopen(net.dispatcher, job3.id);

    const period = { from: new Date(t0 - MINUTE).toISOString(), to: new Date(t0 + 3 * 24 * 60 * MINUTE).toISOString() };
    const cards = (await api.ok(net.auditor, CARDS, period)).partnerScorecards;
    const card = cards.find((c) => c.partner.id === a.id);
    const third = 2 / 3;
    expect(card).toEqual({
      partner: { id: a.id },
      offersReceived: 4,
      offersAccepted: 3,
      offersDeclined: 1,
      acceptanceRate: 0.75,
      refusalRate: 0.25,
      // The manual clock still ticks in real time between steps: a few milliseconds off.
      medianMinutesToAccept: expect.closeTo(10, 2),
      slaResponseCompliance: expect.closeTo(third, 6),
      slaResolutionCompliance: expect.closeTo(third, 6),
      jobsCompleted: 3,
      firstTimeFixRate: expect.closeTo(third, 6),
      reopenRate: expect.closeTo(1 / 3, 6),
      qualityGateFailures: 1,
      priceRefusals: 1,
      priceCompliance: 0.5,
      partsPerJob: 1,
      meanSatisfaction: 3,
      // Weighted mean (1, 1.5, 1.5, 1.5, 1, 0.5) of .75, 2/3, 2/3, 2/3, .5, .5 = 4.5 / 7, as 0–100, less 2 for the gate failure.
      score: 62.3,
    });
    const other = cards.find((c) => c.partner.id === b.id);
    expect(other).toMatchObject({ offersReceived: 1, offersAccepted: 0, jobsCompleted: 0 });
    // B's offer for job 2 is still pending: it counts as received, neither accepted nor declined.
    expect(other?.acceptanceRate).toBe(0);

    // The drill-down: weekly trend and the jobs behind each figure.
    const detail = (await api.ok(net.auditor, DETAIL, { p: a.id, ...period })).partnerScorecard;
    expect(detail.card.score).toBe(62.3);
    expect(detail.weeks.reduce((sum, w) => sum + w.jobsCompleted, 0)).toBe(3);
    const behind = Object.fromEntries(detail.jobsBehind.map((f) => [f.figure, f.jobs.map((j) => j.id).sort()]));
    expect(behind.RESPONSE_LATE).toEqual([job3.id]);
    expect(behind.RESOLUTION_LATE).toEqual([job3.id]);
    expect(behind.REOPENED).toEqual([job3.id]);
    expect(behind.PRICE_REFUSED).toEqual([job4.id]);
    expect(behind.DECLINED).toEqual([job2.id]);
    // The partner reads its own card, not B's.
    expect(errorCode(await api.call(a.admin, CARD, { p: b.id, ...period }))).toBe('NOT_FOUND');
  });

  it('moves a partner to PROBATION, SUSPENDED and back at the thresholds, saying why', async () => {
    const { server, api, net } = network;
    const a = net.partners[0];
    const setPolicy = (input: Record<string, number>) => api.ok(net.admin, SET_POLICY, { i: input });
    const evaluate = async () => (await api.ok(net.admin, EVALUATE)).evaluatePartnerStatuses;
    const statusOf = async () =>
      (await server.deps.orm.em.fork().execute<{ status: string }[]>('select status::text from organization where id = ?', [a.id]))[0].status;

    await setPolicy({ suspendBelow: 40, probationBelow: 70, recoverAt: 80 });
    const first = await evaluate();
    expect(first.find((c) => c.partner.id === a.id)).toMatchObject({ to: 'PROBATION', reason: expect.stringContaining('probation threshold 70') });
    expect(await statusOf()).toBe('PROBATION');
    expect(await evaluate()).toEqual([]);

    await setPolicy({ suspendBelow: 65, probationBelow: 70, recoverAt: 80 });
    expect((await evaluate()).find((c) => c.partner.id === a.id)?.to).toBe('SUSPENDED');
    const job = await api.createJob(net);
    const candidates = (await api.ok(net.dispatcher, CANDIDATES, { j: job.id })).dispatchCandidates;
    expect(candidates.find((c) => c.partner.id === a.id)).toMatchObject({
      eligible: false,
      reasons: expect.arrayContaining(['Suspended: receives no offers']),
    });
    expect(errorCode(await api.offer(net, job.id, [a.id]))).toBe('NOT_ELIGIBLE');

    await setPolicy({ suspendBelow: 10, probationBelow: 20, recoverAt: 50 });
    expect((await evaluate()).find((c) => c.partner.id === a.id)?.to).toBe('ACTIVE');
    const events = await server.deps.orm.em
      .fork()
      .execute<{ data: { to: string } }[]>(`select data from service_event where kind = 'PARTNER_STATUS_CHANGED' and partner_id = ? order by seq`, [a.id]);
    expect(events.map((e) => e.data.to)).toEqual(['PROBATION', 'SUSPENDED', 'ACTIVE']);
    expect(errorCode(await api.call(net.dispatcher, POLICY_RECOVER))).toBe('FORBIDDEN');
    expect(errorCode(await api.call(net.admin, POLICY_REVERSED))).toBe('BAD_USER_INPUT');
  });
});

describe('audit findings', () => {
  it('are recorded by the auditor, seen and answered by their partner only, and shown overdue', async () => {
    const { server, api, net } = network;
    const [a, b] = net.partners;
    const due = new Date(server.clock.now().getTime() + 24 * 60 * MINUTE).toISOString();
    const record = (input: RecordFindingInput) => api.call(net.auditor, RECORD_FINDING, { i: input });
    const finding = (await record({ partnerId: a.id, severity: 'MAJOR', text: 'Checklist photos missing on two jobs', correctiveActionDueAt: due })).data!
      .recordFinding;
    const late = (await record({ partnerId: a.id, severity: 'MINOR', text: 'Report filed late', correctiveActionDueAt: due })).data!.recordFinding;
    expect(errorCode(await record({ partnerId: a.id, severity: 'MINOR', text: '   ', correctiveActionDueAt: due }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.call(a.admin, RECORD_FINDING_ID, { i: { partnerId: a.id, severity: 'MINOR', text: 'x', correctiveActionDueAt: due } }))).toBe(
      'FORBIDDEN',
    );

    const list = (actor: typeof a.admin, overdue?: boolean) => api.call(actor, FINDINGS, { overdue });
    expect((await list(a.admin)).data?.findings.map((f) => f.id).sort()).toEqual([finding.id, late.id].sort());
    expect((await list(b.admin)).data?.findings).toEqual([]);
    expect(errorCode(await list(a.tech))).toBe('FORBIDDEN');
    expect(errorCode(await api.call(b.admin, ACKNOWLEDGE_ID, { id: finding.id }))).toBe('NOT_FOUND');

    const acknowledged = await api.ok(a.admin, ACKNOWLEDGE, { id: finding.id });
    expect(acknowledged.acknowledgeFinding.acknowledgedAt).not.toBeNull();
    await api.ok(a.admin, REPORT_ACTION, { id: finding.id });

    server.clock.advance(2 * 24 * 60 * MINUTE);
    const overdue = (await list(net.auditor, true)).data?.findings.map((f) => f.id);
    expect(overdue).toEqual([late.id]);
  });
});
