import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Capability } from '../access/policy.js';
import { scopeOf, type Context } from '../../context.js';
import { DateTime } from '../../graphql/scalars.js';
import { SecretBox } from './webhook-secrets.js';
import { WebhookEndpointChangesInput, WebhookEndpointInput } from './webhook.inputs.js';
import { WebhookDeliveryConnectionObject, WebhookDeliveryObject, WebhookEndpointObject, WebhookEndpointSecretObject } from './webhook.types.js';
import * as webhooks from './webhook.service.js';

/** The organization's webhooks, for its admins (INTEGRATIONS_MANAGE); each sees and changes only its own organization's. */
function webhookScope(context: Context): webhooks.WebhookScope {
  const { em, viewer } = scopeOf(context);
  const { messages, queue } = context.deps;
  return { em, viewer, queue, secrets: new SecretBox(messages.webhookSecretKey), policy: { allowPrivateTargets: messages.webhookAllowPrivateTargets } };
}

@Resolver()
export class WebhookResolver {
  @Authorized(Capability.INTEGRATIONS_MANAGE)
  @Query(() => [WebhookEndpointObject], { description: "The caller's organization's webhook endpoints" })
  webhookEndpoints(@Ctx() context: Context): Promise<WebhookEndpointObject[]> {
    return webhooks.listEndpoints(webhookScope(context));
  }

  @Authorized(Capability.INTEGRATIONS_MANAGE)
  @Query(() => WebhookDeliveryConnectionObject, { description: "An endpoint's deliveries, newest first, with their attempts" })
  webhookDeliveries(
    @Arg('endpointId', () => ID) endpointId: string,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() context: Context,
  ): Promise<WebhookDeliveryConnectionObject> {
    return webhooks.listDeliveries(webhookScope(context), endpointId, first, after ?? null);
  }

  @Authorized(Capability.INTEGRATIONS_MANAGE)
  @Mutation(() => WebhookEndpointSecretObject, { description: 'Registers an endpoint; its signing secret is in the answer, and only there' })
  createWebhookEndpoint(@Arg('input', () => WebhookEndpointInput) input: WebhookEndpointInput, @Ctx() context: Context) {
    return webhooks.createEndpoint(webhookScope(context), input);
  }

  @Authorized(Capability.INTEGRATIONS_MANAGE)
  @Mutation(() => WebhookEndpointObject, { description: 'Changes the URL, description or kinds; disables it, or enables it again' })
  updateWebhookEndpoint(
    @Arg('id', () => ID) id: string,
    @Arg('changes', () => WebhookEndpointChangesInput) changes: WebhookEndpointChangesInput,
    @Ctx() context: Context,
  ): Promise<WebhookEndpointObject> {
    return webhooks.updateEndpoint(webhookScope(context), id, changes);
  }

  @Authorized(Capability.INTEGRATIONS_MANAGE)
  @Mutation(() => Boolean, { description: 'Deletes the endpoint with its deliveries' })
  deleteWebhookEndpoint(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<boolean> {
    return webhooks.deleteEndpoint(webhookScope(context), id);
  }

  @Authorized(Capability.INTEGRATIONS_MANAGE)
  @Mutation(() => WebhookEndpointSecretObject, { description: 'A new signing secret, shown this once; the old one stops signing at once' })
  rotateWebhookSecret(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return webhooks.rotateSecret(webhookScope(context), id);
  }

  @Authorized(Capability.INTEGRATIONS_MANAGE)
  @Mutation(() => WebhookDeliveryObject, { description: 'Sends a delivery again, with the same webhook-id' })
  replayWebhookDelivery(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<WebhookDeliveryObject> {
    return webhooks.replayDelivery(webhookScope(context), id);
  }

  @Authorized(Capability.INTEGRATIONS_MANAGE)
  @Mutation(() => Int, { description: 'Sends again every failed delivery of the endpoint since the time, oldest first; answers how many' })
  replayFailedWebhookDeliveries(
    @Arg('endpointId', () => ID) endpointId: string,
    @Arg('since', () => DateTime) since: Date,
    @Ctx() context: Context,
  ): Promise<number> {
    return webhooks.replayFailedDeliveries(webhookScope(context), endpointId, since);
  }
}
