import { Field, ID, ObjectType } from 'type-graphql';
import { EventKind } from './event.enums.js';
import { DateTime, JSONObject } from '../../graphql/scalars.js';
import { ServiceJobObject } from '../job/job.types.js';
import { JobOfferObject } from '../dispatch/dispatch.types.js';
import { PartsRequestObject } from '../parts/parts.types.js';
import { OrganizationObject, UserObject } from '../network/network.types.js';

@ObjectType('ServiceEvent', { description: 'One entry of the append-only log: who, when, what, before → after' })
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
  @Field(() => JSONObject, { description: 'The details of the step, e.g. { from, to, reason }' }) data!: Record<string, unknown>;
}
