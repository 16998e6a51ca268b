import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { InspectionResult, ReturnState } from './returns.enums.js';
import { ReturnActionsObject, ReturnAuthorizationObject } from './returns.types.js';
import type { ReturnAuthorization } from './return-authorization.entity.js';
import { inspectPartReturn, listReturns, receivePartReturn, requestPartReturn, shipPartReturn } from './returns.service.js';
import { Capability, can } from '../access/policy.js';
import { ServiceEventObject } from '../events/event.types.js';
import { PartObject } from '../catalog/catalog.types.js';
import { ServiceJobObject } from '../job/job.types.js';
import { OrganizationObject } from '../network/network.types.js';
import { ClaimLineObject, WarrantyClaimObject } from '../claim/claim.types.js';
import { scopeOf, type Context } from '../../context.js';

@Resolver(() => ReturnAuthorizationObject)
export class ReturnsResolver {
  @Authorized(Capability.RETURN_READ)
  @Query(() => [ReturnAuthorizationObject], {
    description: "Return authorizations, newest first (at most 500): the network's for its staff, a partner admin's own firm's",
  })
  returnAuthorizations(
    @Arg('partnerId', () => ID, { nullable: true }) partnerId: string | null,
    @Arg('states', () => [ReturnState], { nullable: true }) states: ReturnState[] | null,
    @Ctx() context: Context,
  ): Promise<ReturnAuthorization[]> {
    return listReturns(scopeOf(context), partnerId, states);
  }

  @Authorized(Capability.RETURN_REQUEST)
  @Mutation(() => ReturnAuthorizationObject, {
    description: 'The manufacturer asks for the part of a PART claim line back (the line must name its faulty serial; the claim submitted); one per line',
  })
  requestPartReturn(
    @Arg('claimLineId', () => ID) claimLineId: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() context: Context,
  ): Promise<ReturnAuthorization> {
    return requestPartReturn(scopeOf(context), claimLineId, note);
  }

  @Authorized(Capability.RETURN_SHIP)
  @Mutation(() => ReturnAuthorizationObject, { description: "The claiming partner's admin ships the part back (REQUESTED → SHIPPED)" })
  shipPartReturn(
    @Arg('returnId', () => ID) returnId: string,
    @Arg('trackingCode', () => String) trackingCode: string,
    @Ctx() context: Context,
  ): Promise<ReturnAuthorization> {
    return shipPartReturn(scopeOf(context), returnId, trackingCode);
  }

  @Authorized(Capability.RETURN_RECEIVE)
  @Mutation(() => ReturnAuthorizationObject, { description: 'The manufacturer records the arrival (SHIPPED → RECEIVED)' })
  receivePartReturn(@Arg('returnId', () => ID) returnId: string, @Ctx() context: Context): Promise<ReturnAuthorization> {
    return receivePartReturn(scopeOf(context), returnId);
  }

  @Authorized(Capability.RETURN_INSPECT)
  @Mutation(() => ReturnAuthorizationObject, {
    description:
      "The manufacturer inspects the part (RECEIVED → INSPECTED). NO_FAULT_FOUND / MISUSE reject the claim line (return.noFaultFound / return.misuse, approved 0) and re-derive a reviewed claim's state, unless it is PAID",
  })
  inspectPartReturn(
    @Arg('returnId', () => ID) returnId: string,
    @Arg('result', () => InspectionResult) result: InspectionResult,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() context: Context,
  ): Promise<ReturnAuthorization> {
    return inspectPartReturn(scopeOf(context), returnId, result, note);
  }

  @FieldResolver(() => WarrantyClaimObject, { nullable: true })
  claim(@Root() ra: ReturnAuthorization, @Ctx() context: Context) {
    return context.loaders.claim.load(ra.claim.id);
  }

  @FieldResolver(() => ClaimLineObject, { nullable: true })
  claimLine(@Root() ra: ReturnAuthorization, @Ctx() context: Context) {
    return ra.claimLine ? context.loaders.returnClaimLine.load(ra.claimLine.id) : null;
  }

  @FieldResolver(() => PartObject, { nullable: true })
  part(@Root() ra: ReturnAuthorization, @Ctx() context: Context) {
    return ra.part ? context.loaders.part.load(ra.part.id) : null;
  }

  @FieldResolver(() => ServiceJobObject, { nullable: true })
  job(@Root() ra: ReturnAuthorization, @Ctx() context: Context) {
    return context.loaders.job.load(ra.job.id);
  }

  @FieldResolver(() => OrganizationObject)
  partner(@Root() ra: ReturnAuthorization, @Ctx() context: Context) {
    return context.loaders.organization.load(ra.partner.id);
  }

  @FieldResolver(() => ReturnActionsObject)
  viewerCan(@Root() ra: ReturnAuthorization, @Ctx() context: Context): ReturnActionsObject {
    const viewer = context.viewer;
    if (!viewer) return { ship: false, receive: false, inspect: false };
    return {
      ship: can(viewer, Capability.RETURN_SHIP) && ra.partner.id === viewer.orgId && ra.state === ReturnState.REQUESTED,
      receive: can(viewer, Capability.RETURN_RECEIVE) && ra.manufacturer.id === viewer.orgId && ra.state === ReturnState.SHIPPED,
      inspect: can(viewer, Capability.RETURN_INSPECT) && ra.manufacturer.id === viewer.orgId && ra.state === ReturnState.RECEIVED,
    };
  }
}

/** A claim line's return of its part, if one was asked for and the viewer sees it. */
@Resolver(() => ClaimLineObject)
export class ClaimLineReturnResolver {
  @FieldResolver(() => ReturnAuthorizationObject, {
    nullable: true,
    description: 'The return authorization of this PART line, once the manufacturer asked for the part back',
  })
  async returnAuthorization(@Root() line: { id: string }, @Ctx() context: Context) {
    const [ra] = await context.loaders.returnsByClaimLine.load(line.id);
    return ra ?? null;
  }
}

/** A RETURN_* event's return, as the viewer may see it now (its id is in the event's data). */
@Resolver(() => ServiceEventObject)
export class ReturnEventResolver {
  @FieldResolver(() => ReturnAuthorizationObject, { nullable: true, description: 'RETURN_*: the return authorization the step was about' })
  returnAuthorization(@Root() event: { data?: Record<string, unknown> | null }, @Ctx() context: Context) {
    const id = event.data?.returnId;
    return typeof id === 'string' ? context.loaders.returnAuthorization.load(id) : null;
  }
}
