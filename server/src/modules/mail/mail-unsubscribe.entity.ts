import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** An address that asked, through a mail's unsubscribe link, for no more customer mail. */
@Entity({ tableName: 'mail_unsubscribe' })
export class MailUnsubscribe {
  /** Lower-cased, as the recipient lookup compares it. */
  @PrimaryKey({ type: 'string', length: 320 })
  address!: string;

  @Property({ type: 'timestamptz' })
  unsubscribedAt!: Date;
}
