import { randomUUID } from 'node:crypto';
import { Collection } from '@mikro-orm/core';
import { Entity, ManyToMany, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Organization } from '../network/organization.entity.js';
import { ProductModel } from './product-model.entity.js';

/** A spare part in a manufacturer's catalogue, at its list price. */
@Entity({ tableName: 'part' })
@Unique({ properties: ['manufacturer', 'sku'] })
export class Part {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Organization })
  manufacturer!: Organization;

  @Property({ type: 'string', length: 64 })
  sku!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'decimal', precision: 12, scale: 2 })
  listPrice!: string;

  /** ISO 4217 code of the list price. */
  @Property({ type: 'string', length: 3 })
  currency!: string;

  /** Models the part fits. */
  @ManyToMany({ entity: () => ProductModel, pivotTable: 'part_model' })
  models = new Collection<ProductModel>(this);
}
