import { OptionalProps, PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { WebhookDelivery } from './webhook-delivery.entity.js';

/** One attempt to send a delivery, numbered from 1: what the endpoint answered (or the error) and how long it took. */
@Entity({ tableName: 'webhook_attempt' })
export class WebhookAttempt {
  [PrimaryKeyProp]?: ['delivery', 'number'];
  [OptionalProps]?: 'at' | 'statusCode' | 'error' | 'responseBody';

  @ManyToOne({ entity: () => WebhookDelivery, mapToPk: true, primary: true, deleteRule: 'cascade' })
  delivery!: string;

  @PrimaryKey({ type: 'integer' })
  number!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at: Date = new Date();

  @Property({ type: 'integer' })
  latencyMs!: number;

  @Property({ type: 'integer', nullable: true })
  statusCode?: number | null = null;

  @Property({ type: 'text', nullable: true })
  error?: string | null = null;

  /** The start of the answer's body, as much as the sender keeps. */
  @Property({ type: 'text', nullable: true })
  responseBody?: string | null = null;
}
