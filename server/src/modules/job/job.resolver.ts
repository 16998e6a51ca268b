import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { JobActionsObject, JobConnectionObject, ServiceJobObject } from './job.types.js';
import { CompleteJobInput, ComponentJobInput, CreateJobInput, JobReasonArgs, JobsArgs, ScheduleJobArgs } from './job.inputs.js';
import { splitJob } from './split.service.js';
import { ProductLineObject } from '../catalog/catalog.types.js';
import type { ServiceJob } from './service-job.entity.js';
import { JobStatus } from './job.enums.js';
import { cancelJob, closeJob, createJob, reopenJob, scheduleJob, startJob } from './job.service.js';
import { completeJob } from './completion.service.js';
import { equipmentBySerial, listJobs } from './job-queries.js';
import { EquipmentUnitObject } from '../catalog/catalog.types.js';
import type { EquipmentUnit } from '../catalog/equipment-unit.entity.js';
import { OrganizationObject, UserObject } from '../network/network.types.js';
import { QualityStandardObject } from '../quality/quality.types.js';
import { JobOfferObject } from '../dispatch/dispatch.types.js';
import { PartsRequestObject } from '../parts/parts.types.js';
import { ServiceEventObject } from '../events/event.types.js';
import { JobChargesObject } from '../billing/billing.types.js';
import { toJobCharges, type ChargeRow, type JobCharges } from '../billing/charges.js';
import { jobRead, jobsRead } from './job.plan.js';
import { NOT_PLANNED, readPlanned } from '../../planner/read.js';
import { isPlainObject } from '../../planner/planned-values.js';
import { Capability, can } from '../access/policy.js';
import { jobActions, partiesOf, type JobActionFacts, type JobActions } from './job-actions.js';
import { OfferStatus } from '../dispatch/offer.enums.js';
import { scopeOf, type Context } from '../../context.js';
import { isUuid } from '../../shared/scope.js';
import { toConnection } from '../../shared/keyset.js';

@Resolver(() => ServiceJobObject)
export class JobResolver {
  @Authorized()
  @Query(() => ServiceJobObject, { nullable: true, description: 'Null when absent or not visible to the caller' })
  async job(@Arg('id', () => ID) id: string, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    if (!isUuid(id)) return null;
    const planned = await readPlanned(context, info, jobRead, { id });
    return planned === NOT_PLANNED ? context.loaders.job.load(id) : planned;
  }

  @Authorized()
  @Query(() => JobConnectionObject, { description: 'Only what the caller may see, newest first' })
  async jobs(@Args(() => JobsArgs) args: JobsArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    const planned = await readPlanned(context, info, jobsRead, args);
    return planned === NOT_PLANNED ? toConnection(await listJobs(scopeOf(context), args.filter, args.first, args.after)) : planned;
  }

  @Authorized()
  @Query(() => EquipmentUnitObject, { nullable: true })
  equipmentBySerial(@Arg('serial', () => String) serial: string, @Ctx() context: Context): Promise<EquipmentUnit | null> {
    return equipmentBySerial(scopeOf(context), serial.slice(0, 64));
  }

  @Authorized(Capability.JOB_CREATE)
  @Mutation(() => ServiceJobObject, { description: 'Coverage, priority, standard and SLA are derived' })
  createJob(@Arg('input', () => CreateJobInput) input: CreateJobInput, @Ctx() context: Context): Promise<ServiceJob> {
    return createJob(scopeOf(context), { ...input, description: input.description.trim(), serial: input.serial.trim() });
  }

  @Authorized(Capability.JOB_SCHEDULE)
  @Mutation(() => ServiceJobObject, {
    description:
      "Fixes or moves the appointment (a JOB_SCHEDULED event each time). With a technician (given or already on the job) the booking must not overlap another of their appointments on a job still to be done, nor an absence: SCHEDULE_CONFLICT otherwise, whose extensions list the `conflicts` and the `nextFreeSlots` ({ startsAt, endsAt }, the same length, in the technician's working hours). Without a technician nothing of the kind is checked",
  })
  scheduleJob(@Args(() => ScheduleJobArgs) { jobId, ...appointment }: ScheduleJobArgs, @Ctx() context: Context): Promise<ServiceJob> {
    return scheduleJob(scopeOf(context), jobId, appointment);
  }

  @Authorized(Capability.JOB_WORK)
  @Mutation(() => ServiceJobObject)
  startJob(@Arg('jobId', () => ID) jobId: string, @Ctx() context: Context): Promise<ServiceJob> {
    return startJob(scopeOf(context), jobId);
  }

  @Authorized(Capability.JOB_WORK)
  @Mutation(() => ServiceJobObject, { description: 'The quality gate: QUALITY_GATE_FAILED lists what is missing' })
  async completeJob(@Arg('input', () => CompleteJobInput) input: CompleteJobInput, @Ctx() context: Context): Promise<ServiceJob> {
    const job = await completeJob(scopeOf(context), input);
    // Made once the completion has committed, in the background: the answer does not wait for the PDF.
    context.deps.reports.afterCompletion(job.id);
    return job;
  }

  @Authorized(Capability.JOB_CLOSE)
  @Mutation(() => ServiceJobObject)
  closeJob(@Arg('jobId', () => ID) jobId: string, @Ctx() context: Context): Promise<ServiceJob> {
    return closeJob(scopeOf(context), jobId);
  }

  @Authorized(Capability.JOB_REOPEN)
  @Mutation(() => ServiceJobObject)
  reopenJob(@Args(() => JobReasonArgs) { jobId, reason, expectedVersion }: JobReasonArgs, @Ctx() context: Context): Promise<ServiceJob> {
    return reopenJob(scopeOf(context), jobId, reason.trim(), expectedVersion);
  }

  @Authorized(Capability.JOB_CANCEL)
  @Mutation(() => ServiceJobObject)
  cancelJob(@Args(() => JobReasonArgs) { jobId, reason, expectedVersion }: JobReasonArgs, @Ctx() context: Context): Promise<ServiceJob> {
    return cancelJob(scopeOf(context), jobId, reason.trim(), expectedVersion);
  }

  @Authorized(Capability.JOB_SPLIT)
  @Mutation(() => [ServiceJobObject], {
    description: "Component jobs on complex equipment, each dispatched on its component's line; the parent completes after them",
  })
  splitJob(
    @Arg('jobId', () => ID) jobId: string,
    @Arg('components', () => [ComponentJobInput]) components: ComponentJobInput[],
    @Ctx() context: Context,
  ): Promise<ServiceJob[]> {
    return splitJob(scopeOf(context), jobId, components);
  }

  @FieldResolver(() => ServiceJobObject, { nullable: true, description: 'For a component job: the job it was split from' })
  parent(@Root() job: ServiceJob, @Ctx() context: Context) {
    return job.parent ? context.loaders.job.load(job.parent.id) : null;
  }

  @FieldResolver(() => [ServiceJobObject], { description: 'Component jobs split from this one that the caller may see' })
  children(@Root() job: ServiceJob, @Ctx() context: Context) {
    return context.loaders.childrenByJob.load(job.id);
  }

  @FieldResolver(() => ProductLineObject, { nullable: true })
  componentLine(@Root() job: ServiceJob, @Ctx() context: Context) {
    return job.componentLine ? context.loaders.productLine.load(job.componentLine.id) : null;
  }

  @FieldResolver(() => EquipmentUnitObject)
  equipment(@Root() job: ServiceJob, @Ctx() context: Context) {
    return context.loaders.equipment.load(job.equipment.id);
  }

  @FieldResolver(() => OrganizationObject, { nullable: true })
  assignedPartner(@Root() job: ServiceJob, @Ctx() context: Context) {
    return job.assignedPartner ? context.loaders.organization.load(job.assignedPartner.id) : null;
  }

  @FieldResolver(() => UserObject, { nullable: true })
  technician(@Root() job: ServiceJob, @Ctx() context: Context) {
    return job.technician ? context.loaders.user.load(job.technician.id) : null;
  }

  @FieldResolver(() => QualityStandardObject, { nullable: true })
  qualityStandard(@Root() job: ServiceJob, @Ctx() context: Context) {
    return job.qualityStandard ? context.loaders.standard.load(job.qualityStandard.id) : null;
  }

  @FieldResolver(() => [JobOfferObject], { description: 'Manufacturer staff see every offer; a partner only its own' })
  offers(@Root() job: ServiceJob, @Ctx() context: Context) {
    return context.loaders.offersByJob.load(job.id);
  }

  @FieldResolver(() => [PartsRequestObject])
  partsRequests(@Root() job: ServiceJob, @Ctx() context: Context) {
    return context.loaders.partsRequestsByJob.load(job.id);
  }

  @FieldResolver(() => [ServiceEventObject], { description: "The job's history as the caller may see it" })
  events(@Root() job: ServiceJob, @Ctx() context: Context) {
    return context.loaders.eventsByJob.load(job.id);
  }

  @FieldResolver(() => JobChargesObject, { nullable: true, description: 'Once completed: what the job costs and who pays' })
  charges(@Root() job: ServiceJob | { chargeRow?: ChargeRow | null }, @Ctx() context: Context): Promise<JobCharges | null> | JobCharges | null {
    // A planned job carries its charges row (job.plan.ts).
    if (isPlainObject(job)) return job.chargeRow ? toJobCharges(job.chargeRow as ChargeRow) : null;
    return job.completedAt ? context.loaders.charges.load(job.id) : null;
  }

  @FieldResolver(() => JobActionsObject, { description: 'What the caller may do with this job now' })
  async viewerCan(@Root() job: ServiceJob | { actionFacts?: JobActionFacts }, @Ctx() context: Context): Promise<JobActions> {
    const viewer = scopeOf(context).viewer;
    if (isPlainObject(job)) {
      const facts = job.actionFacts as JobActionFacts;
      return jobActions(viewer, { status: facts.status, ...partiesOf(facts) }, facts.offeree);
    }
    // Only a partner admin answers offers, and only while the job is OFFERED: then its own offers are read (a loader, shared across the page).
    const mayAnswer = can(viewer, Capability.OFFER_ANSWER) && job.status === JobStatus.OFFERED;
    const now = context.deps.clock.now();
    const offeree =
      mayAnswer &&
      (await context.loaders.offersByJob.load(job.id)).some(
        (offer) => offer.partner.id === viewer.orgId && offer.status === OfferStatus.PENDING && offer.expiresAt > now,
      );
    return jobActions(viewer, job, offeree);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The IANA time zone appointments show in: the site's (setSiteLocation), else the holder's calendar zone, else the manufacturer's; null when none is known",
  })
  async siteTimeZone(@Root() job: ServiceJob, @Ctx() context: Context): Promise<string | null> {
    // A planned job carries its zone (job.plan.ts); this reads an entity's with the request's loaders.
    const unit = await context.loaders.equipment.load(job.equipment.id);
    if (unit?.siteTimeZone) return unit.siteTimeZone;
    const calendars = context.loaders.calendarByOrganization;
    const holder = job.assignedPartner ? await calendars.load(job.assignedPartner.id) : null;
    return holder?.spec.timeZone ?? (await calendars.load(job.manufacturer.id))?.spec.timeZone ?? null;
  }

  @FieldResolver(() => String, { nullable: true })
  surveyToken(@Root() job: ServiceJob, @Ctx() context: Context): string | null {
    const reads = context.viewer !== null && can(context.viewer, Capability.SURVEY_LINK_READ);
    return reads && job.status === JobStatus.CLOSED ? job.customerToken : null;
  }

  @FieldResolver(() => String, { nullable: true })
  customerLinkToken(@Root() job: ServiceJob, @Ctx() context: Context): string | null {
    return context.viewer !== null && can(context.viewer, Capability.SURVEY_LINK_READ) ? job.customerToken : null;
  }
}
