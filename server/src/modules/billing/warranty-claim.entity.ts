import { randomUUID } from 'node:crypto';
import { Collection, OptionalProps, type EntityName } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { ServiceJob } from '../job/service-job.entity.js';
import { Organization } from '../network/organization.entity.js';
import { User } from '../network/user.entity.js';
import { Part } from '../catalog/part.entity.js';
import { Coverage } from '../job/job.enums.js';
import { ClaimLineDecision, ClaimLineKind, ClaimMessageKind, ClaimState } from './claim.enums.js';
import { PaymentBatch } from './payment-batch.entity.js';

/**
 * A partner's claim on the manufacturer for one completed WARRANTY or CONTRACT job: drafted at
 * completion from the job's charges, edited and submitted by the partner, reviewed line by line
 * (or sent back with a question), paid in a payment batch. Amounts live on the lines, each in its
 * own currency, so the claim itself has none.
 */
@Entity({ tableName: 'warranty_claim' })
@Index({ properties: ['partner', 'state'] })
@Index({ properties: ['manufacturer', 'state'] })
export class WarrantyClaim {
  [OptionalProps]?: 'state' | 'createdAt' | 'updatedAt' | 'version';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** WC-<year>-<n>, the job's number with the claim's prefix (one claim per job). */
  @Property({ type: 'string', length: 40, unique: true })
  number!: string;

  @ManyToOne({ entity: () => ServiceJob, unique: true })
  job!: ServiceJob;

  @ManyToOne({ entity: () => Organization })
  partner!: Organization;

  @ManyToOne({ entity: () => Organization })
  manufacturer!: Organization;

  /** The job's coverage when the claim was drafted: WARRANTY or CONTRACT. */
  @Enum({ items: () => Coverage, nativeEnumName: 'coverage' })
  coverage!: Coverage;

  @Enum({ items: () => ClaimState, nativeEnumName: 'claim_state' })
  state: ClaimState = ClaimState.DRAFT;

  @OneToMany({ entity: () => ClaimLine, mappedBy: 'claim', orphanRemoval: true })
  lines = new Collection<ClaimLine>(this);

  @OneToMany({ entity: () => ClaimMessage, mappedBy: 'claim' })
  messages = new Collection<ClaimMessage>(this);

  @Property({ type: 'timestamptz', nullable: true })
  submittedAt?: Date | null = null;

  /** The manufacturer's own deadline: submitted_at + CLAIM_REVIEW_DAYS calendar days (the last submission counts). */
  @Property({ type: 'timestamptz', nullable: true })
  reviewDueAt?: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  reviewedAt?: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  paidAt?: Date | null = null;

  @ManyToOne({ entity: () => PaymentBatch, nullable: true, index: true })
  paymentBatch?: PaymentBatch | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();

  /** Optimistic lock: two reviewers (or a reviewer and the partner) never both win. */
  @Property({ type: 'integer', version: true })
  version: number = 1;
}

/**
 * One line of a claim: labour (minutes at an hourly rate), a part (shipped by the manufacturer
 * through a parts request, or from the partner's own stock, with the faulty and replacement
 * serials), or travel. `amount` = quantity × unit price (labour: minutes / 60 × rate), in the unit
 * price's currency. The reviewer's decision and approved amount sit beside what was claimed.
 */
@Entity({ tableName: 'claim_line' })
export class ClaimLine {
  [OptionalProps]?: 'ownStock';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => WarrantyClaim, index: true })
  claim!: WarrantyClaim;

  /** The line's place on the claim (from 1); lines are replaced as a whole, so positions are not unique while that happens. */
  @Property({ type: 'integer' })
  position!: number;

  @Enum({ items: () => ClaimLineKind, nativeEnumName: 'claim_line_kind' })
  kind!: ClaimLineKind;

  @Property({ type: 'text' })
  description!: string;

  @ManyToOne({ entity: () => Part, nullable: true })
  part?: Part | null = null;

  /**
   * The parts-request line the manufacturer shipped this part on; null for own stock and for other
   * kinds. Named, not imported: the parts module reaches this one through jobs.
   */
  @ManyToOne({ entity: (() => 'PartsRequestLine') as unknown as () => EntityName<object>, nullable: true, index: true })
  partsRequestLine?: { id: string } | null = null;

  /** A part the partner took from its own stock. */
  @Property({ type: 'boolean' })
  ownStock: boolean = false;

  @Property({ type: 'decimal', precision: 12, scale: 3 })
  quantity!: string;

  /** Labour only. */
  @Property({ type: 'integer', nullable: true })
  minutes?: number | null = null;

  @Property({ type: 'decimal', precision: 12, scale: 2 })
  unitPrice!: string;

  /** ISO 4217, of the unit price, the amount and the approved amount. */
  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Property({ type: 'decimal', precision: 12, scale: 2 })
  amount!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  faultySerial?: string | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  replacementSerial?: string | null = null;

  @Enum({ items: () => ClaimLineDecision, nativeEnumName: 'claim_line_decision', nullable: true })
  decision?: ClaimLineDecision | null = null;

  @Property({ type: 'decimal', precision: 12, scale: 2, nullable: true })
  approvedAmount?: string | null = null;

  /** A CLAIM_LINE reason code of the manufacturer, or return.noFaultFound / return.misuse set by a return's inspection. */
  @Property({ type: 'string', length: 40, nullable: true })
  decisionReasonCode?: string | null = null;

  @Property({ type: 'text', nullable: true })
  decisionReason?: string | null = null;
}

/** The send-back conversation of a claim: the reviewer's questions and the partner's answers, in order. */
@Entity({ tableName: 'claim_message' })
export class ClaimMessage {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => WarrantyClaim, index: true })
  claim!: WarrantyClaim;

  @ManyToOne({ entity: () => User, nullable: true })
  author?: User | null = null;

  @Enum({ items: () => ClaimMessageKind, nativeEnumName: 'claim_message_kind' })
  kind!: ClaimMessageKind;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
