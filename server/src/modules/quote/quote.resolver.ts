import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CustomerQuoteObject, QuoteLineInput, QuoteLineObject, QuoteObject } from './quote.types.js';
import { answerQuote, sendQuote } from './quote.service.js';
import { verifyQuoteToken } from './quote-links.js';
import { quoteById } from './quote-views.js';
import { notFound } from '../../shared/errors.js';
import { customerQuote } from './customer-quote.js';
import type { QuoteLineView, QuoteView } from './quote-views.js';
import { ServiceJobObject } from '../job/job.types.js';
import type { ServiceJob } from '../job/service-job.entity.js';
import { PartObject } from '../catalog/catalog.types.js';
import { Capability, Reach, reachOf } from '../access/policy.js';
import type { Viewer } from '../../shared/viewer.js';
import { scopeOf, type Context } from '../../context.js';

/** Quotes for paid work: the partner sends one, the customer answers through its token (no sign-in). */
@Resolver(() => QuoteObject)
export class QuoteResolver {
  @Authorized(Capability.QUOTE_SEND)
  @Mutation(() => QuoteObject, {
    description:
      'The partner holding a started POST_WARRANTY job quotes the work to the customer (tracking page and mail). Supersedes a quote still awaiting an answer; INVALID_TRANSITION when the job is not paid work, not IN_PROGRESS, or a quote was accepted; PRICE_ABOVE_LIST for a line above its limit',
  })
  sendQuote(
    @Arg('jobId', () => ID) jobId: string,
    @Arg('lines', () => [QuoteLineInput]) lines: QuoteLineInput[],
    @Arg('validDays', () => Int, { defaultValue: 14 }) validDays: number,
    @Ctx() context: Context,
  ): Promise<QuoteView> {
    return sendQuote(scopeOf(context), { jobId, lines, validDays }, context.deps.config.claims.travelCeiling);
  }

  @Query(() => CustomerQuoteObject, {
    description:
      "No login: the quote of this answer token, as the customer sees it (the mailed link's page, /quote/<token>). Reading answers nothing; NOT_FOUND for any other token, OFFER_CLOSED once the quote expired",
  })
  async customerQuote(@Arg('token', () => String) token: string, @Ctx() context: Context) {
    const { links, clock } = context.deps;
    const quote = await quoteById(context.em, await verifyQuoteToken(links, token));
    if (!quote) throw notFound('Quote');
    return customerQuote(context.em, links, clock, quote);
  }

  @Mutation(() => CustomerQuoteObject, {
    description:
      'No login: the customer accepts or declines the quote of this token (from the tracking page or the mailed link). Once: OFFER_CLOSED when the quote was answered, superseded or expired; NOT_FOUND for any other token',
  })
  async answerQuote(
    @Arg('token', () => String) token: string,
    @Arg('accept', () => Boolean) accept: boolean,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() context: Context,
  ) {
    const { links, clock } = context.deps;
    const quote = await answerQuote(context.em, links, clock, { token, accept, reason });
    return customerQuote(context.em, links, clock, quote);
  }

  @FieldResolver(() => ServiceJobObject, { nullable: true })
  job(@Root() quote: QuoteView, @Ctx() context: Context) {
    return context.loaders.job.load(quote.jobId);
  }
}

@Resolver(() => QuoteLineObject)
export class QuoteLineResolver {
  @FieldResolver(() => PartObject, { nullable: true })
  part(@Root() line: QuoteLineView, @Ctx() context: Context) {
    return line.partId ? context.loaders.part.load(line.partId) : null;
  }
}

@Resolver(() => ServiceJobObject)
export class JobQuoteResolver {
  @FieldResolver(() => QuoteObject, { nullable: true, description: 'Paid work: the latest quote sent to the customer' })
  quote(@Root() job: ServiceJob, @Ctx() context: Context) {
    return context.viewer && holdsOrOversees(context.viewer, job) ? context.loaders.latestQuoteByJob.load(job.id) : null;
  }
}

/** As the plan's scope (job.plan.ts): the network's staff, the partner holding the job, its technician; never a partner only offered it. */
function holdsOrOversees(viewer: Viewer, job: ServiceJob): boolean {
  switch (reachOf(viewer)) {
    case Reach.NETWORK:
      return job.manufacturer.id === viewer.orgId;
    case Reach.ORGANIZATION:
      return job.assignedPartner?.id === viewer.orgId;
    case Reach.ASSIGNED:
      return job.technician?.id === viewer.userId;
  }
}
