import { Migration } from '@mikro-orm/migrations';

/**
 * Return authorizations: the manufacturer asks for a replaced warranty part back (a PART line of a
 * claim, with its faulty serial), the partner ships it with a tracking code, the manufacturer
 * receives and inspects it. One per claim line. Numbered RA-<year>-<n> from their own sequence.
 * Four new event kinds (RETURN_*), appended at the end of the enum. A claim's lines are replaced
 * as a whole while the partner edits it (after a send-back): the return then keeps its claim, part
 * and serial, and loses the link to the line (set null).
 */
export class Migration20261205096000_returns extends Migration {

  override name = 'Migration20261205096000_returns';

  override up(): void | Promise<void> {
    this.addSql(`create type "return_state" as enum ('REQUESTED', 'SHIPPED', 'RECEIVED', 'INSPECTED');`);
    this.addSql(`create type "inspection_result" as enum ('CONFIRMED_FAULT', 'NO_FAULT_FOUND', 'MISUSE');`);
    this.addSql(`alter type "event_kind" add value if not exists 'RETURN_REQUESTED';`);
    this.addSql(`alter type "event_kind" add value if not exists 'RETURN_SHIPPED';`);
    this.addSql(`alter type "event_kind" add value if not exists 'RETURN_RECEIVED';`);
    this.addSql(`alter type "event_kind" add value if not exists 'RETURN_INSPECTED';`);
    this.addSql(`create sequence if not exists "return_number_seq";`);
    this.addSql(`create table "return_authorization" ("id" uuid not null, "number" varchar(40) not null, "claim_line_id" uuid null, "claim_id" uuid not null, "job_id" uuid not null, "manufacturer_id" uuid not null, "partner_id" uuid not null, "part_id" uuid null, "faulty_serial" varchar(100) null, "state" "return_state" not null default 'REQUESTED', "request_note" text null, "requested_by_id" uuid null, "requested_at" timestamptz not null, "return_by" timestamptz null, "tracking_code" varchar(200) null, "shipped_at" timestamptz null, "received_at" timestamptz null, "inspected_at" timestamptz null, "result" "inspection_result" null, "inspection_note" text null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "return_authorization" add constraint "return_authorization_number_unique" unique ("number");`);
    this.addSql(`alter table "return_authorization" add constraint "return_authorization_claim_line_id_unique" unique ("claim_line_id");`);
    this.addSql(`create index "return_authorization_manufacturer_id_state_index" on "return_authorization" ("manufacturer_id", "state");`);
    this.addSql(`create index "return_authorization_partner_id_state_index" on "return_authorization" ("partner_id", "state");`);
    this.addSql(`create index "return_authorization_claim_id_index" on "return_authorization" ("claim_id");`);
    this.addSql(`create index "return_authorization_job_id_index" on "return_authorization" ("job_id");`);
    this.addSql(`alter table "return_authorization" add constraint "return_authorization_claim_line_id_foreign" foreign key ("claim_line_id") references "claim_line" ("id") on delete set null;`);
    this.addSql(`alter table "return_authorization" add constraint "return_authorization_claim_id_foreign" foreign key ("claim_id") references "warranty_claim" ("id");`);
    this.addSql(`alter table "return_authorization" add constraint "return_authorization_job_id_foreign" foreign key ("job_id") references "service_job" ("id");`);
    this.addSql(`alter table "return_authorization" add constraint "return_authorization_manufacturer_id_foreign" foreign key ("manufacturer_id") references "organization" ("id");`);
    this.addSql(`alter table "return_authorization" add constraint "return_authorization_partner_id_foreign" foreign key ("partner_id") references "organization" ("id");`);
    this.addSql(`alter table "return_authorization" add constraint "return_authorization_part_id_foreign" foreign key ("part_id") references "part" ("id") on delete set null;`);
    this.addSql(`alter table "return_authorization" add constraint "return_authorization_requested_by_id_foreign" foreign key ("requested_by_id") references "app_user" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "return_authorization";`);
    this.addSql(`drop sequence if exists "return_number_seq";`);
    this.addSql(`drop type if exists "inspection_result";`);
    this.addSql(`drop type if exists "return_state";`);
    // PostgreSQL cannot drop an enum value: the RETURN_* event kinds stay, unused.
  }
}
