import { Migration } from '@mikro-orm/migrations';

/**
 * Quotes for paid (POST_WARRANTY) work: the partner quotes labour, parts and travel with tax at
 * the manufacturer's country's rate; the customer accepts or declines through a signed link.
 * `claim_line_kind` is shared with warranty claims: whichever migration runs first creates it.
 */
export class Migration20261205094000_quotes extends Migration {

  override name = 'Migration20261205094000_quotes';

  override up(): void | Promise<void> {
    this.addSql(`alter type "event_kind" add value if not exists 'QUOTE_SENT';`);
    this.addSql(`alter type "event_kind" add value if not exists 'QUOTE_ACCEPTED';`);
    this.addSql(`alter type "event_kind" add value if not exists 'QUOTE_DECLINED';`);
    this.addSql(`alter type "mail_kind" add value if not exists 'QUOTE_SENT';`);
    this.addSql(`do $$ begin create type "claim_line_kind" as enum ('LABOR', 'PART', 'TRAVEL'); exception when duplicate_object then null; end $$;`);
    this.addSql(`create type "quote_state" as enum ('SENT', 'ACCEPTED', 'DECLINED', 'SUPERSEDED');`);
    this.addSql(`create table "quote" ("id" uuid not null, "job_id" uuid not null, "number" varchar(48) not null, "state" "quote_state" not null default 'SENT', "currency" varchar(3) not null, "net" numeric(12,2) not null, "tax_rate" numeric(5,2) not null, "tax_country" varchar(2) null, "tax" numeric(12,2) not null, "gross" numeric(12,2) not null, "valid_until" timestamptz not null, "sent_at" timestamptz not null, "sent_by_id" uuid not null, "answered_at" timestamptz null, "decline_reason" text null, primary key ("id"));`);
    this.addSql(`alter table "quote" add constraint "quote_number_unique" unique ("number");`);
    this.addSql(`create index "quote_job_id_sent_at_index" on "quote" ("job_id", "sent_at");`);
    this.addSql(`alter table "quote" add constraint "quote_job_id_foreign" foreign key ("job_id") references "service_job" ("id");`);
    this.addSql(`alter table "quote" add constraint "quote_sent_by_id_foreign" foreign key ("sent_by_id") references "app_user" ("id");`);
    this.addSql(`create table "quote_line" ("id" uuid not null, "quote_id" uuid not null, "position" int not null, "kind" "claim_line_kind" not null, "description" text not null, "part_id" uuid null, "quantity" numeric(10,2) not null, "unit_price" numeric(12,2) not null, "amount" numeric(12,2) not null, "currency" varchar(3) not null, primary key ("id"));`);
    this.addSql(`create index "quote_line_quote_id_index" on "quote_line" ("quote_id");`);
    this.addSql(`alter table "quote_line" add constraint "quote_line_quote_id_foreign" foreign key ("quote_id") references "quote" ("id");`);
    this.addSql(`alter table "quote_line" add constraint "quote_line_part_id_foreign" foreign key ("part_id") references "part" ("id") on delete set null;`);
    this.addSql(`alter table "quote_line" add constraint "quote_line_quantity_positive" check (quantity > 0);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "quote_line";`);
    this.addSql(`drop table if exists "quote";`);
    this.addSql(`drop type if exists "quote_state";`);
    // claim_line_kind may be the claims' too; the enum values added above stay (PostgreSQL cannot drop them).
  }
}
