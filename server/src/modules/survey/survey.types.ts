import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { DateTime } from '../../graphql/scalars.js';
import { TEXT_MAX } from '../job/job.inputs.js';

@ObjectType('Survey', { simpleResolvers: true })
export class SurveyObject {
  @Field(() => ID) id!: string;
  @Field(() => Int) rating!: number;
  @Field(() => String, { nullable: true }) comment?: string | null;
  @Field(() => DateTime) submittedAt!: Date;
}

@ArgsType()
export class SubmitSurveyArgs {
  @Field(() => String) @MaxLength(200) token!: string;
  @Field(() => Int) rating!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(TEXT_MAX) comment?: string | null;
}
