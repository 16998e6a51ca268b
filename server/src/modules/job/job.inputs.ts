import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Matches, MaxLength, Max, Min, ValidateNested } from 'class-validator';
import { JobStatus, JobType } from './job.enums.js';
import { DateTime } from '../../graphql/scalars.js';

/** Free text the contract requires: not blank, at most 10,000 characters. */
export const TEXT_MAX = 10_000;
const NOT_BLANK = /\S/;

@InputType('JobFilter')
export class JobFilterInput {
  @Field(() => [JobStatus], { nullable: true }) status?: JobStatus[] | null;
  @Field(() => [JobType], { nullable: true }) type?: JobType[] | null;
  @Field(() => [Int], { nullable: true }) priority?: number[] | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(50) region?: string[] | null;
  @Field(() => ID, { nullable: true }) partnerId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Open maintenance jobs past their due date' }) maintenanceOverdue?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Matches job number, description or serial' }) @IsOptional() @MaxLength(200) search?: string | null;
}

@InputType('CreateJobInput')
export class CreateJobInput {
  @Field(() => String) @Matches(NOT_BLANK, { message: 'serial must not be empty' }) @MaxLength(64) serial!: string;
  @Field(() => JobType) type!: JobType;
  @Field(() => String) @Matches(NOT_BLANK, { message: 'description must not be empty' }) @MaxLength(TEXT_MAX) description!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) idempotencyKey?: string | null;
}

@InputType('ChecklistAnswerInput')
export class ChecklistAnswerInput {
  @Field(() => ID) @MaxLength(100) itemId!: string;
  @Field(() => Boolean) done!: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(TEXT_MAX) note?: string | null;
}

@InputType('CompleteJobInput')
export class CompleteJobInput {
  @Field(() => ID) jobId!: string;
  @Field(() => String) @MaxLength(TEXT_MAX) resolution!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(64) failureCode?: string | null;
  @Field(() => [ChecklistAnswerInput]) @ValidateNested({ each: true }) @ArrayMaxSize(200) checklist!: ChecklistAnswerInput[];
  @Field(() => [ID], { nullable: true, description: 'Photos of this job (POST /uploads, kind PHOTO); those uploaded after it started count for the gate' })
  @IsOptional()
  @ArrayMaxSize(50)
  photoIds?: string[] | null;
  @Field(() => ID, { nullable: true, description: "The customer's drawn signature (POST /uploads, kind SIGNATURE)" }) signatureId?: string | null;
  @Field(() => [String], { nullable: true, deprecationReason: 'Kept with the report but no evidence for the gate: upload photos and send photoIds' })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(2048, { each: true })
  photoUrls?: string[] | null;
  @Field(() => String, { nullable: true, deprecationReason: 'A typed name is no evidence for the gate: upload a drawn signature and send signatureId' })
  @IsOptional()
  @MaxLength(200_000)
  customerSignature?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) @Max(100_000) laborMinutes?: number | null;
}

@InputType('ComponentJobInput')
export class ComponentJobInput {
  @Field(() => ID, { description: "The component's product line" }) productLineId!: string;
  @Field(() => String) @Matches(NOT_BLANK, { message: 'description must not be empty' }) @MaxLength(TEXT_MAX) description!: string;
  @Field(() => JobType, { nullable: true, description: "Defaults to the parent's type" }) type?: JobType | null;
}

@ArgsType()
export class JobsArgs {
  @Field(() => JobFilterInput, { nullable: true }) @IsOptional() @ValidateNested() filter?: JobFilterInput | null;
  @Field(() => Int, { nullable: true, description: 'At most 200' }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}

@ArgsType()
export class ScheduleJobArgs {
  @Field(() => ID) jobId!: string;
  @Field(() => DateTime, { description: 'When the appointment starts' }) appointmentAt!: Date;
  @Field(() => Int, { nullable: true, description: "How long it is booked for, 5 to 1440 minutes (default: the job's standard's appointmentMinutes)" })
  @IsOptional()
  @Min(5)
  @Max(1440)
  durationMinutes?: number | null;
  @Field(() => ID, { nullable: true }) technicianId?: string | null;
  @Field(() => Int, { nullable: true, description: 'The version the caller saw; CONFLICT if the job changed since' }) expectedVersion?: number | null;
}

@ArgsType()
export class JobReasonArgs {
  @Field(() => ID) jobId!: string;
  @Field(() => String) @Matches(NOT_BLANK, { message: 'reason must not be empty' }) @MaxLength(TEXT_MAX) reason!: string;
  @Field(() => Int, { nullable: true, description: 'The version the caller saw; CONFLICT if the job changed since' }) expectedVersion?: number | null;
}

export { NOT_BLANK };
