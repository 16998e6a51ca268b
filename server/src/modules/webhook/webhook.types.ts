import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime, JSONObject } from '../../graphql/scalars.js';
import { EventKind } from '../events/event.enums.js';
import { PageInfoObject } from '../job/job.types.js';
import { WebhookDeliveryState } from './webhook.enums.js';

registerEnumType(WebhookDeliveryState, {
  name: 'WebhookDeliveryState',
  description:
    'PENDING: queued or being retried (or held back behind a failed delivery of the same job); DELIVERED: answered with a 2xx; FAILED: given up on, replayable',
});

@ObjectType('WebhookEndpoint', { simpleResolvers: true, description: "An HTTPS target of the organization's events, signed per the Standard Webhooks spec" })
export class WebhookEndpointObject {
  @Field(() => ID) id!: string;
  @Field(() => String) url!: string;
  @Field(() => String) description!: string;
  @Field(() => [EventKind], { description: 'The kinds it receives; empty: every kind' }) eventKinds!: EventKind[];
  @Field(() => Boolean) enabled!: boolean;
  @Field(() => DateTime, { nullable: true, description: 'When it was disabled because its deliveries kept failing' }) disabledAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why the portal disabled it; null when enabled or disabled by an admin' }) disabledReason!: string | null;
  @Field(() => Int, { description: 'Deliveries in a row that failed after all their retries' }) consecutiveFailures!: number;
  @Field(() => DateTime) createdAt!: Date;
}

@ObjectType('WebhookEndpointSecret', { simpleResolvers: true, description: 'The endpoint and its signing secret, shown this once' })
export class WebhookEndpointSecretObject {
  @Field(() => WebhookEndpointObject) endpoint!: WebhookEndpointObject;
  @Field(() => String, { description: '`whsec_…`: verify deliveries with it (e.g. the standardwebhooks library); it is not shown again' }) secret!: string;
}

@ObjectType('WebhookAttempt', { simpleResolvers: true, description: 'One try to send a delivery' })
export class WebhookAttemptObject {
  @Field(() => Int) number!: number;
  @Field(() => DateTime) at!: Date;
  @Field(() => Int) latencyMs!: number;
  @Field(() => Int, { nullable: true, description: "The receiver's HTTP status; null when there was no answer" }) statusCode!: number | null;
  @Field(() => String, { nullable: true, description: 'Why it failed: a non-2xx status, a timeout, a refused or unreachable target' }) error!: string | null;
  @Field(() => String, { nullable: true, description: "The start of the receiver's answer (1 KB)" }) responseBody!: string | null;
}

@ObjectType('WebhookDelivery', {
  simpleResolvers: true,
  description: 'One event sent to one endpoint; its id is the webhook-id header, the same on every retry and replay',
})
export class WebhookDeliveryObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) endpointId!: string;
  @Field(() => EventKind) eventKind!: EventKind;
  @Field(() => ID, { nullable: true }) jobId!: string | null;
  @Field(() => WebhookDeliveryState) state!: WebhookDeliveryState;
  @Field(() => Int) attemptCount!: number;
  @Field(() => Int, { nullable: true }) lastStatusCode!: number | null;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime, { nullable: true }) deliveredAt!: Date | null;
  @Field(() => DateTime, { nullable: true }) failedAt!: Date | null;
  @Field(() => JSONObject, { description: 'The body sent: { type, timestamp, data }' }) payload!: Record<string, unknown>;
  @Field(() => [WebhookAttemptObject], { description: 'Oldest first' }) attempts!: WebhookAttemptObject[];
}

@ObjectType('WebhookDeliveryEdge', { simpleResolvers: true })
export class WebhookDeliveryEdgeObject {
  @Field(() => String) cursor!: string;
  @Field(() => WebhookDeliveryObject) node!: WebhookDeliveryObject;
}

@ObjectType('WebhookDeliveryConnection', { simpleResolvers: true, description: 'Newest first' })
export class WebhookDeliveryConnectionObject {
  @Field(() => [WebhookDeliveryEdgeObject]) edges!: WebhookDeliveryEdgeObject[];
  @Field(() => PageInfoObject) pageInfo!: PageInfoObject;
}
