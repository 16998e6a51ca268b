import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, OneToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Organization } from '../network/organization.entity.js';
import { User } from '../network/user.entity.js';

/**
 * An organization's API key. It acts as its own integration `user` (whose role is the key's), so
 * visibility, capabilities and events' actors work as for a person. Only the secret's SHA-256 is
 * kept (`secretHash`); `prefix` is the start of the secret, shown to recognise the key.
 */
@Entity({ tableName: 'api_key' })
@Index({ properties: ['organization', 'createdAt'] })
export class ApiKey {
  [OptionalProps]?: 'createdAt' | 'lastUsedAt' | 'revokedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Organization })
  organization!: Organization;

  @OneToOne({ entity: () => User, owner: true, unique: 'api_key_user_id_unique' })
  user!: User;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', length: 16 })
  prefix!: string;

  @Property({ type: 'string', length: 64, unique: 'api_key_secret_hash_unique', hidden: true })
  secretHash!: string;

  @ManyToOne({ entity: () => User })
  createdBy!: User;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt?: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null = null;
}
