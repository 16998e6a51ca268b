import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ServiceJobObject } from '../job/job.types.js';
import type { ServiceJob } from '../job/service-job.entity.js';
import { SlaTime, type StoredCalendar } from '../calendar/sla-time.js';
import { type ClockView, clockView, type JobClockFacts, type SlaClock } from '../sla/sla-clock.js';
import { isPlainObject } from '../../planner/planned-values.js';
import type { Context } from '../../context.js';
import { SlaClockObject } from './org-calendar.types.js';

/** A planned job's `clockFacts` (job.plan.ts): timestamps as JSON text, calendars only on a BUSINESS job. */
interface PlannedClockFacts {
  status: JobClockFacts['status'];
  slaTime: SlaTime;
  responseDueAt: string | null;
  resolutionDueAt: string | null;
  resolutionPausedAt: string | null;
  manufacturerCalendar: StoredCalendar | null;
  holderCalendar: StoredCalendar | null;
}

type ClockRoot = ServiceJob | { clockFacts?: PlannedClockFacts };

const dateOf = (text: string | null) => (text === null ? null : new Date(text));

@Resolver(() => ServiceJobObject)
export class JobClockResolver {
  @FieldResolver(() => SlaClockObject, { nullable: true, description: "The response clock, for a countdown (follows the manufacturer's calendar)" })
  responseClock(@Root() job: ClockRoot, @Ctx() context: Context): Promise<ClockView | null> {
    return clockOf(job, 'RESPONSE', context);
  }

  @FieldResolver(() => SlaClockObject, {
    nullable: true,
    description: "The resolution clock, for a countdown (follows the holder's calendar; the manufacturer's before acceptance)",
  })
  resolutionClock(@Root() job: ClockRoot, @Ctx() context: Context): Promise<ClockView | null> {
    return clockOf(job, 'RESOLUTION', context);
  }
}

async function clockOf(job: ClockRoot, clock: SlaClock, context: Context): Promise<ClockView | null> {
  return clockView(await factsOf(job, context), clock, context.deps.clock.now());
}

async function factsOf(job: ClockRoot, context: Context): Promise<JobClockFacts> {
  if (isPlainObject(job)) {
    const facts = job.clockFacts as PlannedClockFacts;
    return {
      ...facts,
      responseDueAt: dateOf(facts.responseDueAt),
      resolutionDueAt: dateOf(facts.resolutionDueAt),
      resolutionPausedAt: dateOf(facts.resolutionPausedAt),
    };
  }
  const entity = job as ServiceJob;
  // Calendar time needs no calendar: only a BUSINESS job's are loaded (one query per request).
  const business = entity.slaTime === SlaTime.BUSINESS;
  const calendars = context.loaders.calendarByOrganization;
  const [manufacturerCalendar, holderCalendar] = await Promise.all([
    business ? calendars.load(entity.manufacturer.id) : null,
    business && entity.assignedPartner ? calendars.load(entity.assignedPartner.id) : null,
  ]);
  return {
    status: entity.status,
    slaTime: entity.slaTime,
    responseDueAt: entity.responseDueAt ?? null,
    resolutionDueAt: entity.resolutionDueAt ?? null,
    resolutionPausedAt: entity.resolutionPausedAt ?? null,
    manufacturerCalendar,
    holderCalendar,
  };
}
