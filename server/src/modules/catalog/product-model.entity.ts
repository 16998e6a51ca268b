import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { ProductLine } from './product-line.entity.js';

@Entity({ tableName: 'product_model' })
export class ProductModel {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => ProductLine, index: true })
  productLine!: ProductLine;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'integer' })
  warrantyMonths!: number;
}
