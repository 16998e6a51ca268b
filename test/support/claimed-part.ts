import { expect } from 'vitest';
import { graphql } from '../gql/index.js';
import type { NetworkFixture, PartnerFixture } from './factory.js';
import type { Api } from './operations.js';

const CLAIMS = graphql(`
  query ReturnsClaims($p: ID) { claims(partnerId: $p) { id state job { id } lines { id kind decision part { id } } } }
`);
const PARTS_LINES = graphql(`
  query ReturnsPartsLines($id: ID!) { job(id: $id) { partsRequests { lines { id part { id } } } } }
`);
const UPDATE = graphql(`
  mutation ReturnsUpdateClaim($c: ID!, $l: [ClaimLineInput!]!) { updateClaim(claimId: $c, lines: $l) { id lines { id kind faultySerial } } }
`);
const SUBMIT = graphql(`
  mutation ReturnsSubmitClaim($c: ID!) { submitClaim(claimId: $c) { id state } }
`);
const REVIEW = graphql(`
  mutation ReturnsReviewClaim($c: ID!, $l: [ClaimLineDecisionInput!]!) { reviewClaim(claimId: $c, lines: $l) { id state } }
`);
/**
 * A completed warranty repair of `partner` with one part shipped: its claim carries a PART line with
 * a faulty serial, submitted and (unless `review` is false) approved in full.
 */
export async function approvedClaimWithPart(api: Api, net: NetworkFixture, partner: PartnerFixture, faultySerial: string, review = true) {
  const { job } = await api.startedJob(net, partner);
  const request = (await api.requestParts(partner.tech, job.id, [{ sku: net.skus[0], quantity: 1 }])).data!.requestParts.id;
  await api.decide(net.partsClerk, request, true);
  await api.ship(net.partsClerk, request);
  await api.receive(partner.tech, request);
  expect((await api.complete(partner.tech, job.id, api.fullReport(net))).errors).toBeUndefined();

  const claim = (await api.ok(partner.admin, CLAIMS, { p: partner.id })).claims.find((c) => c.job?.id === job.id)!;
  expect(claim.state).toBe('DRAFT');
  const shipped = (await api.ok(partner.admin, PARTS_LINES, { id: job.id })).job!.partsRequests[0].lines[0];
  const inputs = [
    { kind: 'LABOR' as const, minutes: 60 },
    { kind: 'PART' as const, partId: shipped.part.id, partsRequestLineId: shipped.id, quantity: '1', faultySerial, replacementSerial: `${faultySerial}-NEW` },
  ];
  const updated = await api.ok(partner.admin, UPDATE, { c: claim.id, l: inputs });
  expect((await api.ok(partner.admin, SUBMIT, { c: claim.id })).submitClaim.state).toBe('SUBMITTED');
  const lines = updated.updateClaim.lines;
  const found = { job, claimId: claim.id, inputs, partLine: lines.find((l) => l.kind === 'PART')!, laborLine: lines.find((l) => l.kind === 'LABOR')! };
  if (!review) return found;
  const reviewed = await api.ok(net.admin, REVIEW, { c: claim.id, l: lines.map((l) => ({ lineId: l.id, decision: 'APPROVED' as const })) });
  expect(reviewed.reviewClaim.state).toBe('APPROVED');
  return found;
}
