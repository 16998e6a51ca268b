import { Migration } from '@mikro-orm/migrations';

export class Migration20261123035832_login_throttle extends Migration {

  override name = 'Migration20261123035832_login_throttle';

  override up(): void | Promise<void> {
    this.addSql(`create table "login_attempt" ("id" bigserial primary key, "email" varchar(320) not null, "address" varchar(64) not null, "at" timestamptz not null, "succeeded" boolean not null);`);
    this.addSql(`create index "login_attempt_address_at_index" on "login_attempt" ("address", "at");`);
    this.addSql(`create index "login_attempt_email_at_index" on "login_attempt" ("email", "at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "login_attempt" cascade;`);
  }

}
