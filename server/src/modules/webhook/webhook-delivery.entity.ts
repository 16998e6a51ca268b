import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { WebhookDeliveryState } from './webhook.enums.js';

/**
 * One event for one endpoint: its id is the stable `webhook-id`, `payload` the body sent at every
 * attempt, `queueJobId` the pg-boss job sending it (a replay may give it a new one). `job` is not a
 * foreign key: the log of what was sent outlives nothing it refers to but its endpoint.
 */
@Entity({ tableName: 'webhook_delivery' })
/** Newest first is a backward scan of this index. */
@Index({ name: 'webhook_delivery_endpoint_idx', properties: ['endpoint', 'id'] })
@Index({ name: 'webhook_delivery_failed_idx', properties: ['endpoint', 'failedAt'], where: `state = 'FAILED'` })
export class WebhookDelivery {
  [OptionalProps]?: 'jobId' | 'state' | 'attemptCount' | 'lastStatusCode' | 'lastError' | 'createdAt' | 'deliveredAt' | 'failedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => WebhookEndpoint, mapToPk: true, deleteRule: 'cascade' })
  endpoint!: string;

  /** The event log's seq (bigint, read as a string). */
  @Property({ type: 'bigint' })
  eventSeq!: string;

  @Property({ type: 'text' })
  eventKind!: string;

  @Property({ type: 'uuid', nullable: true })
  jobId?: string | null = null;

  @Property({ type: 'json' })
  payload!: unknown;

  @Enum({ items: () => WebhookDeliveryState, nativeEnumName: 'webhook_delivery_state', default: WebhookDeliveryState.PENDING })
  state: WebhookDeliveryState = WebhookDeliveryState.PENDING;

  @Property({ type: 'uuid' })
  queueJobId!: string;

  @Property({ type: 'integer', defaultRaw: '0' })
  attemptCount: number = 0;

  @Property({ type: 'integer', nullable: true })
  lastStatusCode?: number | null = null;

  @Property({ type: 'text', nullable: true })
  lastError?: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  deliveredAt?: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  failedAt?: Date | null = null;
}
