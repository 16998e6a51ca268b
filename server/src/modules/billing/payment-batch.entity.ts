import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Organization } from '../network/organization.entity.js';
import { User } from '../network/user.entity.js';

/**
 * One payment of a manufacturer to a partner: every approved (or partly approved) claim reviewed in
 * [period_from, period_to), paid at once under the manufacturer's reference (unique per manufacturer).
 */
@Entity({ tableName: 'payment_batch' })
@Unique({ properties: ['manufacturer', 'reference'] })
export class PaymentBatch {
  [OptionalProps]?: 'createdBy';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Organization })
  manufacturer!: Organization;

  @ManyToOne({ entity: () => Organization, index: true })
  partner!: Organization;

  @Property({ type: 'string', length: 100 })
  reference!: string;

  @Property({ type: 'timestamptz' })
  periodFrom!: Date;

  @Property({ type: 'timestamptz' })
  periodTo!: Date;

  @Property({ type: 'timestamptz' })
  paidAt!: Date;

  @ManyToOne({ entity: () => User, nullable: true })
  createdBy?: User | null = null;
}
