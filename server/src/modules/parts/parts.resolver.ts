import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PartsRequestActionsObject, PartsRequestLineObject, PartsRequestObject, RequestPartsInput, DecidePartsRequestInput } from './parts.types.js';
import type { PartsRequest, PartsRequestLine } from './parts-request.entity.js';
import { PartsRequestStatus } from './parts.enums.js';
import { decidePartsRequest, listPartsRequests, receivePartsRequest, requestParts, shipPartsRequest } from './parts.service.js';
import { PartObject } from '../catalog/catalog.types.js';
import { partsRequestsRead } from './parts.plan.js';
import { returnLoaner } from './loaners.js';
import { isLoanerOverdue } from './loan-period.js';
import { NOT_PLANNED, readPlanned } from '../../planner/read.js';
import { ServiceJobObject } from '../job/job.types.js';
import { Capability } from '../access/policy.js';
import { partsActions, type PartsActionFacts, type PartsActions } from './parts-actions.js';
import { partiesOf } from '../job/job-actions.js';
import { isPlainObject } from '../../planner/planned-values.js';
import { scopeOf, type Context } from '../../context.js';

@Resolver(() => PartsRequestObject)
export class PartsRequestResolver {
  @Authorized()
  @Query(() => [PartsRequestObject], { description: 'Newest first, only what the caller may see' })
  async partsRequests(
    @Arg('status', () => PartsRequestStatus, { nullable: true }) status: PartsRequestStatus | null,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    const planned = await readPlanned(context, info, partsRequestsRead, { status });
    return planned === NOT_PLANNED ? listPartsRequests(scopeOf(context), status) : planned;
  }

  @Authorized(Capability.PARTS_REQUEST)
  @Mutation(() => PartsRequestObject)
  requestParts(@Arg('input', () => RequestPartsInput) input: RequestPartsInput, @Ctx() context: Context): Promise<PartsRequest> {
    return requestParts(scopeOf(context), input);
  }

  @Authorized(Capability.PARTS_DECIDE)
  @Mutation(() => PartsRequestObject)
  decidePartsRequest(@Arg('input', () => DecidePartsRequestInput) input: DecidePartsRequestInput, @Ctx() context: Context): Promise<PartsRequest> {
    return decidePartsRequest(scopeOf(context), input);
  }

  @Authorized(Capability.PARTS_SHIP)
  @Mutation(() => PartsRequestObject)
  shipPartsRequest(
    @Arg('id', () => ID) id: string,
    @Arg('trackingCode', () => String, { nullable: true }) trackingCode: string | null,
    @Ctx() context: Context,
  ): Promise<PartsRequest> {
    return shipPartsRequest(scopeOf(context), id, trackingCode, context.deps.config.loanDays);
  }

  @Authorized(Capability.LOANER_RETURN)
  @Mutation(() => PartsRequestObject, { description: 'The partner sends a loaner unit back (a line of a shipped request)' })
  returnLoaner(
    @Arg('lineId', () => ID) lineId: string,
    @Arg('trackingCode', () => String, { nullable: true }) trackingCode: string | null,
    @Ctx() context: Context,
  ): Promise<PartsRequest> {
    return returnLoaner(scopeOf(context), lineId, trackingCode);
  }

  @Authorized(Capability.PARTS_RECEIVE)
  @Mutation(() => PartsRequestObject)
  receivePartsRequest(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<PartsRequest> {
    return receivePartsRequest(scopeOf(context), id);
  }

  @FieldResolver(() => ServiceJobObject)
  job(@Root() request: PartsRequest, @Ctx() context: Context) {
    return context.loaders.job.load(request.job.id);
  }

  @FieldResolver(() => PartsRequestActionsObject, { description: 'What the caller may do with this request now' })
  async viewerCan(@Root() request: PartsRequest | { actionFacts?: PartsActionFacts }, @Ctx() context: Context): Promise<PartsActions> {
    const viewer = scopeOf(context).viewer;
    if (isPlainObject(request)) {
      const facts = request.actionFacts as PartsActionFacts;
      return partsActions(viewer, facts, partiesOf(facts));
    }
    const job = await context.loaders.job.load(request.job.id);
    return job ? partsActions(viewer, request, job) : { decide: false, ship: false, receive: false, returnLoaner: false };
  }

  @FieldResolver(() => [PartsRequestLineObject])
  lines(@Root() request: PartsRequest, @Ctx() context: Context) {
    return context.loaders.linesByRequest.load(request.id);
  }
}

@Resolver(() => PartsRequestLineObject)
export class PartsRequestLineResolver {
  @FieldResolver(() => PartObject)
  part(@Root() line: PartsRequestLine, @Ctx() context: Context) {
    return context.loaders.part.load(line.part.id);
  }

  @FieldResolver(() => Boolean)
  loanerOverdue(@Root() line: PartsRequestLine): boolean {
    return isLoanerOverdue(line);
  }
}
