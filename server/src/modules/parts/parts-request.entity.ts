import { randomUUID } from 'node:crypto';
import { Collection, OptionalProps } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { ServiceJob } from '../job/service-job.entity.js';
import { User } from '../network/user.entity.js';
import { Part } from '../catalog/part.entity.js';
import { PartsRequestStatus } from './parts.enums.js';

@Entity({ tableName: 'parts_request' })
export class PartsRequest {
  [OptionalProps]?: 'status' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => ServiceJob, index: true })
  job!: ServiceJob;

  @Enum({ items: () => PartsRequestStatus, nativeEnumName: 'parts_request_status' })
  status: PartsRequestStatus = PartsRequestStatus.REQUESTED;

  @ManyToOne({ entity: () => User, nullable: true })
  requestedBy?: User | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  trackingCode?: string | null = null;

  @Property({ type: 'text', nullable: true })
  decisionNote?: string | null = null;

  @OneToMany({ entity: () => PartsRequestLine, mappedBy: 'request', orphanRemoval: true })
  lines = new Collection<PartsRequestLine>(this);

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  shippedAt?: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  receivedAt?: Date | null = null;
}

@Entity({ tableName: 'parts_request_line' })
@Check({ name: 'parts_request_line_quantity_positive', expression: 'quantity > 0' })
@Check({ name: 'parts_request_line_approved_within', expression: 'approved_quantity >= 0 and approved_quantity <= quantity' })
@Index({ name: 'parts_request_line_loaner_return_by_index', properties: ['loanerReturnBy'] })
export class PartsRequestLine {
  [OptionalProps]?: 'loaner';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => PartsRequest, index: true })
  request!: PartsRequest;

  @ManyToOne({ entity: () => Part })
  part!: Part;

  @Property({ type: 'integer' })
  quantity!: number;

  @Property({ type: 'integer', nullable: true })
  approvedQuantity?: number | null = null;

  /** Asks for a replacement unit lent to the customer during the repair. */
  @Property({ type: 'boolean' })
  loaner: boolean = false;

  /** A loaner's return-by date, set when its request ships (loaners.ts). */
  @Property({ type: 'timestamptz', nullable: true })
  loanerReturnBy?: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  loanerReturnedAt?: Date | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  loanerReturnTrackingCode?: string | null = null;

  /** When the deadline scheduler recorded the loaner overdue (LOANER_OVERDUE fires once). */
  @Property({ type: 'timestamptz', nullable: true })
  loanerOverdueAt?: Date | null = null;
}
