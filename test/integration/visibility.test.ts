import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { buildNetwork, joinNetwork, type NetworkFixture } from '../support/factory.js';
import { Api } from '../support/operations.js';
import { EventRecorder, errorCode, settle, wsClient, type Result } from '../support/graphql-client.js';

let server: TestServer;
let api: Api;
let net: NetworkFixture;
let rival: NetworkFixture;

beforeAll(async () => {
  server = await startTestServer();
  api = new Api(server);
  net = await buildNetwork(server, { partners: 3 });
  rival = await buildNetwork(server, { partners: 1 });
  // The first partner of `net` also serves the rival manufacturer.
  await joinNetwork(server, net.partners[0], rival);
});
afterAll(async () => server?.stop());

const idsOf = (result: Result) => (result.data!.jobs.edges as { node: { id: string } }[]).map((e) => e.node.id);
const JOBS = '{ jobs(first: 200) { totalCount edges { node { id } } } }';

describe('each role sees exactly what DESIGN.md allows', () => {
  it('keeps manufacturers apart and shows a shared partner the jobs of both', async () => {
    const ours = await api.createJob(net);
    const theirs = await api.createJob(rival);
    expect((await api.job(rival.dispatcher, ours.id)).data?.job).toBeNull();
    expect((await api.job(net.dispatcher, ours.id)).data?.job.id).toBe(ours.id);
    expect(idsOf(await api.call(rival.dispatcher, JOBS))).not.toContain(ours.id);
    expect(idsOf(await api.call(net.dispatcher, JOBS))).not.toContain(theirs.id);
    // Foreign data answers exactly like data that does not exist.
    const foreign = await api.call(rival.dispatcher, `mutation { cancelJob(jobId: "${ours.id}", reason: "x") { id } }`);
    const missing = await api.call(rival.dispatcher, 'mutation { cancelJob(jobId: "00000000-0000-4000-8000-000000000000", reason: "x") { id } }');
    expect(errorCode(foreign)).toBe('NOT_FOUND');
    expect(foreign.errors?.[0].message).toBe(missing.errors?.[0].message);
    expect((await api.call(rival.dispatcher, `{ equipmentBySerial(serial: "${net.warrantySerial}") { id } }`)).data?.equipmentBySerial).toBeNull();

    const shared = net.partners[0];
    await api.assignedJob(net, shared);
    await api.assignedJob(rival, shared, rival.warrantySerial);
    const seen = await api.call(shared.admin, JOBS);
    expect(seen.data?.jobs.totalCount).toBe(2);
    const catalogue = (await api.ok(shared.admin, '{ parts { sku } }')).parts.map((p: { sku: string }) => p.sku);
    expect(catalogue).toEqual(expect.arrayContaining([...net.skus, ...rival.skus]));
    const ownOnly = (await api.ok(net.partners[1].admin, '{ parts { sku } }')).parts.map((p: { sku: string }) => p.sku);
    expect(ownOnly.sort()).toEqual([...net.skus].sort());
  });

  it('shows a partner the jobs it holds or has a pending offer for, and only its own offer', async () => {
    const [a, b, c] = net.partners;
    const job = await api.createJob(net);
    const offers = await api.offerOk(net, job.id, [a.id, b.id]);
    const viewA = await api.job(a.admin, job.id, 'id offers { id partner { id } }');
    expect(viewA.data?.job.offers.map((o: { partner: { id: string } }) => o.partner.id)).toEqual([a.id]);
    expect((await api.job(c.admin, job.id)).data?.job).toBeNull();
    const offerOfB = offers.find((o) => o.partner.id === b.id)!;
    expect(errorCode(await api.accept(a.admin, offerOfB.id))).toBe('NOT_FOUND');

    await api.accept(a.admin, offers.find((o) => o.partner.id === a.id)!.id);
    expect((await api.job(b.admin, job.id)).data?.job).toBeNull();
    const ownOffer = await api.ok(b.admin, `query { jobs { totalCount } }`);
    expect(ownOffer.jobs.totalCount).toBe(0);
    const heldBy = await api.job(a.admin, job.id, 'id assignedPartner { id } offers { status }');
    expect(heldBy.data?.job.offers).toEqual([{ status: 'ACCEPTED' }]);
  });

  it('shows a technician only the jobs assigned to them, and guards every step by role', async () => {
    const [a, b] = net.partners;
    const { job } = await api.assignedJob(net, a);
    expect((await api.job(a.tech, job.id)).data?.job).toBeNull();
    expect(errorCode(await api.schedule(b.admin, job.id, b.tech.id))).toBe('NOT_FOUND');
    expect(errorCode(await api.schedule(a.admin, job.id, b.tech.id))).toBe('BAD_USER_INPUT');
    await api.schedule(a.admin, job.id, a.tech.id);
    expect((await api.job(a.tech, job.id)).data?.job.id).toBe(job.id);
    expect((await api.job(b.tech, job.id)).data?.job).toBeNull();
    expect(errorCode(await api.call(a.tech, `mutation { closeJob(jobId: "${job.id}") { id } }`))).toBe('FORBIDDEN');
    expect(errorCode(await api.call(a.tech, '{ partnerScorecards(from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z") { score } }'))).toBe('FORBIDDEN');
    expect(errorCode(await api.decide(a.admin, job.id, true))).toBe('FORBIDDEN');
  });

  it('gives a partner its own scorecard row only, and the auditor every partner of the network', async () => {
    const period = { from: '2026-01-01T00:00:00Z', to: '2028-01-01T00:00:00Z' };
    const query = 'query($from: DateTime!, $to: DateTime!) { partnerScorecards(from: $from, to: $to) { partner { id } offersReceived } }';
    const own = await api.ok(net.partners[1].admin, query, period);
    expect(own.partnerScorecards.map((r: { partner: { id: string } }) => r.partner.id)).toEqual([net.partners[1].id]);
    const all = await api.ok(net.auditor, query, period);
    expect(all.partnerScorecards.map((r: { partner: { id: string } }) => r.partner.id).sort()).toEqual(net.partners.map((p) => p.id).sort());
  });

  it('sends each subscriber only the events it may see', async () => {
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
    const about = (events: { job: { id: string } | null }[]) => events.filter((e) => e.job?.id === job.id);
    expect(about(feeds.dispatcher.events).map((e) => e.kind)).toEqual(['JOB_CREATED', 'JOB_OFFERED', 'OFFER_ACCEPTED', 'JOB_SCHEDULED', 'JOB_STARTED', 'PARTS_REQUESTED']);
    expect(feeds.a.events.map((e) => e.kind)).toEqual(['JOB_OFFERED', 'OFFER_ACCEPTED', 'JOB_SCHEDULED', 'JOB_STARTED', 'PARTS_REQUESTED']);
    expect(feeds.techA.events.map((e) => e.kind)).toEqual(['JOB_SCHEDULED', 'JOB_STARTED', 'PARTS_REQUESTED']);
    expect(feeds.rivalDispatcher.events).toEqual([]);
    expect(feeds.b.events).toEqual([]);
    expect(feeds.techB.events).toEqual([]);
    for (const feed of Object.values(feeds)) feed.stop();
  });
});
