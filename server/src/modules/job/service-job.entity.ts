import { randomBytes, randomUUID } from 'node:crypto';
import { Collection, OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { JobOffer } from '../dispatch/job-offer.entity.js';
import { SlaTime } from '../calendar/sla-time.js';
import { Organization } from '../network/organization.entity.js';
import { User } from '../network/user.entity.js';
import { EquipmentUnit } from '../catalog/equipment-unit.entity.js';
import { QualityStandard } from '../quality/quality-standard.entity.js';
import { ProductLine } from '../catalog/product-line.entity.js';
import { Coverage, JobSource, JobStatus, JobType } from './job.enums.js';

export interface ChecklistAnswerData {
  itemId: string;
  done: boolean;
  note?: string | null;
}

/** The one case file for one customer request, from first call to survey. */
@Entity({ tableName: 'service_job' })
@Index({ properties: ['manufacturer', 'createdAt'] })
@Index({ properties: ['status', 'responseDueAt'] })
@Index({ properties: ['status', 'resolutionDueAt'] })
@Index({ properties: ['technician', 'appointmentAt'] })
export class ServiceJob {
  [OptionalProps]?: 'status' | 'version' | 'createdAt' | 'updatedAt' | 'reopenCount' | 'resolutionPausedMinutes' | 'customerToken' | 'source' | 'slaTime';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 32, unique: true })
  number!: string;

  @ManyToOne({ entity: () => Organization })
  manufacturer!: Organization;

  @Enum({ items: () => JobType, nativeEnumName: 'job_type' })
  type!: JobType;

  @Enum({ items: () => JobStatus, nativeEnumName: 'job_status' })
  status: JobStatus = JobStatus.NEW;

  @Enum({ items: () => Coverage, nativeEnumName: 'coverage' })
  coverage!: Coverage;

  @Property({ type: 'integer' })
  priority!: number;

  @Property({ type: 'text' })
  description!: string;

  @ManyToOne({ entity: () => EquipmentUnit, index: true })
  equipment!: EquipmentUnit;

  @ManyToOne({ entity: () => QualityStandard, nullable: true })
  qualityStandard?: QualityStandard | null = null;

  /** A component job of a split job (consortium work); the parent completes only after its children. */
  @ManyToOne({ entity: () => ServiceJob, nullable: true, index: true })
  parent?: ServiceJob | null = null;

  /** For a component job: the product line of the component, which decides certification and standard. */
  @ManyToOne({ entity: () => ProductLine, nullable: true })
  componentLine?: ProductLine | null = null;

  /** For preventive maintenance: when it falls due; open past it, the job is overdue. */
  @Property({ type: 'timestamptz', nullable: true })
  maintenanceDueAt?: Date | null = null;

  @ManyToOne({ entity: () => Organization, nullable: true, index: true })
  assignedPartner?: Organization | null = null;

  @ManyToOne({ entity: () => User, nullable: true, index: true })
  technician?: User | null = null;

  @ManyToOne({ entity: () => User, nullable: true })
  createdBy?: User | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  responseDueAt?: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  resolutionDueAt?: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  appointmentAt?: Date | null = null;

  /** How long the appointment is booked for: the technician is busy from appointmentAt for these minutes. */
  @Property({ type: 'integer', nullable: true })
  appointmentMinutes?: number | null = null;

  /** When the response clock was breached (SLA_BREACHED raised); set once. */
  @Property({ type: 'timestamptz', nullable: true })
  responseBreachedAt?: Date | null = null;

  /** When the resolution clock was breached (SLA_BREACHED raised); set once. */
  @Property({ type: 'timestamptz', nullable: true })
  resolutionBreachedAt?: Date | null = null;

  /**
   * Set while the job waits for parts the manufacturer has not shipped: the resolution clock is
   * paused, and when it resumes `resolutionDueAt` moves on by the pause.
   */
  @Property({ type: 'timestamptz', nullable: true })
  resolutionPausedAt?: Date | null = null;

  /** Working minutes the resolution clock stood still (calendar minutes on a CALENDAR job). */
  @Property({ type: 'integer' })
  resolutionPausedMinutes: number = 0;

  /** The standard's SLA time when the job was created: the deadlines were computed, and move, in it. */
  @Enum({ items: () => SlaTime, nativeEnumName: 'sla_time', default: SlaTime.CALENDAR })
  slaTime: SlaTime = SlaTime.CALENDAR;

  @Property({ type: 'timestamptz', nullable: true })
  acceptedAt?: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  startedAt?: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  completedAt?: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date | null = null;

  // The service report, filled at completion.
  @Property({ type: 'text', nullable: true })
  resolution?: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  failureCode?: string | null = null;

  @Property({ type: 'json', nullable: true })
  checklistAnswers?: ChecklistAnswerData[] | null = null;

  @Property({ type: 'text[]', nullable: true })
  photoUrls?: string[] | null = null;

  @Property({ type: 'text', nullable: true })
  customerSignature?: string | null = null;

  @Property({ type: 'integer', nullable: true })
  laborMinutes?: number | null = null;

  @Property({ type: 'text', nullable: true })
  cancelReason?: string | null = null;

  @Property({ type: 'integer' })
  reopenCount: number = 0;

  /**
   * The customer's link: `/track/<token>` from the start, `/survey/<token>` once closed. Made with
   * the job (the database's default covers rows inserted by hand); it grants this one job and nothing else.
   */
  @Property({ type: 'string', length: 64, unique: true, defaultRaw: '(gen_random_uuid())::text' })
  customerToken: string = newCustomerToken();

  @Enum({ items: () => JobSource, nativeEnumName: 'job_source', default: JobSource.STAFF })
  source: JobSource = JobSource.STAFF;

  /** When the retention sweep cleared the customer's data of this (long closed) job and retired its link. */
  @Property({ type: 'timestamptz', nullable: true })
  customerDataSweptAt?: Date | null = null;

  /** When the appointment ends (start + duration); not stored. */
  get appointmentEndsAt(): Date | null {
    return this.appointmentAt && this.appointmentMinutes ? new Date(this.appointmentAt.getTime() + this.appointmentMinutes * 60_000) : null;
  }

  @OneToMany({ entity: () => JobOffer, mappedBy: 'job' })
  offers = new Collection<JobOffer>(this);

  @Property({ type: 'integer', version: true })
  version: number = 1;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** 24 random bytes, URL-safe: what a customer link carries. */
export const newCustomerToken = (): string => randomBytes(24).toString('base64url');
