import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsEmail, IsOptional, Matches, MaxLength, Max, Min, MinLength, ValidateNested } from 'class-validator';
import { OrgKind, PartnerStatus, Role } from '../network/network.enums.js';
import { ServiceStrategy } from '../catalog/catalog.enums.js';
import { JobType } from '../job/job.enums.js';
import { SlaTime } from '../calendar/sla-time.js';
import { DateTime } from '../../graphql/scalars.js';
import { MoneyInput } from '../../graphql/money.types.js';
import { NOT_BLANK } from '../job/job.inputs.js';

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
const REGION = /^[A-Z0-9][A-Z0-9_-]{0,31}$/;

@InputType('LocationInput', { description: 'A point in degrees (WGS 84)' })
export class LocationInput {
  @Field(() => Float) @Min(-90) @Max(90) latitude!: number;
  @Field(() => Float) @Min(-180) @Max(180) longitude!: number;
}

@InputType('PartnerInput')
export class PartnerInput {
  @Field(() => String, { description: 'Lowercase letters, digits and dashes; the partner logins are admin@<slug>.demo style' })
  @Matches(SLUG, { message: 'slug: lowercase letters, digits and dashes' })
  slug!: string;
  @Field(() => String) @Matches(NOT_BLANK, { message: 'name must not be empty' }) @MaxLength(200) name!: string;
  @Field(() => OrgKind) kind!: OrgKind;
  @Field(() => ID, {
    nullable: true,
    description: "CUSTOMER_STAFF only, and required there: the customer (of the manufacturer) whose own staff it is; offered that customer's units only",
  })
  customerId?: string | null;
  @Field(() => [String]) @ArrayMaxSize(50) @Matches(REGION, { each: true, message: 'regions: codes like NORTH' }) regions!: string[];
  @Field(() => Int) @Min(0) @Max(10_000) capacity!: number;
  @Field(() => MoneyInput, { nullable: true, description: "Agreed hourly labour rate (0 to 10000); its currency becomes the partner's" })
  laborRate?: MoneyInput | null;
  @Field(() => LocationInput, { nullable: true, description: 'The service point dispatch measures distances from' })
  @IsOptional()
  @ValidateNested()
  location?: LocationInput | null;
  @Field(() => Int, { nullable: true, description: 'Serve only sites within this many km of the service point' })
  @IsOptional()
  @Min(1)
  @Max(20_000)
  serviceRadiusKm?: number | null;
}

@InputType('PartnerChangesInput')
export class PartnerChangesInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(NOT_BLANK) @MaxLength(200) name?: string | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(50) @Matches(REGION, { each: true, message: 'regions: codes like NORTH' }) regions?:
    | string[]
    | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) @Max(10_000) capacity?: number | null;
  @Field(() => MoneyInput, { nullable: true, description: "Agreed hourly labour rate (0 to 10000); its currency becomes the partner's" })
  laborRate?: MoneyInput | null;
  @Field(() => LocationInput, { nullable: true, description: 'Moves the service point' }) @IsOptional() @ValidateNested() location?: LocationInput | null;
  @Field(() => Int, { nullable: true, description: 'Serve only sites within this many km of the service point; 0 removes the limit' })
  @IsOptional()
  @Min(0)
  @Max(20_000)
  serviceRadiusKm?: number | null;
  @Field(() => PartnerStatus, { nullable: true }) status?: PartnerStatus | null;
  @Field(() => String, { nullable: true, description: 'Why the status changes; required with status' }) @IsOptional() @MaxLength(2000) statusReason?:
    | string
    | null;
}

@InputType('CertificationInput')
export class CertificationInput {
  @Field(() => ID) partnerId!: string;
  @Field(() => ID) productLineId!: string;
  @Field(() => [JobType]) @ArrayMinSize(1) jobTypes!: JobType[];
  @Field(() => DateTime) expiresAt!: Date;
}

@InputType('ProductLineInput')
export class ProductLineInput {
  @Field(() => String) @Matches(NOT_BLANK, { message: 'name must not be empty' }) @MaxLength(200) name!: string;
  @Field(() => ServiceStrategy) strategy!: ServiceStrategy;
  @Field(() => Int, { nullable: true, description: 'Preventive maintenance interval; NEVER_FAIL lines need one' })
  @IsOptional()
  @Min(1)
  @Max(120)
  maintenanceIntervalMonths?: number | null;
}

@InputType('ProductModelInput')
export class ProductModelInput {
  @Field(() => ID) productLineId!: string;
  @Field(() => String) @Matches(NOT_BLANK, { message: 'name must not be empty' }) @MaxLength(200) name!: string;
  @Field(() => Int) @Min(0) @Max(240) warrantyMonths!: number;
}

@InputType('ChecklistItemInput')
export class ChecklistItemInput {
  @Field(() => ID) @Matches(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: 'checklist item ids: lowercase letters, digits and dashes' }) id!: string;
  @Field(() => String) @Matches(NOT_BLANK, { message: 'label must not be empty' }) @MaxLength(300) label!: string;
}

@InputType('QualityStandardInput')
export class QualityStandardInput {
  @Field(() => ID) productLineId!: string;
  @Field(() => JobType) jobType!: JobType;
  @Field(() => Int) @Min(1) @Max(525_600) responseMinutes!: number;
  @Field(() => Int) @Min(1) @Max(525_600) resolutionMinutes!: number;
  @Field(() => SlaTime, { nullable: true, description: 'CALENDAR (24×7) or BUSINESS time (default: CALENDAR; an existing standard keeps its own)' })
  slaTime?: SlaTime | null;
  @Field(() => [ChecklistItemInput]) @ArrayMaxSize(50) @ValidateNested({ each: true }) checklist!: ChecklistItemInput[];
  @Field(() => [String], { nullable: true, description: 'resolution is always required; failureCode may be added' }) @IsOptional() requiredReportFields?:
    | string[]
    | null;
  @Field(() => Boolean, { nullable: true, deprecationReason: 'Use minPhotos', description: 'true: one photo, unless minPhotos says otherwise' })
  requiresPhoto?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'Photos needed to complete (default: 1 with requiresPhoto, else 0; an existing standard keeps its own)' })
  @IsOptional()
  @Min(0)
  @Max(50)
  minPhotos?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Keep the location (EXIF GPS) of uploaded photos (default: no)' }) keepPhotoLocation?: boolean | null;
  @Field(() => Boolean) requiresSignature!: boolean;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Require a technician certified for the line and job type (default: no; an existing standard keeps its own)',
  })
  requiresCertifiedTechnician?: boolean | null;
  @Field(() => MoneyInput, { description: 'Highest hourly labour rate on paid work (0 to 10000); it caps rates in its currency only' })
  laborRateCeiling!: MoneyInput;
  @Field(() => Int) @Min(1) @Max(10_000) maxLaborMinutes!: number;
  @Field(() => Int, {
    nullable: true,
    description: 'How long an appointment is booked when scheduleJob gives no duration, 5 to 1440 minutes (default 120; an existing standard keeps its own)',
  })
  @IsOptional()
  @Min(5)
  @Max(1440)
  appointmentMinutes?: number | null;
}

@InputType('PartPriceInput')
export class PartPriceInput {
  @Field(() => String) @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { message: 'sku: letters, digits, dots, dashes' }) sku!: string;
  @Field(() => String) @Matches(NOT_BLANK, { message: 'name must not be empty' }) @MaxLength(200) name!: string;
  @Field(() => MoneyInput, { description: 'Price per unit (0 to 10000000) in any ISO 4217 currency' }) listPrice!: MoneyInput;
  @Field(() => [ID], { nullable: true, description: 'Models the part fits' }) @IsOptional() @ArrayMaxSize(200) modelIds?: string[] | null;
}

@InputType('UserInput')
export class UserInput {
  @Field(() => String) @IsEmail({}, { message: 'email must be an email address' }) @MaxLength(320) email!: string;
  @Field(() => String) @Matches(NOT_BLANK, { message: 'name must not be empty' }) @MaxLength(200) name!: string;
  @Field(() => Role) role!: Role;
  @Field(() => ID, { description: 'The manufacturer itself or one of its partners' }) organizationId!: string;
  @Field(() => String) @MinLength(8, { message: 'password must have at least 8 characters' }) @MaxLength(200) password!: string;
}
