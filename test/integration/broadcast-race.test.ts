import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useNetwork } from '../support/use-network.js';
import { EventRecorder, errorCode, wsClient } from '../support/graphql-client.js';

const network = useNetwork({ partners: 8 });

const OFFER_STATUSES = graphql(`
  query BroadcastOfferStatuses($id: ID!) { job(id: $id) { offers { status } } }
`);

describe('broadcast: the first partner to accept wins', () => {
  it('lets exactly one of many simultaneous accepts win; the rest are told the offer closed', async () => {
    const { server, api, net } = network;
    const job = await api.createJob(net);
    const offers = await api.offerOk(
      net,
      job.id,
      net.partners.map((p) => p.id),
    );
    expect(offers).toHaveLength(8);
    const feeds = await Promise.all(net.partners.map((p) => EventRecorder.start(wsClient(server.wsUrl, p.admin.token))));

    const results = await Promise.all(offers.map((offer) => api.accept(net.partners.find((p) => p.id === offer.partner.id)!.admin, offer.id)));
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(7);
    for (const loser of losers) expect(errorCode(loser)).toBe('OFFER_CLOSED');

    const winnerId = winners[0].data!.acceptOffer.assignedPartner!.id;
    const ids = offers.map((o) => o.id);
    for (const [i, partner] of net.partners.entries()) {
      const offerId = ids.find((id) => offers.find((o) => o.id === id)!.partner.id === partner.id)!;
      if (partner.id === winnerId) {
        expect((await api.job(partner.admin, job.id)).data?.job?.status).toBe('ASSIGNED');
        continue;
      }
      // The losers hear that their offer was withdrawn, and can no longer read the job.
      const withdrawn = await feeds[i].waitFor((e) => e.kind === 'OFFER_WITHDRAWN' && e.offer?.id === offerId);
      expect(withdrawn.job).toBeNull();
      expect(withdrawn.offer?.status).toBe('WITHDRAWN');
      expect((await api.job(partner.admin, job.id)).data?.job).toBeNull();
      expect(feeds[i].events.some((e) => e.kind === 'OFFER_ACCEPTED')).toBe(false);
    }

    const offersAfter = await api.call(net.dispatcher, OFFER_STATUSES, { id: job.id });
    const statuses = offersAfter.data?.job?.offers.map((o) => o.status).sort();
    expect(statuses).toEqual(['ACCEPTED', ...Array(7).fill('WITHDRAWN')]);
    for (const feed of feeds) feed.stop();
  });
});
