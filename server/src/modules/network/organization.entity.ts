import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { OrgKind, PartnerStatus } from './network.enums.js';

/** A manufacturer or one of the partners in a service network. */
@Entity({ tableName: 'organization' })
@Check({ name: 'organization_capacity_non_negative', expression: 'capacity >= 0' })
export class Organization {
  [OptionalProps]?: 'status' | 'regions' | 'capacity' | 'laborRate' | 'currency' | 'createdAt';

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

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
