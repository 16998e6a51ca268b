import { Migration } from '@mikro-orm/migrations';

/**
 * The log's consumers (mail, webhooks) and how far each has read: advanced in the transaction
 * that writes what the consumer made of the events (modules/outbound/event-consumers.ts).
 */
export class Migration20261202090000_event_consumers extends Migration {

  override name = 'Migration20261202090000_event_consumers';

  override up(): void | Promise<void> {
    this.addSql(`create table "event_consumer" ("name" varchar(64) not null, "seq" bigint not null, "updated_at" timestamptz not null default now(), primary key ("name"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "event_consumer";`);
  }
}
