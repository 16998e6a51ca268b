import type { EntityManager } from '@mikro-orm/postgresql';
import { draftClaims } from '../modules/billing/claim-draft.js';
import { ClaimLineDecision, ClaimLineKind } from '../modules/billing/claim.enums.js';
import type { ClaimLine } from '../modules/billing/warranty-claim.entity.js';
import { reviewClaim, sendBackClaim, submitClaim, updateClaim } from '../modules/claim/claim.service.js';
import { createPaymentBatch } from '../modules/claim/payment.service.js';
import { findVisibleClaim } from '../modules/claim/claim-access.js';
import type { ClaimLineDecisionInput, ClaimLineInput } from '../modules/claim/claim.types.js';
import { Role } from '../modules/network/network.enums.js';
import { DEFAULT_CLAIM_SETTINGS as SETTINGS } from '../config.js';
import type { Clock } from '../shared/clock.js';
import type { Scope } from '../shared/scope.js';
import type { Viewer } from '../shared/viewer.js';

// The seed runs before any request, with the settings' defaults (config.ts).

type Demo = 'PAID' | 'SUBMITTED' | 'SENT_BACK' | 'APPROVED' | 'PARTIALLY_APPROVED' | 'REJECTED';
/** Which of a partner's claims show which state (the first in job order); the rest stay drafts. Paid first: the batch pays what is approved then. */
const DEMOS: Demo[] = ['PAID', 'PAID', 'SUBMITTED', 'SENT_BACK', 'APPROVED', 'PARTIALLY_APPROVED', 'REJECTED'];

interface Party {
  manufacturer_id: string;
  partner_id: string;
  reviewer: string;
  payer: string;
  partner_admin: string;
}

/**
 * The claims of the demo history: a DRAFT for every completed warranty and contract job (as its
 * completion drafts one), then, per manufacturer, the partner with the most claims takes a few
 * through the services into every state, at the seed's "now": two paid in one payment batch, one
 * submitted, one sent back with a question, one approved, one approved in part (labour adjusted,
 * travel rejected with a reason code), one rejected.
 */
export async function seedClaims(em: EntityManager, now: Date): Promise<void> {
  // The last step of the seed: what the history loaded is written and forgotten, so each claim step flushes only its own.
  await em.flush();
  em.clear();
  await draftClaims(em, null);
  const clock: Clock = { now: () => now };
  const parties = await em.execute<Party[]>(
    `select distinct on (m.slug) c.manufacturer_id, c.partner_id,
            (select id from app_user where organization_id = c.manufacturer_id and role = '${Role.DISPATCHER}' order by email limit 1) as reviewer,
            (select id from app_user where organization_id = c.manufacturer_id and role = '${Role.ADMIN}' order by email limit 1) as payer,
            (select id from app_user where organization_id = c.partner_id and role = '${Role.PARTNER_ADMIN}' order by email limit 1) as partner_admin
       from warranty_claim c join organization m on m.id = c.manufacturer_id join organization p on p.id = c.partner_id
      group by m.slug, c.manufacturer_id, c.partner_id, p.slug
      order by m.slug, count(*) desc, p.slug`,
  );
  for (const party of parties) {
    if (!party.reviewer || !party.payer || !party.partner_admin) continue;
    const as = (userId: string, orgId: string, role: Role): Scope => ({ em, clock, viewer: { userId, orgId, role } satisfies Viewer });
    const partner = as(party.partner_admin, party.partner_id, Role.PARTNER_ADMIN);
    const reviewer = as(party.reviewer, party.manufacturer_id, Role.DISPATCHER);
    // Jobs completed once (never reopened), so a claim is the same whether its completion was played or written;
    // those with a part first, whatever the hour the history ends at: the demo's returns ask parts back from them.
    const claims = await em.execute<{ id: string }[]>(
      `select c.id from warranty_claim c join service_job j on j.id = c.job_id
        where c.partner_id = ? and c.manufacturer_id = ? and j.reopen_count = 0
        order by not exists (select 1 from claim_line l where l.claim_id = c.id and l.kind = 'PART'), j.number limit ?`,
      [party.partner_id, party.manufacturer_id, DEMOS.length],
    );
    const lastPaid = Math.min(DEMOS.lastIndexOf('PAID'), claims.length - 1);
    for (const [i, { id }] of claims.entries()) {
      const demo = DEMOS[i];
      if (demo === 'PARTIALLY_APPROVED') await updateClaim(partner, id, [...inputsOf(await linesOf(partner, id)), TRAVEL(await currencyOf(em, id))]);
      await submitClaim(partner, id, null, SETTINGS);
      if (demo === 'SUBMITTED') continue;
      if (demo === 'SENT_BACK') {
        await sendBackClaim(reviewer, id, 'Please add the serial numbers of the faulty and the replacement part.');
        continue;
      }
      const lines = await linesOf(reviewer, id);
      await reviewClaim(reviewer, id, decisions(demo, lines));
      if (i === lastPaid) {
        // Pays the claims approved so far: the paid ones (the others are reviewed after it).
        await createPaymentBatch(as(party.payer, party.manufacturer_id, Role.ADMIN), {
          partnerId: party.partner_id,
          reference: `PAY-${now.getUTCFullYear()}-001`,
          from: new Date(now.getTime() - 86_400_000),
          to: new Date(now.getTime() + 1),
        });
      }
    }
  }
}

const TRAVEL = (currency: string): ClaimLineInput => ({ kind: ClaimLineKind.TRAVEL, description: 'Call-out', unitPrice: { amount: '45.00', currency } });

async function currencyOf(em: EntityManager, claimId: string): Promise<string> {
  const [row] = await em.execute<{ currency: string }[]>('select o.currency from warranty_claim c join organization o on o.id = c.partner_id where c.id = ?', [
    claimId,
  ]);
  return row.currency;
}

async function linesOf(scope: Scope, claimId: string): Promise<ClaimLine[]> {
  return (await findVisibleClaim(scope.em, scope.viewer, claimId)).lines.getItems();
}

/** The drafted lines as the partner would send them back unchanged. */
function inputsOf(lines: ClaimLine[]): ClaimLineInput[] {
  return lines.map((line) =>
    line.kind === ClaimLineKind.LABOR
      ? { kind: line.kind, minutes: line.minutes ?? 0 }
      : { kind: line.kind, partId: line.part?.id, partsRequestLineId: line.partsRequestLine?.id ?? null, quantity: String(Number(line.quantity)) },
  );
}

function decisions(demo: Demo, lines: ClaimLine[]): ClaimLineDecisionInput[] {
  return lines.map((line) => {
    if (demo === 'REJECTED') return { lineId: line.id, decision: ClaimLineDecision.REJECTED, reasonCode: 'NO_EVIDENCE', reason: 'No photo of the faulty part' };
    if (demo !== 'PARTIALLY_APPROVED') return { lineId: line.id, decision: ClaimLineDecision.APPROVED };
    if (line.kind === ClaimLineKind.TRAVEL) return { lineId: line.id, decision: ClaimLineDecision.REJECTED, reasonCode: 'NOT_COVERED' };
    if (line.kind === ClaimLineKind.LABOR && Number(line.amount) > 0) {
      const adjusted = (Math.floor(Number(line.amount) * 75) / 100).toFixed(2);
      return { lineId: line.id, decision: ClaimLineDecision.ADJUSTED, approvedAmount: adjusted, reasonCode: 'ABOVE_STANDARD_TIME' };
    }
    return { lineId: line.id, decision: ClaimLineDecision.APPROVED };
  });
}
