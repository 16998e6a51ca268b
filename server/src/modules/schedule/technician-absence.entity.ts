import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Organization } from '../network/organization.entity.js';
import { User } from '../network/user.entity.js';
import { AbsenceKind } from './schedule.enums.js';

/**
 * A period a technician cannot be booked: [startsAt, endsAt). Only their own organization sees it
 * (the organization is kept on the row so every read filters by it without a join).
 */
@Entity({ tableName: 'technician_absence' })
@Index({ properties: ['technician', 'startsAt'] })
@Check({ name: 'technician_absence_period_valid', expression: 'ends_at > starts_at' })
export class TechnicianAbsence {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => User, mapToPk: true, deleteRule: 'cascade' })
  technician!: string;

  @ManyToOne({ entity: () => Organization, mapToPk: true, index: true })
  organization!: string;

  @Property({ type: 'timestamptz' })
  startsAt!: Date;

  @Property({ type: 'timestamptz' })
  endsAt!: Date;

  @Enum({ items: () => AbsenceKind, nativeEnumName: 'absence_kind' })
  kind!: AbsenceKind;

  @Property({ type: 'string', length: 500, nullable: true })
  note?: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}
