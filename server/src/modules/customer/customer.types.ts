import { Field, ID, ObjectType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars.js';
import { CustomerJobStatus, CustomerStepKind, ServiceRequestStatus } from './customer.enums.js';
import { CustomerQuoteObject } from '../quote/quote.types.js';

@ObjectType('CustomerEquipment', { simpleResolvers: true })
export class CustomerEquipmentObject {
  @Field(() => String, { description: 'As on the unit (as typed, for a request whose unit was not found)' }) serial!: string;
  @Field(() => String, { nullable: true }) model?: string | null;
}

@ObjectType('CustomerContact', { simpleResolvers: true, description: 'Who answers for the job at the manufacturer' })
export class CustomerContactObject {
  @Field(() => String) organization!: string;
  @Field(() => String, { nullable: true, description: 'The dispatcher who opened or dispatched the job' }) name?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
}

@ObjectType('CustomerStep', { simpleResolvers: true })
export class CustomerStepObject {
  @Field(() => CustomerStepKind) kind!: CustomerStepKind;
  @Field(() => DateTime) at!: Date;
}

@ObjectType('CustomerJobView', {
  simpleResolvers: true,
  description: "The customer's view of one job through its link: no partners' dealings, prices or internal notes",
})
export class CustomerJobViewObject {
  @Field(() => String, { nullable: true, description: 'Null while the request is not yet a job' }) number?: string | null;
  @Field(() => CustomerJobStatus) status!: CustomerJobStatus;
  @Field(() => DateTime) receivedAt!: Date;
  @Field(() => CustomerEquipmentObject) equipment!: CustomerEquipmentObject;
  @Field(() => DateTime, { nullable: true, description: 'While an appointment stands' }) appointmentAt?: Date | null;
  @Field(() => String, { nullable: true, description: "The technician's first name, once one is assigned" }) technicianFirstName?: string | null;
  @Field(() => CustomerContactObject) responsible!: CustomerContactObject;
  @Field(() => [CustomerStepObject]) timeline!: CustomerStepObject[];
  @Field(() => String, { nullable: true, description: 'The service report (PDF) once the work is done: a short-lived signed URL' }) reportUrl?: string | null;
  @Field(() => Boolean, { description: 'Closed and not yet rated: /survey/<the same token> takes the answer' }) surveyOpen!: boolean;
  @Field(() => Boolean) surveyAnswered!: boolean;
  @Field(() => String) trackingPath!: string;
  @Field(() => CustomerQuoteObject, { nullable: true, description: 'Paid work: the latest quote, with Accept / Decline while it awaits the answer' })
  quote?: CustomerQuoteObject | null;
}

@ObjectType('RequestManufacturer', { simpleResolvers: true, description: 'A manufacturer a customer may ask for service (the /request form)' })
export class RequestManufacturerObject {
  @Field(() => String) slug!: string;
  @Field(() => String) name!: string;
}

@ObjectType('ServiceRequestReceipt', {
  simpleResolvers: true,
  description: 'What the /request form answers: the link to follow the request (room for an upload grant for photos later)',
})
export class ServiceRequestReceiptObject {
  @Field(() => String, { description: "The customer's link token: /track/<token>" }) token!: string;
  @Field(() => String) trackingPath!: string;
  @Field(() => Boolean, { description: 'Whether the unit was found and a job opened at once' }) matched!: boolean;
  @Field(() => String, { nullable: true }) jobNumber?: string | null;
}

@ObjectType('ServiceRequest', { simpleResolvers: true, description: "A customer's request from /request, for the dispatcher to triage" })
export class ServiceRequestObject {
  @Field(() => ID) id!: string;
  @Field(() => ServiceRequestStatus) status!: ServiceRequestStatus;
  @Field(() => String, { description: 'As the customer typed it' }) serial!: string;
  @Field(() => String) description!: string;
  @Field(() => String, { nullable: true, description: 'Null once cleared after the retention period' }) contactName?: string | null;
  @Field(() => String, { nullable: true }) contactEmail?: string | null;
  @Field(() => String, { nullable: true }) contactPhone?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime, { nullable: true }) handledAt?: Date | null;
  @Field(() => ID, { nullable: true, description: 'The job opened from it' }) jobId?: string | null;
  @Field(() => String, { nullable: true }) jobNumber?: string | null;
}
