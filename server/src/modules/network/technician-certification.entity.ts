import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Organization } from './organization.entity.js';
import { User } from './user.entity.js';
import { ProductLine } from '../catalog/product-line.entity.js';

/**
 * A technician may do these job types on this product line until the expiry: what a standard
 * that requires a certified technician asks of the partner and of the technician it schedules.
 */
@Entity({ tableName: 'technician_certification' })
@Index({ properties: ['organization', 'productLine'] })
export class TechnicianCertification {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => User, index: true, deleteRule: 'cascade' })
  technician!: User;

  /** The technician's organization, kept with the row so eligibility reads a partner's in one lookup. */
  @ManyToOne({ entity: () => Organization })
  organization!: Organization;

  @ManyToOne({ entity: () => ProductLine })
  productLine!: ProductLine;

  @Property({ type: 'text[]' })
  jobTypes!: string[];

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;
}
