import { OptionalProps } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Check, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Customer } from './customer.entity.js';
import { ProductModel } from './product-model.entity.js';
import { Organization } from '../network/organization.entity.js';

@Entity({ tableName: 'equipment_unit' })
// Typed bounds, as organization.entity.ts says why.
@Check({
  name: 'equipment_unit_site_location_valid',
  expression: "(site_latitude is null) = (site_longitude is null) and abs(site_latitude) <= '90'::float8 and abs(site_longitude) <= '180'::float8",
})
export class EquipmentUnit {
  [OptionalProps]?: 'underContract' | 'lastMaintenanceAt' | 'siteLatitude' | 'siteLongitude' | 'siteTimeZone';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Denormalised from the model's product line so network scoping needs no join. */
  @ManyToOne({ entity: () => Organization, index: true })
  manufacturer!: Organization;

  @Property({ type: 'string', length: 64, unique: true })
  serial!: string;

  @ManyToOne({ entity: () => ProductModel, index: true })
  model!: ProductModel;

  @ManyToOne({ entity: () => Customer, nullable: true, index: true })
  customer?: Customer | null = null;

  @Property({ type: 'string', length: 500 })
  siteAddress!: string;

  @Property({ type: 'string', length: 32 })
  region!: string;

  /** Where the site is, in degrees (WGS 84): dispatch ranks partners by their distance to it. */
  @Property({ type: 'double', nullable: true })
  siteLatitude?: number | null = null;

  @Property({ type: 'double', nullable: true })
  siteLongitude?: number | null = null;

  /** The site's IANA time zone: appointments show in it. */
  @Property({ type: 'string', length: 64, nullable: true })
  siteTimeZone?: string | null = null;

  @Property({ type: 'date' })
  saleDate!: string;

  /** Covered by a service contract once the warranty has ended. */
  @Property({ type: 'boolean' })
  underContract: boolean = false;

  /** When preventive maintenance was last completed; the next falls due an interval later. */
  @Property({ type: 'timestamptz', nullable: true })
  lastMaintenanceAt?: Date | null = null;
}
