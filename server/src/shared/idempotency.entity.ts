import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * One row per (user, key): the first request's fingerprint and result. A replay returns that
 * result; the same key with other arguments is refused.
 */
@Entity({ tableName: 'idempotency_key' })
export class IdempotencyKey {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  userId!: string;

  @PrimaryKey({ type: 'string', length: 200 })
  key!: string;

  @Property({ type: 'string', length: 64 })
  operation!: string;

  @Property({ type: 'string', length: 64 })
  requestHash!: string;

  @Property({ type: 'uuid' })
  resultId!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
