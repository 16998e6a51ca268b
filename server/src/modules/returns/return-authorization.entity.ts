import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Organization } from '../network/organization.entity.js';
import { User } from '../network/user.entity.js';
import { Part } from '../catalog/part.entity.js';
import { ServiceJob } from '../job/service-job.entity.js';
import { ClaimLine, WarrantyClaim } from '../billing/warranty-claim.entity.js';
import { InspectionResult, ReturnState } from './returns.enums.js';

/**
 * The manufacturer's request to have a replaced warranty part back (one per PART claim line), and
 * what became of it: shipped with a tracking code, received, inspected. The claim's partner and
 * manufacturer, job and part are kept with the row so lists and visibility read one table.
 */
@Entity({ tableName: 'return_authorization' })
@Index({ properties: ['manufacturer', 'state'] })
@Index({ properties: ['partner', 'state'] })
export class ReturnAuthorization {
  [OptionalProps]?: 'state' | 'version';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** RA-<year>-<n>. */
  @Property({ type: 'string', length: 40, unique: true })
  number!: string;

  /** Null once the partner replaced the claim's lines (editing it after a send-back). */
  @ManyToOne({ entity: () => ClaimLine, unique: true, nullable: true, deleteRule: 'set null' })
  claimLine?: ClaimLine | null = null;

  @ManyToOne({ entity: () => WarrantyClaim, index: true })
  claim!: WarrantyClaim;

  @ManyToOne({ entity: () => ServiceJob, index: true })
  job!: ServiceJob;

  @ManyToOne({ entity: () => Organization })
  manufacturer!: Organization;

  @ManyToOne({ entity: () => Organization })
  partner!: Organization;

  @ManyToOne({ entity: () => Part, nullable: true, deleteRule: 'set null' })
  part?: Part | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  faultySerial?: string | null = null;

  @Enum({ items: () => ReturnState, nativeEnumName: 'return_state' })
  state: ReturnState = ReturnState.REQUESTED;

  @Property({ type: 'text', nullable: true })
  requestNote?: string | null = null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  requestedBy?: User | null = null;

  @Property({ type: 'timestamptz' })
  requestedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  returnBy?: Date | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  trackingCode?: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  shippedAt?: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  receivedAt?: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  inspectedAt?: Date | null = null;

  @Enum({ items: () => InspectionResult, nativeEnumName: 'inspection_result', nullable: true })
  result?: InspectionResult | null = null;

  @Property({ type: 'text', nullable: true })
  inspectionNote?: string | null = null;

  @Property({ type: 'int', default: 1 })
  version: number = 1;
}
