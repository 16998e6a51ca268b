import { Migration } from '@mikro-orm/migrations';

/**
 * The webhook tables as their entities describe them (modules/webhook/*.entity.ts): foreign keys
 * named the house way (`_foreign`), and a delivery's state a native enum like every other state.
 * The failed-deliveries index filters on the state, so it is rebuilt around the type change. The
 * deliveries' index loses its `desc`: a btree reads newest first by scanning backwards, and
 * MikroORM 7.2's introspection misreads `("endpoint_id", "id" desc)` (it finds `id` inside
 * `endpoint_id`), so the schema diff could never be empty with it. And the mail a disabled
 * endpoint sends its organization's admins gets its kind (modules/mail/mail-notices.ts).
 */
export class Migration20261202093500_webhook_entities extends Migration {

  override name = 'Migration20261202093500_webhook_entities';

  override up(): void | Promise<void> {
    this.addSql(`alter table "webhook_endpoint" rename constraint "webhook_endpoint_organization_id_fkey" to "webhook_endpoint_organization_id_foreign";`);
    this.addSql(`alter table "webhook_delivery" rename constraint "webhook_delivery_endpoint_id_fkey" to "webhook_delivery_endpoint_id_foreign";`);
    this.addSql(`alter table "webhook_attempt" rename constraint "webhook_attempt_delivery_id_fkey" to "webhook_attempt_delivery_id_foreign";`);
    this.addSql(`create type "webhook_delivery_state" as enum ('PENDING', 'DELIVERED', 'FAILED');`);
    this.addSql(`drop index "webhook_delivery_failed_idx";`);
    this.addSql(`alter table "webhook_delivery" drop constraint "webhook_delivery_state_check";`);
    this.addSql(`alter table "webhook_delivery" alter column "state" drop default;`);
    this.addSql(`alter table "webhook_delivery" alter column "state" type "webhook_delivery_state" using ("state"::"webhook_delivery_state");`);
    this.addSql(`alter table "webhook_delivery" alter column "state" set default 'PENDING';`);
    this.addSql(`create index "webhook_delivery_failed_idx" on "webhook_delivery" ("endpoint_id", "failed_at") where "state" = 'FAILED';`);
    this.addSql(`drop index "webhook_delivery_endpoint_idx";`);
    this.addSql(`create index "webhook_delivery_endpoint_idx" on "webhook_delivery" ("endpoint_id", "id");`);
    this.addSql(`alter type "mail_kind" add value if not exists 'WEBHOOK_DISABLED';`);
  }

  override down(): void | Promise<void> {
    // PostgreSQL cannot drop an enum value: 'WEBHOOK_DISABLED' stays in mail_kind, unused.
    this.addSql(`drop index "webhook_delivery_endpoint_idx";`);
    this.addSql(`create index "webhook_delivery_endpoint_idx" on "webhook_delivery" ("endpoint_id", "id" desc);`);
    this.addSql(`drop index "webhook_delivery_failed_idx";`);
    this.addSql(`alter table "webhook_delivery" alter column "state" drop default;`);
    this.addSql(`alter table "webhook_delivery" alter column "state" type text using ("state"::text);`);
    this.addSql(`alter table "webhook_delivery" alter column "state" set default 'PENDING';`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_state_check" check ("state" in ('PENDING', 'DELIVERED', 'FAILED'));`);
    this.addSql(`create index "webhook_delivery_failed_idx" on "webhook_delivery" ("endpoint_id", "failed_at") where "state" = 'FAILED';`);
    this.addSql(`drop type "webhook_delivery_state";`);
    this.addSql(`alter table "webhook_attempt" rename constraint "webhook_attempt_delivery_id_foreign" to "webhook_attempt_delivery_id_fkey";`);
    this.addSql(`alter table "webhook_delivery" rename constraint "webhook_delivery_endpoint_id_foreign" to "webhook_delivery_endpoint_id_fkey";`);
    this.addSql(`alter table "webhook_endpoint" rename constraint "webhook_endpoint_organization_id_foreign" to "webhook_endpoint_organization_id_fkey";`);
  }
}
