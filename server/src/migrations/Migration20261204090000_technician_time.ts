import { Migration } from '@mikro-orm/migrations';

/**
 * Technicians' time: a technician's own weekly working hours (none: their organization's business
 * calendar), absences, appointments with a duration, the site's time zone, and punctuality on the
 * scorecard.
 *
 * Existing appointments get the duration their standard gives (the new column's default, 120
 * minutes), so the conflict check sees them; an appointment without a standard gets 120 too.
 * Existing sites have no time zone until an admin sets one: their jobs show the holder's or the
 * manufacturer's calendar zone meanwhile.
 */
export class Migration20261204090000_technician_time extends Migration {

  override name = 'Migration20261204090000_technician_time';

  override up(): void | Promise<void> {
    this.addSql(`create type "absence_kind" as enum ('VACATION', 'SICK', 'TRAINING', 'OTHER');`);
    this.addSql(`create table "technician_hours" ("technician_id" uuid not null, "hours" jsonb not null, "updated_at" timestamptz not null, primary key ("technician_id"));`);
    this.addSql(`alter table "technician_hours" add constraint "technician_hours_technician_id_foreign" foreign key ("technician_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`create table "technician_absence" ("id" uuid not null, "technician_id" uuid not null, "organization_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "kind" "absence_kind" not null, "note" varchar(500) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "technician_absence_technician_id_starts_at_index" on "technician_absence" ("technician_id", "starts_at");`);
    this.addSql(`create index "technician_absence_organization_id_index" on "technician_absence" ("organization_id");`);
    this.addSql(`alter table "technician_absence" add constraint "technician_absence_technician_id_foreign" foreign key ("technician_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "technician_absence" add constraint "technician_absence_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "technician_absence" add constraint "technician_absence_period_valid" check (ends_at > starts_at);`);
    this.addSql(`alter table "quality_standard" add column "appointment_minutes" int not null default 120;`);
    this.addSql(`alter table "service_job" add column "appointment_minutes" int null;`);
    this.addSql(`update "service_job" j set "appointment_minutes" = coalesce((select s."appointment_minutes" from "quality_standard" s where s."id" = j."quality_standard_id"), 120) where j."appointment_at" is not null;`);
    this.addSql(`create index "service_job_technician_id_appointment_at_index" on "service_job" ("technician_id", "appointment_at");`);
    this.addSql(`alter table "equipment_unit" add column "site_time_zone" varchar(64) null;`);
    this.addSql(`alter table "scorecard_policy" add column "punctuality_tolerance_minutes" int not null default 30;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "scorecard_policy" drop column "punctuality_tolerance_minutes";`);
    this.addSql(`alter table "equipment_unit" drop column "site_time_zone";`);
    this.addSql(`drop index "service_job_technician_id_appointment_at_index";`);
    this.addSql(`alter table "service_job" drop column "appointment_minutes";`);
    this.addSql(`alter table "quality_standard" drop column "appointment_minutes";`);
    this.addSql(`drop table if exists "technician_absence";`);
    this.addSql(`drop table if exists "technician_hours";`);
    this.addSql(`drop type if exists "absence_kind";`);
  }
}
