import { Migration } from '@mikro-orm/migrations';

/**
 * Outgoing mail (modules/mail): the outbox the 'mail' consumer writes and the job queue sends,
 * each user's choice of which kinds they receive (no row: on), and the customers' addresses that
 * unsubscribed.
 */
export class Migration20261202092000_mail extends Migration {

  override name = 'Migration20261202092000_mail';

  override up(): void | Promise<void> {
    this.addSql(`create type "mail_kind" as enum ('OFFER_MADE', 'OFFER_DECLINED', 'OFFER_EXPIRED', 'SLA_BREACHED', 'FINDING_RECORDED', 'PARTNER_STATUS_CHANGED', 'JOB_REGISTERED', 'APPOINTMENT_SET', 'JOB_COMPLETED', 'SURVEY_REQUEST');`);
    this.addSql(`create type "mail_status" as enum ('QUEUED', 'HELD', 'SENT', 'FAILED');`);
    this.addSql(`create table "mail_unsubscribe" ("address" varchar(320) not null, "unsubscribed_at" timestamptz not null, primary key ("address"));`);
    this.addSql(`create table "notification_preference" ("user_id" uuid not null, "kind" "mail_kind" not null, "enabled" boolean not null, "updated_at" timestamptz not null, primary key ("user_id", "kind"));`);
    this.addSql(`create table "mail_message" ("id" uuid not null, "manufacturer_id" uuid not null, "message_id" varchar(255) not null, "recipient" varchar(320) not null, "recipient_user_id" uuid null, "kind" "mail_kind" not null, "language" varchar(16) not null, "subject" text not null, "text" text not null, "html" text not null, "job_id" uuid null, "status" "mail_status" not null, "attempts" int not null default 0, "last_error" text null, "created_at" timestamptz not null, "sent_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "mail_message" add constraint "mail_message_message_id_unique" unique ("message_id");`);
    this.addSql(`create index "mail_message_manufacturer_id_status_created_at_index" on "mail_message" ("manufacturer_id", "status", "created_at");`);
    this.addSql(`create index "mail_message_manufacturer_id_created_at_index" on "mail_message" ("manufacturer_id", "created_at");`);
    this.addSql(`alter table "notification_preference" add constraint "notification_preference_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "mail_message" add constraint "mail_message_manufacturer_id_foreign" foreign key ("manufacturer_id") references "organization" ("id");`);
    this.addSql(`alter table "mail_message" add constraint "mail_message_recipient_user_id_foreign" foreign key ("recipient_user_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "mail_message" add constraint "mail_message_job_id_foreign" foreign key ("job_id") references "service_job" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "mail_message" cascade;`);
    this.addSql(`drop table if exists "notification_preference" cascade;`);
    this.addSql(`drop table if exists "mail_unsubscribe" cascade;`);
    this.addSql(`drop type if exists "mail_status";`);
    this.addSql(`drop type if exists "mail_kind";`);
  }
}
