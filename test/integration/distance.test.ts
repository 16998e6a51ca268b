import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { buildNetwork, type NetworkFixture } from '../support/factory.js';
import { useServer } from '../support/use-network.js';
import { errorCode } from '../support/graphql-client.js';

const running = useServer();

const CANDIDATES = graphql(`
  query DistanceCandidates($j: ID!) { dispatchCandidates(jobId: $j) { partner { id } eligible score distanceKm reasons } }
`);
const LOCATE_SITE = graphql(`
  mutation DistanceLocateSite($s: String!, $l: LocationInput) { setSiteLocation(serial: $s, location: $l) { siteLatitude siteLongitude } }
`);
const UPDATE_PARTNER = graphql(`
  mutation DistanceUpdatePartner($id: ID!, $c: PartnerChangesInput!) { updatePartner(id: $id, changes: $c) { latitude longitude serviceRadiusKm } }
`);
const SET_WEIGHT = graphql(`
  mutation DistanceWeight($w: Float!) { setScorecardPolicy(input: { distanceWeight: $w }) { distanceWeight } }
`);
const POLICY = graphql(`
  query DistancePolicy { scorecardPolicy { distanceWeight } }
`);

type Point = { latitude: number; longitude: number };
const ZURICH: Point = { latitude: 47.3769, longitude: 8.5417 };
const LUCERNE: Point = { latitude: 47.0502, longitude: 8.3093 };
const BASEL: Point = { latitude: 47.5596, longitude: 7.5886 };
const BERN: Point = { latitude: 46.948, longitude: 7.4474 };

/** The test's own haversine (mean Earth radius 6371 km), to check the server's SQL against. */
function haversineKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
}

/**
 * A network whose site is in Zurich and whose three partners, otherwise alike, sit in Bern
 * (partner 1, ~95 km), Basel (partner 2, ~75 km) and Lucerne (partner 3, ~41 km): the order by
 * distance is the reverse of the order by name.
 */
async function placedNetwork(): Promise<{ net: NetworkFixture; jobId: string }> {
  const { server, api } = running;
  const net = await buildNetwork(server, { partners: 3 });
  await api.ok(net.admin, LOCATE_SITE, { s: net.warrantySerial, l: ZURICH });
  for (const [partner, point] of [
    [net.partners[0], BERN],
    [net.partners[1], BASEL],
    [net.partners[2], LUCERNE],
  ] as const) {
    await api.ok(net.admin, UPDATE_PARTNER, { id: partner.id, c: { location: point } });
  }
  const job = await api.createJob(net);
  return { net, jobId: job.id };
}

const candidatesOf = async (net: NetworkFixture, jobId: string) => (await running.api.ok(net.dispatcher, CANDIDATES, { j: jobId })).dispatchCandidates;
const order = (net: NetworkFixture, candidates: { partner: { id: string } }[]) =>
  candidates.map((c) => net.partners.findIndex((p) => p.id === c.partner.id) + 1);

describe('distance in dispatch', () => {
  it('computes the great-circle distance in SQL, ranks the nearest first when all else ties, and says it in km', async () => {
    const { net, jobId } = await placedNetwork();
    const candidates = await candidatesOf(net, jobId);
    expect(order(net, candidates)).toEqual([3, 2, 1]);
    const points = [BERN, BASEL, LUCERNE];
    for (const candidate of candidates) {
      const expected = haversineKm(ZURICH, points[net.partners.findIndex((p) => p.id === candidate.partner.id)]);
      expect(candidate.distanceKm).not.toBeNull();
      expect(Math.abs((candidate.distanceKm ?? 0) - expected)).toBeLessThan(0.5);
      expect(candidate.reasons).toContain(`${Math.round(candidate.distanceKm ?? 0)} km away`);
      expect(candidate.eligible).toBe(true);
    }
    expect(candidates[0].score).toBeGreaterThan(candidates[1].score);
    expect(candidates[1].score).toBeGreaterThan(candidates[2].score);
  });

  it("a partner's service radius excludes a farther site, with its reason, and 0 removes the radius", async () => {
    const { api } = running;
    const { net, jobId } = await placedNetwork();
    const bern = net.partners[0];
    expect((await api.ok(net.admin, UPDATE_PARTNER, { id: bern.id, c: { serviceRadiusKm: 60 } })).updatePartner.serviceRadiusKm).toBe(60);
    const far = (await candidatesOf(net, jobId)).find((c) => c.partner.id === bern.id);
    expect(far?.eligible).toBe(false);
    expect(far?.reasons).toContain(`${Math.round(far?.distanceKm ?? 0)} km away: beyond its 60 km service radius`);
    expect(errorCode(await api.offer(net, jobId, [bern.id]))).toBe('NOT_ELIGIBLE');
    // The others are within reach still; one within a radius says so.
    await api.ok(net.admin, UPDATE_PARTNER, { id: net.partners[2].id, c: { serviceRadiusKm: 60 } });
    const near = (await candidatesOf(net, jobId)).find((c) => c.partner.id === net.partners[2].id);
    expect(near?.eligible).toBe(true);
    expect(near?.reasons.some((reason) => /^\d+ km away, within its 60 km service radius$/.test(reason))).toBe(true);

    expect((await api.ok(net.admin, UPDATE_PARTNER, { id: bern.id, c: { serviceRadiusKm: 0 } })).updatePartner.serviceRadiusKm).toBeNull();
    expect((await candidatesOf(net, jobId)).find((c) => c.partner.id === bern.id)?.eligible).toBe(true);
  });

  it("the manufacturer's distance weight changes the order", async () => {
    const { api } = running;
    const { net, jobId } = await placedNetwork();
    expect((await api.ok(net.admin, POLICY)).scorecardPolicy.distanceWeight).toBe(0.5);
    // The nearest partner is on probation: a weaker standing that distance may or may not outweigh.
    await api.ok(net.admin, UPDATE_PARTNER, { id: net.partners[2].id, c: { status: 'PROBATION', statusReason: 'Audit follow-up' } });

    await api.ok(net.admin, SET_WEIGHT, { w: 0 });
    // Distance ignored: the two ACTIVE partners tie and go by name; the one on probation comes last.
    expect(order(net, await candidatesOf(net, jobId))).toEqual([1, 2, 3]);

    await api.ok(net.admin, SET_WEIGHT, { w: 5 });
    expect(order(net, await candidatesOf(net, jobId))).toEqual([3, 2, 1]);
    expect(errorCode(await api.call(net.admin, SET_WEIGHT, { w: -1 }))).toBe('BAD_USER_INPUT');
  });

  it('missing coordinates: the distance is unknown, said so, and no radius excludes', async () => {
    const { api } = running;
    const { net } = await placedNetwork();
    await api.ok(net.admin, UPDATE_PARTNER, { id: net.partners[0].id, c: { serviceRadiusKm: 10 } });
    // The paid unit's site has no coordinates.
    const job = await api.createJob(net, net.paidSerial);
    const candidates = await candidatesOf(net, job.id);
    expect(candidates.map((c) => c.distanceKm)).toEqual([null, null, null]);
    expect(candidates.every((c) => c.eligible && c.reasons.includes('Distance unknown'))).toBe(true);
    // All else equal, unknown distances tie: by name.
    expect(order(net, candidates)).toEqual([1, 2, 3]);

    // A site forgotten is unknown again; half a point is refused.
    await api.ok(net.admin, LOCATE_SITE, { s: net.warrantySerial, l: null });
    const located = await api.createJob(net);
    expect((await candidatesOf(net, located.id)).every((c) => c.distanceKm === null)).toBe(true);
    expect(errorCode(await api.call(net.admin, LOCATE_SITE, { s: net.warrantySerial, l: { latitude: 91, longitude: 8 } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.call(net.admin, LOCATE_SITE, { s: 'NO-SUCH-UNIT', l: ZURICH }))).toBe('NOT_FOUND');
  });
});
