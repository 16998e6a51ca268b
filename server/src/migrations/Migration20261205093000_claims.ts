import { Migration } from '@mikro-orm/migrations';

/**
 * Warranty and contract claims: a claim per completed WARRANTY/CONTRACT job with its lines
 * (labour, parts, travel), the send-back conversation, and the payment batches that pay approved
 * claims. Reviewers' reason codes get their own kind (CLAIM_LINE); four new event kinds.
 *
 * Backfill: every job already completed (COMPLETED or CLOSED) under WARRANTY or CONTRACT gets a
 * DRAFT claim prefilled as modules/claim/claim-draft.ts drafts one at completion: one LABOR line
 * (the job's minutes at the partner's rate capped by its standard's ceiling in the same currency),
 * one PART line per shipped parts-request line (by request, then SKU) at the approved quantity and list price. The new
 * enum values of existing types are not used in this transaction (PostgreSQL refuses that); the
 * new types are.
 */
export class Migration20261205093000_claims extends Migration {

  override name = 'Migration20261205093000_claims';

  override up(): void | Promise<void> {
    this.addSql(`create type "claim_state" as enum ('DRAFT', 'SUBMITTED', 'SENT_BACK', 'APPROVED', 'PARTIALLY_APPROVED', 'REJECTED', 'PAID');`);
    this.addSql(`create type "claim_message_kind" as enum ('QUESTION', 'ANSWER');`);
    this.addSql(`create type "claim_line_kind" as enum ('LABOR', 'PART', 'TRAVEL');`);
    this.addSql(`create type "claim_line_decision" as enum ('APPROVED', 'ADJUSTED', 'REJECTED');`);
    this.addSql(`alter type "reason_kind" add value if not exists 'CLAIM_LINE';`);
    this.addSql(`alter type "event_kind" add value if not exists 'CLAIM_SUBMITTED';`);
    this.addSql(`alter type "event_kind" add value if not exists 'CLAIM_SENT_BACK';`);
    this.addSql(`alter type "event_kind" add value if not exists 'CLAIM_REVIEWED';`);
    this.addSql(`alter type "event_kind" add value if not exists 'CLAIM_PAID';`);

    this.addSql(`create table "payment_batch" ("id" uuid not null, "manufacturer_id" uuid not null, "partner_id" uuid not null, "reference" varchar(100) not null, "period_from" timestamptz not null, "period_to" timestamptz not null, "paid_at" timestamptz not null, "created_by_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "payment_batch_partner_id_index" on "payment_batch" ("partner_id");`);
    this.addSql(`alter table "payment_batch" add constraint "payment_batch_manufacturer_id_reference_unique" unique ("manufacturer_id", "reference");`);

    this.addSql(`create table "warranty_claim" ("id" uuid not null, "number" varchar(40) not null, "job_id" uuid not null, "partner_id" uuid not null, "manufacturer_id" uuid not null, "coverage" "coverage" not null, "state" "claim_state" not null default 'DRAFT', "submitted_at" timestamptz null, "review_due_at" timestamptz null, "reviewed_at" timestamptz null, "paid_at" timestamptz null, "payment_batch_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "warranty_claim" add constraint "warranty_claim_number_unique" unique ("number");`);
    this.addSql(`alter table "warranty_claim" add constraint "warranty_claim_job_id_unique" unique ("job_id");`);
    this.addSql(`create index "warranty_claim_payment_batch_id_index" on "warranty_claim" ("payment_batch_id");`);
    this.addSql(`create index "warranty_claim_manufacturer_id_state_index" on "warranty_claim" ("manufacturer_id", "state");`);
    this.addSql(`create index "warranty_claim_partner_id_state_index" on "warranty_claim" ("partner_id", "state");`);

    this.addSql(`create table "claim_message" ("id" uuid not null, "claim_id" uuid not null, "author_id" uuid null, "kind" "claim_message_kind" not null, "text" text not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "claim_message_claim_id_index" on "claim_message" ("claim_id");`);

    this.addSql(`create table "claim_line" ("id" uuid not null, "claim_id" uuid not null, "position" int not null, "kind" "claim_line_kind" not null, "description" text not null, "part_id" uuid null, "parts_request_line_id" uuid null, "own_stock" boolean not null default false, "quantity" numeric(12,3) not null, "minutes" int null, "unit_price" numeric(12,2) not null, "currency" varchar(3) not null, "amount" numeric(12,2) not null, "faulty_serial" varchar(100) null, "replacement_serial" varchar(100) null, "decision" "claim_line_decision" null, "approved_amount" numeric(12,2) null, "decision_reason_code" varchar(40) null, "decision_reason" text null, primary key ("id"));`);
    this.addSql(`create index "claim_line_parts_request_line_id_index" on "claim_line" ("parts_request_line_id");`);
    this.addSql(`create index "claim_line_claim_id_index" on "claim_line" ("claim_id");`);

    this.addSql(`alter table "payment_batch" add constraint "payment_batch_manufacturer_id_foreign" foreign key ("manufacturer_id") references "organization" ("id");`);
    this.addSql(`alter table "payment_batch" add constraint "payment_batch_partner_id_foreign" foreign key ("partner_id") references "organization" ("id");`);
    this.addSql(`alter table "payment_batch" add constraint "payment_batch_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "warranty_claim" add constraint "warranty_claim_job_id_foreign" foreign key ("job_id") references "service_job" ("id");`);
    this.addSql(`alter table "warranty_claim" add constraint "warranty_claim_partner_id_foreign" foreign key ("partner_id") references "organization" ("id");`);
    this.addSql(`alter table "warranty_claim" add constraint "warranty_claim_manufacturer_id_foreign" foreign key ("manufacturer_id") references "organization" ("id");`);
    this.addSql(`alter table "warranty_claim" add constraint "warranty_claim_payment_batch_id_foreign" foreign key ("payment_batch_id") references "payment_batch" ("id") on delete set null;`);
    this.addSql(`alter table "claim_message" add constraint "claim_message_claim_id_foreign" foreign key ("claim_id") references "warranty_claim" ("id");`);
    this.addSql(`alter table "claim_message" add constraint "claim_message_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "claim_line" add constraint "claim_line_claim_id_foreign" foreign key ("claim_id") references "warranty_claim" ("id");`);
    this.addSql(`alter table "claim_line" add constraint "claim_line_part_id_foreign" foreign key ("part_id") references "part" ("id") on delete set null;`);
    this.addSql(`alter table "claim_line" add constraint "claim_line_parts_request_line_id_foreign" foreign key ("parts_request_line_id") references "parts_request_line" ("id") on delete set null;`);

    // Backfill: a draft per job already completed, numbered after the job (SJ-… → WC-…).
    this.addSql(`insert into "warranty_claim" ("id", "number", "job_id", "partner_id", "manufacturer_id", "coverage", "state", "created_at", "updated_at")
      select gen_random_uuid(), 'WC' || substr(j."number", 3), j."id", j."assigned_partner_id", j."manufacturer_id", j."coverage", 'DRAFT', j."completed_at", j."completed_at"
      from "service_job" j
      where j."completed_at" is not null and j."status" in ('COMPLETED', 'CLOSED') and j."coverage" in ('WARRANTY', 'CONTRACT') and j."assigned_partner_id" is not null;`);
    // Labour at the partner's rate, capped by the standard's ceiling when both are in one currency (billing/charges.ts chargedRate).
    this.addSql(`insert into "claim_line" ("id", "claim_id", "position", "kind", "description", "quantity", "minutes", "unit_price", "currency", "amount")
      select gen_random_uuid(), c."id", 1, 'LABOR', 'Labour', round(coalesce(j."labor_minutes", 0) / 60.0, 3), coalesce(j."labor_minutes", 0), rate.value, o."currency",
        round(rate.value * coalesce(j."labor_minutes", 0) / 60.0, 2)
      from "warranty_claim" c
      join "service_job" j on j."id" = c."job_id"
      join "organization" o on o."id" = c."partner_id"
      left join "quality_standard" q on q."id" = j."quality_standard_id"
      cross join lateral (select case when q."labor_rate_ceiling" is not null and q."currency" = o."currency" and q."labor_rate_ceiling" < coalesce(o."labor_rate", 0)
        then q."labor_rate_ceiling" else coalesce(o."labor_rate", 0) end as value) rate;`);
    // Parts the manufacturer shipped, at the approved quantity and list price.
    this.addSql(`insert into "claim_line" ("id", "claim_id", "position", "kind", "description", "part_id", "parts_request_line_id", "quantity", "unit_price", "currency", "amount")
      select gen_random_uuid(), c."id", 1 + row_number() over (partition by c."id" order by r."created_at", p."sku", l."id"), 'PART', p."sku" || ' ' || p."name", p."id", l."id",
        l."approved_quantity", p."list_price", p."currency", l."approved_quantity" * p."list_price"
      from "warranty_claim" c
      join "parts_request" r on r."job_id" = c."job_id" and r."status" in ('SHIPPED', 'RECEIVED')
      join "parts_request_line" l on l."request_id" = r."id" and l."approved_quantity" > 0
      join "part" p on p."id" = l."part_id";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "claim_line";`);
    this.addSql(`drop table if exists "claim_message";`);
    this.addSql(`drop table if exists "warranty_claim";`);
    this.addSql(`drop table if exists "payment_batch";`);
    this.addSql(`drop type if exists "claim_line_decision";`);
    this.addSql(`drop type if exists "claim_line_kind";`);
    this.addSql(`drop type if exists "claim_message_kind";`);
    this.addSql(`drop type if exists "claim_state";`);
    // PostgreSQL cannot drop an enum value: CLAIM_LINE and the CLAIM_* event kinds stay, unused.
  }
}
