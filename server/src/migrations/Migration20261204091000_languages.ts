import { Migration } from '@mikro-orm/migrations';

/**
 * Languages and time zones of the people the portal writes to: a user's language (one of the
 * portal's codes) and time zone (IANA), null meaning "the browser decides"; a customer's language
 * and the one a /request form was sent in, for the customer's mails. Existing rows get null: the
 * portal follows the browser, and mails stay English, until someone chooses.
 */
export class Migration20261204091000_languages extends Migration {

  override name = 'Migration20261204091000_languages';

  override up(): void | Promise<void> {
    this.addSql(`alter table "app_user" add column "locale" varchar(8) null, add column "time_zone" varchar(64) null;`);
    this.addSql(`alter table "customer" add column "locale" varchar(8) null;`);
    this.addSql(`alter table "service_request" add column "locale" varchar(8) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "service_request" drop column "locale";`);
    this.addSql(`alter table "customer" drop column "locale";`);
    this.addSql(`alter table "app_user" drop column "locale", drop column "time_zone";`);
  }
}
