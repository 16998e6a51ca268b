import { Migration } from '@mikro-orm/migrations';

/**
 * The manufacturer's texts in the reader's language (shared/translations.ts): translations are
 * JSON beside the text as written (`{ "de": "…" }`), on a standard's checklist items (inside the
 * checklist JSON, so nothing changes there), on its new instructions, and on reason codes. Reason
 * codes are a per-manufacturer list for declines and findings; an offer and a finding may name one
 * beside the typed text.
 * Existing rows need nothing: no translation reads as written, no code is no code.
 */
export class Migration20261204092000_translations extends Migration {

  override name = 'Migration20261204092000_translations';

  override up(): void | Promise<void> {
    this.addSql(`create type "reason_kind" as enum ('DECLINE', 'FINDING');`);
    this.addSql(`create table "reason_code" ("id" uuid not null, "manufacturer_id" uuid not null, "kind" "reason_kind" not null, "code" varchar(40) not null, "label" text not null, "translations" jsonb not null, "position" int not null default 0, "active" boolean not null default true, primary key ("id"));`);
    this.addSql(`alter table "reason_code" add constraint "reason_code_manufacturer_id_kind_code_unique" unique ("manufacturer_id", "kind", "code");`);
    this.addSql(`alter table "reason_code" add constraint "reason_code_manufacturer_id_foreign" foreign key ("manufacturer_id") references "organization" ("id");`);
    this.addSql(`alter table "job_offer" add "decline_code_id" uuid null;`);
    this.addSql(`alter table "job_offer" add constraint "job_offer_decline_code_id_foreign" foreign key ("decline_code_id") references "reason_code" ("id") on delete set null;`);
    this.addSql(`alter table "audit_finding" add "reason_code_id" uuid null;`);
    this.addSql(`alter table "audit_finding" add constraint "audit_finding_reason_code_id_foreign" foreign key ("reason_code_id") references "reason_code" ("id") on delete set null;`);
    this.addSql(`alter table "quality_standard" add "instructions" text null, add "instructions_translations" jsonb null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "quality_standard" drop column "instructions", drop column "instructions_translations";`);
    this.addSql(`alter table "audit_finding" drop column "reason_code_id";`);
    this.addSql(`alter table "job_offer" drop column "decline_code_id";`);
    this.addSql(`drop table if exists "reason_code";`);
    this.addSql(`drop type if exists "reason_kind";`);
  }
}
