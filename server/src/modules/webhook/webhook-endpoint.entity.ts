import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Organization } from '../network/organization.entity.js';

/**
 * An organization's webhook endpoint. The module reads and writes it in SQL (webhook.service.ts,
 * webhook-delivery.ts); the entity describes the table. `secret` is the Standard Webhooks signing
 * secret sealed by webhook-secrets.ts; `consecutiveFailures` counts deliveries that exhausted their
 * retries in a row, and enough of them disable the endpoint with a reason.
 */
@Entity({ tableName: 'webhook_endpoint' })
@Index({ name: 'webhook_endpoint_organization_idx', properties: ['organization'], where: 'enabled' })
@Index({ name: 'webhook_endpoint_org_all_idx', properties: ['organization', 'createdAt'] })
export class WebhookEndpoint {
  [OptionalProps]?: 'description' | 'eventKinds' | 'enabled' | 'consecutiveFailures' | 'disabledAt' | 'disabledReason' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Organization, mapToPk: true, deleteRule: 'cascade' })
  organization!: string;

  @Property({ type: 'text' })
  url!: string;

  @Property({ type: 'text', defaultRaw: `''` })
  description: string = '';

  /** Empty: every kind. */
  @Property({ type: 'text[]', defaultRaw: `'{}'` })
  eventKinds: string[] = [];

  @Property({ type: 'text', hidden: true })
  secret!: string;

  @Property({ type: 'boolean', defaultRaw: 'true' })
  enabled: boolean = true;

  @Property({ type: 'integer', defaultRaw: '0' })
  consecutiveFailures: number = 0;

  @Property({ type: 'timestamptz', nullable: true })
  disabledAt?: Date | null = null;

  @Property({ type: 'text', nullable: true })
  disabledReason?: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
