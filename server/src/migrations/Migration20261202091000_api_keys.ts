import { Migration } from '@mikro-orm/migrations';

/**
 * API keys (modules/apikey): each acts as a user of its organization made for it (`integration`,
 * no password: it never signs in); only the key's SHA-256 is kept, looked up by its unique index.
 */
export class Migration20261202091000_api_keys extends Migration {

  override name = 'Migration20261202091000_api_keys';

  override up(): void | Promise<void> {
    this.addSql(`alter table "app_user" add column "integration" boolean not null default false;`);
    this.addSql(`create table "api_key" ("id" uuid not null, "organization_id" uuid not null, "user_id" uuid not null, "name" varchar(100) not null, "prefix" varchar(16) not null, "secret_hash" varchar(64) not null, "created_by_id" uuid not null, "created_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create unique index "api_key_secret_hash_unique" on "api_key" ("secret_hash");`);
    this.addSql(`create unique index "api_key_user_id_unique" on "api_key" ("user_id");`);
    this.addSql(`create index "api_key_organization_id_created_at_index" on "api_key" ("organization_id", "created_at");`);
    this.addSql(`alter table "api_key" add constraint "api_key_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "api_key" add constraint "api_key_user_id_foreign" foreign key ("user_id") references "app_user" ("id");`);
    this.addSql(`alter table "api_key" add constraint "api_key_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "api_key" cascade;`);
    this.addSql(`alter table "app_user" drop column "integration";`);
  }

}
