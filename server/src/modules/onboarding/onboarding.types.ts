import { ArrayMaxSize, IsOptional, Length, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { InvitationState } from './onboarding.enums.js';
import { OrgKind } from '../network/network.enums.js';
import { DateTime } from '../../graphql/scalars.js';
import { NOT_BLANK } from '../job/job.inputs.js';

const REGION = /^[A-Z0-9][A-Z0-9_-]{0,31}$/;

@ObjectType('PartnerInvitation', { simpleResolvers: true, description: "A manufacturer's invitation of a firm into its network (its admin's view)" })
export class PartnerInvitationObject {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Where the link was mailed; a new firm’s admin signs in with it' }) email!: string;
  @Field(() => String, { nullable: true }) firmName?: string | null;
  @Field(() => OrgKind, { nullable: true }) kind?: OrgKind | null;
  @Field(() => InvitationState, { description: 'EXPIRED: still PENDING past its expiry' }) state!: InvitationState;
  @Field(() => DateTime) expiresAt!: Date;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime, { nullable: true }) registeredAt?: Date | null;
  @Field(() => DateTime, { nullable: true, description: 'When it was approved or declined' }) decidedAt?: Date | null;
  @Field(() => String, { nullable: true }) declineReason?: string | null;
  /** Read by the partner field. */
  partnerId!: string | null;
  @Field(() => String, { nullable: true, description: 'The mailed /join link: only in the answer of invitePartner (it is never stored)' })
  link?: string | null;
}

@ObjectType('PublicInvitation', { simpleResolvers: true, description: 'What an invitation link shows whoever holds it' })
export class PublicInvitationObject {
  @Field(() => String, { description: 'Who invites' }) manufacturerName!: string;
  @Field(() => String) email!: string;
  @Field(() => String, { nullable: true }) firmName?: string | null;
  @Field(() => OrgKind, { nullable: true }) kind?: OrgKind | null;
  @Field(() => InvitationState) state!: InvitationState;
  @Field(() => DateTime) expiresAt!: Date;
  @Field(() => Boolean, { description: 'The invited address has an account: its firm signs in and joins (joinByInvitation) instead of registering' })
  firmKnown!: boolean;
}

@InputType('RegistrationInput', { description: 'A new firm and its first admin, who signs in with the invited address' })
export class RegistrationInput {
  @Field(() => String) @Matches(NOT_BLANK, { message: 'firmName must not be empty' }) @MaxLength(200) firmName!: string;
  @Field(() => OrgKind, { description: 'BRANCH, DEALER, INDEPENDENT_SPECIALIST or CONSORTIUM_PARTNER' }) kind!: OrgKind;
  @Field(() => String, { description: 'ISO 3166-1 alpha-2, e.g. DE' }) @Length(2, 2, { message: 'country: a two-letter code' }) country!: string;
  @Field(() => String) @Matches(NOT_BLANK, { message: 'address must not be empty' }) @MaxLength(500) address!: string;
  @Field(() => [String], { description: 'Region codes the firm would serve (the manufacturer sets them on approval)' })
  @ArrayMaxSize(50)
  @Matches(REGION, { each: true, message: 'regions: codes like NORTH' })
  regions!: string[];
  @Field(() => String) @Matches(NOT_BLANK, { message: 'adminName must not be empty' }) @MaxLength(200) adminName!: string;
  @Field(() => String) @MinLength(8, { message: 'password must have at least 8 characters' }) @MaxLength(200) password!: string;
  @Field(() => String, { nullable: true, description: "The admin's portal language (en, de, da, nl, ru, ms, sq)" }) @IsOptional() @MaxLength(8) locale?:
    | string
    | null;
}
