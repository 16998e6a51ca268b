import type { GraphQLResolveInfo } from 'graphql';
import { PhraseObject } from '../../graphql/phrase.type.js';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import { JobStatusMoveObject, OfferStatusMoveObject, PartsRequestStatusMoveObject, ServiceEventObject } from './event.types.js';
import { eventDetails, type EventDetails } from './event-details.js';
import { EventStream } from './event-stream.js';
import { decodeEventCursor, encodeEventCursor, type EventRecord } from './event-record.js';
import { ServiceJobObject } from '../job/job.types.js';
import { JobOfferObject } from '../dispatch/dispatch.types.js';
import { PartsRequestObject } from '../parts/parts.types.js';
import { OrganizationObject, UserObject } from '../network/network.types.js';
import { findVisibleJob } from '../job/job-access.js';
import { scopeOf, type Context } from '../../context.js';
import { badInput } from '../../shared/errors.js';
import { liveAudienceKeys } from '../access/audience.js';
import { WsCloseCode } from '../../shared/ws-close-codes.js';
import { liveEventRead } from './event.plan.js';
import { NOT_PLANNED, readPlanned } from '../../planner/read.js';

interface ServiceEventsArgs {
  after?: string | null;
  jobId?: string | null;
}

/**
 * The live feed: everything after the cursor from the log, then live events, only those the
 * subscriber may see. Invalid arguments fail the subscription before it starts.
 */
async function subscribeToEvents({ args, context }: { args: ServiceEventsArgs; context: Context }): Promise<AsyncIterable<EventRecord>> {
  const scope = scopeOf(context);
  let after: number | undefined;
  if (args.after) after = await sequenceOf(args.after, context);
  if (args.jobId) await findVisibleJob(scope.em, scope.viewer, args.jobId);
  return new EventStream(context.deps.hub, {
    keys: liveAudienceKeys(scope.viewer),
    jobId: args.jobId,
    after,
    maxBuffered: context.deps.config.subscriberBufferLimit,
    onOverflow: () => context.closeConnection?.(WsCloseCode.SlowConsumer, 'Too slow: resume from your last cursor'),
  });
}

/** The sequence number behind a cursor this log issued; BAD_USER_INPUT for anything else. */
async function sequenceOf(cursor: string, context: Context): Promise<number> {
  const seq = decodeEventCursor(cursor);
  if (seq === null) throw badInput('The cursor is not valid', { field: 'after' });
  // A cursor from beyond the log (the database was restored from a backup) would otherwise wait in silence.
  if (seq > context.deps.hub.head && seq > (await context.deps.hub.newestInLog())) {
    throw badInput('The cursor is ahead of the event log (the database may have been restored from a backup): subscribe again without a cursor', {
      field: 'after',
    });
  }
  return seq;
}

/** missedEventCount counts no further than this: past it, a client re-reads its screens instead of replaying. */
export const MISSED_EVENTS_COUNTED = 1000;

const details = new WeakMap<EventRecord, EventDetails>();
function detailsOf(event: EventRecord): EventDetails {
  let found = details.get(event);
  if (!found) details.set(event, (found = eventDetails(event)));
  return found;
}

@Resolver(() => ServiceEventObject)
export class EventResolver {
  @Authorized()
  @Subscription(() => ServiceEventObject, {
    description: 'Resumable from a cursor; only what the caller may see',
    subscribe: ({ args, context }) => subscribeToEvents({ args: args as ServiceEventsArgs, context: context as Context }),
  })
  async serviceEvents(
    @Root() event: EventRecord,
    @Arg('after', () => String, { nullable: true }) _after: string | null,
    @Arg('jobId', () => ID, { nullable: true }) _jobId: string | null,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    // One statement for the event and everything the document selects through it (once per
    // audience); a selection the planner does not know goes to the field resolvers below.
    const planned = await readPlanned(context, info, liveEventRead, { seq: event.seq });
    return planned === NOT_PLANNED || planned === null ? event : planned;
  }

  // The typed details, read from the stored payload once per event object (shared by every
  // subscriber of its audience).
  @FieldResolver(() => JobStatusMoveObject, { nullable: true })
  jobMove(@Root() event: EventRecord) {
    return detailsOf(event).jobMove;
  }

  @FieldResolver(() => OfferStatusMoveObject, { nullable: true })
  offerMove(@Root() event: EventRecord) {
    return detailsOf(event).offerMove;
  }

  @FieldResolver(() => PartsRequestStatusMoveObject, { nullable: true })
  partsMove(@Root() event: EventRecord) {
    return detailsOf(event).partsMove;
  }

  @FieldResolver(() => String, { nullable: true })
  reason(@Root() event: EventRecord) {
    return detailsOf(event).reason;
  }

  @FieldResolver(() => String, { nullable: true })
  slaClock(@Root() event: EventRecord) {
    return detailsOf(event).slaClock;
  }

  @FieldResolver(() => [String], { nullable: true })
  missing(@Root() event: EventRecord) {
    return detailsOf(event).missing;
  }

  @FieldResolver(() => [PhraseObject], { nullable: true })
  missingCodes(@Root() event: EventRecord) {
    return detailsOf(event).missingCodes;
  }

  @FieldResolver(() => PhraseObject, { nullable: true })
  reasonCode(@Root() event: EventRecord) {
    return detailsOf(event).reasonCode;
  }

  @FieldResolver(() => String, { nullable: true })
  trackingCode(@Root() event: EventRecord) {
    return detailsOf(event).trackingCode;
  }

  @FieldResolver(() => Int, { nullable: true })
  rating(@Root() event: EventRecord) {
    return detailsOf(event).rating;
  }

  @FieldResolver(() => ID, { nullable: true })
  invitationId(@Root() event: EventRecord) {
    return detailsOf(event).invitationId;
  }

  @Authorized()
  @Query(() => Int, {
    description: `How many events after the cursor the caller may see, counted up to ${MISSED_EVENTS_COUNTED + 1}: a client back from a disconnection replays them, or re-reads its screens when there are more`,
  })
  async missedEventCount(@Arg('after', () => String) after: string, @Ctx() context: Context): Promise<number> {
    const { viewer } = scopeOf(context);
    return context.deps.hub.countAfter(await sequenceOf(after, context), liveAudienceKeys(viewer), MISSED_EVENTS_COUNTED + 1);
  }

  @FieldResolver(() => String)
  cursor(@Root() event: EventRecord): string {
    return encodeEventCursor(event.seq);
  }

  @FieldResolver(() => ServiceJobObject, { nullable: true })
  job(@Root() event: EventRecord, @Ctx() context: Context) {
    return event.jobId ? context.loaders.job.load(event.jobId) : null;
  }

  @FieldResolver(() => JobOfferObject, { nullable: true })
  offer(@Root() event: EventRecord, @Ctx() context: Context) {
    return event.offerId ? context.loaders.offer.load(event.offerId) : null;
  }

  @FieldResolver(() => PartsRequestObject, { nullable: true })
  partsRequest(@Root() event: EventRecord, @Ctx() context: Context) {
    return event.partsRequestId ? context.loaders.partsRequest.load(event.partsRequestId) : null;
  }

  @FieldResolver(() => OrganizationObject, { nullable: true })
  partner(@Root() event: EventRecord, @Ctx() context: Context) {
    return event.partnerId ? context.loaders.organization.load(event.partnerId) : null;
  }

  @FieldResolver(() => UserObject, { nullable: true })
  actor(@Root() event: EventRecord, @Ctx() context: Context) {
    return event.actorId ? context.loaders.user.load(event.actorId) : null;
  }
}
