import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Organization } from '../network/organization.entity.js';
import { ServiceJob, newCustomerToken } from '../job/service-job.entity.js';
import { User } from '../network/user.entity.js';
import { ServiceRequestStatus } from './customer.enums.js';

/**
 * What a customer sent through /request, kept whether or not the serial was found, so nothing is
 * lost. Holds the contact (a job keeps none of its own) until the retention sweep clears it.
 */
@Entity({ tableName: 'service_request' })
@Index({ properties: ['manufacturer', 'status', 'createdAt'] })
@Index({ properties: ['clientAddress', 'createdAt'] })
@Index({ properties: ['serialKey', 'createdAt'] })
export class ServiceRequest {
  [OptionalProps]?: 'status' | 'token' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The customer's link; a job made from the request takes it over, so the link keeps working. */
  @Property({ type: 'string', length: 64, unique: true })
  token: string = newCustomerToken();

  @ManyToOne({ entity: () => Organization })
  manufacturer!: Organization;

  /** The serial as the customer typed it. */
  @Property({ type: 'string', length: 64 })
  serial!: string;

  /** The serial compared for throttling: upper case, no spaces. */
  @Property({ type: 'string', length: 64 })
  serialKey!: string;

  @Property({ type: 'text' })
  description!: string;

  // The contact: null once the retention sweep has cleared it.
  @Property({ type: 'string', length: 200, nullable: true })
  contactName?: string | null = null;

  @Property({ type: 'string', length: 320, nullable: true })
  contactEmail?: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  contactPhone?: string | null = null;

  @Property({ type: 'text', nullable: true })
  address?: string | null = null;

  /** The sender's network address, for throttling; cleared with the contact. */
  @Property({ type: 'string', length: 64, nullable: true })
  clientAddress?: string | null = null;

  /** The language the form was sent in (the browser's, when the portal speaks it): the customer's mails and service report use it. */
  @Property({ type: 'string', length: 8, nullable: true })
  locale?: string | null = null;

  @Enum({ items: () => ServiceRequestStatus, nativeEnumName: 'service_request_status', default: ServiceRequestStatus.NEW })
  status: ServiceRequestStatus = ServiceRequestStatus.NEW;

  @ManyToOne({ entity: () => ServiceJob, nullable: true, unique: true })
  job?: ServiceJob | null = null;

  @ManyToOne({ entity: () => User, nullable: true })
  handledBy?: User | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  handledAt?: Date | null = null;

  /** When the retention sweep cleared the contact. */
  @Property({ type: 'timestamptz', nullable: true })
  anonymizedAt?: Date | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
