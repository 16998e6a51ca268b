import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useNetwork } from '../support/use-network.js';
import { EventRecorder, errorCode, wsClient } from '../support/graphql-client.js';

// A second instance on the same database and the same clock.
const network = useNetwork({ partners: 3, server: { twin: true } });
const MINUTE = 60_000;

const AUTO_DISPATCH = graphql(`
  mutation SlaAutoDispatch($j: ID!) { autoDispatch(jobId: $j) { id partner { id } } }
`);
const PENDING = graphql(`
  query SlaPending($id: ID!) { job(id: $id) { status offers { status automatic partner { id } } } }
`);
const BREACHES = graphql(`
  query SlaBreaches($id: ID!) { job(id: $id) { responseBreachedAt resolutionBreachedAt } }
`);
const RESOLUTION_DUE = graphql(`
  query SlaResolutionDue($id: ID!) { job(id: $id) { resolutionDueAt } }
`);
const PAUSED_AT = graphql(`
  query SlaPausedAt($id: ID!) { job(id: $id) { resolutionPausedAt } }
`);
const RESOLUTION_CLOCK = graphql(`
  query SlaResolutionClock($id: ID!) { job(id: $id) { resolutionDueAt resolutionPausedAt resolutionPausedMinutes } }
`);

/** Both instances run their deadline pass at the same moment, twice. */
async function tickBoth() {
  const { server, twin } = network;
  await Promise.all([server.deps.scheduler.tick(), twin.deps.scheduler.tick()]);
  await Promise.all([server.deps.scheduler.tick(), twin.deps.scheduler.tick()]);
}

async function eventsOf(jobId: string): Promise<{ kind: string; data: Record<string, unknown>; partner_id: string | null }[]> {
  return network.server.deps.orm.em.fork().execute('select kind::text, data, partner_id from service_event where job_id = ? order by seq', [jobId]);
}

describe('clocks that run on their own', () => {
  it('expires an offer once, even with two instances, and sends the job back to dispatch', async () => {
    const { server, api, net } = network;
    const job = await api.createJob(net);
    const [offer] = (await api.offer(net, job.id, [net.partners[0].id], 10)).data!.offerJob;
    server.clock.advance(11 * MINUTE);
    await tickBoth();
    const kinds = (await eventsOf(job.id)).map((e) => e.kind);
    expect(kinds.filter((k) => k === 'OFFER_EXPIRED')).toHaveLength(1);
    expect((await api.job(net.dispatcher, job.id)).data?.job?.status).toBe('NEW');
    expect(errorCode(await api.accept(net.partners[0].admin, offer.id))).toBe('OFFER_CLOSED');
  });

  it('offers an automatically dispatched job to the next candidate when the offer expires', async () => {
    const { server, api, net } = network;
    const job = await api.createJob(net);
    const first = (await api.ok(net.dispatcher, AUTO_DISPATCH, { j: job.id })).autoDispatch[0];
    server.clock.advance(31 * MINUTE);
    await tickBoth();
    const events = await eventsOf(job.id);
    expect(events.filter((e) => e.kind === 'OFFER_EXPIRED')).toHaveLength(1);
    const offered = events.filter((e) => e.kind === 'JOB_OFFERED');
    expect(offered).toHaveLength(2);
    expect(offered[1].partner_id).not.toBe(first.partner.id);
    const pending = await api.call(net.dispatcher, PENDING, { id: job.id });
    expect(pending.data?.job?.status).toBe('OFFERED');
    expect(pending.data?.job?.offers.filter((o) => o.status === 'PENDING')).toHaveLength(1);
  });

  it('raises SLA_BREACHED once on the dispatcher board when nobody responds in time', async () => {
    const { server, api, net } = network;
    const board = await EventRecorder.start(wsClient(server.wsUrl, net.dispatcher.token));
    const job = await api.createJob(net);
    server.clock.advance(119 * MINUTE);
    await tickBoth();
    expect((await eventsOf(job.id)).some((e) => e.kind === 'SLA_BREACHED')).toBe(false);
    server.clock.advance(2 * MINUTE);
    await tickBoth();
    const breach = await board.waitFor((e) => e.kind === 'SLA_BREACHED' && e.job?.id === job.id);
    expect(breach.data).toMatchObject({ clock: 'RESPONSE', status: 'NEW' });
    expect((await eventsOf(job.id)).filter((e) => e.kind === 'SLA_BREACHED')).toHaveLength(1);
    const view = await api.call(net.dispatcher, BREACHES, { id: job.id });
    expect(view.data?.job?.responseBreachedAt).not.toBeNull();
    board.stop();
  });

  it('pauses the resolution clock while the manufacturer has not shipped the parts', async () => {
    const { server, api, net } = network;
    const partner = net.partners[1];
    const { job } = await api.startedJob(net, partner);
    const before = (await api.call(net.dispatcher, RESOLUTION_DUE, { id: job.id })).data?.job?.resolutionDueAt as string;
    const request = (await api.requestParts(partner.tech, job.id, [{ sku: net.skus[0], quantity: 1 }])).data!.requestParts.id;
    const paused = await api.call(net.dispatcher, PAUSED_AT, { id: job.id });
    expect(paused.data?.job?.resolutionPausedAt).not.toBeNull();
    // Two days pass with the request at the manufacturer: far past the 24-hour resolution clock, no breach.
    server.clock.advance(2 * 24 * 60 * MINUTE);
    await tickBoth();
    expect((await eventsOf(job.id)).some((e) => e.kind === 'SLA_BREACHED' && e.data.clock === 'RESOLUTION')).toBe(false);
    await api.decide(net.partsClerk, request, true);
    await api.ship(net.partsClerk, request);
    const after = await api.call(net.dispatcher, RESOLUTION_CLOCK, { id: job.id });
    expect(after.data?.job?.resolutionPausedAt).toBeNull();
    expect(after.data?.job?.resolutionPausedMinutes).toBeGreaterThanOrEqual(2 * 24 * 60);
    expect(new Date(after.data?.job?.resolutionDueAt as string).getTime() - new Date(before).getTime()).toBeGreaterThanOrEqual(2 * 24 * 60 * MINUTE);
    // With the parts on their way, the clock runs again and breaches once it is really late.
    server.clock.advance(25 * 60 * MINUTE);
    await tickBoth();
    expect((await eventsOf(job.id)).filter((e) => e.kind === 'SLA_BREACHED' && e.data.clock === 'RESOLUTION')).toHaveLength(1);
  });
});
