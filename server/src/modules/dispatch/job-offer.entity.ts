import { OptionalProps } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Organization } from '../network/organization.entity.js';
import { ServiceJob } from '../job/service-job.entity.js';
import { OfferStatus } from './offer.enums.js';
import { ReasonCode } from '../reason/reason-code.entity.js';

/** A job offered to one partner. Of one job's offers at most one is ever ACCEPTED (a partial unique index). */
@Entity({ tableName: 'job_offer' })
@Index({ properties: ['partner', 'status'] })
@Index({ properties: ['status', 'expiresAt'] })
@Unique({ name: 'job_offer_one_accepted_per_job', properties: ['job'], where: "status = 'ACCEPTED'" })
@Unique({ name: 'job_offer_one_pending_per_partner', properties: ['job', 'partner'], where: "status = 'PENDING'" })
export class JobOffer {
  [OptionalProps]?: 'status' | 'automatic' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => ServiceJob, index: true })
  job!: ServiceJob;

  @ManyToOne({ entity: () => Organization })
  partner!: Organization;

  @Enum({ items: () => OfferStatus, nativeEnumName: 'offer_status' })
  status: OfferStatus = OfferStatus.PENDING;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  /** Made by autoDispatch: on expiry the job goes to the next candidate. */
  @Property({ type: 'boolean' })
  automatic: boolean = false;

  /** The partner's words, as typed. */
  @Property({ type: 'text', nullable: true })
  declineReason?: string | null = null;

  /** The manufacturer's reason code the partner picked, if any (its label is translated; the typed reason never is). */
  @ManyToOne({ entity: () => ReasonCode, nullable: true })
  declineCode?: ReasonCode | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  respondedAt?: Date | null = null;
}
