import { Migration } from '@mikro-orm/migrations';

/**
 * Business calendars and SLA time (modules/calendar, modules/org-calendar): each organization may
 * have a calendar (its spec as JSON, validated by defineCalendar before it is stored); each
 * quality standard says whether its clocks run in CALENDAR or BUSINESS time, and each job records
 * the mode its deadlines were computed in.
 *
 * Existing jobs keep their recorded deadlines: nothing is backfilled or recomputed. They were
 * computed in calendar time, which is what their new `sla_time` column says (default CALENDAR),
 * so a later pause or hand-over of such a job keeps counting in calendar time too. Existing
 * standards also default to CALENDAR: today's behaviour holds until a manufacturer switches one.
 */
export class Migration20261203092000_business_calendars extends Migration {

  override name = 'Migration20261203092000_business_calendars';

  override up(): void | Promise<void> {
    this.addSql(`create type "sla_time" as enum ('CALENDAR', 'BUSINESS');`);
    this.addSql(`create table "business_calendar" ("organization_id" uuid not null, "spec" jsonb not null, "version" int not null default 1, "updated_at" timestamptz not null, primary key ("organization_id"));`);
    this.addSql(`alter table "business_calendar" add constraint "business_calendar_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "quality_standard" add "sla_time" "sla_time" not null default 'CALENDAR';`);
    this.addSql(`alter table "service_job" add "sla_time" "sla_time" not null default 'CALENDAR';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "service_job" drop column "sla_time";`);
    this.addSql(`alter table "quality_standard" drop column "sla_time";`);
    this.addSql(`drop table if exists "business_calendar";`);
    this.addSql(`drop type if exists "sla_time";`);
  }
}
