import { Migration } from '@mikro-orm/migrations';

export class Migration20261123032935_sla_clocks extends Migration {

  override name = 'Migration20261123032935_sla_clocks';

  override up(): void | Promise<void> {
    this.addSql(`alter table "service_job" add "response_breached_at" timestamptz null, add "resolution_breached_at" timestamptz null, add "resolution_paused_at" timestamptz null, add "resolution_paused_minutes" int not null default 0;`);
    this.addSql(`create index "service_job_status_resolution_due_at_index" on "service_job" ("status", "resolution_due_at");`);
    this.addSql(`create index "service_job_status_response_due_at_index" on "service_job" ("status", "response_due_at");`);

    this.addSql(`create index "job_offer_status_expires_at_index" on "job_offer" ("status", "expires_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "job_offer_status_expires_at_index";`);

    this.addSql(`drop index "service_job_status_resolution_due_at_index";`);
    this.addSql(`drop index "service_job_status_response_due_at_index";`);
    this.addSql(`alter table "service_job" drop column "response_breached_at", drop column "resolution_breached_at", drop column "resolution_paused_at", drop column "resolution_paused_minutes";`);
  }

}
