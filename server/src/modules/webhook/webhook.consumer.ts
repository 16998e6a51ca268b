import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as orderedId } from 'uuid';
import type { EventConsumer } from '../outbound/event-consumers.js';
import type { JobQueue } from '../outbound/job-queue.js';
import type { EventRecord } from '../events/event-record.js';
import { manufacturerKey, partnerKey } from '../access/audience.js';
import { webhookPayload } from './webhook-payload.js';
import { DELIVER_QUEUE } from './webhook.enums.js';
import { pgArray } from './pg-array.js';

interface EndpointRow {
  id: string;
  organization_id: string;
  event_kinds: string[];
}

/** The ordering key: one endpoint's deliveries about one job (or about no job) go out one at a time, in order. */
export const deliveryKey = (endpointId: string, jobId: string | null): string => `${endpointId}:${jobId ?? 'org'}`;

/**
 * The fan-out: each event goes to every enabled endpoint of an organization in its audience (the
 * access policy's keys, as live subscriptions get it) that asks for its kind. The deliveries and
 * their queue jobs are written in the consumer's transaction, with ids in event order (UUIDv7:
 * pg-boss orders a key's jobs of one transaction by id).
 */
export function webhookConsumer(queue: JobQueue): EventConsumer {
  return {
    name: 'webhooks',
    async handle(tx: EntityManager, events: readonly EventRecord[]): Promise<void> {
      // Read once per batch: the organizations of every manufacturer (m:) and partner (p:) key of the batch.
      const organizations = new Set(events.flatMap((event) => event.audience.filter((key) => /^[mp]:/.test(key)).map((key) => key.slice(2))));
      if (organizations.size === 0) return;
      const endpoints = await tx.execute<EndpointRow[]>(
        'select id, organization_id, event_kinds from webhook_endpoint where enabled and organization_id = any(?::uuid[]) order by created_at, id',
        [pgArray([...organizations])],
      );
      if (endpoints.length === 0) return;
      const deliveries: {
        id: string;
        endpoint_id: string;
        event_seq: number;
        event_kind: string;
        job_id: string | null;
        payload: unknown;
        queue_job_id: string;
      }[] = [];
      for (const event of events) {
        const audience = new Set(event.audience);
        for (const endpoint of endpoints) {
          const org = endpoint.organization_id;
          if (!audience.has(manufacturerKey(org)) && !audience.has(partnerKey(org))) continue;
          if (endpoint.event_kinds.length > 0 && !endpoint.event_kinds.includes(event.kind)) continue;
          deliveries.push({
            id: orderedId(),
            endpoint_id: endpoint.id,
            event_seq: event.seq,
            event_kind: event.kind,
            job_id: event.jobId,
            payload: webhookPayload(event),
            queue_job_id: orderedId(),
          });
        }
      }
      if (deliveries.length === 0) return;
      await tx.execute(
        `insert into webhook_delivery (id, endpoint_id, event_seq, event_kind, job_id, payload, queue_job_id)
          select id, endpoint_id, event_seq, event_kind, job_id, payload, queue_job_id
          from jsonb_to_recordset(?::jsonb) as d(id uuid, endpoint_id uuid, event_seq bigint, event_kind text, job_id uuid, payload jsonb, queue_job_id uuid)`,
        [JSON.stringify(deliveries)],
      );
      await queue.sendMany(
        tx,
        DELIVER_QUEUE,
        deliveries.map((delivery) => ({
          id: delivery.queue_job_id,
          data: { deliveryId: delivery.id },
          singletonKey: deliveryKey(delivery.endpoint_id, delivery.job_id),
        })),
      );
    },
  };
}
