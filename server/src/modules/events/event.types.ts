import { Field, ID, Int, ObjectType } from 'type-graphql';
import { EventKind } from './event.enums.js';
import { DateTime, JSONObject } from '../../graphql/scalars.js';
import { ServiceJobObject } from '../job/job.types.js';
import { JobOfferObject } from '../dispatch/dispatch.types.js';
import { PartsRequestObject } from '../parts/parts.types.js';
import { OrganizationObject, UserObject } from '../network/network.types.js';
import { JobStatus } from '../job/job.enums.js';
import { OfferStatus } from '../dispatch/offer.enums.js';
import { PartsRequestStatus } from '../parts/parts.enums.js';
import { PhraseObject } from '../../graphql/phrase.type.js';

@ObjectType('JobStatusMove', { simpleResolvers: true, description: "How the job's status moved in this step; `from` is null when the job began with it" })
export class JobStatusMoveObject {
  @Field(() => JobStatus, { nullable: true }) from!: JobStatus | null;
  @Field(() => JobStatus) to!: JobStatus;
}

@ObjectType('OfferStatusMove', { simpleResolvers: true, description: "How the offer's status moved in this step" })
export class OfferStatusMoveObject {
  @Field(() => OfferStatus, { nullable: true }) from!: OfferStatus | null;
  @Field(() => OfferStatus) to!: OfferStatus;
}

@ObjectType('PartsRequestStatusMove', { simpleResolvers: true, description: "How the parts request's status moved in this step" })
export class PartsRequestStatusMoveObject {
  @Field(() => PartsRequestStatus, { nullable: true }) from!: PartsRequestStatus | null;
  @Field(() => PartsRequestStatus) to!: PartsRequestStatus;
}

@ObjectType('ServiceEvent', { simpleResolvers: true, description: 'One entry of the append-only log: who, when, what, before → after' })
export class ServiceEventObject {
  @Field(() => String, { description: 'Opaque, global and ordered; pass it as `after` to resume' }) cursor!: string;
  @Field(() => EventKind) kind!: EventKind;
  @Field(() => DateTime) at!: Date;
  @Field(() => ID, { nullable: true }) jobId?: string | null;
  @Field(() => ServiceJobObject, { nullable: true }) job?: ServiceJobObject | null;
  @Field(() => JobOfferObject, { nullable: true }) offer?: JobOfferObject | null;
  @Field(() => PartsRequestObject, { nullable: true }) partsRequest?: PartsRequestObject | null;
  @Field(() => OrganizationObject, { nullable: true }) partner?: OrganizationObject | null;
  @Field(() => UserObject, { nullable: true }) actor?: UserObject | null;
  @Field(() => JSONObject, {
    description: 'The details of the step as stored, e.g. { from, to, reason }',
    deprecationReason: 'Untyped: use jobMove, offerMove, partsMove, reason, slaClock, missing, trackingCode and rating',
  })
  data!: Record<string, unknown>;
  @Field(() => JobStatusMoveObject, { nullable: true, description: "The job's status move, when this step moved it" }) jobMove?: JobStatusMoveObject | null;
  @Field(() => OfferStatusMoveObject, { nullable: true, description: "The offer's status move, for a step about an offer" })
  offerMove?: OfferStatusMoveObject | null;
  @Field(() => PartsRequestStatusMoveObject, { nullable: true, description: "The parts request's status move, for a step about one" })
  partsMove?: PartsRequestStatusMoveObject | null;
  @Field(() => String, { nullable: true, description: 'The reason given: a decline, a cancellation, a reopening' }) reason?: string | null;
  @Field(() => String, { nullable: true, description: 'SLA_BREACHED: which clock, RESPONSE or RESOLUTION' }) slaClock?: string | null;
  @Field(() => PhraseObject, {
    nullable: true,
    description: '`reason` as a code with parameters where the server wrote it (an automatic status decision, status.*); null where a person typed it',
  })
  reasonCode?: PhraseObject | null;
  @Field(() => [String], { nullable: true, description: 'QUALITY_GATE_FAILED: what the report lacked' }) missing?: string[] | null;
  @Field(() => [PhraseObject], { nullable: true, description: 'QUALITY_GATE_FAILED: `missing` as codes with parameters (gate.*)' })
  missingCodes?: PhraseObject[] | null;
  @Field(() => String, { nullable: true, description: 'PARTS_SHIPPED: the carrier tracking code' }) trackingCode?: string | null;
  @Field(() => Int, { nullable: true, description: 'SURVEY_SUBMITTED: the rating, 1 to 5' }) rating?: number | null;
  @Field(() => ID, { nullable: true, description: 'PARTNER_REGISTERED, PARTNER_APPROVED: the partner invitation (its screen moves it live)' })
  invitationId?: string | null;
}
