import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { PrimaryKeyProp } from '@mikro-orm/core';
import { User } from '../network/user.entity.js';
import { MailKind } from './mail.enums.js';

/** A user's choice for one kind of mail; no row means the default, on. */
@Entity({ tableName: 'notification_preference' })
export class NotificationPreference {
  [PrimaryKeyProp]?: ['user', 'kind'];

  @ManyToOne({ entity: () => User, mapToPk: true, primary: true, deleteRule: 'cascade' })
  user!: string;

  @Enum({ items: () => MailKind, nativeEnumName: 'mail_kind', primary: true })
  kind!: MailKind;

  @Property({ type: 'boolean' })
  enabled!: boolean;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
