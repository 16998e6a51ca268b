import { Migration } from '@mikro-orm/migrations';

/**
 * Distance in dispatch: sites (equipment units) and partner service points get coordinates, a
 * partner may set a service radius, and each manufacturer weights distance in its policy. Existing
 * rows have no coordinates: their distance is unknown until an admin sets them (dispatch says so).
 */
export class Migration20261203090000_distance extends Migration {

  override name = 'Migration20261203090000_distance';

  override up(): void | Promise<void> {
    this.addSql(`alter table "organization" add column "latitude" double precision null, add column "longitude" double precision null, add column "service_radius_km" int null;`);
    this.addSql(`alter table "organization" add constraint "organization_location_valid" check ((latitude is null) = (longitude is null) and abs(latitude) <= '90'::float8 and abs(longitude) <= '180'::float8);`);
    this.addSql(`alter table "organization" add constraint "organization_service_radius_positive" check (service_radius_km > 0);`);
    this.addSql(`alter table "equipment_unit" add column "site_latitude" double precision null, add column "site_longitude" double precision null;`);
    this.addSql(`alter table "equipment_unit" add constraint "equipment_unit_site_location_valid" check ((site_latitude is null) = (site_longitude is null) and abs(site_latitude) <= '90'::float8 and abs(site_longitude) <= '180'::float8);`);
    this.addSql(`alter table "scorecard_policy" add column "distance_weight" double precision not null default 0.5;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "scorecard_policy" drop column "distance_weight";`);
    this.addSql(`alter table "equipment_unit" drop constraint "equipment_unit_site_location_valid";`);
    this.addSql(`alter table "equipment_unit" drop column "site_latitude", drop column "site_longitude";`);
    this.addSql(`alter table "organization" drop constraint "organization_service_radius_positive";`);
    this.addSql(`alter table "organization" drop constraint "organization_location_valid";`);
    this.addSql(`alter table "organization" drop column "latitude", drop column "longitude", drop column "service_radius_km";`);
  }
}
