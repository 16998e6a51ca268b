import { ScorecardPolicy } from './scorecard-policy.entity.js';
import { scoringPolicy } from './scorecard.service.js';
import { badInput } from '../../shared/errors.js';
import type { Scope } from '../../shared/scope.js';

export interface PolicyChanges {
  weights?: ScorecardPolicy['weights'] | null;
  gatePenalty?: number | null;
  probationBelow?: number | null;
  suspendBelow?: number | null;
  recoverAt?: number | null;
  windowDays?: number | null;
  minActivity?: number | null;
  distanceWeight?: number | null;
  punctualityToleranceMinutes?: number | null;
}

/** The manufacturer sets its weights (distance's in dispatch too) and thresholds; the thresholds must be ordered. */
export async function setScorecardPolicy({ em, viewer }: Scope, changes: PolicyChanges): Promise<ScorecardPolicy> {
  const current = await em.findOne(ScorecardPolicy, { manufacturer: viewer.orgId });
  const policy = current ?? em.create(ScorecardPolicy, { manufacturer: viewer.orgId });
  for (const [key, value] of Object.entries(changes)) {
    if (value !== null && value !== undefined) Object.assign(policy, { [key]: key === 'weights' ? { ...value } : value });
  }
  if (!(policy.suspendBelow <= policy.probationBelow && policy.probationBelow <= policy.recoverAt)) {
    throw badInput('Thresholds must be ordered: suspendBelow ≤ probationBelow ≤ recoverAt', { field: 'probationBelow' });
  }
  if (Object.values(policy.weights).every((weight) => weight === 0)) throw badInput('At least one weight must be above zero', { field: 'weights' });
  await em.flush();
  return policy;
}

export const currentPolicy = ({ em, viewer }: Scope) => scoringPolicy(em, viewer.orgId);
