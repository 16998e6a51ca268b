import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Organization } from './organization.entity.js';
import { Role } from './network.enums.js';

@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?: 'integration' | 'locale' | 'timeZone';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 320, unique: true })
  email!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Enum({ items: () => Role, nativeEnumName: 'user_role' })
  role!: Role;

  @ManyToOne({ entity: () => Organization, index: true })
  organization!: Organization;

  @Property({ type: 'string', length: 200, hidden: true, lazy: true })
  passwordHash!: string;

  /** Not a person: the user an API key acts as (modules/apikey). It has no password and receives no mail. */
  @Property({ type: 'boolean', default: false })
  integration: boolean = false;

  /** The portal's language for this person (shared/languages.ts); null: the browser decides, mails are English. */
  @Property({ type: 'string', length: 8, nullable: true })
  locale?: string | null = null;

  /** IANA time zone; null: the browser's (mails then say UTC). */
  @Property({ type: 'string', length: 64, nullable: true })
  timeZone?: string | null = null;
}
