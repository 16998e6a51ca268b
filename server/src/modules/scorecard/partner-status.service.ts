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
import { phrase, type Phrase } from '../../shared/phrases.js';

export interface StatusChange {
  partner: Organization;
  from: PartnerStatus;
  to: PartnerStatus;
  reason: string;
  /** The reason as a code with parameters (status.*). */
  reasonCode: Phrase;
  score: number;
}

export interface StatusDecision {
  to: PartnerStatus;
  reason: Phrase;
}

const DAY = 86_400_000;

/**
 * The status the policy gives a partner for its card over the trailing window. Between the
 * thresholds nothing changes (no flapping); a suspended partner with too little recent work to
 * judge (it gets no offers) comes back on probation to prove itself.
 */
export function decideStatus(current: PartnerStatus, card: Scorecard, policy: ScorecardPolicy): StatusDecision | null {
  const days = policy.windowDays;
  if (card.offersReceived < policy.minActivity) {
    return current === PartnerStatus.SUSPENDED
      ? { to: PartnerStatus.PROBATION, reason: phrase('status.tooLittleWork', { offers: card.offersReceived, days }) }
      : null;
  }
  const score = card.score;
  if (score < policy.suspendBelow && current !== PartnerStatus.SUSPENDED) {
    return { to: PartnerStatus.SUSPENDED, reason: phrase('status.belowSuspension', { score, threshold: policy.suspendBelow, days }) };
  }
  if (score >= policy.suspendBelow && score < policy.probationBelow && current === PartnerStatus.ACTIVE) {
    return { to: PartnerStatus.PROBATION, reason: phrase('status.belowProbation', { score, threshold: policy.probationBelow, days }) };
  }
  if (score >= policy.recoverAt && current !== PartnerStatus.ACTIVE) {
    return { to: PartnerStatus.ACTIVE, reason: phrase('status.recovered', { score, threshold: policy.recoverAt, days }) };
  }
  return null;
}

/**
 * Applies a manufacturer's thresholds to every partner of its network. Each change locks the
 * partner and re-checks, so concurrent evaluations (several instances) change and announce it once.
 */
export async function evaluatePartnerStatuses(em: EntityManager, manufacturerId: string, now: Date, actorId: string | null): Promise<StatusChange[]> {
  const policy = await scoringPolicy(em, manufacturerId);
  // A firm awaiting approval (invited, registered) has no status to evaluate yet.
  const memberships = await em.find(NetworkMembership, { manufacturer: manufacturerId, pending: false }, { populate: ['partner'] });
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
      const { code, params, text } = decision.reason;
      await announceStatus(tx, statusChange, partner.id, { from, to: decision.to, reason: text, reasonCode: { code, params }, score: card.score });
      return { partner, from, to: decision.to, reason: text, reasonCode: decision.reason, score: card.score };
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
