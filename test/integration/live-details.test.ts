import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useNetwork } from '../support/use-network.js';
import { EventRecorder, wsClient } from '../support/graphql-client.js';

/**
 * What a screen needs of an event to apply it without a read: the typed moves of the job, the
 * offer and the parts request (with `from` null where the thing began), each to every audience as
 * its visibility allows; the pending offers of an inbox as a list; and how far behind a session
 * that comes back is.
 */
const network = useNetwork({ partners: 2 });

const MOVES = graphql(`
  subscription LiveDetailsMoves {
    serviceEvents {
      cursor kind reason
      jobMove { from to }
      offerMove { from to }
      partsMove { from to }
      job { id status }
      offer { id status }
      partsRequest { id status }
    }
  }
`);

const PENDING_OFFERS = graphql(`
  query LiveDetailsPendingOffers { offers(status: [PENDING], first: 10) { totalCount edges { node { id status job { id } } } } }
`);

const MISSED = graphql(`
  query LiveDetailsMissed($after: String!) { missedEventCount(after: $after) }
`);

describe('events carry typed moves', () => {
  it('for the job, the offer and the parts request, to each audience as it may see them', async () => {
    const { server, api, net } = network;
    const [a, b] = net.partners;
    const board = await EventRecorder.start(wsClient(server.wsUrl, net.dispatcher.token), {}, MOVES);
    const inboxB = await EventRecorder.start(wsClient(server.wsUrl, b.admin.token), {}, MOVES);

    const job = await api.createJob(net);
    const created = await board.waitFor((e) => e.kind === 'JOB_CREATED' && e.job?.id === job.id);
    expect(created.jobMove).toEqual({ from: null, to: 'NEW' });

    // A broadcast moves the job once: the first offer's event says so, the second does not.
    const offers = await api.offerOk(net, job.id, [a.id, b.id]);
    const offered = await board.waitFor((e) => e.kind === 'JOB_OFFERED' && e.offer?.id === offers[1].id);
    const firstOffered = board.events.find((e) => e.kind === 'JOB_OFFERED' && e.offer?.id === offers[0].id);
    expect(firstOffered).toMatchObject({ jobMove: { from: 'NEW', to: 'OFFERED' }, offerMove: { from: null, to: 'PENDING' } });
    expect(offered).toMatchObject({ jobMove: null, offerMove: { from: null, to: 'PENDING' } });

    // Partner B's inbox lists its pending offer; A accepts; B's offer is withdrawn and the job hidden from B.
    expect(await api.ok(b.admin, PENDING_OFFERS)).toMatchObject({ offers: { totalCount: 1, edges: [{ node: { id: offers[1].id, job: { id: job.id } } }] } });
    await api.accept(a.admin, offers[0].id);
    const accepted = await board.waitFor((e) => e.kind === 'OFFER_ACCEPTED' && e.job?.id === job.id);
    expect(accepted).toMatchObject({ jobMove: { from: 'OFFERED', to: 'ASSIGNED' }, offerMove: { from: 'PENDING', to: 'ACCEPTED' } });
    const withdrawn = await inboxB.waitFor((e) => e.kind === 'OFFER_WITHDRAWN');
    expect(withdrawn).toMatchObject({ job: null, offer: { id: offers[1].id, status: 'WITHDRAWN' }, offerMove: { from: 'PENDING', to: 'WITHDRAWN' } });
    expect(await api.ok(b.admin, PENDING_OFFERS)).toMatchObject({ offers: { totalCount: 0, edges: [] } });
    expect(inboxB.events.some((e) => e.kind === 'JOB_CREATED' || e.kind === 'OFFER_ACCEPTED')).toBe(false);

    // Parts: the request begins REQUESTED and the job waits for it; the decision moves the request.
    await api.schedule(a.admin, job.id, a.tech.id);
    await api.start(a.tech, job.id);
    const requestId = (await api.requestParts(a.tech, job.id, [{ sku: net.skus[0], quantity: 1 }])).data!.requestParts.id;
    const requested = await board.waitFor((e) => e.kind === 'PARTS_REQUESTED' && e.partsRequest?.id === requestId);
    expect(requested).toMatchObject({ jobMove: { from: 'IN_PROGRESS', to: 'AWAITING_PARTS' }, partsMove: { from: null, to: 'REQUESTED' } });
    await api.decide(net.partsClerk, requestId, false);
    const decided = await board.waitFor((e) => e.kind === 'PARTS_DECIDED' && e.partsRequest?.id === requestId);
    expect(decided).toMatchObject({ partsMove: { from: 'REQUESTED', to: 'REJECTED' }, jobMove: { from: 'AWAITING_PARTS', to: 'IN_PROGRESS' } });

    // A reason is typed, not buried in untyped data.
    await api.cancel(net.dispatcher, job.id, 'Customer withdrew');
    const cancelled = await board.waitFor((e) => e.kind === 'JOB_CANCELLED' && e.job?.id === job.id);
    expect(cancelled).toMatchObject({ reason: 'Customer withdrew', jobMove: { from: 'IN_PROGRESS', to: 'CANCELLED' } });
    board.stop();
    inboxB.stop();
  });
});

describe('a session coming back', () => {
  it('learns how many events it missed, counting only what it may see', async () => {
    const { server, api, net } = network;
    const [a, b] = net.partners;
    const staffFeed = await EventRecorder.start(wsClient(server.wsUrl, net.dispatcher.token), {}, MOVES);
    const partnerFeed = await EventRecorder.start(wsClient(server.wsUrl, b.admin.token), {}, MOVES);
    const job = await api.createJob(net);
    await staffFeed.waitFor((e) => e.job?.id === job.id);
    const [offer] = await api.offerOk(net, job.id, [b.id]);
    const seenByB = await partnerFeed.waitFor((e) => e.offer?.id === offer.id);
    // The staff see that event too (the same log entry, the same cursor): wait for it before stopping.
    const staffCursor = (await staffFeed.waitFor((e) => e.cursor === seenByB.cursor)).cursor;
    staffFeed.stop();
    partnerFeed.stop();

    // Three more steps for the staff; for B, only its own offer's decline.
    await api.decline(b.admin, offer.id);
    const other = await api.createJob(net);
    await api.offerOk(net, other.id, [a.id]);
    expect(await api.ok(net.dispatcher, MISSED, { after: staffCursor })).toEqual({ missedEventCount: 3 });
    expect(await api.ok(b.admin, MISSED, { after: seenByB.cursor })).toEqual({ missedEventCount: 1 });
  });
});
