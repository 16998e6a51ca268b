import type { EntityManager } from '@mikro-orm/postgresql';
import type { Job, JobWithMetadata } from 'pg-boss';
import { Webhook } from 'standardwebhooks';
import type { Logger } from 'pino';
import type { Orm } from '../../db/orm.js';
import type { QueueDefinition } from '../outbound/job-queue.js';
import { resolveTarget, TargetRefused, type TargetPolicy } from './target-guard.js';
import { sendWebhook, type AttemptOutcome } from './webhook-sender.js';
import type { SecretBox } from './webhook-secrets.js';
import { DELIVER_QUEUE, WebhookDeliveryState } from './webhook.enums.js';

export interface DeliverySettings extends TargetPolicy {
  retryLimit: number;
  retryDelaySeconds: number;
  disableAfterFailures: number;
  timeoutMs: number;
}

/**
 * Called in the transaction that disables an endpoint after its deliveries kept failing: where a
 * mail to the admins is written. `manufacturerId` is the network of the event the last failing
 * delivery carried.
 */
export type EndpointDisabledHook = (
  tx: EntityManager,
  /** `failures`: the deliveries in a row that failed, which `reason` says in English (a notice says it in its reader's language). */
  endpoint: { id: string; organizationId: string; manufacturerId: string; url: string; reason: string; failures: number },
) => Promise<void>;

interface DeliveryRow {
  id: string;
  endpoint_id: string;
  organization_id: string;
  manufacturer_id: string;
  payload: unknown;
  attempt_count: number;
  url: string;
  secret: string;
  enabled: boolean;
}

/** The longest wait between two attempts. */
const MAX_RETRY_DELAY_SECONDS = 3600;

/**
 * The 'webhook.deliver' queue. `key_strict_fifo` with the key `<endpoint>:<job>`: one endpoint's
 * deliveries about one job go out one at a time, in order, while other keys proceed. A delivery
 * that exhausts its retries fails its queue job, which holds back the later deliveries of its key
 * until it is replayed (a retry of that same queue job) or pg-boss deletes it after its retention.
 */
export function deliveryQueue(
  orm: Orm,
  secrets: SecretBox,
  settings: DeliverySettings,
  log: Logger,
  onDisabled?: EndpointDisabledHook,
): QueueDefinition<{ deliveryId: string }> {
  const poll = Math.min(30, Math.max(1, settings.retryDelaySeconds));
  return {
    name: DELIVER_QUEUE,
    options: {
      policy: 'key_strict_fifo',
      retryLimit: settings.retryLimit,
      retryDelay: settings.retryDelaySeconds,
      retryBackoff: true,
      retryDelayMax: MAX_RETRY_DELAY_SECONDS,
      // A worker that died mid-attempt gives its job back well after an attempt's own timeout.
      expireInSeconds: Math.max(60, Math.ceil((settings.timeoutMs * 3) / 1000)),
    },
    // Retries are not announced by NOTIFY: the backstop poll runs about as often as the shortest retry delay.
    work: { includeMetadata: true, localConcurrency: 4, pollingIntervalSeconds: Math.min(2, poll), notifyPollingIntervalSeconds: poll },
    handle: (job) => deliver(job, { orm, secrets, settings, log, onDisabled }),
  };
}

interface Deps {
  orm: Orm;
  secrets: SecretBox;
  settings: DeliverySettings;
  log: Logger;
  onDisabled?: EndpointDisabledHook;
}

/** One attempt: send, log it, settle the delivery; throws to have pg-boss retry (or, at the last attempt, hold the key). */
async function deliver(job: Job<{ deliveryId: string }>, deps: Deps): Promise<void> {
  const em = deps.orm.em.fork();
  const [row] = await em.execute<DeliveryRow[]>(
    `select d.id, d.endpoint_id, e.organization_id, v.manufacturer_id, d.payload, d.attempt_count, e.url, e.secret, e.enabled
      from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id join service_event v on v.seq = d.event_seq where d.id = ?`,
    [job.data.deliveryId],
  );
  // The endpoint was deleted with its deliveries.
  if (!row) return;
  if (!row.enabled) {
    // Not sent; the admin replays it once the endpoint is enabled again. The job completes, so it holds nothing back.
    await em.execute(`update webhook_delivery set state = 'FAILED', last_error = 'endpoint disabled', failed_at = now() where id = ? and state = 'PENDING'`, [
      row.id,
    ]);
    return;
  }
  const outcome = await attempt(row, deps);
  const last = isLastAttempt(job);
  await em.transactional(async (tx) => {
    await tx.execute(
      'insert into webhook_attempt (delivery_id, number, latency_ms, status_code, error, response_body) values (?, ?, ?, ?, ?, ?) on conflict do nothing',
      [row.id, row.attempt_count + 1, outcome.latencyMs, outcome.statusCode, outcome.error, outcome.responseBody],
    );
    const state = outcome.ok ? WebhookDeliveryState.DELIVERED : last ? WebhookDeliveryState.FAILED : WebhookDeliveryState.PENDING;
    await tx.execute(
      `update webhook_delivery set attempt_count = attempt_count + 1, state = ?, last_status_code = ?, last_error = ?,
        delivered_at = case when ? then now() else delivered_at end, failed_at = case when ? then now() else null end where id = ?`,
      [state, outcome.statusCode, outcome.error, outcome.ok, state === WebhookDeliveryState.FAILED, row.id],
    );
    if (outcome.ok) await tx.execute('update webhook_endpoint set consecutive_failures = 0 where id = ? and consecutive_failures > 0', [row.endpoint_id]);
    else if (last) await countFailure(tx, row, deps);
  });
  if (!outcome.ok) throw new Error(`webhook delivery ${row.id} to ${row.url}: ${outcome.error}`);
}

async function attempt(row: DeliveryRow, { secrets, settings }: Deps): Promise<AttemptOutcome> {
  let target: Awaited<ReturnType<typeof resolveTarget>>;
  try {
    target = await resolveTarget(row.url, settings);
  } catch (error) {
    const reason = error instanceof TargetRefused ? `refused: ${error.message}` : String(error);
    return { ok: false, statusCode: null, error: reason, responseBody: null, latencyMs: 0 };
  }
  const body = JSON.stringify(row.payload);
  // Signed at each attempt: webhook-timestamp is the attempt's time, so a receiver's replay window holds for retries too.
  const now = new Date();
  const signature = new Webhook(secrets.open(row.secret)).sign(row.id, now, body);
  const headers = {
    'content-type': 'application/json',
    'webhook-id': row.id,
    'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
    'webhook-signature': signature,
  };
  return sendWebhook(target, headers, body, settings.timeoutMs);
}

/** A delivery that exhausted its retries counts against its endpoint; enough in a row disable it, with the reason shown on the endpoint. */
async function countFailure(tx: EntityManager, row: DeliveryRow, { settings, onDisabled, log }: Deps): Promise<void> {
  const [endpoint] = await tx.execute<{ enabled: boolean; consecutive_failures: number }[]>(
    'select enabled, consecutive_failures from webhook_endpoint where id = ? for update',
    [row.endpoint_id],
  );
  if (!endpoint) return;
  const failures = endpoint.consecutive_failures + 1;
  const disable = endpoint.enabled && failures >= settings.disableAfterFailures;
  const reason = `${failures} deliveries in a row failed after all their retries`;
  await tx.execute(
    `update webhook_endpoint set consecutive_failures = ?, enabled = enabled and not ?, disabled_at = case when ? then now() else disabled_at end,
      disabled_reason = case when ? then ? else disabled_reason end, updated_at = now() where id = ?`,
    [failures, disable, disable, disable, reason, row.endpoint_id],
  );
  if (!disable) return;
  log.warn({ endpoint: row.endpoint_id, url: row.url }, 'webhook endpoint disabled after repeated failures');
  await onDisabled?.(tx, { id: row.endpoint_id, organizationId: row.organization_id, manufacturerId: row.manufacturer_id, url: row.url, reason, failures });
}

/** pg-boss retries while retryCount < retryLimit; a replay raises the limit by one. */
function isLastAttempt(job: Job<{ deliveryId: string }>): boolean {
  const limit = 'retryLimit' in job ? (job as JobWithMetadata<{ deliveryId: string }>).retryLimit : 0;
  return job.retryCount >= limit;
}
