import { Migration } from '@mikro-orm/migrations';

/**
 * The mailed offers' links that were used (modules/dispatch/mailed-offer.service.ts): a link is
 * spent by its id in the transaction that answers the offer, and the primary key lets exactly one
 * of two concurrent answers through.
 */
export class Migration20261202094000_offer_links extends Migration {

  override name = 'Migration20261202094000_offer_links';

  override up(): void | Promise<void> {
    this.addSql(`create table "offer_link_use" ("link_id" uuid not null, "offer_id" uuid not null, "user_id" uuid not null, "action" varchar(16) not null, "used_at" timestamptz not null, primary key ("link_id"));`);
    this.addSql(`alter table "offer_link_use" add constraint "offer_link_use_offer_id_foreign" foreign key ("offer_id") references "job_offer" ("id") on delete cascade;`);
    this.addSql(`create index "offer_link_use_offer_id_index" on "offer_link_use" ("offer_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "offer_link_use";`);
  }
}
