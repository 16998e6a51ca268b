import { Migration } from '@mikro-orm/migrations';

/**
 * Money gets its currency (ISO 4217) where the amount lives: the organization (a manufacturer's
 * own, a partner's labour rate's), the part's list price and the standard's labour rate ceiling.
 * Existing amounts were all meant in the manufacturer's currency, which is EUR for every existing
 * manufacturer: parts and standards take their manufacturer's, partners EUR.
 */
export class Migration20261203091000_money extends Migration {

  override name = 'Migration20261203091000_money';

  override up(): void | Promise<void> {
    this.addSql(`alter table "organization" add column "currency" varchar(3) not null default 'EUR';`);
    this.addSql(`alter table "part" add column "currency" varchar(3) null;`);
    this.addSql(`update "part" p set "currency" = o."currency" from "organization" o where o."id" = p."manufacturer_id";`);
    this.addSql(`alter table "part" alter column "currency" set not null;`);
    this.addSql(`alter table "quality_standard" add column "currency" varchar(3) null;`);
    this.addSql(`update "quality_standard" q set "currency" = o."currency" from "product_line" l join "organization" o on o."id" = l."manufacturer_id" where l."id" = q."product_line_id";`);
    this.addSql(`alter table "quality_standard" alter column "currency" set not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "quality_standard" drop column "currency";`);
    this.addSql(`alter table "part" drop column "currency";`);
    this.addSql(`alter table "organization" drop column "currency";`);
  }
}
