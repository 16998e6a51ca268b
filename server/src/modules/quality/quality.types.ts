import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { JobType } from '../job/job.enums.js';

@ObjectType('ChecklistItem', { simpleResolvers: true })
export class ChecklistItemObject {
  @Field(() => ID) id!: string;
  @Field(() => String) label!: string;
}

@ObjectType('QualityStandard', { simpleResolvers: true })
export class QualityStandardObject {
  @Field(() => ID) id!: string;
  @Field(() => JobType) jobType!: JobType;
  @Field(() => Int) responseMinutes!: number;
  @Field(() => Int) resolutionMinutes!: number;
  @Field(() => [ChecklistItemObject]) checklist!: ChecklistItemObject[];
  @Field(() => [String], { description: 'Report fields required to complete, e.g. resolution, failureCode' }) requiredReportFields!: string[];
  @Field(() => Boolean) requiresPhoto!: boolean;
  @Field(() => Boolean) requiresSignature!: boolean;
  @Field(() => Float) laborRateCeiling!: number;
  @Field(() => Int) maxLaborMinutes!: number;
}
