import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** Every sign-in attempt, kept a day: repeated failures per account and per address are throttled. */
@Entity({ tableName: 'login_attempt' })
@Index({ properties: ['email', 'at'] })
@Index({ properties: ['address', 'at'] })
export class LoginAttempt {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'string', length: 320 })
  email!: string;

  @Property({ type: 'string', length: 64 })
  address!: string;

  @Property({ type: 'timestamptz' })
  at!: Date;

  @Property({ type: 'boolean' })
  succeeded!: boolean;
}
