import { OptionalProps } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { ProductLine } from '../catalog/product-line.entity.js';
import { JobType } from '../job/job.enums.js';
import { SlaTime } from '../calendar/sla-time.js';
import type { Translations } from '../../shared/translations.js';

export interface ChecklistItemData {
  id: string;
  /** As the manufacturer wrote it. */
  label: string;
  /** The manufacturer's translations of the label (shared/translations.ts). */
  translations?: Translations;
}

/** An appointment's length when neither the scheduler nor a standard says (a job without a standard). */
export const DEFAULT_APPOINTMENT_MINUTES = 120;

/** The manufacturer's standard for one product line × job type, enforced on every provider. */
@Entity({ tableName: 'quality_standard' })
@Unique({ properties: ['productLine', 'jobType'] })
export class QualityStandard {
  [OptionalProps]?:
    | 'checklist'
    | 'requiredReportFields'
    | 'minPhotos'
    | 'keepPhotoLocation'
    | 'requiresSignature'
    | 'requiresCertifiedTechnician'
    | 'requiresPhoto'
    | 'slaTime'
    | 'appointmentMinutes'
    | 'instructions'
    | 'instructionsTranslations';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => ProductLine })
  productLine!: ProductLine;

  @Enum({ items: () => JobType, nativeEnumName: 'job_type' })
  jobType!: JobType;

  @Property({ type: 'integer' })
  responseMinutes!: number;

  @Property({ type: 'integer' })
  resolutionMinutes!: number;

  /** Whether the clocks run 24×7 (CALENDAR) or in the working time of the calendar they follow (BUSINESS). */
  @Enum({ items: () => SlaTime, nativeEnumName: 'sla_time', default: SlaTime.CALENDAR })
  slaTime: SlaTime = SlaTime.CALENDAR;

  @Property({ type: 'json' })
  checklist: ChecklistItemData[] = [];

  /** What the manufacturer tells the technician about this kind of work, shown with the checklist. */
  @Property({ type: 'text', nullable: true })
  instructions?: string | null = null;

  /** The manufacturer's translations of `instructions`. */
  @Property({ type: 'json', nullable: true })
  instructionsTranslations?: Translations | null = null;

  /** Report fields that must be filled to complete: `resolution` always, `failureCode` where named. */
  @Property({ type: 'text[]' })
  requiredReportFields: string[] = ['resolution'];

  /** Photos of the work, uploaded after the job started, that completing it needs. */
  @Property({ type: 'integer' })
  minPhotos: number = 0;

  /** Keep the location (EXIF GPS) in uploaded photos; by default it is removed. */
  @Property({ type: 'boolean' })
  keepPhotoLocation: boolean = false;

  @Property({ type: 'boolean' })
  requiresSignature: boolean = false;

  /** Only a partner with a technician certified for the line and job type may be offered the job, and only such a technician scheduled. */
  @Property({ type: 'boolean', default: false })
  requiresCertifiedTechnician: boolean = false;

  /** Highest hourly labour rate the customer may be charged on paid work. */
  @Property({ type: 'decimal', precision: 10, scale: 2 })
  laborRateCeiling!: string;

  /** ISO 4217 code of the ceiling: it caps only a labour rate in the same currency. */
  @Property({ type: 'string', length: 3 })
  currency!: string;

  /** Flat-rate time: the most labour minutes a paid job of this kind may bill. */
  @Property({ type: 'integer' })
  maxLaborMinutes!: number;

  /** How long an appointment for this kind of job is booked when the scheduler does not say. */
  @Property({ type: 'integer', default: DEFAULT_APPOINTMENT_MINUTES })
  appointmentMinutes: number = DEFAULT_APPOINTMENT_MINUTES;

  /** The old yes/no form of `minPhotos`, still answered by the API. */
  get requiresPhoto(): boolean {
    return this.minPhotos > 0;
  }
}
