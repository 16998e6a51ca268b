import { Migration } from '@mikro-orm/migrations';

/**
 * A customer's staff names its customer, and the customer names its manufacturer: organization and
 * customer reference each other. The staff's link is checked at commit, so a backup's tables load
 * one after the other in the restore's one transaction (ops/catalog.ts leaves deferred links out
 * of the load order).
 */
export class Migration20261205092000_deferred_customer_link extends Migration {
  override name = 'Migration20261205092000_deferred_customer_link';

  override up(): void | Promise<void> {
    this.addSql(`alter table "organization" alter constraint "organization_customer_id_foreign" deferrable initially deferred;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "organization" alter constraint "organization_customer_id_foreign" not deferrable;`);
  }
}
