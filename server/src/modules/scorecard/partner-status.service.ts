import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { Organization } from '../network/organization.entity.js';
import { NetworkMembership } from '../network/network-membership.entity.js';
import { PartnerStatus } from '../network/network.enums.js';
import { EventKind } from '../events/event.enums.js';
import { changeState, type Change } from '../events/change.js';
import type { PayloadOf } from '../events/event-payloads.js';
import { computeScorecards, scoringPolicy, type Scorecard } from './scorecard.service.js';
import type { ScorecardPolicy } from './scorecard-policy.entity.js';

export interface StatusChange {
  partner: Organization;
  from: PartnerStatus;
  to: PartnerStatus;
  reason: string;
  score: number;
}

const DAY = 86_400_000;

/**
 * The status the policy gives a partner for its card over the trailing window. Between the
 * thresholds nothing changes (no flapping); a suspended partner with too little recent work to
 * judge (it gets no offers) comes back on probation to prove itself.
 */
export function decideStatus(current: PartnerStatus, card: Scorecard, policy: ScorecardPolicy): { to: PartnerStatus; reason: string } | null {
  const window = `last ${policy.windowDays} days`;
  if (card.offersReceived < policy.minActivity) {
    return current === PartnerStatus.SUSPENDED
      ? { to: PartnerStatus.PROBATION, reason: `Too little recent work to judge (${card.offersReceived} offers, ${window}); back on probation` }
      : null;
  }
  const score = card.score;
  if (score < policy.suspendBelow && current !== PartnerStatus.SUSPENDED) {
    return { to: PartnerStatus.SUSPENDED, reason: `Score ${score} is below the suspension threshold ${policy.suspendBelow} (${window})` };
  }
  if (score >= policy.suspendBelow && score < policy.probationBelow && current === PartnerStatus.ACTIVE) {
    return { to: PartnerStatus.PROBATION, reason: `Score ${score} is below the probation threshold ${policy.probationBelow} (${window})` };
  }
  if (score >= policy.recoverAt && current !== PartnerStatus.ACTIVE) {
    return { to: PartnerStatus.ACTIVE, reason: `Score ${score} recovered to the threshold ${policy.recoverAt} or above (${window})` };
  }
  return null;
}

/**
 * Applies a manufacturer's thresholds to every partner of its network. Each change locks the
 * partner and re-checks, so concurrent evaluations (several instances) change and announce it once.
 */
export async function evaluatePartnerStatuses(em: EntityManager, manufacturerId: string, now: Date, actorId: string | null): Promise<StatusChange[]> {
  const policy = await scoringPolicy(em, manufacturerId);
  const memberships = await em.find(NetworkMembership, { manufacturer: manufacturerId }, { populate: ['partner'] });
  const cards = await computeScorecards(
    em,
    memberships.map((m) => m.partner),
    [manufacturerId],
    new Date(now.getTime() - policy.windowDays * DAY),
    now,
    policy,
    now,
  );
  const changes: StatusChange[] = [];
  for (const card of cards) {
    if (!decideStatus(card.partner.status ?? PartnerStatus.ACTIVE, card, policy)) continue;
    const change = await changeState(em.fork() as EntityManager, { at: now, actorId }, async (tx, statusChange) => {
      const partner = await tx.findOneOrFail(Organization, card.partner.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      const from = partner.status ?? PartnerStatus.ACTIVE;
      const decision = decideStatus(from, card, policy);
      if (!decision) return null;
      partner.status = decision.to;
      await announceStatus(tx, statusChange, partner.id, { from, to: decision.to, reason: decision.reason, score: card.score });
      return { partner, from, to: decision.to, reason: decision.reason, score: card.score };
    });
    if (change) changes.push(change);
  }
  return changes;
}

/** Every manufacturer the partner serves hears of the change, and so does the partner. */
export async function announceStatus(tx: EntityManager, change: Change, partnerId: string, status: PayloadOf<EventKind.PARTNER_STATUS_CHANGED>): Promise<void> {
  for (const membership of await tx.find(NetworkMembership, { partner: partnerId })) {
    change.emit(EventKind.PARTNER_STATUS_CHANGED, { manufacturerId: membership.manufacturer.id, partnerId }, status);
  }
}
