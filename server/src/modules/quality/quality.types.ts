import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MoneyObject } from '../../graphql/money.types.js';
import { TranslationObject } from '../../graphql/translation.types.js';
import { JobType } from '../job/job.enums.js';
import { SlaTime } from '../calendar/sla-time.js';

@ObjectType('ChecklistItem', { simpleResolvers: true })
export class ChecklistItemObject {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "In the viewer's language when the manufacturer translated it, else as written" }) label!: string;
  @Field(() => String, { description: 'As the manufacturer wrote it' }) labelAsWritten!: string;
  @Field(() => [TranslationObject], { description: "The manufacturer's translations, for editing them" }) translations!: TranslationObject[];
}

@ObjectType('QualityStandard', { simpleResolvers: true })
export class QualityStandardObject {
  @Field(() => ID) id!: string;
  @Field(() => JobType) jobType!: JobType;
  @Field(() => Int) responseMinutes!: number;
  @Field(() => Int) resolutionMinutes!: number;
  @Field(() => SlaTime, { description: 'CALENDAR: the clocks run 24×7; BUSINESS: in the working time of the calendars they follow' }) slaTime!: SlaTime;
  @Field(() => [ChecklistItemObject], { description: "Labels in the viewer's language where translated" }) checklist!: ChecklistItemObject[];
  @Field(() => String, { nullable: true, description: "What the manufacturer tells the technician about this work, in the viewer's language where translated" })
  instructions?: string | null;
  @Field(() => String, { nullable: true, description: 'The instructions as the manufacturer wrote them' }) instructionsAsWritten?: string | null;
  @Field(() => [TranslationObject], { description: "The manufacturer's translations of the instructions" }) instructionsTranslations!: TranslationObject[];
  @Field(() => [String], { description: 'Report fields required to complete, e.g. resolution, failureCode' }) requiredReportFields!: string[];
  @Field(() => Boolean, { deprecationReason: 'Use minPhotos', description: 'minPhotos > 0' }) requiresPhoto!: boolean;
  @Field(() => Int, { description: 'Photos of the work, uploaded after the job started, needed to complete it' }) minPhotos!: number;
  @Field(() => Boolean, { description: 'Uploaded photos keep their location (EXIF GPS); otherwise it is removed' }) keepPhotoLocation!: boolean;
  @Field(() => Boolean) requiresSignature!: boolean;
  @Field(() => Boolean, {
    description: 'Only partners with a technician certified for the line and job type are eligible, and only such a technician may be scheduled',
  })
  requiresCertifiedTechnician!: boolean;
  @Field(() => MoneyObject, { description: 'Highest hourly labour rate on paid work; it caps only a rate in its currency' }) laborRateCeiling!: MoneyObject;
  @Field(() => Int) maxLaborMinutes!: number;
  @Field(() => Int, { description: 'How long an appointment is booked when scheduleJob gives no duration' }) appointmentMinutes!: number;
}
