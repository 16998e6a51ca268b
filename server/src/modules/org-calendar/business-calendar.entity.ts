import { Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps, PrimaryKeyProp } from '@mikro-orm/core';
import { Organization } from '../network/organization.entity.js';
import type { CalendarSpec } from '../calendar/business-calendar.js';

/**
 * An organization's business calendar (the manufacturer's or a partner's): the spec as people
 * write it, validated by defineCalendar before it is stored. `version` grows with every change, so
 * a process knows when its built copy (calendar/sla-time.ts) is stale.
 */
@Entity({ tableName: 'business_calendar' })
export class BusinessCalendarRecord {
  [PrimaryKeyProp]?: 'organization';
  [OptionalProps]?: 'version';

  @ManyToOne({ entity: () => Organization, mapToPk: true, primary: true, deleteRule: 'cascade' })
  organization!: string;

  @Property({ type: 'json' })
  spec!: CalendarSpec;

  @Property({ type: 'integer' })
  version: number = 1;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
