import type { Logger } from 'pino';
import type { MessagesConfig } from '../../config.js';
import type { Orm } from '../../db/orm.js';
import type { JobQueue } from '../outbound/job-queue.js';
import { deliveryQueue, type EndpointDisabledHook } from './webhook-delivery.js';
import { webhookConsumer } from './webhook.consumer.js';
import { SecretBox } from './webhook-secrets.js';

/**
 * The webhook module's moving parts for the composition root: the event consumer that fans events
 * out into deliveries, and the queue that sends them. `onDisabled` is where a notice to the
 * organization's admins (a mail) hooks in when an endpoint is disabled after repeated failures.
 */
export function setUpWebhooks(deps: { orm: Orm; queue: JobQueue; log: Logger; messages: MessagesConfig; onDisabled?: EndpointDisabledHook }) {
  const { messages } = deps;
  deps.queue.define(
    deliveryQueue(
      deps.orm,
      new SecretBox(messages.webhookSecretKey),
      {
        allowPrivateTargets: messages.webhookAllowPrivateTargets,
        retryLimit: messages.webhookRetryLimit,
        retryDelaySeconds: messages.webhookRetryDelaySeconds,
        disableAfterFailures: messages.webhookDisableAfterFailures,
        timeoutMs: messages.webhookTimeoutMs,
      },
      deps.log,
      deps.onDisabled,
    ),
  );
  return { consumer: webhookConsumer(deps.queue) };
}
