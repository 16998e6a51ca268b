import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Organization } from '../network/organization.entity.js';

/** An end customer of a manufacturer; customers have no account. */
@Entity({ tableName: 'customer' })
export class Customer {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Organization, index: true })
  manufacturer!: Organization;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'string', length: 320, nullable: true })
  email?: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  phone?: string | null = null;

  /** The language of the customer's mails (shared/languages.ts); null: English. */
  @Property({ type: 'string', length: 8, nullable: true })
  locale?: string | null = null;
}
