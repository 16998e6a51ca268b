import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DeclineOfferArgs, DispatchCandidateObject, JobOfferConnectionObject, JobOfferObject, OfferJobArgs, OffersArgs } from './dispatch.types.js';
import { listOffers } from './offer-queries.js';
import { offersRead } from './offer.plan.js';
import { NOT_PLANNED, readPlanned } from '../../planner/read.js';
import { toConnection } from '../../shared/keyset.js';
import type { JobOffer } from './job-offer.entity.js';
import { acceptOffer, autoDispatch, declineOffer, dispatchCandidates, offerJob } from './dispatch.service.js';
import type { Candidate } from './eligibility.js';
import { ServiceJobObject } from '../job/job.types.js';
import type { ServiceJob } from '../job/service-job.entity.js';
import { OrganizationObject } from '../network/network.types.js';
import { ReasonCodeObject } from '../reason/reason.types.js';
import { Capability } from '../access/policy.js';
import { scopeOf, type Context } from '../../context.js';

@Resolver(() => JobOfferObject)
export class DispatchResolver {
  @Authorized(Capability.JOB_DISPATCH)
  @Query(() => [DispatchCandidateObject], { description: 'Ranked; ineligible partners too, with reasons' })
  dispatchCandidates(@Arg('jobId', () => ID) jobId: string, @Ctx() context: Context): Promise<Candidate[]> {
    return dispatchCandidates(scopeOf(context), jobId);
  }

  @Authorized()
  @Query(() => JobOfferConnectionObject, {
    description: "Offers the caller may see, newest first: a partner's own, the manufacturer's staff those of their network",
  })
  async offers(@Args(() => OffersArgs) args: OffersArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    const planned = await readPlanned(context, info, offersRead, args);
    return planned === NOT_PLANNED ? toConnection(await listOffers(scopeOf(context), args.status, args.first, args.after)) : planned;
  }

  @Authorized(Capability.JOB_DISPATCH)
  @Mutation(() => [JobOfferObject], { description: 'Several partners: the first to accept wins' })
  offerJob(@Args(() => OfferJobArgs) args: OfferJobArgs, @Ctx() context: Context): Promise<JobOffer[]> {
    return offerJob(scopeOf(context), args.jobId, args.partnerIds, args.expiresInMinutes);
  }

  @Authorized(Capability.JOB_DISPATCH)
  @Mutation(() => [JobOfferObject], { description: 'Offers the job to the best-ranked partner that takes automatic offers' })
  autoDispatch(@Arg('jobId', () => ID) jobId: string, @Ctx() context: Context): Promise<JobOffer[]> {
    return autoDispatch(scopeOf(context), jobId);
  }

  @Authorized(Capability.OFFER_ANSWER)
  @Mutation(() => ServiceJobObject)
  acceptOffer(@Arg('offerId', () => ID) offerId: string, @Ctx() context: Context): Promise<ServiceJob> {
    return acceptOffer(scopeOf(context), offerId);
  }

  @Authorized(Capability.OFFER_ANSWER)
  @Mutation(() => JobOfferObject)
  declineOffer(@Args(() => DeclineOfferArgs) { offerId, reason, reasonCode }: DeclineOfferArgs, @Ctx() context: Context): Promise<JobOffer> {
    return declineOffer(scopeOf(context), offerId, reason.trim(), reasonCode ?? null);
  }

  @FieldResolver(() => ServiceJobObject, { nullable: true })
  job(@Root() offer: JobOffer, @Ctx() context: Context) {
    return context.loaders.job.load(offer.job.id);
  }

  @FieldResolver(() => OrganizationObject)
  partner(@Root() offer: JobOffer, @Ctx() context: Context) {
    return context.loaders.organization.load(offer.partner.id);
  }

  @FieldResolver(() => ReasonCodeObject, { nullable: true })
  declineCode(@Root() offer: JobOffer, @Ctx() context: Context) {
    return offer.declineCode ? context.loaders.reasonCode.load(offer.declineCode.id) : null;
  }
}
