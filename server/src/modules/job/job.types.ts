import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Coverage, JobSource, JobStatus, JobType } from './job.enums.js';
import { DateTime } from '../../graphql/scalars.js';
import { EquipmentUnitObject } from '../catalog/catalog.types.js';
import { OrganizationObject, UserObject } from '../network/network.types.js';
import { QualityStandardObject } from '../quality/quality.types.js';
import { SlaTime } from '../calendar/sla-time.js';

@ObjectType('ChecklistAnswer', { simpleResolvers: true })
export class ChecklistAnswerObject {
  @Field(() => ID) itemId!: string;
  @Field(() => Boolean) done!: boolean;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ObjectType('JobActions', {
  simpleResolvers: true,
  description: "The steps of the case file the caller may take now, by its role, its part in the job and the job's status",
})
export class JobActionsObject {
  @Field(() => Boolean, { description: 'Offer or broadcast to chosen partners' }) offer!: boolean;
  @Field(() => Boolean) autoDispatch!: boolean;
  @Field(() => Boolean, { description: "Accept the open offer made to the caller's organization" }) accept!: boolean;
  @Field(() => Boolean) decline!: boolean;
  @Field(() => Boolean, { description: 'Fix or move the appointment' }) schedule!: boolean;
  @Field(() => Boolean, { description: 'Send another member of the organization' }) assignTechnician!: boolean;
  @Field(() => Boolean) start!: boolean;
  @Field(() => Boolean) requestParts!: boolean;
  @Field(() => Boolean, { description: 'Submit the service report (the quality gate still judges it)' }) complete!: boolean;
  @Field(() => Boolean) close!: boolean;
  @Field(() => Boolean) reopen!: boolean;
  @Field(() => Boolean) cancel!: boolean;
}

@ObjectType('ServiceJob', { simpleResolvers: true, description: 'The one case file for one customer request, from first call to survey' })
export class ServiceJobObject {
  @Field(() => ID) id!: string;
  @Field(() => String) number!: string;
  @Field(() => JobType) type!: JobType;
  @Field(() => JobStatus) status!: JobStatus;
  @Field(() => Coverage) coverage!: Coverage;
  @Field(() => Int, { description: '1 is most urgent' }) priority!: number;
  @Field(() => String) description!: string;
  @Field(() => EquipmentUnitObject) equipment!: EquipmentUnitObject;
  @Field(() => OrganizationObject, { nullable: true }) assignedPartner?: OrganizationObject | null;
  @Field(() => UserObject, { nullable: true }) technician?: UserObject | null;
  @Field(() => DateTime, { nullable: true }) responseDueAt?: Date | null;
  @Field(() => DateTime, { nullable: true }) resolutionDueAt?: Date | null;
  @Field(() => DateTime, { nullable: true, description: 'When the appointment starts' }) appointmentAt?: Date | null;
  @Field(() => Int, { nullable: true, description: "How long the appointment is booked for (scheduleJob durationMinutes, or the standard's default)" })
  appointmentMinutes?: number | null;
  @Field(() => DateTime, { nullable: true, description: 'When the appointment ends: appointmentAt + appointmentMinutes' }) appointmentEndsAt?: Date | null;
  @Field(() => DateTime, { nullable: true, description: 'When the response clock was breached' }) responseBreachedAt?: Date | null;
  @Field(() => DateTime, { nullable: true, description: 'When the resolution clock was breached' }) resolutionBreachedAt?: Date | null;
  @Field(() => DateTime, { nullable: true, description: "Set while the resolution clock is paused for the manufacturer's parts" })
  resolutionPausedAt?: Date | null;
  @Field(() => Int, { description: 'Minutes the resolution clock stood still, added to resolutionDueAt (working minutes on a BUSINESS job)' })
  resolutionPausedMinutes!: number;
  @Field(() => SlaTime, { description: "How its clocks run: the standard's SLA time when the job was created" }) slaTime!: SlaTime;
  @Field(() => DateTime, { nullable: true }) acceptedAt?: Date | null;
  @Field(() => DateTime, { nullable: true }) startedAt?: Date | null;
  @Field(() => DateTime, { nullable: true }) completedAt?: Date | null;
  @Field(() => DateTime, { nullable: true }) closedAt?: Date | null;
  @Field(() => QualityStandardObject, { nullable: true }) qualityStandard?: QualityStandardObject | null;
  @Field(() => String, { nullable: true }) resolution?: string | null;
  @Field(() => String, { nullable: true }) failureCode?: string | null;
  @Field(() => [ChecklistAnswerObject], { nullable: true }) checklistAnswers?: ChecklistAnswerObject[] | null;
  @Field(() => [String], { nullable: true }) photoUrls?: string[] | null;
  @Field(() => Int, { nullable: true }) laborMinutes?: number | null;
  @Field(() => Int) reopenCount!: number;
  @Field(() => DateTime, { nullable: true, description: 'Preventive maintenance: when it falls due' }) maintenanceDueAt?: Date | null;
  @Field(() => String, { nullable: true }) cancelReason?: string | null;
  @Field(() => String, { nullable: true, description: 'Manufacturer staff only, once CLOSED' }) surveyToken?: string | null;
  @Field(() => String, {
    nullable: true,
    description: "Manufacturer staff only: the customer's link token, /track/<token> (the same token opens /survey/<token> once CLOSED)",
  })
  customerLinkToken?: string | null;
  @Field(() => JobSource, { description: 'STAFF, or CUSTOMER_REQUEST when the customer asked through /request (the dispatcher triages it)' })
  source!: JobSource;
  @Field(() => Int) version!: number;
  @Field(() => DateTime) createdAt!: Date;
}

@ObjectType('PageInfo', { simpleResolvers: true })
export class PageInfoObject {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor?: string | null;
}

@ObjectType('JobEdge', { simpleResolvers: true })
export class JobEdgeObject {
  @Field(() => String) cursor!: string;
  @Field(() => ServiceJobObject) node!: ServiceJobObject;
}

@ObjectType('JobConnection', { simpleResolvers: true })
export class JobConnectionObject {
  @Field(() => [JobEdgeObject]) edges!: JobEdgeObject[];
  @Field(() => PageInfoObject) pageInfo!: PageInfoObject;
  @Field(() => Int) totalCount!: number;
}
