import { Migration } from '@mikro-orm/migrations';

export class Migration20261123031355_initial extends Migration {

  override name = 'Migration20261123031355_initial';

  override up(): void | Promise<void> {
    // Job numbers (SJ-2026-000123) come from a sequence: not an entity, so written by hand.
    this.addSql(`create sequence "job_number_seq";`);
    this.addSql(`create type "org_kind" as enum ('MANUFACTURER', 'BRANCH', 'DEALER', 'INDEPENDENT_SPECIALIST', 'CONSORTIUM_PARTNER');`);
    this.addSql(`create type "partner_status" as enum ('ACTIVE', 'PROBATION', 'SUSPENDED');`);
    this.addSql(`create type "service_strategy" as enum ('DISPOSABLE', 'REPAIRABLE', 'RAPID_RESPONSE', 'NEVER_FAIL');`);
    this.addSql(`create type "job_type" as enum ('INSTALLATION', 'MAINTENANCE', 'REPAIR', 'INSPECTION', 'TRAINING', 'DELIVERY');`);
    this.addSql(`create type "user_role" as enum ('ADMIN', 'DISPATCHER', 'PARTS_CLERK', 'AUDITOR', 'PARTNER_ADMIN', 'TECHNICIAN');`);
    this.addSql(`create type "job_status" as enum ('NEW', 'OFFERED', 'ASSIGNED', 'SCHEDULED', 'IN_PROGRESS', 'AWAITING_PARTS', 'COMPLETED', 'CLOSED', 'CANCELLED');`);
    this.addSql(`create type "coverage" as enum ('WARRANTY', 'POST_WARRANTY', 'CONTRACT');`);
    this.addSql(`create type "offer_status" as enum ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN');`);
    this.addSql(`create type "parts_request_status" as enum ('REQUESTED', 'APPROVED', 'PARTIALLY_APPROVED', 'REJECTED', 'SHIPPED', 'RECEIVED');`);
    this.addSql(`create type "event_kind" as enum ('JOB_CREATED', 'JOB_OFFERED', 'OFFER_ACCEPTED', 'OFFER_DECLINED', 'OFFER_EXPIRED', 'OFFER_WITHDRAWN', 'JOB_SCHEDULED', 'JOB_STARTED', 'PARTS_REQUESTED', 'PARTS_DECIDED', 'PARTS_SHIPPED', 'PARTS_RECEIVED', 'QUALITY_GATE_FAILED', 'JOB_COMPLETED', 'JOB_CLOSED', 'JOB_REOPENED', 'JOB_CANCELLED', 'SLA_BREACHED', 'SURVEY_SUBMITTED', 'PARTNER_STATUS_CHANGED');`);
    this.addSql(`create table "idempotency_key" ("user_id" uuid not null, "key" varchar(200) not null, "operation" varchar(64) not null, "request_hash" varchar(64) not null, "result_id" uuid not null, "created_at" timestamptz not null, primary key ("user_id", "key"));`);

    this.addSql(`create table "organization" ("id" uuid not null, "slug" varchar(64) not null, "name" varchar(200) not null, "kind" "org_kind" not null, "status" "partner_status" null, "regions" text[] not null, "capacity" int not null default 0, "labor_rate" numeric(10,2) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "organization" add constraint "organization_slug_unique" unique ("slug");`);

    this.addSql(`create table "network_membership" ("id" uuid not null, "manufacturer_id" uuid not null, "partner_id" uuid not null, "since" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "network_membership_partner_id_index" on "network_membership" ("partner_id");`);
    this.addSql(`alter table "network_membership" add constraint "network_membership_manufacturer_id_partner_id_unique" unique ("manufacturer_id", "partner_id");`);

    this.addSql(`create table "customer" ("id" uuid not null, "manufacturer_id" uuid not null, "name" varchar(200) not null, "email" varchar(320) null, "phone" varchar(64) null, primary key ("id"));`);
    this.addSql(`create index "customer_manufacturer_id_index" on "customer" ("manufacturer_id");`);

    this.addSql(`create table "part" ("id" uuid not null, "manufacturer_id" uuid not null, "sku" varchar(64) not null, "name" varchar(200) not null, "list_price" numeric(12,2) not null, primary key ("id"));`);
    this.addSql(`alter table "part" add constraint "part_manufacturer_id_sku_unique" unique ("manufacturer_id", "sku");`);

    this.addSql(`create table "product_line" ("id" uuid not null, "manufacturer_id" uuid not null, "name" varchar(200) not null, "strategy" "service_strategy" not null, primary key ("id"));`);
    this.addSql(`create index "product_line_manufacturer_id_index" on "product_line" ("manufacturer_id");`);

    this.addSql(`create table "certification" ("id" uuid not null, "partner_id" uuid not null, "product_line_id" uuid not null, "job_types" text[] not null, "expires_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "certification_partner_id_index" on "certification" ("partner_id");`);
    this.addSql(`create index "certification_product_line_id_index" on "certification" ("product_line_id");`);

    this.addSql(`create table "product_model" ("id" uuid not null, "product_line_id" uuid not null, "name" varchar(200) not null, "warranty_months" int not null, primary key ("id"));`);
    this.addSql(`create index "product_model_product_line_id_index" on "product_model" ("product_line_id");`);

    this.addSql(`create table "part_model" ("part_id" uuid not null, "product_model_id" uuid not null, primary key ("part_id", "product_model_id"));`);

    this.addSql(`create table "equipment_unit" ("id" uuid not null, "manufacturer_id" uuid not null, "serial" varchar(64) not null, "model_id" uuid not null, "customer_id" uuid null, "site_address" varchar(500) not null, "region" varchar(32) not null, "sale_date" date not null, "under_contract" boolean not null default false, primary key ("id"));`);
    this.addSql(`create index "equipment_unit_manufacturer_id_index" on "equipment_unit" ("manufacturer_id");`);
    this.addSql(`alter table "equipment_unit" add constraint "equipment_unit_serial_unique" unique ("serial");`);
    this.addSql(`create index "equipment_unit_model_id_index" on "equipment_unit" ("model_id");`);
    this.addSql(`create index "equipment_unit_customer_id_index" on "equipment_unit" ("customer_id");`);

    this.addSql(`create table "quality_standard" ("id" uuid not null, "product_line_id" uuid not null, "job_type" "job_type" not null, "response_minutes" int not null, "resolution_minutes" int not null, "checklist" jsonb not null, "required_report_fields" text[] not null, "requires_photo" boolean not null default false, "requires_signature" boolean not null default false, "labor_rate_ceiling" numeric(10,2) not null, "max_labor_minutes" int not null, primary key ("id"));`);
    this.addSql(`alter table "quality_standard" add constraint "quality_standard_product_line_id_job_type_unique" unique ("product_line_id", "job_type");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "email" varchar(320) not null, "name" varchar(200) not null, "role" "user_role" not null, "organization_id" uuid not null, "password_hash" varchar(200) not null, primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);
    this.addSql(`create index "app_user_organization_id_index" on "app_user" ("organization_id");`);

    this.addSql(`create table "service_job" ("id" uuid not null, "number" varchar(32) not null, "manufacturer_id" uuid not null, "type" "job_type" not null, "status" "job_status" not null default 'NEW', "coverage" "coverage" not null, "priority" int not null, "description" text not null, "equipment_id" uuid not null, "quality_standard_id" uuid null, "assigned_partner_id" uuid null, "technician_id" uuid null, "created_by_id" uuid null, "response_due_at" timestamptz null, "resolution_due_at" timestamptz null, "appointment_at" timestamptz null, "accepted_at" timestamptz null, "started_at" timestamptz null, "completed_at" timestamptz null, "closed_at" timestamptz null, "resolution" text null, "failure_code" varchar(64) null, "checklist_answers" jsonb null, "photo_urls" text[] null, "customer_signature" text null, "labor_minutes" int null, "cancel_reason" text null, "reopen_count" int not null default 0, "survey_token" varchar(64) null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "service_job" add constraint "service_job_number_unique" unique ("number");`);
    this.addSql(`create index "service_job_equipment_id_index" on "service_job" ("equipment_id");`);
    this.addSql(`create index "service_job_assigned_partner_id_index" on "service_job" ("assigned_partner_id");`);
    this.addSql(`create index "service_job_technician_id_index" on "service_job" ("technician_id");`);
    this.addSql(`alter table "service_job" add constraint "service_job_survey_token_unique" unique ("survey_token");`);
    this.addSql(`create index "service_job_manufacturer_id_created_at_index" on "service_job" ("manufacturer_id", "created_at");`);

    this.addSql(`create table "survey" ("id" uuid not null, "job_id" uuid not null, "rating" smallint not null, "comment" text null, "submitted_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "survey" add constraint "survey_job_id_unique" unique ("job_id");`);

    this.addSql(`create table "job_offer" ("id" uuid not null, "job_id" uuid not null, "partner_id" uuid not null, "status" "offer_status" not null default 'PENDING', "expires_at" timestamptz not null, "automatic" boolean not null default false, "decline_reason" text null, "created_at" timestamptz not null, "responded_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "job_offer_job_id_index" on "job_offer" ("job_id");`);
    this.addSql(`create index "job_offer_partner_id_status_index" on "job_offer" ("partner_id", "status");`);
    this.addSql(`create unique index "job_offer_one_pending_per_partner" on "job_offer" ("job_id", "partner_id") where status = 'PENDING';`);
    this.addSql(`create unique index "job_offer_one_accepted_per_job" on "job_offer" ("job_id") where status = 'ACCEPTED';`);

    this.addSql(`create table "parts_request" ("id" uuid not null, "job_id" uuid not null, "status" "parts_request_status" not null default 'REQUESTED', "requested_by_id" uuid null, "tracking_code" varchar(200) null, "decision_note" text null, "created_at" timestamptz not null, "decided_at" timestamptz null, "shipped_at" timestamptz null, "received_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "parts_request_job_id_index" on "parts_request" ("job_id");`);

    this.addSql(`create table "service_event" ("seq" bigserial primary key, "kind" "event_kind" not null, "at" timestamptz not null, "manufacturer_id" uuid not null, "job_id" uuid null, "offer_id" uuid null, "parts_request_id" uuid null, "partner_id" uuid null, "actor_id" uuid null, "audience" text[] not null, "data" jsonb not null);`);
    this.addSql(`create index "service_event_offer_id_index" on "service_event" ("offer_id");`);
    this.addSql(`create index "service_event_partner_id_index" on "service_event" ("partner_id");`);
    this.addSql(`create index "service_event_audience_gin" on "service_event" using gin ("audience");`);
    this.addSql(`create index "service_event_manufacturer_id_at_index" on "service_event" ("manufacturer_id", "at");`);
    this.addSql(`create index "service_event_job_id_seq_index" on "service_event" ("job_id", "seq");`);

    this.addSql(`create table "parts_request_line" ("id" uuid not null, "request_id" uuid not null, "part_id" uuid not null, "quantity" int not null, "approved_quantity" int null, "loaner" boolean not null default false, primary key ("id"));`);
    this.addSql(`create index "parts_request_line_request_id_index" on "parts_request_line" ("request_id");`);

    this.addSql(`alter table "organization" add constraint "organization_capacity_non_negative" check (capacity >= 0);`);

    this.addSql(`alter table "network_membership" add constraint "network_membership_manufacturer_id_foreign" foreign key ("manufacturer_id") references "organization" ("id");`);
    this.addSql(`alter table "network_membership" add constraint "network_membership_partner_id_foreign" foreign key ("partner_id") references "organization" ("id");`);

    this.addSql(`alter table "customer" add constraint "customer_manufacturer_id_foreign" foreign key ("manufacturer_id") references "organization" ("id");`);

    this.addSql(`alter table "part" add constraint "part_manufacturer_id_foreign" foreign key ("manufacturer_id") references "organization" ("id");`);

    this.addSql(`alter table "product_line" add constraint "product_line_manufacturer_id_foreign" foreign key ("manufacturer_id") references "organization" ("id");`);

    this.addSql(`alter table "certification" add constraint "certification_partner_id_foreign" foreign key ("partner_id") references "organization" ("id");`);
    this.addSql(`alter table "certification" add constraint "certification_product_line_id_foreign" foreign key ("product_line_id") references "product_line" ("id");`);

    this.addSql(`alter table "product_model" add constraint "product_model_product_line_id_foreign" foreign key ("product_line_id") references "product_line" ("id");`);

    this.addSql(`alter table "part_model" add constraint "part_model_part_id_foreign" foreign key ("part_id") references "part" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "part_model" add constraint "part_model_product_model_id_foreign" foreign key ("product_model_id") references "product_model" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "equipment_unit" add constraint "equipment_unit_manufacturer_id_foreign" foreign key ("manufacturer_id") references "organization" ("id");`);
    this.addSql(`alter table "equipment_unit" add constraint "equipment_unit_model_id_foreign" foreign key ("model_id") references "product_model" ("id");`);
    this.addSql(`alter table "equipment_unit" add constraint "equipment_unit_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on delete set null;`);

    this.addSql(`alter table "quality_standard" add constraint "quality_standard_product_line_id_foreign" foreign key ("product_line_id") references "product_line" ("id");`);

    this.addSql(`alter table "app_user" add constraint "app_user_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);

    this.addSql(`alter table "service_job" add constraint "service_job_manufacturer_id_foreign" foreign key ("manufacturer_id") references "organization" ("id");`);
    this.addSql(`alter table "service_job" add constraint "service_job_equipment_id_foreign" foreign key ("equipment_id") references "equipment_unit" ("id");`);
    this.addSql(`alter table "service_job" add constraint "service_job_quality_standard_id_foreign" foreign key ("quality_standard_id") references "quality_standard" ("id") on delete set null;`);
    this.addSql(`alter table "service_job" add constraint "service_job_assigned_partner_id_foreign" foreign key ("assigned_partner_id") references "organization" ("id") on delete set null;`);
    this.addSql(`alter table "service_job" add constraint "service_job_technician_id_foreign" foreign key ("technician_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "service_job" add constraint "service_job_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on delete set null;`);

    this.addSql(`alter table "survey" add constraint "survey_job_id_foreign" foreign key ("job_id") references "service_job" ("id");`);
    this.addSql(`alter table "survey" add constraint "survey_rating_range" check (rating >= 1 and rating <= 5);`);

    this.addSql(`alter table "job_offer" add constraint "job_offer_job_id_foreign" foreign key ("job_id") references "service_job" ("id");`);
    this.addSql(`alter table "job_offer" add constraint "job_offer_partner_id_foreign" foreign key ("partner_id") references "organization" ("id");`);

    this.addSql(`alter table "parts_request" add constraint "parts_request_job_id_foreign" foreign key ("job_id") references "service_job" ("id");`);
    this.addSql(`alter table "parts_request" add constraint "parts_request_requested_by_id_foreign" foreign key ("requested_by_id") references "app_user" ("id") on delete set null;`);

    this.addSql(`alter table "service_event" add constraint "service_event_manufacturer_id_foreign" foreign key ("manufacturer_id") references "organization" ("id");`);
    this.addSql(`alter table "service_event" add constraint "service_event_job_id_foreign" foreign key ("job_id") references "service_job" ("id") on delete set null;`);
    this.addSql(`alter table "service_event" add constraint "service_event_offer_id_foreign" foreign key ("offer_id") references "job_offer" ("id") on delete set null;`);
    this.addSql(`alter table "service_event" add constraint "service_event_parts_request_id_foreign" foreign key ("parts_request_id") references "parts_request" ("id") on delete set null;`);
    this.addSql(`alter table "service_event" add constraint "service_event_partner_id_foreign" foreign key ("partner_id") references "organization" ("id") on delete set null;`);
    this.addSql(`alter table "service_event" add constraint "service_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`create or replace function "service_event_service_event_no_rewrite_fn"() returns trigger as \$\$ begin raise exception 'service_event is append-only'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "service_event_no_rewrite" BEFORE UPDATE OR DELETE on "service_event" for each ROW execute function "service_event_service_event_no_rewrite_fn"();`);
    // TRUNCATE bypasses row triggers; MikroORM does not model statement triggers, so this one is by hand.
    this.addSql(`create trigger "service_event_no_truncate" BEFORE TRUNCATE on "service_event" for each STATEMENT execute function "service_event_service_event_no_rewrite_fn"();`);

    this.addSql(`alter table "parts_request_line" add constraint "parts_request_line_request_id_foreign" foreign key ("request_id") references "parts_request" ("id");`);
    this.addSql(`alter table "parts_request_line" add constraint "parts_request_line_part_id_foreign" foreign key ("part_id") references "part" ("id");`);
    this.addSql(`alter table "parts_request_line" add constraint "parts_request_line_quantity_positive" check (quantity > 0);`);
    this.addSql(`alter table "parts_request_line" add constraint "parts_request_line_approved_within" check (approved_quantity >= 0 and approved_quantity <= quantity);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop sequence if exists "job_number_seq";`);
    this.addSql(`alter table "network_membership" drop constraint "network_membership_manufacturer_id_foreign";`);
    this.addSql(`alter table "network_membership" drop constraint "network_membership_partner_id_foreign";`);
    this.addSql(`alter table "customer" drop constraint "customer_manufacturer_id_foreign";`);
    this.addSql(`alter table "part" drop constraint "part_manufacturer_id_foreign";`);
    this.addSql(`alter table "product_line" drop constraint "product_line_manufacturer_id_foreign";`);
    this.addSql(`alter table "certification" drop constraint "certification_partner_id_foreign";`);
    this.addSql(`alter table "equipment_unit" drop constraint "equipment_unit_manufacturer_id_foreign";`);
    this.addSql(`alter table "app_user" drop constraint "app_user_organization_id_foreign";`);
    this.addSql(`alter table "service_job" drop constraint "service_job_manufacturer_id_foreign";`);
    this.addSql(`alter table "service_job" drop constraint "service_job_assigned_partner_id_foreign";`);
    this.addSql(`alter table "job_offer" drop constraint "job_offer_partner_id_foreign";`);
    this.addSql(`alter table "service_event" drop constraint "service_event_manufacturer_id_foreign";`);
    this.addSql(`alter table "service_event" drop constraint "service_event_partner_id_foreign";`);
    this.addSql(`alter table "equipment_unit" drop constraint "equipment_unit_customer_id_foreign";`);
    this.addSql(`alter table "part_model" drop constraint "part_model_part_id_foreign";`);
    this.addSql(`alter table "parts_request_line" drop constraint "parts_request_line_part_id_foreign";`);
    this.addSql(`alter table "certification" drop constraint "certification_product_line_id_foreign";`);
    this.addSql(`alter table "product_model" drop constraint "product_model_product_line_id_foreign";`);
    this.addSql(`alter table "quality_standard" drop constraint "quality_standard_product_line_id_foreign";`);
    this.addSql(`alter table "part_model" drop constraint "part_model_product_model_id_foreign";`);
    this.addSql(`alter table "equipment_unit" drop constraint "equipment_unit_model_id_foreign";`);
    this.addSql(`alter table "service_job" drop constraint "service_job_equipment_id_foreign";`);
    this.addSql(`alter table "service_job" drop constraint "service_job_quality_standard_id_foreign";`);
    this.addSql(`alter table "service_job" drop constraint "service_job_technician_id_foreign";`);
    this.addSql(`alter table "service_job" drop constraint "service_job_created_by_id_foreign";`);
    this.addSql(`alter table "parts_request" drop constraint "parts_request_requested_by_id_foreign";`);
    this.addSql(`alter table "service_event" drop constraint "service_event_actor_id_foreign";`);
    this.addSql(`alter table "survey" drop constraint "survey_job_id_foreign";`);
    this.addSql(`alter table "job_offer" drop constraint "job_offer_job_id_foreign";`);
    this.addSql(`alter table "parts_request" drop constraint "parts_request_job_id_foreign";`);
    this.addSql(`alter table "service_event" drop constraint "service_event_job_id_foreign";`);
    this.addSql(`alter table "service_event" drop constraint "service_event_offer_id_foreign";`);
    this.addSql(`alter table "service_event" drop constraint "service_event_parts_request_id_foreign";`);
    this.addSql(`alter table "parts_request_line" drop constraint "parts_request_line_request_id_foreign";`);

    this.addSql(`drop table if exists "idempotency_key" cascade;`);
    this.addSql(`drop table if exists "organization" cascade;`);
    this.addSql(`drop table if exists "network_membership" cascade;`);
    this.addSql(`drop table if exists "customer" cascade;`);
    this.addSql(`drop table if exists "part" cascade;`);
    this.addSql(`drop table if exists "product_line" cascade;`);
    this.addSql(`drop table if exists "certification" cascade;`);
    this.addSql(`drop table if exists "product_model" cascade;`);
    this.addSql(`drop table if exists "part_model" cascade;`);
    this.addSql(`drop table if exists "equipment_unit" cascade;`);
    this.addSql(`drop table if exists "quality_standard" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
    this.addSql(`drop table if exists "service_job" cascade;`);
    this.addSql(`drop table if exists "survey" cascade;`);
    this.addSql(`drop table if exists "job_offer" cascade;`);
    this.addSql(`drop table if exists "parts_request" cascade;`);
    this.addSql(`drop trigger if exists "service_event_no_truncate" on "service_event";`);
    this.addSql(`drop trigger if exists "service_event_no_rewrite" on "service_event";`);
    this.addSql(`drop function if exists "service_event_service_event_no_rewrite_fn"();`);
    this.addSql(`drop table if exists "service_event" cascade;`);
    this.addSql(`drop table if exists "parts_request_line" cascade;`);

    this.addSql(`drop type "org_kind";`);
    this.addSql(`drop type "partner_status";`);
    this.addSql(`drop type "service_strategy";`);
    this.addSql(`drop type "job_type";`);
    this.addSql(`drop type "user_role";`);
    this.addSql(`drop type "job_status";`);
    this.addSql(`drop type "coverage";`);
    this.addSql(`drop type "offer_status";`);
    this.addSql(`drop type "parts_request_status";`);
    this.addSql(`drop type "event_kind";`);
  }

}
