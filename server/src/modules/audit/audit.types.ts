import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { FindingSeverity } from './audit.enums.js';
import { DateTime } from '../../graphql/scalars.js';
import { OrganizationObject } from '../network/network.types.js';
import { ServiceJobObject } from '../job/job.types.js';
import { NOT_BLANK, TEXT_MAX } from '../job/job.inputs.js';

@ObjectType('AuditFinding', { simpleResolvers: true })
export class AuditFindingObject {
  @Field(() => ID) id!: string;
  @Field(() => OrganizationObject) partner!: OrganizationObject;
  @Field(() => ServiceJobObject, { nullable: true }) job?: ServiceJobObject | null;
  @Field(() => FindingSeverity) severity!: FindingSeverity;
  @Field(() => String) text!: string;
  @Field(() => DateTime) correctiveActionDueAt!: Date;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime, { nullable: true }) acknowledgedAt?: Date | null;
  @Field(() => String, { nullable: true }) actionTaken?: string | null;
  @Field(() => DateTime, { nullable: true }) actionReportedAt?: Date | null;
  @Field(() => Boolean, { description: 'Past due with no corrective action reported' }) overdue!: boolean;
}

@InputType('RecordFindingInput')
export class RecordFindingInput {
  @Field(() => ID) partnerId!: string;
  @Field(() => ID, { nullable: true }) jobId?: string | null;
  @Field(() => FindingSeverity) severity!: FindingSeverity;
  @Field(() => String) @Matches(NOT_BLANK, { message: 'text must not be empty' }) @MaxLength(TEXT_MAX) text!: string;
  @Field(() => DateTime) correctiveActionDueAt!: Date;
}

@ArgsType()
export class FindingsArgs {
  @Field(() => ID, { nullable: true }) partnerId?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() overdue?: boolean | null;
}

@ArgsType()
export class ReportActionArgs {
  @Field(() => ID) id!: string;
  @Field(() => String) @Matches(NOT_BLANK, { message: 'actionTaken must not be empty' }) @MaxLength(TEXT_MAX) actionTaken!: string;
}
