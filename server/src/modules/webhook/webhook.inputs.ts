import { Field, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { EventKind } from '../events/event.enums.js';

@InputType('WebhookEndpointInput')
export class WebhookEndpointInput {
  @Field(() => String, { description: 'https://…; on loopback, private ranges or metadata addresses it is refused' }) @MaxLength(2000) url!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) description?: string | null;
  @Field(() => [EventKind], { nullable: true, description: 'Empty or omitted: every kind' }) @IsOptional() @ArrayMaxSize(100) eventKinds?: EventKind[] | null;
}

@InputType('WebhookEndpointChangesInput')
export class WebhookEndpointChangesInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) url?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) description?: string | null;
  @Field(() => [EventKind], { nullable: true }) @IsOptional() @ArrayMaxSize(100) eventKinds?: EventKind[] | null;
  @Field(() => Boolean, { nullable: true, description: 'false disables it; true enables it again and clears the failure count and reason' })
  @IsOptional()
  enabled?: boolean | null;
}
