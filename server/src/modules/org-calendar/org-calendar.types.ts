import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { DateTime } from '../../graphql/scalars.js';
import { SlaTime } from '../calendar/sla-time.js';

/** The weekdays of a calendar's hours, as CalendarSpec names them. */
export enum Weekday {
  MON = 'MON',
  TUE = 'TUE',
  WED = 'WED',
  THU = 'THU',
  FRI = 'FRI',
  SAT = 'SAT',
  SUN = 'SUN',
}

const INTERVAL = /^\d{2}:\d{2}-\d{2}:\d{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INTERVAL_TEXT = "Local working intervals 'HH:MM-HH:MM', end exclusive; '24:00' ends the day";

@ObjectType('WorkingHours', { simpleResolvers: true })
export class WorkingHoursObject {
  @Field(() => Weekday) day!: Weekday;
  @Field(() => [String], { description: INTERVAL_TEXT }) intervals!: string[];
}

@ObjectType('ExtraWorkingDay', { simpleResolvers: true })
export class ExtraWorkingDayObject {
  @Field(() => String, { description: 'Local date YYYY-MM-DD' }) date!: string;
  @Field(() => [String], { description: INTERVAL_TEXT }) intervals!: string[];
}

@ObjectType('BusinessCalendar', {
  simpleResolvers: true,
  description: "An organization's working time: the calendar its BUSINESS-time SLA clocks follow",
})
export class BusinessCalendarObject {
  @Field(() => ID) organizationId!: string;
  @Field(() => String) organizationName!: string;
  @Field(() => String, { description: 'IANA time zone, e.g. Europe/Berlin' }) timeZone!: string;
  @Field(() => [WorkingHoursObject], { description: 'Working hours per weekday; a weekday left out is closed' }) hours!: WorkingHoursObject[];
  @Field(() => String, { nullable: true, description: 'ISO country whose public holidays close the calendar' }) holidayCountry?: string | null;
  @Field(() => String, { nullable: true, description: 'Region of the country (e.g. BY in DE), for regional holidays' }) holidayRegion?: string | null;
  @Field(() => [String], { description: 'Local dates closed besides the public holidays' }) closedDays!: string[];
  @Field(() => [ExtraWorkingDayObject], { description: 'Local dates worked with their own hours, even on a weekend or holiday' })
  extraWorkingDays!: ExtraWorkingDayObject[];
  @Field(() => Int, { description: 'Grows with every change' }) version!: number;
  @Field(() => DateTime) updatedAt!: Date;
}

@InputType('WorkingHoursInput')
export class WorkingHoursInput {
  @Field(() => Weekday) day!: Weekday;
  @Field(() => [String], { description: INTERVAL_TEXT })
  @ArrayMaxSize(12)
  @Matches(INTERVAL, { each: true, message: "intervals: 'HH:MM-HH:MM'" })
  intervals!: string[];
}

@InputType('ExtraWorkingDayInput')
export class ExtraWorkingDayInput {
  @Field(() => String) @Matches(DATE, { message: 'date: YYYY-MM-DD' }) date!: string;
  @Field(() => [String], { description: INTERVAL_TEXT })
  @ArrayMaxSize(12)
  @Matches(INTERVAL, { each: true, message: "intervals: 'HH:MM-HH:MM'" })
  intervals!: string[];
}

@InputType('BusinessCalendarInput')
export class BusinessCalendarInput {
  @Field(() => String, { description: 'IANA time zone, e.g. Europe/Berlin' }) @MaxLength(64) timeZone!: string;
  @Field(() => [WorkingHoursInput], { description: 'Working hours per weekday; a weekday left out is closed; at least one weekday has hours' })
  @ArrayMaxSize(7)
  @ValidateNested({ each: true })
  hours!: WorkingHoursInput[];
  @Field(() => String, { nullable: true, description: 'ISO country whose public holidays close the calendar (date-holidays), e.g. DE' })
  @IsOptional()
  @MaxLength(8)
  holidayCountry?: string | null;
  @Field(() => String, { nullable: true, description: 'Its region, e.g. BY' }) @IsOptional() @MaxLength(16) holidayRegion?: string | null;
  @Field(() => [String], { nullable: true, description: 'Local dates YYYY-MM-DD closed besides the public holidays' })
  @IsOptional()
  @ArrayMaxSize(366)
  @Matches(DATE, { each: true, message: 'closedDays: YYYY-MM-DD' })
  closedDays?: string[] | null;
  @Field(() => [ExtraWorkingDayInput], { nullable: true, description: 'Local dates worked with their own hours' })
  @IsOptional()
  @ArrayMaxSize(366)
  @ValidateNested({ each: true })
  extraWorkingDays?: ExtraWorkingDayInput[] | null;
}

@ObjectType('SlaClock', {
  simpleResolvers: true,
  description: 'One SLA clock of a job as a countdown needs it, on the same arithmetic as its deadline (modules/calendar)',
})
export class SlaClockObject {
  @Field(() => DateTime, { description: 'The stored deadline: breaches and escalations fire at this instant' }) dueAt!: Date;
  @Field(() => SlaTime, { description: 'CALENDAR: every minute counts; BUSINESS: the working time of the calendar it follows' }) mode!: SlaTime;
  @Field(() => Int, {
    nullable: true,
    description:
      'BUSINESS clocks: working minutes left when read, to the nearest minute; negative once overdue; frozen while paused. Null on a CALENDAR clock (count down to dueAt) and once the clock stopped',
  })
  workingMinutesLeft?: number | null;
  @Field(() => String, { nullable: true, description: 'The time zone of the calendar it follows; null in calendar time' }) timeZone?: string | null;
}
