import { Entity, OneToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Organization } from '../network/organization.entity.js';
import { DEFAULT_DISTANCE_WEIGHT } from '../../shared/distance.js';

/** How much each measured rate counts in the composite score (any non-negative numbers; they are normalised). */
export interface ScoreWeights {
  acceptance: number;
  slaResponse: number;
  slaResolution: number;
  firstTimeFix: number;
  satisfaction: number;
  priceCompliance: number;
}

export const DEFAULT_WEIGHTS: ScoreWeights = {
  acceptance: 1,
  slaResponse: 1.5,
  slaResolution: 1.5,
  firstTimeFix: 1.5,
  satisfaction: 1,
  priceCompliance: 0.5,
};

/** Minutes late an appointment still counts as kept, until a manufacturer sets its own. */
export const DEFAULT_PUNCTUALITY_TOLERANCE = 30;

/** A manufacturer's scoring rules and the thresholds that move partners between statuses. */
@Entity({ tableName: 'scorecard_policy' })
export class ScorecardPolicy {
  [OptionalProps]?:
    | 'weights'
    | 'probationBelow'
    | 'suspendBelow'
    | 'recoverAt'
    | 'windowDays'
    | 'minActivity'
    | 'gatePenalty'
    | 'distanceWeight'
    | 'punctualityToleranceMinutes';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne({ entity: () => Organization, owner: true, unique: true })
  manufacturer!: Organization;

  @Property({ type: 'json' })
  weights: ScoreWeights = { ...DEFAULT_WEIGHTS };

  /** Points off the 0–100 score per quality-gate failure. */
  @Property({ type: 'double' })
  gatePenalty: number = 2;

  /** Below this score an ACTIVE partner goes on PROBATION (no automatic offers). */
  @Property({ type: 'double' })
  probationBelow: number = 60;

  /** Below this score a partner is SUSPENDED (no offers at all). */
  @Property({ type: 'double' })
  suspendBelow: number = 40;

  /** At or above this score a partner on PROBATION or SUSPENDED is ACTIVE again. */
  @Property({ type: 'double' })
  recoverAt: number = 70;

  /** The trailing period a status decision looks at. */
  @Property({ type: 'integer' })
  windowDays: number = 30;

  /** Fewer offers than this in the window is too little to judge. */
  @Property({ type: 'integer' })
  minActivity: number = 3;

  /** How much nearness to the site counts in dispatch ranking, beside free capacity, acceptance and standing (1 together); 0 ignores distance. */
  @Property({ type: 'double' })
  distanceWeight: number = DEFAULT_DISTANCE_WEIGHT;

  /** An appointment is kept when the job starts no later than this many minutes after the agreed time. */
  @Property({ type: 'integer', default: DEFAULT_PUNCTUALITY_TOLERANCE })
  punctualityToleranceMinutes: number = DEFAULT_PUNCTUALITY_TOLERANCE;
}
