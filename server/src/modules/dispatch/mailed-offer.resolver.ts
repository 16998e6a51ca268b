import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AnswerMailedOfferArgs, MailedOfferAnswerObject, MailedOfferObject } from './mailed-offer.types.js';
import { answerMailedOffer, readMailedOffer, type MailedOffer } from './mailed-offer.service.js';
import type { Context } from '../../context.js';

/**
 * A mailed offer's accept or decline link (/offer/<token>), no sign-in: the token grants its one
 * offer and its one action, as the user the mail went to. Reading is safe for mail scanners; the
 * mutation acts like acceptOffer / declineOffer and spends the link.
 */
@Resolver()
export class MailedOfferResolver {
  @Query(() => MailedOfferObject, {
    description: 'No login: the offer of this mailed link, what it does and whether it still can. NOT_FOUND for a forged token, OFFER_CLOSED once it expired',
  })
  mailedOffer(@Arg('token', () => String) token: string, @Ctx() context: Context): Promise<MailedOffer> {
    return readMailedOffer(context.em, context.deps.links, context.deps.clock, token);
  }

  @Mutation(() => MailedOfferAnswerObject, {
    description:
      'No login: does what the mailed link says (accept or decline), exactly as acceptOffer / declineOffer would for its recipient. Once only: CONFLICT when the link was used',
  })
  async answerMailedOffer(
    @Args(() => AnswerMailedOfferArgs) { token, reason }: AnswerMailedOfferArgs,
    @Ctx() context: Context,
  ): Promise<MailedOfferAnswerObject> {
    const offer = await answerMailedOffer(context.em, context.deps.links, context.deps.clock, token, reason);
    return { action: offer.action, offer };
  }
}
