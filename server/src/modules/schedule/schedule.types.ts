import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { DateTime } from '../../graphql/scalars.js';
import { JobStatus, JobType } from '../job/job.enums.js';
import { WorkingHoursInput, WorkingHoursObject } from '../org-calendar/org-calendar.types.js';
import { AbsenceKind } from './schedule.enums.js';

@ObjectType('TechnicianAbsence', {
  simpleResolvers: true,
  description: "A period a technician cannot be booked, [startsAt, endsAt). Only the technician's own organization sees it",
})
export class TechnicianAbsenceObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) technicianId!: string;
  @Field(() => DateTime) startsAt!: Date;
  @Field(() => DateTime, { description: 'Exclusive' }) endsAt!: Date;
  @Field(() => AbsenceKind) kind!: AbsenceKind;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ObjectType('Appointment', { simpleResolvers: true, description: "A technician's booked visit: a job's appointment, [startsAt, endsAt)" })
export class AppointmentObject {
  @Field(() => ID) jobId!: string;
  @Field(() => String) jobNumber!: string;
  @Field(() => JobType) jobType!: JobType;
  @Field(() => JobStatus, { description: 'COMPLETED and CLOSED jobs no longer block the technician' }) status!: JobStatus;
  @Field(() => DateTime) startsAt!: Date;
  @Field(() => DateTime, { description: 'Exclusive: startsAt + minutes' }) endsAt!: Date;
  @Field(() => Int) minutes!: number;
  @Field(() => String) siteAddress!: string;
  @Field(() => String, { nullable: true, description: 'The time zone the appointment shows in (ServiceJob.siteTimeZone)' }) siteTimeZone?: string | null;
  @Field(() => String) description!: string;
}

@ObjectType('TechnicianHours', { simpleResolvers: true, description: "A technician's weekly working hours, own or their organization's" })
export class TechnicianHoursObject {
  @Field(() => ID) technicianId!: string;
  @Field(() => Boolean, { description: "true: the technician's own hours; false: their organization's business calendar (or none)" }) ownHours!: boolean;
  @Field(() => String, { description: "The IANA zone the hours are local to: the organization's calendar zone, UTC without one" }) timeZone!: string;
  @Field(() => [WorkingHoursObject], {
    description: 'Working intervals per weekday as in use; a weekday left out is off. Empty: no calendar at all, every hour is bookable',
  })
  hours!: WorkingHoursObject[];
}

@ObjectType('TechnicianSchedule', {
  simpleResolvers: true,
  description: "One technician's week or day: working hours, absences and appointments overlapping the asked period",
})
export class TechnicianScheduleObject extends TechnicianHoursObject {
  @Field(() => String) name!: string;
  @Field(() => String) email!: string;
  @Field(() => [TechnicianAbsenceObject], { description: 'Absences overlapping the period, earliest first' }) absences!: TechnicianAbsenceObject[];
  @Field(() => [AppointmentObject], { description: 'Appointments overlapping the period (cancelled jobs left out), earliest first' })
  appointments!: AppointmentObject[];
}

@ArgsType()
export class TechnicianSchedulesArgs {
  @Field(() => DateTime) from!: Date;
  @Field(() => DateTime, { description: 'Exclusive; at most 62 days after from' }) to!: Date;
  @Field(() => ID, { nullable: true, description: 'One technician only (a technician always gets their own)' }) technicianId?: string | null;
}

@InputType('TechnicianAbsenceInput')
export class TechnicianAbsenceInput {
  @Field(() => ID) technicianId!: string;
  @Field(() => DateTime) startsAt!: Date;
  @Field(() => DateTime, { description: 'Exclusive; after startsAt, at most a year later' }) endsAt!: Date;
  @Field(() => AbsenceKind) kind!: AbsenceKind;
  @Field(() => String, { nullable: true, description: 'Seen by the organization only' }) @IsOptional() @MaxLength(500) note?: string | null;
}

@ArgsType()
export class TechnicianHoursArgs {
  @Field(() => ID) technicianId!: string;
  @Field(() => [WorkingHoursInput], {
    nullable: true,
    description:
      "Working intervals per weekday, local to the organization's calendar zone; at least one weekday has hours. Null: back to the organization's calendar",
  })
  @IsOptional()
  @ArrayMaxSize(7)
  @ValidateNested({ each: true })
  hours?: WorkingHoursInput[] | null;
}
