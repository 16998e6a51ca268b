import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Organization } from '../network/organization.entity.js';
import { User } from '../network/user.entity.js';
import { ServiceJob } from '../job/service-job.entity.js';
import { MailKind, MailStatus } from './mail.enums.js';

/**
 * The outbox: one message to one address, written in the transaction that consumed its event and
 * sent by the job queue. Its Message-ID is fixed here, so a resend after a crash mid-send carries
 * the same one (receivers drop the duplicate).
 */
@Entity({ tableName: 'mail_message' })
@Index({ properties: ['manufacturer', 'createdAt'] })
@Index({ properties: ['manufacturer', 'status', 'createdAt'] })
export class MailMessage {
  [OptionalProps]?: 'attempts' | 'lastError' | 'sentAt' | 'recipientUser' | 'job';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The network the message belongs to: its admin reads it on the Outbox screen. */
  @ManyToOne({ entity: () => Organization, mapToPk: true })
  manufacturer!: string;

  /** `<uuid@domain of MAIL_FROM>`. */
  @Property({ type: 'string', length: 255, unique: true })
  messageId!: string;

  @Property({ type: 'string', length: 320 })
  recipient!: string;

  /** Null for a customer, who has no account. */
  @ManyToOne({ entity: () => User, mapToPk: true, nullable: true, deleteRule: 'set null' })
  recipientUser?: string | null = null;

  @Enum({ items: () => MailKind, nativeEnumName: 'mail_kind' })
  kind!: MailKind;

  @Property({ type: 'string', length: 16 })
  language!: string;

  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'text' })
  html!: string;

  @ManyToOne({ entity: () => ServiceJob, mapToPk: true, nullable: true, deleteRule: 'set null' })
  job?: string | null = null;

  @Enum({ items: () => MailStatus, nativeEnumName: 'mail_status' })
  status!: MailStatus;

  /** Sending attempts so far (a failed one leaves `lastError`). */
  @Property({ type: 'integer' })
  attempts: number = 0;

  @Property({ type: 'text', nullable: true })
  lastError?: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  sentAt?: Date | null = null;
}
