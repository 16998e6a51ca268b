import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches, MaxLength, Max, Min } from 'class-validator';
import { OfferStatus } from './offer.enums.js';
import { DateTime } from '../../graphql/scalars.js';
import { OrganizationObject } from '../network/network.types.js';
import { PageInfoObject, ServiceJobObject } from '../job/job.types.js';
import { NOT_BLANK, TEXT_MAX } from '../job/job.inputs.js';
import { PhraseObject } from '../../graphql/phrase.type.js';
import { REASON_CODE, ReasonCodeObject } from '../reason/reason.types.js';

@ObjectType('JobOffer', { simpleResolvers: true })
export class JobOfferObject {
  @Field(() => ID) id!: string;
  @Field(() => ServiceJobObject, { nullable: true, description: 'Null once the job is no longer visible to the partner' }) job?: ServiceJobObject | null;
  @Field(() => OrganizationObject) partner!: OrganizationObject;
  @Field(() => OfferStatus) status!: OfferStatus;
  @Field(() => DateTime) expiresAt!: Date;
  @Field(() => Boolean) automatic!: boolean;
  @Field(() => String, { nullable: true, description: "The partner's reason as typed (never translated)" }) declineReason?: string | null;
  @Field(() => ReasonCodeObject, {
    nullable: true,
    description: "The manufacturer's reason code picked with the decline; its label is in the viewer's language",
  })
  declineCode?: ReasonCodeObject | null;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime, { nullable: true }) respondedAt?: Date | null;
}

@ObjectType('DispatchCandidate', { simpleResolvers: true })
export class DispatchCandidateObject {
  @Field(() => OrganizationObject) partner!: OrganizationObject;
  @Field(() => Boolean) eligible!: boolean;
  @Field(() => Boolean, { description: 'May receive an automatic offer' }) autoEligible!: boolean;
  @Field(() => Float) score!: number;
  @Field(() => Float, { nullable: true, description: "Great-circle km from the partner's service point to the site; null when either has no coordinates" })
  distanceKm?: number | null;
  @Field(() => [String], { description: "In English; reasonCodes says the same as codes to render in the reader's language" }) reasons!: string[];
  @Field(() => [PhraseObject], { description: 'The reasons as codes with parameters (candidate.*), in the order of `reasons`' }) reasonCodes!: PhraseObject[];
}

@ArgsType()
export class OfferJobArgs {
  @Field(() => ID) jobId!: string;
  @Field(() => [ID]) @ArrayMinSize(1) @ArrayMaxSize(50) partnerIds!: string[];
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1) @Max(7 * 24 * 60) expiresInMinutes?: number | null;
}

@ArgsType()
export class DeclineOfferArgs {
  @Field(() => ID) offerId!: string;
  @Field(() => String) @Matches(NOT_BLANK, { message: 'reason must not be empty' }) @MaxLength(TEXT_MAX) reason!: string;
  @Field(() => String, { nullable: true, description: "One of the manufacturer's DECLINE reason codes (reasonCodes), beside the typed reason" })
  @IsOptional()
  @Matches(REASON_CODE, { message: 'reasonCode: upper-case letters, digits and underscores' })
  reasonCode?: string | null;
}

@ObjectType('JobOfferEdge', { simpleResolvers: true })
export class JobOfferEdgeObject {
  @Field(() => String) cursor!: string;
  @Field(() => JobOfferObject) node!: JobOfferObject;
}

@ObjectType('JobOfferConnection', { simpleResolvers: true })
export class JobOfferConnectionObject {
  @Field(() => [JobOfferEdgeObject]) edges!: JobOfferEdgeObject[];
  @Field(() => PageInfoObject) pageInfo!: PageInfoObject;
  @Field(() => Int) totalCount!: number;
}

@ArgsType()
export class OffersArgs {
  @Field(() => [OfferStatus], { nullable: true, description: 'Only offers in these statuses' }) @IsOptional() @ArrayMaxSize(10) status?: OfferStatus[] | null;
  @Field(() => Int, { nullable: true, description: 'At most 200' }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}
