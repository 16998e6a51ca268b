import { OptionalProps } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Organization } from './organization.entity.js';

/** A partner belongs to a manufacturer's network; a partner may serve several manufacturers. */
@Entity({ tableName: 'network_membership' })
@Unique({ properties: ['manufacturer', 'partner'] })
export class NetworkMembership {
  [OptionalProps]?: 'since' | 'pending';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Organization })
  manufacturer!: Organization;

  @ManyToOne({ entity: () => Organization, index: true })
  partner!: Organization;

  @Property({ type: 'timestamptz' })
  since: Date = new Date();

  /** Joined by invitation and not yet approved by the manufacturer: never a dispatch candidate. */
  @Property({ type: 'boolean', default: false })
  pending: boolean = false;
}
