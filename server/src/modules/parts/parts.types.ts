import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength, Max, Min, ValidateNested } from 'class-validator';
import { PartsRequestStatus } from './parts.enums.js';
import { DateTime } from '../../graphql/scalars.js';
import { PartObject } from '../catalog/catalog.types.js';
import { ServiceJobObject } from '../job/job.types.js';
import { TEXT_MAX } from '../job/job.inputs.js';

@ObjectType('PartsRequestLine', { simpleResolvers: true })
export class PartsRequestLineObject {
  @Field(() => ID) id!: string;
  @Field(() => PartObject) part!: PartObject;
  @Field(() => Int) quantity!: number;
  @Field(() => Int, { nullable: true }) approvedQuantity?: number | null;
  @Field(() => Boolean, { description: 'A replacement unit lent to the customer during the repair' }) loaner!: boolean;
  @Field(() => DateTime, { nullable: true, description: 'A loaner that shipped: when it is due back' }) loanerReturnBy?: Date | null;
  @Field(() => DateTime, { nullable: true, description: 'When the partner returned the loaner' }) loanerReturnedAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'The tracking code the partner sent the loaner back with' }) loanerReturnTrackingCode?: string | null;
  @Field(() => Boolean, { description: 'Past its return-by date and not returned (recorded by the deadline scheduler, LOANER_OVERDUE)' })
  loanerOverdue!: boolean;
}

@ObjectType('PartsRequestActions', { simpleResolvers: true, description: 'The steps of the parts request the caller may take now' })
export class PartsRequestActionsObject {
  @Field(() => Boolean, { description: 'Approve (fully or partly) or reject' }) decide!: boolean;
  @Field(() => Boolean) ship!: boolean;
  @Field(() => Boolean, { description: 'Confirm receipt' }) receive!: boolean;
  @Field(() => Boolean, { description: "Mark the request's loaners returned (each line that is out)" }) returnLoaner!: boolean;
}

@ObjectType('PartsRequest', { simpleResolvers: true })
export class PartsRequestObject {
  @Field(() => ID) id!: string;
  @Field(() => ServiceJobObject) job!: ServiceJobObject;
  @Field(() => PartsRequestStatus) status!: PartsRequestStatus;
  @Field(() => [PartsRequestLineObject]) lines!: PartsRequestLineObject[];
  @Field(() => String, { nullable: true }) trackingCode?: string | null;
  @Field(() => String, { nullable: true }) decisionNote?: string | null;
  @Field(() => DateTime) createdAt!: Date;
}

@InputType('PartsLineInput')
export class PartsLineInput {
  @Field(() => String) @MaxLength(64) sku!: string;
  @Field(() => Int) @Min(0) @Max(999) quantity!: number;
  @Field(() => Boolean, { nullable: true, description: 'Ask for a loaner unit' }) loaner?: boolean | null;
}

@InputType('RequestPartsInput')
export class RequestPartsInput {
  @Field(() => ID) jobId!: string;
  @Field(() => [PartsLineInput]) @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) lines!: PartsLineInput[];
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) idempotencyKey?: string | null;
}

@InputType('DecidePartsRequestInput')
export class DecidePartsRequestInput {
  @Field(() => ID) id!: string;
  @Field(() => Boolean) approve!: boolean;
  @Field(() => [PartsLineInput], { nullable: true, description: 'Approved quantities; lines left out get none' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  lines?: PartsLineInput[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(TEXT_MAX) note?: string | null;
}
