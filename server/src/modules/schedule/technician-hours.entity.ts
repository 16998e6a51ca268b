import { Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { PrimaryKeyProp } from '@mikro-orm/core';
import { User } from '../network/user.entity.js';
import type { CalendarSpec } from '../calendar/business-calendar.js';

/**
 * A technician's own weekly working hours, in the shape of a business calendar's `hours`, local to
 * their organization's calendar zone. No row: they work their organization's business calendar.
 */
@Entity({ tableName: 'technician_hours' })
export class TechnicianHours {
  [PrimaryKeyProp]?: 'technician';

  @ManyToOne({ entity: () => User, mapToPk: true, primary: true, deleteRule: 'cascade' })
  technician!: string;

  @Property({ type: 'json' })
  hours!: CalendarSpec['hours'];

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
