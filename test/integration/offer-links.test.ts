import { describe, expect, it } from 'vitest';
import { offerLinkUrls } from '../../server/dist/modules/dispatch/offer-links.js';
import { MessageLinks } from '../../server/dist/shared/message-links.js';
import { graphql } from '../gql/index.js';
import type { Actor, PartnerFixture } from '../support/factory.js';
import { EventRecorder, errorCode, wsClient, type Result } from '../support/graphql-client.js';
import { useNetwork } from '../support/use-network.js';

/**
 * A mailed offer's accept and decline links (/offer/<token>), on a real server: the links are made
 * by the function the mail uses, through the running server's own signer. Reading a link changes
 * nothing; pressing it acts exactly like acceptOffer / declineOffer as the user the mail went to,
 * once; a forged, expired, used or overtaken link refuses with a typed error.
 */

const network = useNetwork({ partners: 3 });

const MAILED_OFFER = graphql(`
  query OfferLinkView($t: String!) {
    mailedOffer(token: $t) {
      action offerId jobId jobNumber jobType productLine model siteCity region description priority partnerName status expiresAt usable blockedBy
    }
  }
`);

const ANSWER = graphql(`
  mutation OfferLinkAnswer($t: String!, $r: String) {
    answerMailedOffer(token: $t, reason: $r) { action offer { offerId status usable blockedBy } }
  }
`);

const JOB_EVENTS = graphql(`
  query OfferLinkJobEvents($id: ID!) {
    job(id: $id) { status assignedPartner { id } offers { id status declineReason } events { kind actor { id } data offer { id } } }
  }
`);

interface Links {
  accept: string;
  decline: string;
  acceptUrl: string;
}

/** The links the mail to `recipient` carries for this offer, made with the running server's signer. */
async function linksFor(offer: { id: string; expiresAt: string }, recipient: Actor): Promise<Links> {
  const { acceptUrl, declineUrl } = await offerLinkUrls(network.server.deps.links, {
    offerId: offer.id,
    userId: recipient.id,
    expiresAt: new Date(offer.expiresAt),
  });
  return { accept: tokenOf(acceptUrl), decline: tokenOf(declineUrl), acceptUrl };
}

const tokenOf = (url: string) => new URL(url).pathname.replace(/^\/offer\//, '');

/** A new job offered to the partners, and the offer made to the first of them. */
async function offered(partners: PartnerFixture[], expiresInMinutes?: number) {
  const { api, net } = network;
  const job = await api.createJob(net);
  const offers = await api.offerOk(
    net,
    job.id,
    partners.map((p) => p.id),
    expiresInMinutes,
  );
  return { job, offers, offer: offers.find((o) => o.partner.id === partners[0].id)! };
}

const view = (token: string) => network.api.call(undefined, MAILED_OFFER, { t: token });
const answer = (token: string, reason?: string) => network.api.call(undefined, ANSWER, { t: token, r: reason });
const events = async (jobId: string) => (await network.api.ok(network.net.dispatcher, JOB_EVENTS, { id: jobId })).job!;
const usesOf = async (offerId: string) =>
  (await network.server.deps.orm.em.fork().execute<{ n: number }[]>('select count(*)::int as n from offer_link_use where offer_id = ?', [offerId]))[0].n;
const reasonOf = (result: Result<unknown>) => result.errors?.[0]?.extensions?.reason;

describe('a mailed offer link', () => {
  it('is a URL on PUBLIC_URL whose page shows the offer, and reading it (as a mail scanner does) changes nothing', async () => {
    const { net, server } = network;
    const partner = net.partners[0];
    const { job, offer } = await offered([partner]);
    const links = await linksFor(offer, partner.admin);
    expect(links.acceptUrl.startsWith(`${server.deps.messages.publicUrl}/offer/`)).toBe(true);
    expect(links.accept).not.toBe(links.decline);

    for (let i = 0; i < 3; i++) {
      const result = await view(links.accept);
      expect(result.errors).toBeUndefined();
      expect(result.data!.mailedOffer).toMatchObject({
        action: 'ACCEPT',
        offerId: offer.id,
        jobId: job.id,
        jobNumber: job.number,
        jobType: 'REPAIR',
        description: 'Compressor stops after ten minutes',
        priority: job.priority,
        partnerName: partner.name,
        productLine: `Compressors ${net.suffix}`,
        model: `CX-${net.suffix}`,
        // The test unit's address is only a street: no town to show, and the street is not shown.
        siteCity: null,
        region: net.region,
        status: 'PENDING',
        expiresAt: offer.expiresAt,
        usable: true,
        blockedBy: null,
      });
    }
    expect((await view(links.decline)).data!.mailedOffer.action).toBe('DECLINE');
    const after = await events(job.id);
    expect(after.status).toBe('OFFERED');
    expect(after.offers.map((o) => o.status)).toEqual(['PENDING']);
    expect(await usesOf(offer.id)).toBe(0);
  });

  it('accepts exactly as acceptOffer does, as the recipient, with the same live event; then the used link and the decline link refuse', async () => {
    const { api, net, server } = network;
    const partner = net.partners[0];
    // The portal's accept, for comparison.
    const portal = await offered([partner]);
    expect((await api.accept(partner.admin, portal.offer.id)).errors).toBeUndefined();
    const byPortal = (await events(portal.job.id)).events.find((e) => e.kind === 'OFFER_ACCEPTED')!;

    const { job, offer } = await offered([partner]);
    const links = await linksFor(offer, partner.admin);
    const feed = await EventRecorder.start(wsClient(server.wsUrl, net.dispatcher.token), { jobId: job.id });
    try {
      const result = await answer(links.accept);
      expect(result.errors).toBeUndefined();
      expect(result.data!.answerMailedOffer).toEqual({
        action: 'ACCEPT',
        offer: { offerId: offer.id, status: 'ACCEPTED', usable: false, blockedBy: 'ALREADY_USED' },
      });
      const live = await feed.waitFor((e) => e.kind === 'OFFER_ACCEPTED');
      expect(live).toMatchObject({ job: { id: job.id, status: 'ASSIGNED' }, offer: { id: offer.id, status: 'ACCEPTED' }, actor: { id: partner.admin.id } });
    } finally {
      feed.stop();
    }
    const after = await events(job.id);
    expect(after.status).toBe('ASSIGNED');
    expect(after.assignedPartner?.id).toBe(partner.id);
    const byLink = after.events.filter((e) => e.kind === 'OFFER_ACCEPTED');
    expect(byLink).toHaveLength(1);
    expect(byLink[0].actor?.id).toBe(partner.admin.id);
    expect(byLink[0].data).toEqual(byPortal.data);
    expect(await usesOf(offer.id)).toBe(1);

    const again = await answer(links.accept);
    expect(errorCode(again)).toBe('CONFLICT');
    expect(reasonOf(again)).toBe('ALREADY_USED');
    expect((await view(links.accept)).data!.mailedOffer).toMatchObject({ status: 'ACCEPTED', usable: false, blockedBy: 'ALREADY_USED' });

    const decline = await answer(links.decline, 'Changed our mind');
    expect(errorCode(decline)).toBe('OFFER_CLOSED');
    expect((await view(links.decline)).data!.mailedOffer).toMatchObject({ action: 'DECLINE', usable: false, blockedBy: 'ANSWERED' });
    const last = await events(job.id);
    expect(last.events.filter((e) => e.kind.startsWith('OFFER_')).map((e) => e.kind)).toEqual(['OFFER_ACCEPTED']);
    expect(await usesOf(offer.id)).toBe(1);
  });

  it('declines exactly as declineOffer does: a reason is required, and the job goes back to the dispatcher', async () => {
    const { net } = network;
    const partner = net.partners[1];
    const { job, offer } = await offered([partner]);
    const links = await linksFor(offer, partner.admin);
    for (const reason of [undefined, '   ']) {
      const refused = await answer(links.decline, reason);
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    }
    expect(errorCode(await answer(links.decline, 'x'.repeat(10_001)))).toBe('BAD_USER_INPUT');
    expect(await usesOf(offer.id)).toBe(0);

    const result = await answer(links.decline, '  No technician free this week ');
    expect(result.errors).toBeUndefined();
    expect(result.data!.answerMailedOffer.offer).toMatchObject({ status: 'DECLINED', blockedBy: 'ALREADY_USED' });
    const after = await events(job.id);
    expect(after.status).toBe('NEW');
    expect(after.offers).toEqual([{ id: offer.id, status: 'DECLINED', declineReason: 'No technician free this week' }]);
    const declined = after.events.find((e) => e.kind === 'OFFER_DECLINED')!;
    expect(declined.actor?.id).toBe(partner.admin.id);
    expect(declined.data).toMatchObject({ from: 'PENDING', to: 'DECLINED', reason: 'No technician free this week' });
    expect(errorCode(await answer(links.accept))).toBe('OFFER_CLOSED');
  });

  it('refuses a forged or altered token, one of another purpose or signer, as NOT_FOUND, and reads nothing', async () => {
    const { net, server } = network;
    const partner = net.partners[0];
    const { offer } = await offered([partner]);
    const links = await linksFor(offer, partner.admin);
    const [header, payload, signature] = links.accept.split('.');
    const flipped = `${header}.${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    // The accept link's claims under the decline link's signature: a purpose swapped by hand.
    const swapped = `${links.decline.split('.')[0]}.${payload}.${links.decline.split('.')[2]}`;
    const foreign = tokenOf(
      (
        await offerLinkUrls(new MessageLinks('another-secret-0123456789-0123456789', () => server.url), {
          offerId: offer.id,
          userId: partner.admin.id,
          expiresAt: new Date(offer.expiresAt),
        })
      ).acceptUrl,
    );
    const unsubscribe = await server.deps.links.sign({
      purpose: 'mail.unsubscribe',
      subject: offer.id,
      userId: partner.admin.id,
      expiresAt: new Date(offer.expiresAt),
    });
    for (const token of [flipped, swapped, foreign, unsubscribe, 'not-a-token', '', 'x'.repeat(5000)]) {
      expect(errorCode(await view(token))).toBe('NOT_FOUND');
      expect(errorCode(await answer(token, 'x'))).toBe('NOT_FOUND');
    }
    // A well-signed link to an offer that does not exist.
    const missing = await linksFor({ id: '00000000-0000-4000-8000-000000000000', expiresAt: offer.expiresAt }, partner.admin);
    expect(errorCode(await view(missing.accept))).toBe('NOT_FOUND');
    expect(errorCode(await answer(missing.accept))).toBe('NOT_FOUND');
    expect((await view(links.accept)).data!.mailedOffer.status).toBe('PENDING');
  });

  it('acts only as a recipient the policy still lets answer this partner’s offers', async () => {
    const { net } = network;
    const [own, other] = net.partners;
    const { offer } = await offered([own]);
    for (const recipient of [own.tech, other.admin, net.dispatcher]) {
      const links = await linksFor(offer, recipient);
      expect(errorCode(await view(links.accept))).toBe('FORBIDDEN');
      expect(errorCode(await answer(links.accept))).toBe('FORBIDDEN');
    }
    expect(await usesOf(offer.id)).toBe(0);
  });

  it('says the offer went to another partner once it was taken, and refuses as acceptOffer does', async () => {
    const { api, net } = network;
    const [mine, rival] = [net.partners[1], net.partners[2]];
    const { offers, offer } = await offered([mine, rival]);
    const links = await linksFor(offer, mine.admin);
    expect((await view(links.accept)).data!.mailedOffer.usable).toBe(true);
    expect((await api.accept(rival.admin, offers.find((o) => o.partner.id === rival.id)!.id)).errors).toBeUndefined();
    expect((await view(links.accept)).data!.mailedOffer).toMatchObject({ status: 'WITHDRAWN', usable: false, blockedBy: 'TAKEN' });
    expect(errorCode(await answer(links.accept))).toBe('OFFER_CLOSED');
    expect(await usesOf(offer.id)).toBe(0);
  });

  it('refuses once the offer expired: by the server clock (OFFER_CLOSED, as acceptOffer), and a link whose own time ran out', async () => {
    const { net, server } = network;
    const partner = net.partners[2];
    const { offer } = await offered([partner], 1);
    const links = await linksFor(offer, partner.admin);
    server.clock.advance(2 * 60_000);
    expect((await view(links.accept)).data!.mailedOffer).toMatchObject({ status: 'PENDING', usable: false, blockedBy: 'EXPIRED' });
    const late = await answer(links.accept);
    expect(errorCode(late)).toBe('OFFER_CLOSED');
    expect(late.errors?.[0]?.extensions?.status).toBe('EXPIRED');

    const { offer: fresh } = await offered([partner]);
    const lapsed = await linksFor({ id: fresh.id, expiresAt: new Date(Date.now() - 1000).toISOString() }, partner.admin);
    for (const result of [await view(lapsed.accept), await answer(lapsed.accept)]) {
      expect(errorCode(result)).toBe('OFFER_CLOSED');
      expect(reasonOf(result)).toBe('EXPIRED');
    }
    expect(await usesOf(fresh.id)).toBe(0);
  });

  it('lets exactly one of two concurrent presses act: the same link twice, or its accept and decline links at once', async () => {
    const { net } = network;
    const partner = net.partners[1];
    const first = await offered([partner]);
    const links = await linksFor(first.offer, partner.admin);
    const twice = await Promise.all([answer(links.accept), answer(links.accept)]);
    expect(twice.filter((r) => !r.errors)).toHaveLength(1);
    expect(twice.map(errorCode).filter(Boolean)).toEqual(['CONFLICT']);
    expect((await events(first.job.id)).events.filter((e) => e.kind === 'OFFER_ACCEPTED')).toHaveLength(1);

    const second = await offered([partner]);
    const both = await linksFor(second.offer, partner.admin);
    const raced = await Promise.all([answer(both.accept), answer(both.decline, 'Too far')]);
    expect(raced.filter((r) => !r.errors)).toHaveLength(1);
    expect(raced.map(errorCode).filter(Boolean)).toEqual(['OFFER_CLOSED']);
    const kinds = (await events(second.job.id)).events.map((e) => e.kind).filter((k) => k === 'OFFER_ACCEPTED' || k === 'OFFER_DECLINED');
    expect(kinds).toHaveLength(1);
    expect(await usesOf(second.offer.id)).toBe(1);
  });
});
