import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { OrgKind, PartnerStatus } from './network.enums.js';
import { DeferMode } from '@mikro-orm/core';
import { Customer } from '../catalog/customer.entity.js';

/**
 * A service point has both coordinates or neither, each within its range. The bounds are typed
 * literals: PostgreSQL would cast a bare 90 as `(90)::double precision`, which MikroORM's schema
 * comparison does not read back as the same check.
 */
const LOCATION_VALID = "(latitude is null) = (longitude is null) and abs(latitude) <= '90'::float8 and abs(longitude) <= '180'::float8";

/** A manufacturer or one of the partners in a service network. */
@Entity({ tableName: 'organization' })
@Check({ name: 'organization_capacity_non_negative', expression: 'capacity >= 0' })
@Check({ name: 'organization_location_valid', expression: LOCATION_VALID })
@Check({ name: 'organization_service_radius_positive', expression: 'service_radius_km > 0' })
export class Organization {
  [OptionalProps]?:
    | 'status'
    | 'regions'
    | 'capacity'
    | 'laborRate'
    | 'currency'
    | 'latitude'
    | 'longitude'
    | 'serviceRadiusKm'
    | 'customer'
    | 'createdAt'
    | 'country'
    | 'address';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 64, unique: true })
  slug!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Enum({ items: () => OrgKind, nativeEnumName: 'org_kind' })
  kind!: OrgKind;

  /** Null for manufacturers: only partners are ACTIVE, on PROBATION or SUSPENDED. */
  @Enum({ items: () => PartnerStatus, nativeEnumName: 'partner_status', nullable: true })
  status?: PartnerStatus | null = null;

  /** Region codes the partner serves. */
  @Property({ type: 'text[]' })
  regions: string[] = [];

  /** Open jobs (ASSIGNED to AWAITING_PARTS) the partner may hold at once. */
  @Property({ type: 'integer' })
  capacity: number = 0;

  /** The partner's agreed hourly labour rate, checked against a standard's ceiling. */
  @Property({ type: 'decimal', precision: 10, scale: 2, nullable: true })
  laborRate?: string | null = null;

  /** ISO 4217: a manufacturer's own (its price list's and standards' by default), a partner's labour rate's. */
  @Property({ type: 'string', length: 3, default: 'EUR' })
  currency: string = 'EUR';

  /** The partner's service point, in degrees (WGS 84); dispatch ranks by the distance from it to the site. */
  @Property({ type: 'double', nullable: true })
  latitude?: number | null = null;

  @Property({ type: 'double', nullable: true })
  longitude?: number | null = null;

  /** Sites farther than this from the service point are not the partner's (beside its regions); null: no limit. */
  @Property({ type: 'integer', nullable: true })
  serviceRadiusKm?: number | null = null;

  /**
   * For CUSTOMER_STAFF: the customer whose staff it is; offered jobs on that customer's units only.
   * Deferred: a customer belongs to its manufacturer (an organization), so the two tables reference
   * each other, and a restore loads them one after the other in one transaction.
   */
  @ManyToOne({ entity: () => Customer, nullable: true, index: true, deleteRule: 'set null', deferMode: DeferMode.INITIALLY_DEFERRED })
  customer?: Customer | null = null;

  /** The customer's id, for the rules that read plain facts (dispatch eligibility). */
  get customerId(): string | null {
    return this.customer?.id ?? null;
  }

  /** ISO 3166-1 alpha-2, as the firm registered it (an invited partner's). */
  @Property({ type: 'string', length: 2, nullable: true })
  country?: string | null = null;

  /** The firm's postal address, as it registered it. */
  @Property({ type: 'text', nullable: true })
  address?: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
