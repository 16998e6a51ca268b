import { Migration } from '@mikro-orm/migrations';

/**
 * One customer link per job, from its creation: the survey token becomes the customer's token
 * (kept, so links already sent keep working), every other job gets one. Jobs remember whether the
 * customer asked through /request; what a customer sent is kept in service_request.
 */
export class Migration20261201110000_customer_link extends Migration {

  override name = 'Migration20261201110000_customer_link';

  override up(): void | Promise<void> {
    this.addSql(`alter table "service_job" rename column "survey_token" to "customer_token";`);
    this.addSql(`alter table "service_job" rename constraint "service_job_survey_token_unique" to "service_job_customer_token_unique";`);
    this.addSql(`alter table "service_job" alter column "customer_token" set default gen_random_uuid()::text;`);
    this.addSql(`update "service_job" set "customer_token" = default where "customer_token" is null;`);
    this.addSql(`alter table "service_job" alter column "customer_token" set not null;`);

    this.addSql(`create type "job_source" as enum ('STAFF', 'CUSTOMER_REQUEST');`);
    this.addSql(`alter table "service_job" add "source" "job_source" not null default 'STAFF', add "customer_data_swept_at" timestamptz null;`);

    this.addSql(`create type "service_request_status" as enum ('NEW', 'TRIAGED');`);
    this.addSql(`create table "service_request" ("id" uuid not null, "token" varchar(64) not null, "manufacturer_id" uuid not null, "serial" varchar(64) not null, "serial_key" varchar(64) not null, "description" text not null, "contact_name" varchar(200) null, "contact_email" varchar(320) null, "contact_phone" varchar(64) null, "address" text null, "client_address" varchar(64) null, "status" "service_request_status" not null default 'NEW', "job_id" uuid null, "handled_by_id" uuid null, "handled_at" timestamptz null, "anonymized_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "service_request" add constraint "service_request_token_unique" unique ("token");`);
    this.addSql(`alter table "service_request" add constraint "service_request_job_id_unique" unique ("job_id");`);
    this.addSql(`create index "service_request_manufacturer_id_status_created_at_index" on "service_request" ("manufacturer_id", "status", "created_at");`);
    this.addSql(`create index "service_request_client_address_created_at_index" on "service_request" ("client_address", "created_at");`);
    this.addSql(`create index "service_request_serial_key_created_at_index" on "service_request" ("serial_key", "created_at");`);
    this.addSql(`alter table "service_request" add constraint "service_request_manufacturer_id_foreign" foreign key ("manufacturer_id") references "organization" ("id");`);
    this.addSql(`alter table "service_request" add constraint "service_request_job_id_foreign" foreign key ("job_id") references "service_job" ("id") on delete set null;`);
    this.addSql(`alter table "service_request" add constraint "service_request_handled_by_id_foreign" foreign key ("handled_by_id") references "app_user" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "service_request" cascade;`);
    this.addSql(`drop type if exists "service_request_status";`);
    this.addSql(`alter table "service_job" drop column "source", drop column "customer_data_swept_at";`);
    this.addSql(`drop type if exists "job_source";`);
    this.addSql(`alter table "service_job" alter column "customer_token" drop not null, alter column "customer_token" drop default;`);
    this.addSql(`alter table "service_job" rename constraint "service_job_customer_token_unique" to "service_job_survey_token_unique";`);
    this.addSql(`alter table "service_job" rename column "customer_token" to "survey_token";`);
  }

}
