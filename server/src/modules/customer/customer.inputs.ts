import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { TEXT_MAX } from '../job/job.inputs.js';
import { ServiceRequestStatus } from './customer.enums.js';

@InputType({ description: 'The /request form; no account needed' })
export class ServiceRequestInput {
  @Field(() => String, { description: "The manufacturer's slug (requestManufacturers)" }) @MaxLength(64) manufacturer!: string;
  @Field(() => String, { description: "From the unit's type plate" }) @MaxLength(64) serial!: string;
  @Field(() => String) @MaxLength(200) contactName!: string;
  @Field(() => String) @MaxLength(320) contactEmail!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(64) contactPhone?: string | null;
  @Field(() => String, { nullable: true, description: 'Where the unit is, when not at its registered site' }) @IsOptional() @MaxLength(1000) address?:
    | string
    | null;
  @Field(() => String, { description: 'The problem, in the customer’s words' }) @MaxLength(TEXT_MAX) description!: string;
  @Field(() => String, {
    nullable: true,
    description: "The customer's language (en, de, da, nl, ru, ms, sq; default: the request's Accept-Language): the service report follows it",
  })
  @IsOptional()
  @MaxLength(35)
  language?: string | null;
}

@ArgsType()
export class ServiceRequestsArgs {
  @Field(() => ServiceRequestStatus, { nullable: true, description: 'Default: NEW, those waiting' }) status?: ServiceRequestStatus | null;
}

@ArgsType()
export class JobFromServiceRequestArgs {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The serial of the unit, as found' }) @MaxLength(64) serial!: string;
}
