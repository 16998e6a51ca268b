import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Organization } from './organization.entity.js';
import { ProductLine } from '../catalog/product-line.entity.js';

/** A partner may do these job types on this product line until the expiry. */
@Entity({ tableName: 'certification' })
export class Certification {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Organization, index: true })
  partner!: Organization;

  @ManyToOne({ entity: () => ProductLine, index: true })
  productLine!: ProductLine;

  @Property({ type: 'text[]' })
  jobTypes!: string[];

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;
}
