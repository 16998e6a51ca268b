import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Organization } from '../network/organization.entity.js';
import { ServiceJob } from '../job/service-job.entity.js';
import { User } from '../network/user.entity.js';
import { FindingSeverity } from './audit.enums.js';
import { ReasonCode } from '../reason/reason-code.entity.js';

/** An auditor's finding about a partner, with a due date for the corrective action. */
@Entity({ tableName: 'audit_finding' })
@Index({ properties: ['manufacturer', 'correctiveActionDueAt'] })
export class AuditFinding {
  [OptionalProps]?: 'createdAt' | 'acknowledgedAt' | 'actionTaken' | 'actionReportedAt' | 'job';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Organization })
  manufacturer!: Organization;

  @ManyToOne({ entity: () => Organization, index: true })
  partner!: Organization;

  @ManyToOne({ entity: () => ServiceJob, nullable: true })
  job?: ServiceJob | null = null;

  @Enum({ items: () => FindingSeverity, nativeEnumName: 'finding_severity' })
  severity!: FindingSeverity;

  /** The auditor's words, as typed. */
  @Property({ type: 'text' })
  text!: string;

  /** The manufacturer's FINDING reason code (its category), if the auditor picked one. */
  @ManyToOne({ entity: () => ReasonCode, nullable: true })
  reasonCode?: ReasonCode | null = null;

  @Property({ type: 'timestamptz' })
  correctiveActionDueAt!: Date;

  @ManyToOne({ entity: () => User })
  recordedBy!: User;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  acknowledgedAt?: Date | null = null;

  @Property({ type: 'text', nullable: true })
  actionTaken?: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  actionReportedAt?: Date | null = null;
}
