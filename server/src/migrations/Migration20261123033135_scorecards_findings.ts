import { Migration } from '@mikro-orm/migrations';

export class Migration20261123033135_scorecards_findings extends Migration {

  override name = 'Migration20261123033135_scorecards_findings';

  override up(): void | Promise<void> {
    this.addSql(`create type "finding_severity" as enum ('MINOR', 'MAJOR', 'CRITICAL');`);
    this.addSql(`create table "scorecard_policy" ("id" uuid not null, "manufacturer_id" uuid not null, "weights" jsonb not null, "gate_penalty" double precision not null default 2, "probation_below" double precision not null default 60, "suspend_below" double precision not null default 40, "recover_at" double precision not null default 70, "window_days" int not null default 30, "min_activity" int not null default 3, primary key ("id"));`);
    this.addSql(`alter table "scorecard_policy" add constraint "scorecard_policy_manufacturer_id_unique" unique ("manufacturer_id");`);

    this.addSql(`create table "audit_finding" ("id" uuid not null, "manufacturer_id" uuid not null, "partner_id" uuid not null, "job_id" uuid null, "severity" "finding_severity" not null, "text" text not null, "corrective_action_due_at" timestamptz not null, "recorded_by_id" uuid not null, "created_at" timestamptz not null, "acknowledged_at" timestamptz null, "action_taken" text null, "action_reported_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "audit_finding_partner_id_index" on "audit_finding" ("partner_id");`);
    this.addSql(`create index "audit_finding_manufacturer_id_corrective_action_due_at_index" on "audit_finding" ("manufacturer_id", "corrective_action_due_at");`);

    this.addSql(`alter type "event_kind" add value if not exists 'PRICE_REFUSED' after 'QUALITY_GATE_FAILED';`);
    this.addSql(`alter type "event_kind" add value if not exists 'FINDING_RECORDED' after 'PARTNER_STATUS_CHANGED';`);
    this.addSql(`alter type "event_kind" add value if not exists 'FINDING_ACKNOWLEDGED' after 'FINDING_RECORDED';`);
    this.addSql(`alter type "event_kind" add value if not exists 'FINDING_ACTION_REPORTED' after 'FINDING_ACKNOWLEDGED';`);

    this.addSql(`alter table "scorecard_policy" add constraint "scorecard_policy_manufacturer_id_foreign" foreign key ("manufacturer_id") references "organization" ("id");`);

    this.addSql(`alter table "audit_finding" add constraint "audit_finding_manufacturer_id_foreign" foreign key ("manufacturer_id") references "organization" ("id");`);
    this.addSql(`alter table "audit_finding" add constraint "audit_finding_partner_id_foreign" foreign key ("partner_id") references "organization" ("id");`);
    this.addSql(`alter table "audit_finding" add constraint "audit_finding_job_id_foreign" foreign key ("job_id") references "service_job" ("id") on delete set null;`);
    this.addSql(`alter table "audit_finding" add constraint "audit_finding_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "scorecard_policy" cascade;`);
    this.addSql(`drop table if exists "audit_finding" cascade;`);

    this.addSql(`drop type "finding_severity";`);
  }

}
