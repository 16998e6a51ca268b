import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Organization } from '../network/organization.entity.js';
import { ServiceStrategy } from './catalog.enums.js';

@Entity({ tableName: 'product_line' })
export class ProductLine {
  [OptionalProps]?: 'maintenanceIntervalMonths';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Organization, index: true })
  manufacturer!: Organization;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Enum({ items: () => ServiceStrategy, nativeEnumName: 'service_strategy' })
  strategy!: ServiceStrategy;

  /** Preventive maintenance interval; NEVER_FAIL lines and contract units are maintained on it. */
  @Property({ type: 'integer', nullable: true })
  maintenanceIntervalMonths?: number | null = null;
}
