import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { FindingSeverity } from './audit.enums.js';
import { DateTime } from '../../graphql/scalars.js';
import { OrganizationObject } from '../network/network.types.js';
import { ServiceJobObject } from '../job/job.types.js';
import { NOT_BLANK, TEXT_MAX } from '../job/job.inputs.js';
import { REASON_CODE, ReasonCodeObject } from '../reason/reason.types.js';

@ObjectType('AuditFinding', { simpleResolvers: true })
export class AuditFindingObject {
  @Field(() => ID) id!: string;
  @Field(() => OrganizationObject) partner!: OrganizationObject;
  @Field(() => ServiceJobObject, { nullable: true }) job?: ServiceJobObject | null;
  @Field(() => FindingSeverity) severity!: FindingSeverity;
  @Field(() => String, { description: "The auditor's words as typed (never translated)" }) text!: string;
  @Field(() => ReasonCodeObject, { nullable: true, description: "The manufacturer's FINDING reason code; its label is in the viewer's language" })
  reasonCode?: ReasonCodeObject | null;
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
  @Field(() => String, { nullable: true, description: "One of the manufacturer's FINDING reason codes (reasonCodes), beside the text" })
  @IsOptional()
  @Matches(REASON_CODE, { message: 'reasonCode: upper-case letters, digits and underscores' })
  reasonCode?: string | null;
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
