import { Migration } from '@mikro-orm/migrations';

export class Migration20261123033702_maintenance_components extends Migration {

  override name = 'Migration20261123033702_maintenance_components';

  override up(): void | Promise<void> {
    this.addSql(`alter table "product_line" add "maintenance_interval_months" int null;`);

    this.addSql(`alter table "equipment_unit" add "last_maintenance_at" timestamptz null;`);

    this.addSql(`alter table "service_job" add "parent_id" uuid null, add "component_line_id" uuid null, add "maintenance_due_at" timestamptz null;`);
    this.addSql(`alter table "service_job" add constraint "service_job_parent_id_foreign" foreign key ("parent_id") references "service_job" ("id") on delete set null;`);
    this.addSql(`alter table "service_job" add constraint "service_job_component_line_id_foreign" foreign key ("component_line_id") references "product_line" ("id") on delete set null;`);
    this.addSql(`create index "service_job_parent_id_index" on "service_job" ("parent_id");`);

    this.addSql(`alter type "event_kind" add value if not exists 'NETWORK_CHANGED' after 'FINDING_ACTION_REPORTED';`);
    this.addSql(`alter type "event_kind" add value if not exists 'JOB_SPLIT' after 'NETWORK_CHANGED';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "service_job" drop constraint "service_job_parent_id_foreign";`);
    this.addSql(`alter table "service_job" drop constraint "service_job_component_line_id_foreign";`);

    this.addSql(`alter table "equipment_unit" drop column "last_maintenance_at";`);

    this.addSql(`alter table "product_line" drop column "maintenance_interval_months";`);

    this.addSql(`drop index "service_job_parent_id_index";`);
    this.addSql(`alter table "service_job" drop column "parent_id", drop column "component_line_id", drop column "maintenance_due_at";`);
  }

}
