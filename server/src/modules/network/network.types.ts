import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { OrgKind, PartnerStatus, Role } from './network.enums.js';
import { DateTime } from '../../graphql/scalars.js';

@ObjectType('Organization', { simpleResolvers: true })
export class OrganizationObject {
  @Field(() => ID) id!: string;
  @Field(() => String) slug!: string;
  @Field(() => String) name!: string;
  @Field(() => OrgKind) kind!: OrgKind;
  @Field(() => PartnerStatus, { nullable: true, description: 'Partners only' }) status?: PartnerStatus | null;
  @Field(() => [String], { description: 'Region codes a partner serves' }) regions!: string[];
  @Field(() => Int, { description: 'Open jobs a partner may hold at once' }) capacity!: number;
  @Field(() => String, { description: "ISO 4217: a manufacturer's own currency (new prices and standards default to it), a partner's labour rate's" })
  currency!: string;
  @Field(() => Float, { nullable: true, description: "The partner's service point, degrees north (WGS 84)" }) latitude?: number | null;
  @Field(() => Float, { nullable: true, description: "The partner's service point, degrees east (WGS 84)" }) longitude?: number | null;
  @Field(() => Int, { nullable: true, description: 'Sites farther than this from the service point are not served; null: no limit' })
  serviceRadiusKm?: number | null;
  @Field(() => ID, { nullable: true, description: "CUSTOMER_STAFF only: the customer whose own staff it is (offered jobs on that customer's units only)" })
  customerId?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, as an invited firm registered it' }) country?: string | null;
  @Field(() => String, { nullable: true, description: 'Postal address, as an invited firm registered it' }) address?: string | null;
}

@ObjectType('Certification', { simpleResolvers: true })
export class CertificationObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) productLineId!: string;
  @Field(() => String) productLineName!: string;
  @Field(() => [String]) jobTypes!: string[];
  @Field(() => DateTime) expiresAt!: Date;
  @Field(() => Boolean) valid!: boolean;
}

@ObjectType('User', { simpleResolvers: true })
export class UserObject {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => String) name!: string;
  @Field(() => Role) role!: Role;
  @Field(() => OrganizationObject) organization!: OrganizationObject;
  @Field(() => String, {
    nullable: true,
    description: 'The portal language chosen (en, de, da, nl, ru, ms, sq); null: the browser decides. Mails use it (English when null)',
  })
  locale?: string | null;
  @Field(() => String, { nullable: true, description: "IANA time zone chosen; null: the browser's" }) timeZone?: string | null;
}

@InputType('PreferencesInput', { description: 'An absent field stays as it is; null clears it (the browser decides)' })
export class PreferencesInput {
  @Field(() => String, { nullable: true, description: 'en, de, da, nl, ru, ms or sq' }) @IsOptional() @MaxLength(8) locale?: string | null;
  @Field(() => String, { nullable: true, description: 'An IANA time zone, e.g. Europe/Berlin' }) @IsOptional() @MaxLength(64) timeZone?: string | null;
}

@ObjectType('AuthPayload', { simpleResolvers: true })
export class AuthPayloadObject {
  @Field(() => String) token!: string;
  @Field(() => UserObject) user!: UserObject;
}
