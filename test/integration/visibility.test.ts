import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { joinNetwork } from '../support/factory.js';
import { useNetwork } from '../support/use-network.js';
import { EventRecorder, errorCode, settle, wsClient, type EventShape, type Result } from '../support/graphql-client.js';
import type { VisibilityJobsQuery } from '../gql/graphql.js';

const network = useNetwork({ partners: 3, rival: { partners: 1 } });

beforeAll(async () => {
  // The first partner of `net` also serves the rival manufacturer.
  await joinNetwork(network.server, network.net.partners[0], network.rival);
});

const JOBS = graphql(`
  query VisibilityJobs { jobs(first: 200) { totalCount edges { node { id } } } }
`);
const CANCEL = graphql(`
  mutation VisibilityCancel($j: ID!) { cancelJob(jobId: $j, reason: "x") { id } }
`);
const EQUIPMENT = graphql(`
  query VisibilityEquipment($s: String!) { equipmentBySerial(serial: $s) { id } }
`);
const PARTS = graphql(`
  query VisibilityParts { parts { sku } }
`);
const OFFERS = graphql(`
  query VisibilityOffers($id: ID!) { job(id: $id) { id offers { id partner { id } } } }
`);
const JOB_COUNT = graphql(`
  query VisibilityJobCount { jobs { totalCount } }
`);
const HELD_BY = graphql(`
  query VisibilityHeldBy($id: ID!) { job(id: $id) { id assignedPartner { id } offers { status } } }
`);
const CLOSE = graphql(`
  mutation VisibilityClose($j: ID!) { closeJob(jobId: $j) { id } }
`);
const SCORES = graphql(`
  query VisibilityScores { partnerScorecards(from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z") { score } }
`);
const SCORECARDS = graphql(`
  query VisibilityScorecards($from: DateTime!, $to: DateTime!) { partnerScorecards(from: $from, to: $to) { partner { id } offersReceived } }
`);

const idsOf = (result: Result<VisibilityJobsQuery>) => result.data!.jobs.edges.map((e) => e.node.id);

describe('each role sees exactly what DESIGN.md allows', () => {
  it('keeps manufacturers apart and shows a shared partner the jobs of both', async () => {
    const { api, net, rival } = network;
    const ours = await api.createJob(net);
    const theirs = await api.createJob(rival);
    expect((await api.job(rival.dispatcher, ours.id)).data?.job).toBeNull();
    expect((await api.job(net.dispatcher, ours.id)).data?.job?.id).toBe(ours.id);
    expect(idsOf(await api.call(rival.dispatcher, JOBS))).not.toContain(ours.id);
    expect(idsOf(await api.call(net.dispatcher, JOBS))).not.toContain(theirs.id);
    // Foreign data answers exactly like data that does not exist.
    const foreign = await api.call(rival.dispatcher, CANCEL, { j: ours.id });
    const missing = await api.call(rival.dispatcher, CANCEL, { j: '00000000-0000-4000-8000-000000000000' });
    expect(errorCode(foreign)).toBe('NOT_FOUND');
    expect(foreign.errors?.[0].message).toBe(missing.errors?.[0].message);
    expect((await api.call(rival.dispatcher, EQUIPMENT, { s: net.warrantySerial })).data?.equipmentBySerial).toBeNull();

    const shared = net.partners[0];
    await api.assignedJob(net, shared);
    await api.assignedJob(rival, shared, rival.warrantySerial);
    const seen = await api.call(shared.admin, JOBS);
    expect(seen.data?.jobs.totalCount).toBe(2);
    const catalogue = (await api.ok(shared.admin, PARTS)).parts.map((p) => p.sku);
    expect(catalogue).toEqual(expect.arrayContaining([...net.skus, ...rival.skus]));
    const ownOnly = (await api.ok(net.partners[1].admin, PARTS)).parts.map((p) => p.sku);
    expect(ownOnly.sort()).toEqual([...net.skus].sort());
  });

  it('shows a partner the jobs it holds or has a pending offer for, and only its own offer', async () => {
    const { api, net } = network;
    const [a, b, c] = net.partners;
    const job = await api.createJob(net);
    const offers = await api.offerOk(net, job.id, [a.id, b.id]);
    const viewA = await api.call(a.admin, OFFERS, { id: job.id });
    expect(viewA.data?.job?.offers.map((o) => o.partner.id)).toEqual([a.id]);
    expect((await api.job(c.admin, job.id)).data?.job).toBeNull();
    const offerOfB = offers.find((o) => o.partner.id === b.id)!;
    expect(errorCode(await api.accept(a.admin, offerOfB.id))).toBe('NOT_FOUND');

    await api.accept(a.admin, offers.find((o) => o.partner.id === a.id)!.id);
    expect((await api.job(b.admin, job.id)).data?.job).toBeNull();
    const ownOffer = await api.ok(b.admin, JOB_COUNT);
    expect(ownOffer.jobs.totalCount).toBe(0);
    const heldBy = await api.call(a.admin, HELD_BY, { id: job.id });
    expect(heldBy.data?.job?.offers).toEqual([{ status: 'ACCEPTED' }]);
  });

  it('shows a technician only the jobs assigned to them, and guards every step by role', async () => {
    const { api, net } = network;
    const [a, b] = net.partners;
    const { job } = await api.assignedJob(net, a);
    expect((await api.job(a.tech, job.id)).data?.job).toBeNull();
    expect(errorCode(await api.schedule(b.admin, job.id, b.tech.id))).toBe('NOT_FOUND');
    expect(errorCode(await api.schedule(a.admin, job.id, b.tech.id))).toBe('BAD_USER_INPUT');
    await api.schedule(a.admin, job.id, a.tech.id);
    expect((await api.job(a.tech, job.id)).data?.job?.id).toBe(job.id);
    expect((await api.job(b.tech, job.id)).data?.job).toBeNull();
    expect(errorCode(await api.call(a.tech, CLOSE, { j: job.id }))).toBe('FORBIDDEN');
    expect(errorCode(await api.call(a.tech, SCORES))).toBe('FORBIDDEN');
    expect(errorCode(await api.decide(a.admin, job.id, true))).toBe('FORBIDDEN');
  });

  it('gives a partner its own scorecard row only, and the auditor every partner of the network', async () => {
    const { api, net } = network;
    const period = { from: '2026-01-01T00:00:00Z', to: '2028-01-01T00:00:00Z' };
    const own = await api.ok(net.partners[1].admin, SCORECARDS, period);
    expect(own.partnerScorecards.map((r) => r.partner.id)).toEqual([net.partners[1].id]);
    const all = await api.ok(net.auditor, SCORECARDS, period);
    expect(all.partnerScorecards.map((r) => r.partner.id).sort()).toEqual(net.partners.map((p) => p.id).sort());
  });

  it('sends each subscriber only the events it may see', async () => {
    const { server, api, net, rival } = network;
    const [a, b] = net.partners;
    const feeds = {
      dispatcher: await EventRecorder.start(wsClient(server.wsUrl, net.dispatcher.token)),
      rivalDispatcher: await EventRecorder.start(wsClient(server.wsUrl, rival.dispatcher.token)),
      a: await EventRecorder.start(wsClient(server.wsUrl, a.admin.token)),
      b: await EventRecorder.start(wsClient(server.wsUrl, b.admin.token)),
      techA: await EventRecorder.start(wsClient(server.wsUrl, a.tech.token)),
      techB: await EventRecorder.start(wsClient(server.wsUrl, b.tech.token)),
    };
    const { job } = await api.startedJob(net, a);
    await api.requestParts(a.tech, job.id, [{ sku: net.skus[0], quantity: 1 }]);
    await feeds.dispatcher.waitFor((e) => e.kind === 'PARTS_REQUESTED' && e.job?.id === job.id);
    await feeds.techA.waitFor((e) => e.kind === 'PARTS_REQUESTED');
    await feeds.a.waitFor((e) => e.kind === 'PARTS_REQUESTED');
    await settle();
    const about = (events: EventShape[]) => events.filter((e) => e.job?.id === job.id);
    expect(about(feeds.dispatcher.events).map((e) => e.kind)).toEqual([
      'JOB_CREATED',
      'JOB_OFFERED',
      'OFFER_ACCEPTED',
      'JOB_SCHEDULED',
      'JOB_STARTED',
      'PARTS_REQUESTED',
    ]);
    expect(feeds.a.events.map((e) => e.kind)).toEqual(['JOB_OFFERED', 'OFFER_ACCEPTED', 'JOB_SCHEDULED', 'JOB_STARTED', 'PARTS_REQUESTED']);
    expect(feeds.techA.events.map((e) => e.kind)).toEqual(['JOB_SCHEDULED', 'JOB_STARTED', 'PARTS_REQUESTED']);
    expect(feeds.rivalDispatcher.events).toEqual([]);
    expect(feeds.b.events).toEqual([]);
    expect(feeds.techB.events).toEqual([]);
    for (const feed of Object.values(feeds)) feed.stop();
  });
});
