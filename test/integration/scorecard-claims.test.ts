import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useNetwork } from '../support/use-network.js';
import type { PartnerFixture } from '../support/factory.js';

/**
 * The scorecard's claim figures: the rejected share of reviewed claims, claimed per completed
 * warranty job per currency against the network's median (staff only), and the median hours
 * from completion to a claim's first submission.
 */
const network = useNetwork({ partners: 2 });
const HOUR = 3_600_000;

const DRAFTS = graphql(`
  query ScorecardClaimsDrafts { claims(states: [DRAFT]) { id job { id } lines { id kind minutes } } }
`);
const UPDATE = graphql(`
  mutation ScorecardClaimsUpdate($id: ID!, $lines: [ClaimLineInput!]!) { updateClaim(claimId: $id, lines: $lines) { id } }
`);
const SUBMIT = graphql(`
  mutation ScorecardClaimsSubmit($id: ID!) { submitClaim(claimId: $id) { id claimed { amount currency } lines { id kind amount { amount currency } } } }
`);
const REVIEW = graphql(`
  mutation ScorecardClaimsReview($id: ID!, $lines: [ClaimLineDecisionInput!]!) { reviewClaim(claimId: $id, lines: $lines) { id state } }
`);
const CARDS = graphql(`
  query ScorecardClaimsCards($from: DateTime!, $to: DateTime!) {
    partnerScorecards(from: $from, to: $to) {
      partner { id } jobsCompleted claimRejectionRate claimPerJob { amount currency } networkMedianClaimPerJob { amount currency } medianHoursToSubmit
    }
  }
`);
const DETAIL = graphql(`
  query ScorecardClaimsDetail($p: ID!, $from: DateTime!, $to: DateTime!) {
    partnerScorecard(partnerId: $p, from: $from, to: $to) {
      card { claimRejectionRate claimPerJob { amount currency } networkMedianClaimPerJob { amount currency } medianHoursToSubmit }
      weeks { networkMedianClaimPerJob { amount currency } }
    }
  }
`);

/** Cents of a decimal amount with two places ("123.45" → 12345). */
const cents = (amount: string) => Math.round(Number(amount) * 100);
const euros = (value: number) => (value / 100).toFixed(2);

let from: string;
let claimedA: number;
let claimedB: number;
let labourB: number;

/** A completed warranty job's draft claim, `travel` added (EUR), submitted `after` hours of the completion. */
async function claimFor(partner: PartnerFixture, travel: string | null, after: number) {
  const { api, net, server } = network;
  const { job } = await api.startedJob(net, partner);
  const completed = await api.complete(partner.tech, job.id, api.fullReport(net));
  expect(completed.errors).toBeUndefined();
  const draft = (await api.ok(partner.admin, DRAFTS)).claims.find((claim) => claim.job?.id === job.id);
  if (!draft) throw new Error('no draft');
  if (travel) {
    await api.ok(partner.admin, UPDATE, {
      id: draft.id,
      lines: [
        ...draft.lines.map((line) => ({ kind: line.kind, minutes: line.minutes })),
        { kind: 'TRAVEL' as const, description: 'Call-out', quantity: '1', unitPrice: { amount: travel, currency: 'EUR' } },
      ],
    });
  }
  server.clock.advance(after * HOUR);
  return (await api.ok(partner.admin, SUBMIT, { id: draft.id })).submitClaim;
}

beforeAll(async () => {
  const { api, net, server } = network;
  const [a, b] = net.partners;
  from = new Date(server.clock.now().getTime() - HOUR).toISOString();
  // A: two warranty jobs, one claim submitted two hours after its completion, the other left a draft.
  const first = await claimFor(a, null, 2);
  claimedA = first.claimed.reduce((sum, money) => sum + cents(money.amount), 0);
  const { job } = await api.startedJob(net, a);
  expect((await api.complete(a.tech, job.id, api.fullReport(net))).errors).toBeUndefined();
  // B: one job, claimed at once with travel; the travel is rejected, the rest approved.
  const second = await claimFor(b, '50.00', 0);
  claimedB = second.claimed.reduce((sum, money) => sum + cents(money.amount), 0);
  labourB = claimedB - 5000;
  await api.ok(net.admin, REVIEW, {
    id: second.id,
    lines: second.lines.map((line) =>
      line.kind === 'TRAVEL' ? { lineId: line.id, decision: 'REJECTED' as const, reason: 'Not agreed' } : { lineId: line.id, decision: 'APPROVED' as const },
    ),
  });
}, 120_000);

const period = () => ({ from, to: new Date(network.server.clock.now().getTime() + HOUR).toISOString() });

describe('claim figures on the scorecard', () => {
  it('gives staff every partner its figures and the network median per currency', async () => {
    const { api, net } = network;
    const [a, b] = net.partners;
    const cards = (await api.ok(net.auditor, CARDS, period())).partnerScorecards;
    const cardA = cards.find((card) => card.partner.id === a.id);
    const cardB = cards.find((card) => card.partner.id === b.id);
    expect(cardA).toMatchObject({ jobsCompleted: 2, claimRejectionRate: null, claimPerJob: [{ amount: euros(Math.round(claimedA / 2)), currency: 'EUR' }] });
    // Within a minute: the test's steps between completion and submission take a moment of their own.
    expect(cardA?.medianHoursToSubmit).toBeCloseTo(2, 1);
    expect(cardB).toMatchObject({ jobsCompleted: 1, claimPerJob: [{ amount: euros(claimedB), currency: 'EUR' }] });
    expect(cardB?.claimRejectionRate).toBeCloseTo(5000 / (labourB + 5000), 9);
    expect(cardB?.medianHoursToSubmit).toBeCloseTo(0, 1);
    const median = euros(Math.round((Math.round(claimedA / 2) + claimedB) / 2));
    for (const card of [cardA, cardB]) expect(card?.networkMedianClaimPerJob).toEqual([{ amount: median, currency: 'EUR' }]);
    const detail = (await api.ok(net.admin, DETAIL, { p: b.id, ...period() })).partnerScorecard;
    expect(detail.card.networkMedianClaimPerJob).toEqual([{ amount: median, currency: 'EUR' }]);
    expect(detail.weeks.every((week) => week.networkMedianClaimPerJob === null)).toBe(true);
  });

  it("gives a partner its own figures and never the network's median", async () => {
    const { api, net } = network;
    const [a, b] = net.partners;
    const [own] = (await api.ok(b.admin, CARDS, period())).partnerScorecards;
    expect(own).toMatchObject({ partner: { id: b.id }, networkMedianClaimPerJob: null, claimPerJob: [{ amount: euros(claimedB), currency: 'EUR' }] });
    const detail = (await api.ok(a.admin, DETAIL, { p: a.id, ...period() })).partnerScorecard;
    expect(detail.card.networkMedianClaimPerJob).toBeNull();
    expect(detail.card.claimPerJob).toEqual([{ amount: euros(Math.round(claimedA / 2)), currency: 'EUR' }]);
  });
});
