import { Arg, Authorized, Ctx, FieldResolver, ID, Resolver, Root, Subscription } from 'type-graphql';
import { ServiceEventObject } from './event.types.js';
import { EventStream } from './event-stream.js';
import { decodeEventCursor, encodeEventCursor, type EventRecord } from './event-record.js';
import { ServiceJobObject } from '../job/job.types.js';
import { JobOfferObject } from '../dispatch/dispatch.types.js';
import { PartsRequestObject } from '../parts/parts.types.js';
import { OrganizationObject, UserObject } from '../network/network.types.js';
import { findVisibleJob } from '../access/job-access.js';
import { scopeOf, type Context } from '../../context.js';
import { badInput } from '../../shared/errors.js';
import { liveAudienceKeys } from '../../shared/viewer.js';
import { WsCloseCode } from '../../shared/ws-close-codes.js';

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
  if (args.after) {
    const seq = decodeEventCursor(args.after);
    if (seq === null) throw badInput('The cursor is not valid', { field: 'after' });
    // A cursor from beyond the log (the database was restored from a backup) would otherwise wait in silence.
    if (seq > context.deps.hub.head && seq > (await context.deps.hub.newestInLog())) {
      throw badInput('The cursor is ahead of the event log (the database may have been restored from a backup): subscribe again without a cursor', {
        field: 'after',
      });
    }
    after = seq;
  }
  if (args.jobId) await findVisibleJob(scope.em, scope.viewer, args.jobId);
  return new EventStream(context.deps.hub, {
    keys: liveAudienceKeys(scope.viewer),
    jobId: args.jobId,
    after,
    maxBuffered: context.deps.config.subscriberBufferLimit,
    onOverflow: () => context.closeConnection?.(WsCloseCode.SlowConsumer, 'Too slow: resume from your last cursor'),
  });
}

@Resolver(() => ServiceEventObject)
export class EventResolver {
  @Authorized()
  @Subscription(() => ServiceEventObject, {
    description: 'Resumable from a cursor; only what the caller may see',
    subscribe: ({ args, context }) => subscribeToEvents({ args: args as ServiceEventsArgs, context: context as Context }),
  })
  serviceEvents(
    @Root() event: EventRecord,
    @Arg('after', () => String, { nullable: true }) _after: string | null,
    @Arg('jobId', () => ID, { nullable: true }) _jobId: string | null,
  ): EventRecord {
    return event;
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
