import { Migration } from '@mikro-orm/migrations';

export class Migration20261201090000_evidence extends Migration {

  override name = 'Migration20261201090000_evidence';

  override up(): void | Promise<void> {
    this.addSql(`create type "attachment_kind" as enum ('PHOTO', 'DOCUMENT', 'SIGNATURE');`);
    this.addSql(`create table "attachment" ("id" uuid not null, "job_id" uuid not null, "uploaded_by_id" uuid null, "kind" "attachment_kind" not null, "content_type" varchar(100) not null, "byte_size" int not null, "width" int null, "height" int null, "signer_name" varchar(200) null, "signed_at" timestamptz null, "storage_key" varchar(200) not null, "thumbnail_key" varchar(200) null, "thumbnail_content_type" varchar(100) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "attachment_job_id_created_at_index" on "attachment" ("job_id", "created_at");`);
    this.addSql(`alter table "attachment" add constraint "attachment_job_id_foreign" foreign key ("job_id") references "service_job" ("id");`);
    this.addSql(`alter table "attachment" add constraint "attachment_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`create table "file_blob" ("key" varchar(200) not null, "bytes" bytea not null, "created_at" timestamptz not null, primary key ("key"));`);
    // The standard says how many photos: one where it asked for a photo.
    this.addSql(`alter table "quality_standard" add column "min_photos" int not null default 0, add column "keep_photo_location" boolean not null default false;`);
    this.addSql(`update "quality_standard" set "min_photos" = 1 where "requires_photo";`);
    this.addSql(`alter table "quality_standard" drop column "requires_photo";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "quality_standard" add column "requires_photo" boolean not null default false;`);
    this.addSql(`update "quality_standard" set "requires_photo" = "min_photos" > 0;`);
    this.addSql(`alter table "quality_standard" drop column "min_photos", drop column "keep_photo_location";`);
    this.addSql(`drop table if exists "file_blob" cascade;`);
    this.addSql(`drop table if exists "attachment" cascade;`);
    this.addSql(`drop type "attachment_kind";`);
  }

}
