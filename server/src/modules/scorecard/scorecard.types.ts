import { Field, Float, Int, ObjectType } from 'type-graphql';
import { OrganizationObject } from '../network/network.types.js';

@ObjectType('PartnerScorecard', { description: 'A partner over a period, from the event log. Rates are fractions from 0 to 1.' })
export class PartnerScorecardObject {
  @Field(() => OrganizationObject) partner!: OrganizationObject;
  @Field(() => Int) offersReceived!: number;
  @Field(() => Int) offersAccepted!: number;
  @Field(() => Int) offersDeclined!: number;
  @Field(() => Float, { nullable: true }) acceptanceRate?: number | null;
  @Field(() => Float, { nullable: true }) refusalRate?: number | null;
  @Field(() => Float, { nullable: true }) medianMinutesToAccept?: number | null;
  @Field(() => Float, { nullable: true }) slaResponseCompliance?: number | null;
  @Field(() => Float, { nullable: true }) slaResolutionCompliance?: number | null;
  @Field(() => Int) jobsCompleted!: number;
  @Field(() => Float, { nullable: true }) firstTimeFixRate?: number | null;
  @Field(() => Float, { nullable: true }) reopenRate?: number | null;
  @Field(() => Int) qualityGateFailures!: number;
  @Field(() => Float, { nullable: true }) meanSatisfaction?: number | null;
  @Field(() => Float, { description: 'Composite, 0–100' }) score!: number;
}
