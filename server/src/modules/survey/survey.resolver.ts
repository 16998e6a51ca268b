import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { SubmitSurveyArgs, SurveyObject } from './survey.types.js';
import { submitSurvey } from './survey.service.js';
import type { Survey } from './survey.entity.js';
import type { Context } from '../../context.js';

@Resolver(() => SurveyObject)
export class SurveyResolver {
  @Mutation(() => SurveyObject, { description: 'No login: the token from the link sent at closing; one answer per token' })
  submitSurvey(@Args(() => SubmitSurveyArgs) { token, rating, comment }: SubmitSurveyArgs, @Ctx() context: Context): Promise<Survey> {
    return submitSurvey(context.em, context.deps.clock, token, rating, comment);
  }
}
