import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Matches, MaxLength } from 'class-validator';
import { Role } from '../network/network.enums.js';
import { UserObject } from '../network/network.types.js';
import { DateTime } from '../../graphql/scalars.js';
import { NOT_BLANK } from '../job/job.inputs.js';

@ObjectType('ApiKey', { simpleResolvers: true, description: "An organization's API key; its secret is shown only when it is created" })
export class ApiKeyObject {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Role, { description: 'The role the key acts with, in its own organization' }) role!: Role;
  @Field(() => String, { description: 'The start of the secret (spk_ and six characters), to recognise the key' }) prefix!: string;
  @Field(() => UserObject) createdBy!: UserObject;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime, { nullable: true, description: 'To the minute: written at most once a minute' }) lastUsedAt?: Date | null;
  @Field(() => DateTime, { nullable: true }) revokedAt?: Date | null;
}

@ObjectType('CreatedApiKey', { simpleResolvers: true })
export class CreatedApiKeyObject {
  @Field(() => ApiKeyObject) key!: ApiKeyObject;
  @Field(() => String, { description: 'The key itself, sent as `Authorization: Bearer <secret>`. Shown this once: only its hash is kept' })
  secret!: string;
}

@InputType('CreateApiKeyInput')
export class CreateApiKeyInput {
  @Field(() => String, { description: 'What the key is for, e.g. the system that uses it' })
  @Matches(NOT_BLANK, { message: 'name must not be empty' })
  @MaxLength(100)
  name!: string;
  @Field(() => Role, { description: "One of the organization's roles that sees all of it (not TECHNICIAN)" }) role!: Role;
}
