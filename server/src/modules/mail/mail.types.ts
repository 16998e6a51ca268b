import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { DateTime } from '../../graphql/scalars.js';
import { PageInfoObject } from '../job/job.types.js';
import { MailKind, MailStatus } from './mail.enums.js';

@ObjectType('MailMessage', { simpleResolvers: true, description: 'A message of the outbox: what was (or, HELD without SMTP_URL, would be) sent' })
export class MailMessageObject {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The Message-ID header, fixed when the message was written' }) messageId!: string;
  @Field(() => String) recipient!: string;
  @Field(() => ID, { nullable: true, description: 'Null for a customer (no account)' }) recipientUser?: string | null;
  @Field(() => MailKind) kind!: MailKind;
  @Field(() => String) language!: string;
  @Field(() => String) subject!: string;
  @Field(() => String, { description: 'The plain-text part' }) text!: string;
  @Field(() => String, { description: 'The HTML part' }) html!: string;
  @Field(() => ID, { nullable: true, description: 'The job the message is about' }) job?: string | null;
  @Field(() => MailStatus) status!: MailStatus;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true, description: "The last failed attempt's error" }) lastError?: string | null;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime, { nullable: true }) sentAt?: Date | null;
}

@ObjectType('MailMessageEdge', { simpleResolvers: true })
export class MailMessageEdgeObject {
  @Field(() => String) cursor!: string;
  @Field(() => MailMessageObject) node!: MailMessageObject;
}

@ObjectType('MailMessageConnection', { simpleResolvers: true })
export class MailMessageConnectionObject {
  @Field(() => [MailMessageEdgeObject]) edges!: MailMessageEdgeObject[];
  @Field(() => PageInfoObject) pageInfo!: PageInfoObject;
  @Field(() => Int) totalCount!: number;
}

@ArgsType()
export class OutboxArgs {
  @Field(() => [MailStatus], { nullable: true, description: 'Only messages in these statuses' }) @IsOptional() @ArrayMaxSize(10) status?: MailStatus[] | null;
  @Field(() => Int, { nullable: true, description: 'At most 200' }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}

@ObjectType('NotificationPreference', { simpleResolvers: true, description: 'One kind of mail the viewer receives, on unless switched off' })
export class NotificationPreferenceObject {
  @Field(() => MailKind) kind!: MailKind;
  @Field(() => String, { description: 'What the kind is, in words' }) label!: string;
  @Field(() => Boolean) enabled!: boolean;
}

@ArgsType()
export class SetNotificationPreferenceArgs {
  @Field(() => MailKind) kind!: MailKind;
  @Field(() => Boolean) enabled!: boolean;
}

@ObjectType('MailUnsubscribe', { simpleResolvers: true })
export class MailUnsubscribeObject {
  @Field(() => String, { description: 'The address that receives no more customer mail' }) address!: string;
}

@ArgsType()
export class UnsubscribeMailArgs {
  @Field(() => String, { description: 'The token of the /unsubscribe/<token> link' }) @MaxLength(2000) token!: string;
}
