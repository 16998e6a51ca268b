import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { v7 as orderedId } from 'uuid';
import type { Viewer } from '../../shared/viewer.js';
import { AppError, ErrorCode, badInput, notFound } from '../../shared/errors.js';
import type { JobQueue } from '../outbound/job-queue.js';
import type { EventKind } from '../events/event.enums.js';
import { resolveTarget, TargetRefused, type TargetPolicy } from './target-guard.js';
import { newWebhookSecret, type SecretBox } from './webhook-secrets.js';
import { deliveryKey } from './webhook.consumer.js';
import { DELIVER_QUEUE, WebhookDeliveryState } from './webhook.enums.js';
import { pgArray } from './pg-array.js';
import type { WebhookEndpointChangesInput, WebhookEndpointInput } from './webhook.inputs.js';
import type { WebhookAttemptObject, WebhookDeliveryConnectionObject, WebhookDeliveryObject, WebhookEndpointObject } from './webhook.types.js';

/** What the webhook operations work with: the caller's unit of work and organization, the queue, the secret box and the target policy. */
export interface WebhookScope {
  em: EntityManager;
  viewer: Viewer;
  queue: JobQueue;
  secrets: SecretBox;
  policy: TargetPolicy;
}

const ENDPOINT_COLUMNS = 'id, url, description, event_kinds, enabled, disabled_at, disabled_reason, consecutive_failures, created_at';
const DELIVERY_COLUMNS =
  'id, endpoint_id, event_kind, job_id, state, attempt_count, last_status_code, last_error, created_at, delivered_at, failed_at, payload, queue_job_id';

/** The viewer's organization's endpoints, oldest first. */
export async function listEndpoints({ em, viewer }: WebhookScope): Promise<WebhookEndpointObject[]> {
  const rows = await em.execute<EndpointRow[]>(`select ${ENDPOINT_COLUMNS} from webhook_endpoint where organization_id = ? order by created_at, id`, [
    viewer.orgId,
  ]);
  return rows.map(toEndpoint);
}

export async function createEndpoint(scope: WebhookScope, input: WebhookEndpointInput): Promise<{ endpoint: WebhookEndpointObject; secret: string }> {
  const url = await checkedUrl(input.url, scope.policy);
  const secret = newWebhookSecret();
  const [row] = await scope.em.execute<EndpointRow[]>(
    `insert into webhook_endpoint (id, organization_id, url, description, event_kinds, secret) values (?, ?, ?, ?, ?::text[], ?) returning ${ENDPOINT_COLUMNS}`,
    [randomUUID(), scope.viewer.orgId, url, input.description?.trim() ?? '', uniqueKinds(input.eventKinds), scope.secrets.seal(secret)],
  );
  return { endpoint: toEndpoint(row), secret };
}

export async function updateEndpoint(scope: WebhookScope, id: string, changes: WebhookEndpointChangesInput): Promise<WebhookEndpointObject> {
  await ownEndpoint(scope, id);
  const url = changes.url == null ? null : await checkedUrl(changes.url, scope.policy);
  const [row] = await scope.em.execute<EndpointRow[]>(
    `update webhook_endpoint set url = coalesce(?, url), description = coalesce(?, description), event_kinds = coalesce(?::text[], event_kinds),
      enabled = coalesce(?, enabled),
      consecutive_failures = case when ? then 0 else consecutive_failures end,
      disabled_at = case when ? is not null then null else disabled_at end,
      disabled_reason = case when ? is not null then null else disabled_reason end,
      updated_at = now()
      where id = ? and organization_id = ? returning ${ENDPOINT_COLUMNS}`,
    [
      url,
      changes.description?.trim() ?? null,
      changes.eventKinds == null ? null : uniqueKinds(changes.eventKinds),
      changes.enabled ?? null,
      changes.enabled === true,
      changes.enabled ?? null,
      changes.enabled ?? null,
      id,
      scope.viewer.orgId,
    ],
  );
  return toEndpoint(row);
}

/** Deletes the endpoint with its deliveries and their attempts; its queued jobs find nothing and end. */
export async function deleteEndpoint(scope: WebhookScope, id: string): Promise<boolean> {
  await ownEndpoint(scope, id);
  await scope.em.execute('delete from webhook_endpoint where id = ? and organization_id = ?', [id, scope.viewer.orgId]);
  return true;
}

/** A new secret, effective for the next attempt (retries of earlier deliveries included). */
export async function rotateSecret(scope: WebhookScope, id: string): Promise<{ endpoint: WebhookEndpointObject; secret: string }> {
  await ownEndpoint(scope, id);
  const secret = newWebhookSecret();
  const [row] = await scope.em.execute<EndpointRow[]>(
    `update webhook_endpoint set secret = ?, updated_at = now() where id = ? and organization_id = ? returning ${ENDPOINT_COLUMNS}`,
    [scope.secrets.seal(secret), id, scope.viewer.orgId],
  );
  return { endpoint: toEndpoint(row), secret };
}

/** An endpoint's deliveries, newest first, each with its attempts (one statement for the page, one for their attempts). */
export async function listDeliveries(scope: WebhookScope, endpointId: string, first: number, after: string | null): Promise<WebhookDeliveryConnectionObject> {
  await ownEndpoint(scope, endpointId);
  if (first < 1 || first > 100) throw badInput('first must be between 1 and 100', { field: 'first' });
  if (after !== null && !UUID.test(after)) throw badInput('The cursor is not valid', { field: 'after' });
  const rows = await scope.em.execute<DeliveryRow[]>(
    `select ${DELIVERY_COLUMNS} from webhook_delivery where endpoint_id = ? and (?::uuid is null or id < ?::uuid) order by id desc limit ?`,
    [endpointId, after, after, first + 1],
  );
  const page = rows.slice(0, first);
  const deliveries = await withAttempts(scope.em, page);
  return {
    edges: deliveries.map((node) => ({ cursor: node.id, node })),
    pageInfo: { hasNextPage: rows.length > first, endCursor: page.at(-1)?.id ?? null },
  };
}

/**
 * Sends a delivery again with the same webhook-id. A delivery whose queue job failed (it holds back
 * the later deliveries of its job) gets that job retried, once; otherwise a new job joins the back
 * of its key's line. Not while it is still pending, nor to a disabled endpoint.
 */
export async function replayDelivery(scope: WebhookScope, id: string): Promise<WebhookDeliveryObject> {
  if (!UUID.test(id)) throw notFound('Webhook delivery');
  return scope.em.transactional(async (tx) => {
    const [row] = await tx.execute<(DeliveryRow & { endpoint_enabled: boolean })[]>(
      `select ${DELIVERY_COLUMNS.split(', ')
        .map((c) => `d.${c}`)
        .join(', ')}, e.enabled as endpoint_enabled
        from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id where d.id = ? and e.organization_id = ? for update of d`,
      [id, scope.viewer.orgId],
    );
    if (!row) throw notFound('Webhook delivery');
    if (!row.endpoint_enabled) throw new AppError(ErrorCode.CONFLICT, 'The endpoint is disabled: enable it before replaying its deliveries');
    if (row.state === WebhookDeliveryState.PENDING) throw new AppError(ErrorCode.CONFLICT, 'This delivery is still being sent');
    await requeue(tx, scope.queue, row);
    const [replayed] = await withAttempts(tx, [{ ...row, state: WebhookDeliveryState.PENDING }]);
    return replayed;
  });
}

/** Replays every FAILED delivery of the endpoint since a time, oldest first (so each job's keep their order); answers how many. */
export async function replayFailedDeliveries(scope: WebhookScope, endpointId: string, since: Date): Promise<number> {
  const endpoint = await ownEndpoint(scope, endpointId);
  if (!endpoint.enabled) throw new AppError(ErrorCode.CONFLICT, 'The endpoint is disabled: enable it before replaying its deliveries');
  return scope.em.transactional(async (tx) => {
    const rows = await tx.execute<DeliveryRow[]>(
      `select ${DELIVERY_COLUMNS} from webhook_delivery where endpoint_id = ? and state = 'FAILED' and failed_at >= ? order by id for update`,
      [endpointId, since],
    );
    for (const row of rows) await requeue(tx, scope.queue, row);
    return rows.length;
  });
}

async function requeue(tx: EntityManager, queue: JobQueue, row: DeliveryRow): Promise<void> {
  let jobId = row.queue_job_id;
  if ((await queue.stateOf(tx, DELIVER_QUEUE, jobId)) === 'failed') await queue.retry(DELIVER_QUEUE, [jobId], tx);
  else {
    jobId = orderedId();
    await queue.sendMany(tx, DELIVER_QUEUE, [{ id: jobId, data: { deliveryId: row.id }, singletonKey: deliveryKey(row.endpoint_id, row.job_id) }]);
  }
  await tx.execute(`update webhook_delivery set state = 'PENDING', failed_at = null, queue_job_id = ? where id = ?`, [jobId, row.id]);
}

/** The endpoint if it is the viewer's organization's; NOT_FOUND otherwise, as for a missing one. */
async function ownEndpoint({ em, viewer }: WebhookScope, id: string): Promise<EndpointRow> {
  if (!UUID.test(id)) throw notFound('Webhook endpoint');
  const [row] = await em.execute<EndpointRow[]>(`select ${ENDPOINT_COLUMNS} from webhook_endpoint where id = ? and organization_id = ?`, [id, viewer.orgId]);
  if (!row) throw notFound('Webhook endpoint');
  return row;
}

async function checkedUrl(raw: string, policy: TargetPolicy): Promise<string> {
  try {
    return (await resolveTarget(raw.trim(), policy)).url.toString();
  } catch (error) {
    if (error instanceof TargetRefused) throw badInput(error.message, { field: 'url' });
    throw error;
  }
}

async function withAttempts(em: EntityManager, rows: DeliveryRow[]): Promise<WebhookDeliveryObject[]> {
  if (rows.length === 0) return [];
  const attempts = await em.execute<AttemptRow[]>(
    'select delivery_id, number, at, latency_ms, status_code, error, response_body from webhook_attempt where delivery_id = any(?::uuid[]) order by delivery_id, number',
    [pgArray(rows.map((row) => row.id))],
  );
  const byDelivery = new Map<string, AttemptRow[]>();
  for (const attempt of attempts) byDelivery.set(attempt.delivery_id, [...(byDelivery.get(attempt.delivery_id) ?? []), attempt]);
  return rows.map((row) => toDelivery(row, (byDelivery.get(row.id) ?? []).map(toAttempt)));
}

const uniqueKinds = (kinds: EventKind[] | null | undefined): string => pgArray([...new Set(kinds ?? [])]);
/** Raw statements answer timestamps as text. */
const dateOrNull = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface EndpointRow {
  id: string;
  url: string;
  description: string;
  event_kinds: EventKind[];
  enabled: boolean;
  disabled_at: Date | string | null;
  disabled_reason: string | null;
  consecutive_failures: number;
  created_at: Date | string;
}

interface DeliveryRow {
  id: string;
  endpoint_id: string;
  event_kind: EventKind;
  job_id: string | null;
  state: WebhookDeliveryState;
  attempt_count: number;
  last_status_code: number | null;
  last_error: string | null;
  created_at: Date | string;
  delivered_at: Date | string | null;
  failed_at: Date | string | null;
  payload: Record<string, unknown>;
  queue_job_id: string;
}

interface AttemptRow {
  delivery_id: string;
  number: number;
  at: Date | string;
  latency_ms: number;
  status_code: number | null;
  error: string | null;
  response_body: string | null;
}

const toEndpoint = (row: EndpointRow): WebhookEndpointObject => ({
  id: row.id,
  url: row.url,
  description: row.description,
  eventKinds: row.event_kinds,
  enabled: row.enabled,
  disabledAt: dateOrNull(row.disabled_at),
  disabledReason: row.disabled_reason,
  consecutiveFailures: row.consecutive_failures,
  createdAt: new Date(row.created_at),
});

const toDelivery = (row: DeliveryRow, attempts: WebhookAttemptObject[]): WebhookDeliveryObject => ({
  id: row.id,
  endpointId: row.endpoint_id,
  eventKind: row.event_kind,
  jobId: row.job_id,
  state: row.state,
  attemptCount: row.attempt_count,
  lastStatusCode: row.last_status_code,
  lastError: row.last_error,
  createdAt: new Date(row.created_at),
  deliveredAt: dateOrNull(row.delivered_at),
  failedAt: dateOrNull(row.failed_at),
  payload: row.payload,
  attempts,
});

const toAttempt = (row: AttemptRow): WebhookAttemptObject => ({
  number: row.number,
  at: new Date(row.at),
  latencyMs: row.latency_ms,
  statusCode: row.status_code,
  error: row.error,
  responseBody: row.response_body,
});
