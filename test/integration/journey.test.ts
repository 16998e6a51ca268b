import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useNetwork } from '../support/use-network.js';
import { EventRecorder, errorCode, gql, wsClient } from '../support/graphql-client.js';

const network = useNetwork({ partners: 2 });

const CANDIDATES = graphql(`
  query JourneyCandidates($j: ID!) { dispatchCandidates(jobId: $j) { partner { id } eligible score reasons } }
`);
const SURVEY_TOKEN = graphql(`
  query JourneySurveyToken($id: ID!) { job(id: $id) { surveyToken } }
`);
const SURVEY = graphql(`
  mutation JourneySurvey($t: String!) { submitSurvey(token: $t, rating: 5, comment: "Quick and friendly") { rating comment } }
`);
const SURVEY_AGAIN = graphql(`
  mutation JourneySurveyAgain($t: String!) { submitSurvey(token: $t, rating: 1) { rating } }
`);
const HISTORY = graphql(`
  query JourneyHistory($id: ID!) { job(id: $id) { events { kind actor { id } data } } }
`);

describe('the dispatch journey, through the public API, pushed live', () => {
  it('runs from the customer call to the survey', async () => {
    const { server, api, net } = network;
    const partner = net.partners[0];
    const board = await EventRecorder.start(wsClient(server.wsUrl, net.dispatcher.token));
    const inbox = await EventRecorder.start(wsClient(server.wsUrl, partner.admin.token));

    // The dispatcher registers the call: coverage, priority and SLA are derived.
    const job = await api.createJob(net);
    expect(job).toMatchObject({ status: 'NEW', coverage: 'WARRANTY', priority: 2 });
    expect(job.number).toMatch(/^SJ-\d{4}-\d{6}$/);
    await board.waitFor((e) => e.kind === 'JOB_CREATED' && e.job?.id === job.id);

    const candidates = await api.ok(net.dispatcher, CANDIDATES, { j: job.id });
    expect(candidates.dispatchCandidates).toHaveLength(2);
    expect(candidates.dispatchCandidates.every((c) => c.eligible)).toBe(true);
    expect(candidates.dispatchCandidates[0].reasons.join(' ')).toContain(`Serves region ${net.region}`);

    // The partner sees the offer arrive live, and accepts it.
    const [offer] = await api.offerOk(net, job.id, [partner.id]);
    const offered = await inbox.waitFor((e) => e.kind === 'JOB_OFFERED');
    expect(offered.offer?.id).toBe(offer.id);
    expect(offered.job?.id).toBe(job.id);
    const accepted = await api.accept(partner.admin, offer.id);
    expect(accepted.data?.acceptOffer).toMatchObject({ status: 'ASSIGNED', assignedPartner: { id: partner.id } });
    await board.waitFor((e) => e.kind === 'OFFER_ACCEPTED' && e.job?.status === 'ASSIGNED');

    // The partner plans the visit; the technician works the job.
    const scheduled = await api.schedule(partner.admin, job.id, partner.tech.id);
    expect(scheduled.data?.scheduleJob).toMatchObject({ status: 'SCHEDULED', technician: { id: partner.tech.id } });
    const techFeed = await EventRecorder.start(wsClient(server.wsUrl, partner.tech.token));
    expect((await api.start(partner.tech, job.id)).data?.startJob.status).toBe('IN_PROGRESS');
    await techFeed.waitFor((e) => e.kind === 'JOB_STARTED');

    // Parts: requested, partly approved, shipped, received; the job resumes by itself.
    const requested = await api.requestParts(partner.tech, job.id, [
      { sku: net.skus[0], quantity: 2 },
      { sku: net.skus[1], quantity: 1 },
    ]);
    const requestId = requested.data!.requestParts.id;
    expect(requested.data?.requestParts.status).toBe('REQUESTED');
    expect((await api.job(partner.tech, job.id)).data?.job?.status).toBe('AWAITING_PARTS');
    await board.waitFor((e) => e.kind === 'PARTS_REQUESTED' && e.partsRequest?.id === requestId);
    const decided = await api.decide(net.partsClerk, requestId, true, [{ sku: net.skus[0], quantity: 1 }]);
    expect(decided.data?.decidePartsRequest.status).toBe('PARTIALLY_APPROVED');
    await techFeed.waitFor((e) => e.kind === 'PARTS_DECIDED' && e.partsRequest?.status === 'PARTIALLY_APPROVED');
    expect((await api.ship(net.partsClerk, requestId, '1Z999')).data?.shipPartsRequest).toMatchObject({ status: 'SHIPPED', trackingCode: '1Z999' });
    const received = await api.receive(partner.tech, requestId);
    expect(received.data?.receivePartsRequest).toMatchObject({ status: 'RECEIVED', job: { status: 'IN_PROGRESS' } });

    // The quality gate refuses an incomplete report, item by item, and changes nothing.
    const refused = await api.complete(partner.tech, job.id, { resolution: 'Replaced the valve', checklist: [{ itemId: 'safety', done: true }] });
    expect(errorCode(refused)).toBe('QUALITY_GATE_FAILED');
    const missing = (refused.errors![0].extensions!.missing as { id: string }[]).map((m) => m.id).sort();
    expect(missing).toEqual(['failureCode', 'test-run']);
    expect((await api.job(partner.tech, job.id)).data?.job?.status).toBe('IN_PROGRESS');

    const completed = await api.complete(partner.tech, job.id, api.fullReport(net));
    expect(completed.data?.completeJob.status).toBe('COMPLETED');

    // The dispatcher closes it; the customer answers the survey once.
    const closed = await api.close(net.dispatcher, job.id);
    expect(closed.data?.closeJob.status).toBe('CLOSED');
    const token = closed.data!.closeJob.surveyToken!;
    expect(token).toMatch(/^[\w-]{20,}$/);
    const partnerView = await api.call(partner.admin, SURVEY_TOKEN, { id: job.id });
    expect(partnerView.data?.job?.surveyToken).toBeNull();
    const survey = await gql(server.httpUrl, SURVEY, { t: token });
    expect(survey.data?.submitSurvey).toEqual({ rating: 5, comment: 'Quick and friendly' });
    const again = await gql(server.httpUrl, SURVEY_AGAIN, { t: token });
    expect(errorCode(again)).toBe('CONFLICT');
    await board.waitFor((e) => e.kind === 'SURVEY_SUBMITTED' && e.job?.id === job.id);

    // The case file holds the whole history, in order.
    const history = await api.call(net.dispatcher, HISTORY, { id: job.id });
    expect(history.data?.job?.events.map((e) => e.kind)).toEqual([
      'JOB_CREATED',
      'JOB_OFFERED',
      'OFFER_ACCEPTED',
      'JOB_SCHEDULED',
      'JOB_STARTED',
      'PARTS_REQUESTED',
      'PARTS_DECIDED',
      'PARTS_SHIPPED',
      'PARTS_RECEIVED',
      'QUALITY_GATE_FAILED',
      'JOB_COMPLETED',
      'JOB_CLOSED',
      'SURVEY_SUBMITTED',
    ]);
    // The partner's live feed saw its own steps, and nothing of the survey's text it may not need.
    expect(inbox.events.map((e) => e.kind)).toContain('OFFER_ACCEPTED');
    for (const recorder of [board, inbox, techFeed]) recorder.stop();
  });

  it('reopens a closed job for rework with the same partner', async () => {
    const { api, net } = network;
    const { job } = await api.startedJob(net, net.partners[1]);
    expect((await api.complete(net.partners[1].tech, job.id, api.fullReport(net))).errors).toBeUndefined();
    expect((await api.close(net.dispatcher, job.id)).errors).toBeUndefined();
    const reopened = await api.reopen(net.dispatcher, job.id);
    expect(reopened.data?.reopenJob).toMatchObject({ status: 'ASSIGNED', assignedPartner: { id: net.partners[1].id } });
  });

  it('prices paid work from the list: labour over the flat rate is refused', async () => {
    const { api, net } = network;
    const { job } = await api.startedJob(net, net.partners[0], net.paidSerial);
    const over = await api.complete(net.partners[0].tech, job.id, { ...api.fullReport(net), laborMinutes: 600 });
    expect(errorCode(over)).toBe('PRICE_ABOVE_LIST');
    expect((await api.job(net.dispatcher, job.id)).data?.job?.status).toBe('IN_PROGRESS');
    const ok = await api.complete(net.partners[0].tech, job.id, api.fullReport(net));
    expect(ok.data?.completeJob.status).toBe('COMPLETED');
  });
});
