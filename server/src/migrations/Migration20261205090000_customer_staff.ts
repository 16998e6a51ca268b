import { Migration } from '@mikro-orm/migrations';

/**
 * The network's edges: a customer's own trained maintenance staff (an organization of kind
 * CUSTOMER_STAFF linked to that customer, offered jobs on its units only), technicians'
 * certifications, and standards that require a certified technician.
 *
 * The new enum value is not used in this transaction (PostgreSQL refuses a value added in the same
 * transaction until it commits).
 */
export class Migration20261205090000_customer_staff extends Migration {

  override name = 'Migration20261205090000_customer_staff';

  override up(): void | Promise<void> {
    this.addSql(`alter type "org_kind" add value if not exists 'CUSTOMER_STAFF';`);
    this.addSql(`alter table "organization" add column "customer_id" uuid null;`);
    this.addSql(`alter table "organization" add constraint "organization_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on delete set null;`);
    this.addSql(`create index "organization_customer_id_index" on "organization" ("customer_id");`);
    this.addSql(`create table "technician_certification" ("id" uuid not null, "technician_id" uuid not null, "organization_id" uuid not null, "product_line_id" uuid not null, "job_types" text[] not null, "expires_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "technician_certification_technician_id_index" on "technician_certification" ("technician_id");`);
    this.addSql(`create index "technician_certification_organization_id_product_line_id_index" on "technician_certification" ("organization_id", "product_line_id");`);
    this.addSql(`alter table "technician_certification" add constraint "technician_certification_technician_id_foreign" foreign key ("technician_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "technician_certification" add constraint "technician_certification_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "technician_certification" add constraint "technician_certification_product_line_id_foreign" foreign key ("product_line_id") references "product_line" ("id");`);
    this.addSql(`alter table "quality_standard" add column "requires_certified_technician" boolean not null default false;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "quality_standard" drop column "requires_certified_technician";`);
    this.addSql(`drop table if exists "technician_certification";`);
    this.addSql(`alter table "organization" drop constraint "organization_customer_id_foreign";`);
    this.addSql(`drop index "organization_customer_id_index";`);
    this.addSql(`alter table "organization" drop column "customer_id";`);
    // PostgreSQL cannot drop an enum value; CUSTOMER_STAFF stays in org_kind, unused.
  }
}
