import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Capability } from '../access/policy.js';
import { scopeOf, type Context } from '../../context.js';
import { ServiceJobObject } from '../job/job.types.js';
import { UserObject } from '../network/network.types.js';
import {
  AppointmentObject,
  TechnicianAbsenceInput,
  TechnicianAbsenceObject,
  TechnicianHoursArgs,
  TechnicianHoursObject,
  TechnicianScheduleObject,
  TechnicianSchedulesArgs,
} from './schedule.types.js';
import { addTechnicianAbsence, removeTechnicianAbsence, setTechnicianHours, technicianSchedules } from './schedule.service.js';

@Resolver(() => TechnicianScheduleObject)
export class TechnicianScheduleResolver {
  @Authorized(Capability.TECHNICIAN_TIME_READ)
  @Query(() => [TechnicianScheduleObject], {
    description:
      "The technicians' time for a day or week calendar: a partner admin every technician of its organization (partner admins who go on visits too), a technician their own; working hours, and the absences and appointments overlapping [from, to). Manufacturer staff have no access",
  })
  technicianSchedules(
    @Args(() => TechnicianSchedulesArgs) { from, to, technicianId }: TechnicianSchedulesArgs,
    @Ctx() context: Context,
  ): Promise<TechnicianScheduleObject[]> {
    return technicianSchedules(scopeOf(context), from, to, technicianId);
  }

  @Authorized(Capability.TECHNICIAN_TIME_SET)
  @Mutation(() => TechnicianHoursObject, {
    description:
      "Sets a technician's own weekly working hours (a NETWORK_CHANGED event only the organization reads); null hours return them to the organization's calendar",
  })
  setTechnicianHours(@Args(() => TechnicianHoursArgs) { technicianId, hours }: TechnicianHoursArgs, @Ctx() context: Context): Promise<TechnicianHoursObject> {
    return setTechnicianHours(scopeOf(context), technicianId, hours);
  }

  @Authorized(Capability.TECHNICIAN_TIME_SET)
  @Mutation(() => TechnicianAbsenceObject, {
    description:
      'Adds an absence of a technician of the organization: scheduleJob refuses bookings in it with SCHEDULE_CONFLICT. Appointments already in it stay, for the admin to move',
  })
  addTechnicianAbsence(@Arg('input', () => TechnicianAbsenceInput) input: TechnicianAbsenceInput, @Ctx() context: Context): Promise<TechnicianAbsenceObject> {
    return addTechnicianAbsence(scopeOf(context), input);
  }

  @Authorized(Capability.TECHNICIAN_TIME_SET)
  @Mutation(() => TechnicianAbsenceObject, { description: 'Removes an absence; answers it as it was' })
  removeTechnicianAbsence(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<TechnicianAbsenceObject> {
    return removeTechnicianAbsence(scopeOf(context), id);
  }

  @FieldResolver(() => UserObject, { description: 'The technician' })
  technician(@Root() schedule: TechnicianScheduleObject, @Ctx() context: Context) {
    return context.loaders.user.load(schedule.technicianId);
  }
}

@Resolver(() => AppointmentObject)
export class AppointmentResolver {
  @FieldResolver(() => ServiceJobObject, { nullable: true, description: 'The job, as the caller may see it (batched for the whole calendar)' })
  job(@Root() appointment: AppointmentObject, @Ctx() context: Context) {
    return context.loaders.job.load(appointment.jobId);
  }
}
