import { Migration } from '@mikro-orm/migrations';

/**
 * Webhooks (modules/webhook): an organization's endpoints with their encrypted signing secret,
 * one delivery per event and endpoint (its id is the stable webhook-id), and every attempt to send it.
 */
export class Migration20261202093000_webhooks extends Migration {

  override name = 'Migration20261202093000_webhooks';

  override up(): void | Promise<void> {
    this.addSql(`create table "webhook_endpoint" (
      "id" uuid not null, "organization_id" uuid not null references "organization" ("id") on delete cascade,
      "url" text not null, "description" text not null default '', "event_kinds" text[] not null default '{}',
      "secret" text not null, "enabled" boolean not null default true, "consecutive_failures" int not null default 0,
      "disabled_at" timestamptz null, "disabled_reason" text null,
      "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      primary key ("id"));`);
    this.addSql(`create index "webhook_endpoint_organization_idx" on "webhook_endpoint" ("organization_id") where "enabled";`);
    this.addSql(`create index "webhook_endpoint_org_all_idx" on "webhook_endpoint" ("organization_id", "created_at");`);
    this.addSql(`create table "webhook_delivery" (
      "id" uuid not null, "endpoint_id" uuid not null references "webhook_endpoint" ("id") on delete cascade,
      "event_seq" bigint not null, "event_kind" text not null, "job_id" uuid null, "payload" jsonb not null,
      "state" text not null default 'PENDING' check ("state" in ('PENDING', 'DELIVERED', 'FAILED')),
      "queue_job_id" uuid not null, "attempt_count" int not null default 0, "last_status_code" int null, "last_error" text null,
      "created_at" timestamptz not null default now(), "delivered_at" timestamptz null, "failed_at" timestamptz null,
      primary key ("id"));`);
    this.addSql(`create index "webhook_delivery_endpoint_idx" on "webhook_delivery" ("endpoint_id", "id" desc);`);
    this.addSql(`create index "webhook_delivery_failed_idx" on "webhook_delivery" ("endpoint_id", "failed_at") where "state" = 'FAILED';`);
    this.addSql(`create table "webhook_attempt" (
      "delivery_id" uuid not null references "webhook_delivery" ("id") on delete cascade, "number" int not null,
      "at" timestamptz not null default now(), "latency_ms" int not null, "status_code" int null, "error" text null, "response_body" text null,
      primary key ("delivery_id", "number"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "webhook_attempt";`);
    this.addSql(`drop table if exists "webhook_delivery";`);
    this.addSql(`drop table if exists "webhook_endpoint";`);
  }
}
