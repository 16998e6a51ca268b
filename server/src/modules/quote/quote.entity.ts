import { randomUUID } from 'node:crypto';
import { Collection, OptionalProps } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { ServiceJob } from '../job/service-job.entity.js';
import { User } from '../network/user.entity.js';
import { Part } from '../catalog/part.entity.js';
import { ClaimLineKind } from '../../shared/claim-line-kind.js';
import { QuoteState } from './quote.enums.js';

/**
 * A quote for paid (POST_WARRANTY) work, sent to the customer by the partner holding the job. Its
 * amounts are in one currency (the partner's); tax at the manufacturer's country's rate.
 */
@Entity({ tableName: 'quote' })
@Index({ properties: ['job', 'sentAt'] })
export class Quote {
  [OptionalProps]?: 'state' | 'answeredAt' | 'declineReason';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => ServiceJob })
  job!: ServiceJob;

  /** The job's number and the quote's ordinal on it: "J-1042-Q2". */
  @Property({ type: 'string', length: 48, unique: true })
  number!: string;

  @Enum({ items: () => QuoteState, nativeEnumName: 'quote_state' })
  state: QuoteState = QuoteState.SENT;

  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Property({ type: 'decimal', precision: 12, scale: 2 })
  net!: string;

  /** Percent, as VAT_RATES (shared/vat-rates.ts) has it. */
  @Property({ type: 'decimal', precision: 5, scale: 2 })
  taxRate!: string;

  /** The country whose rate applies; null when the manufacturer's is unknown (quoted at 0 %). */
  @Property({ type: 'string', length: 2, nullable: true })
  taxCountry?: string | null;

  @Property({ type: 'decimal', precision: 12, scale: 2 })
  tax!: string;

  @Property({ type: 'decimal', precision: 12, scale: 2 })
  gross!: string;

  @Property({ type: 'timestamptz' })
  validUntil!: Date;

  @Property({ type: 'timestamptz' })
  sentAt!: Date;

  @ManyToOne({ entity: () => User })
  sentBy!: User;

  @Property({ type: 'timestamptz', nullable: true })
  answeredAt?: Date | null = null;

  @Property({ type: 'text', nullable: true })
  declineReason?: string | null = null;

  @OneToMany({ entity: () => QuoteLine, mappedBy: 'quote' })
  lines = new Collection<QuoteLine>(this);
}

@Entity({ tableName: 'quote_line' })
@Check({ name: 'quote_line_quantity_positive', expression: 'quantity > 0' })
export class QuoteLine {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Quote, index: true })
  quote!: Quote;

  @Property({ type: 'integer' })
  position!: number;

  @Enum({ items: () => ClaimLineKind, nativeEnumName: 'claim_line_kind' })
  kind!: ClaimLineKind;

  @Property({ type: 'text' })
  description!: string;

  @ManyToOne({ entity: () => Part, nullable: true })
  part?: Part | null;

  /** Hours for LABOR, pieces for PART, trips for TRAVEL. */
  @Property({ type: 'decimal', precision: 10, scale: 2 })
  quantity!: string;

  @Property({ type: 'decimal', precision: 12, scale: 2 })
  unitPrice!: string;

  @Property({ type: 'decimal', precision: 12, scale: 2 })
  amount!: string;

  /** The quote's currency, kept on the line so a line reads as Money on its own. */
  @Property({ type: 'string', length: 3 })
  currency!: string;
}
