import { Migration } from '@mikro-orm/migrations';

/**
 * Partner onboarding by invitation: a manufacturer's invitation of a firm by email (its mailed link
 * is signed for the invitation, shared/message-links.ts), the firm's address and country, a network
 * membership that is pending until the manufacturer approves it (never dispatched to before), and
 * technicians' certificate files: an attachment of an organization rather than of a job, naming
 * the certification it proves.
 * Existing memberships are approved ones (pending defaults to false).
 */
export class Migration20261205095000_onboarding extends Migration {

  override name = 'Migration20261205095000_onboarding';

  override up(): void | Promise<void> {
    this.addSql(`alter type "event_kind" add value if not exists 'PARTNER_REGISTERED';`);
    this.addSql(`alter type "event_kind" add value if not exists 'PARTNER_APPROVED';`);
    this.addSql(`alter type "mail_kind" add value if not exists 'PARTNER_INVITATION';`);
    this.addSql(`alter type "attachment_kind" add value if not exists 'CERTIFICATE';`);
    this.addSql(`create type "invitation_state" as enum ('PENDING', 'REGISTERED', 'APPROVED', 'DECLINED', 'EXPIRED');`);
    this.addSql(`create table "partner_invitation" ("id" uuid not null, "manufacturer_id" uuid not null, "email" varchar(320) not null, "firm_name" varchar(200) null, "kind" "org_kind" null, "locale" varchar(8) null, "state" "invitation_state" not null default 'PENDING', "invited_by_id" uuid null, "partner_id" uuid null, "expires_at" timestamptz not null, "created_at" timestamptz not null, "registered_at" timestamptz null, "decided_at" timestamptz null, "decline_reason" text null, primary key ("id"));`);
    this.addSql(`create index "partner_invitation_manufacturer_id_created_at_index" on "partner_invitation" ("manufacturer_id", "created_at");`);
    this.addSql(`create index "partner_invitation_partner_id_index" on "partner_invitation" ("partner_id");`);
    this.addSql(`alter table "partner_invitation" add constraint "partner_invitation_manufacturer_id_foreign" foreign key ("manufacturer_id") references "organization" ("id");`);
    this.addSql(`alter table "partner_invitation" add constraint "partner_invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "partner_invitation" add constraint "partner_invitation_partner_id_foreign" foreign key ("partner_id") references "organization" ("id") on delete set null;`);
    this.addSql(`alter table "organization" add column "country" varchar(2) null, add column "address" text null;`);
    this.addSql(`alter table "network_membership" add column "pending" boolean not null default false;`);
    this.addSql(`alter table "attachment" alter column "job_id" drop not null, add column "organization_id" uuid null;`);
    this.addSql(`alter table "attachment" add constraint "attachment_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
    this.addSql(`create index "attachment_organization_id_index" on "attachment" ("organization_id");`);
    this.addSql(`alter table "attachment" add column "certification_id" uuid null;`);
    this.addSql(`alter table "attachment" add constraint "attachment_certification_id_foreign" foreign key ("certification_id") references "technician_certification" ("id") on delete set null;`);
    this.addSql(`create index "attachment_certification_id_index" on "attachment" ("certification_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "attachment" where "job_id" is null;`);
    this.addSql(`drop index "attachment_certification_id_index";`);
    this.addSql(`alter table "attachment" drop constraint "attachment_certification_id_foreign";`);
    this.addSql(`alter table "attachment" drop column "certification_id";`);
    this.addSql(`drop index "attachment_organization_id_index";`);
    this.addSql(`alter table "attachment" drop constraint "attachment_organization_id_foreign";`);
    this.addSql(`alter table "attachment" drop column "organization_id", alter column "job_id" set not null;`);
    this.addSql(`alter table "network_membership" drop column "pending";`);
    this.addSql(`alter table "organization" drop column "country", drop column "address";`);
    this.addSql(`drop table if exists "partner_invitation" cascade;`);
    this.addSql(`drop type "invitation_state";`);
    // PostgreSQL cannot drop an enum value: the new event, mail and attachment kinds stay, unused.
  }
}
