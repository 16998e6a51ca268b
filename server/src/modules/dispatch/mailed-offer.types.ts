import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { OfferStatus } from './offer.enums.js';
import { OfferLinkAction, OfferLinkBlock } from './offer-links.js';
import { JobType } from '../job/job.enums.js';
import { TEXT_MAX } from '../job/job.inputs.js';
import { DateTime } from '../../graphql/scalars.js';

@ObjectType('MailedOffer', {
  simpleResolvers: true,
  description: "A mailed offer as its link's page shows it: only the link's token grants it, and only this offer",
})
export class MailedOfferObject {
  @Field(() => OfferLinkAction, { description: "What this link's button does" }) action!: OfferLinkAction;
  @Field(() => ID) offerId!: string;
  @Field(() => ID) jobId!: string;
  @Field(() => String) jobNumber!: string;
  @Field(() => JobType) jobType!: JobType;
  @Field(() => String) productLine!: string;
  @Field(() => String) model!: string;
  @Field(() => String, {
    nullable: true,
    description: "The site's town, the last part of its address (the street is not shown); null when the address names none",
  })
  siteCity?: string | null;
  @Field(() => String) region!: string;
  @Field(() => String, { description: 'The problem as the job describes it' }) description!: string;
  @Field(() => Int) priority!: number;
  @Field(() => String, { description: 'The partner the offer is made to' }) partnerName!: string;
  @Field(() => OfferStatus) status!: OfferStatus;
  @Field(() => DateTime) expiresAt!: Date;
  @Field(() => Boolean, { description: 'Whether pressing the button may still act' }) usable!: boolean;
  @Field(() => OfferLinkBlock, { nullable: true, description: 'Why the link can no longer act; null while it can' }) blockedBy?: OfferLinkBlock | null;
}

@ObjectType('MailedOfferAnswer', { simpleResolvers: true })
export class MailedOfferAnswerObject {
  @Field(() => OfferLinkAction, { description: 'What was done' }) action!: OfferLinkAction;
  @Field(() => MailedOfferObject, { description: 'The offer as it is now' }) offer!: MailedOfferObject;
}

@ArgsType()
export class AnswerMailedOfferArgs {
  @Field(() => String) token!: string;
  @Field(() => String, { nullable: true, description: 'Required by a decline link, as declineOffer requires it; ignored by an accept link' })
  @IsOptional()
  @MaxLength(TEXT_MAX)
  reason?: string | null;
}
