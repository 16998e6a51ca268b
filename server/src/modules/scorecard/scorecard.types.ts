import { PhraseObject } from '../../graphql/phrase.type.js';
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { OrganizationObject } from '../network/network.types.js';
import { PartnerStatus } from '../network/network.enums.js';
import { ServiceJobObject } from '../job/job.types.js';
import { DateTime } from '../../graphql/scalars.js';
import { MoneyObject } from '../../graphql/money.types.js';

@ObjectType('PartnerScorecard', { simpleResolvers: true, description: 'A partner over a period, from the event log. Rates are fractions from 0 to 1.' })
export class PartnerScorecardObject {
  @Field(() => OrganizationObject) partner!: OrganizationObject;
  @Field(() => DateTime) from!: Date;
  @Field(() => DateTime) to!: Date;
  @Field(() => Int) offersReceived!: number;
  @Field(() => Int) offersAccepted!: number;
  @Field(() => Int) offersDeclined!: number;
  @Field(() => Float, { nullable: true }) acceptanceRate?: number | null;
  @Field(() => Float, { nullable: true }) refusalRate?: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      "Median minutes from offer to acceptance, as the response clock counts them: the manufacturer's working minutes for a BUSINESS-time standard, every minute for a CALENDAR one",
  })
  medianMinutesToAccept?: number | null;
  @Field(() => Float, { nullable: true }) slaResponseCompliance?: number | null;
  @Field(() => Float, { nullable: true }) slaResolutionCompliance?: number | null;
  @Field(() => Int) jobsCompleted!: number;
  @Field(() => Float, { nullable: true, description: 'No reopen and no repeat repair on the same unit within 30 days' }) firstTimeFixRate?: number | null;
  @Field(() => Float, { nullable: true }) reopenRate?: number | null;
  @Field(() => Int) qualityGateFailures!: number;
  @Field(() => Int) priceRefusals!: number;
  @Field(() => Float, { nullable: true, description: 'Paid completions within the price list, of all paid completion attempts' }) priceCompliance?:
    | number
    | null;
  @Field(() => Float, { nullable: true, description: 'Part units requested per completed job' }) partsPerJob?: number | null;
  @Field(() => Float, { nullable: true }) meanSatisfaction?: number | null;
  @Field(() => Int, {
    description:
      "Appointments due in the period that were kept: the job started no later than the manufacturer's punctualityToleranceMinutes after the agreed time",
  })
  appointmentsKept!: number;
  @Field(() => Int, {
    description:
      'Appointments due in the period that were missed: started later than the tolerance, or not at all (an appointment moved or cancelled in time does not count)',
  })
  appointmentsMissed!: number;
  @Field(() => Float, { nullable: true, description: 'appointmentsKept of kept and missed; null when none was due. Not part of the score' })
  punctuality?: number | null;
  @Field(() => Float, { description: "Composite, 0–100, weighted by the manufacturer's policy" }) score!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'Of the claims reviewed in the period, the share of the claimed amount on rejected lines (0 to 1; per currency, then weighted by lines); null without reviewed claims. Not part of the score',
  })
  claimRejectionRate?: number | null;
  @Field(() => [MoneyObject], {
    description: 'Claimed (submitted claims) per warranty or contract job completed in the period, one amount per currency; empty without such jobs or claims',
  })
  claimPerJob!: MoneyObject[];
  @Field(() => [MoneyObject], {
    nullable: true,
    description:
      "The median of claimPerJob over the network's partners, per currency: manufacturer staff only (null for a partner, who never sees other partners' prices, and in the weekly trend)",
  })
  networkMedianClaimPerJob?: MoneyObject[] | null;
  @Field(() => Float, {
    nullable: true,
    description: "Median hours from a job's completion to its claim's first submission, for claims first submitted in the period",
  })
  medianHoursToSubmit?: number | null;
}

@ObjectType('ScorecardFigureJobs', { simpleResolvers: true, description: 'The jobs behind one figure of a scorecard' })
export class ScorecardFigureJobsObject {
  @Field(() => String, {
    description: 'OFFERED, ACCEPTED, RESPONSE_LATE, DECLINED, COMPLETED, RESOLUTION_LATE, REOPENED, QUALITY_GATE_FAILED, PRICE_REFUSED, SURVEYED',
  })
  figure!: string;
  @Field(() => [ServiceJobObject]) jobs!: ServiceJobObject[];
}

@ObjectType('PartnerScorecardDetail', { simpleResolvers: true })
export class PartnerScorecardDetailObject {
  @Field(() => PartnerScorecardObject) card!: PartnerScorecardObject;
  @Field(() => [PartnerScorecardObject], { description: 'Week by week, at most the last 26 weeks of the period' }) weeks!: PartnerScorecardObject[];
  @Field(() => [ScorecardFigureJobsObject]) jobsBehind!: ScorecardFigureJobsObject[];
}

@ObjectType('ScoreWeights', { simpleResolvers: true })
@InputType('ScoreWeightsInput')
export class ScoreWeightsObject {
  @Field(() => Float) @Min(0) @Max(100) acceptance!: number;
  @Field(() => Float) @Min(0) @Max(100) slaResponse!: number;
  @Field(() => Float) @Min(0) @Max(100) slaResolution!: number;
  @Field(() => Float) @Min(0) @Max(100) firstTimeFix!: number;
  @Field(() => Float) @Min(0) @Max(100) satisfaction!: number;
  @Field(() => Float) @Min(0) @Max(100) priceCompliance!: number;
}

@ObjectType('ScorecardPolicy', { simpleResolvers: true })
export class ScorecardPolicyObject {
  @Field(() => ScoreWeightsObject) weights!: ScoreWeightsObject;
  @Field(() => Float) gatePenalty!: number;
  @Field(() => Float) probationBelow!: number;
  @Field(() => Float) suspendBelow!: number;
  @Field(() => Float) recoverAt!: number;
  @Field(() => Int) windowDays!: number;
  @Field(() => Int) minActivity!: number;
  @Field(() => Float, { description: 'How much nearness to the site counts in dispatch ranking, beside capacity, acceptance and standing (1 together)' })
  distanceWeight!: number;
  @Field(() => Int, { description: 'Minutes after the agreed time a job may start and its appointment still counts as kept (punctuality)' })
  punctualityToleranceMinutes!: number;
}

@InputType('ScorecardPolicyInput')
export class ScorecardPolicyInput {
  @Field(() => ScoreWeightsObject, { nullable: true }) @IsOptional() @ValidateNested() weights?: ScoreWeightsObject | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) @Max(100) gatePenalty?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) @Max(100) probationBelow?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) @Max(100) suspendBelow?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) @Max(100) recoverAt?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1) @Max(366) windowDays?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) @Max(10_000) minActivity?: number | null;
  @Field(() => Float, { nullable: true, description: 'Dispatch: 0 ignores distance, 1 weighs it as much as the other factors together' })
  @IsOptional()
  @Min(0)
  @Max(10)
  distanceWeight?: number | null;
  @Field(() => Int, { nullable: true, description: 'Punctuality: minutes late an appointment still counts as kept, 0 to 1440' })
  @IsOptional()
  @Min(0)
  @Max(1440)
  punctualityToleranceMinutes?: number | null;
}

@ObjectType('PartnerStatusChange', { simpleResolvers: true })
export class PartnerStatusChangeObject {
  @Field(() => OrganizationObject) partner!: OrganizationObject;
  @Field(() => PartnerStatus) from!: PartnerStatus;
  @Field(() => PartnerStatus) to!: PartnerStatus;
  @Field(() => String, { description: 'In English' }) reason!: string;
  @Field(() => PhraseObject, { description: 'The reason as a code with parameters (status.*)' }) reasonCode!: PhraseObject;
  @Field(() => Float) score!: number;
}
