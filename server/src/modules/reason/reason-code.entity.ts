import { OptionalProps } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Organization } from '../network/organization.entity.js';
import type { Translations } from '../../shared/translations.js';
import { ReasonKind } from './reason.enums.js';

/**
 * One of a manufacturer's reason codes (why a partner declines, what a finding is about), with its
 * label as written and the manufacturer's translations. Codes are never deleted, only retired
 * (`active`), so a decline or finding that named one keeps its label.
 */
@Entity({ tableName: 'reason_code' })
@Unique({ properties: ['manufacturer', 'kind', 'code'] })
export class ReasonCode {
  [OptionalProps]?: 'translations' | 'position' | 'active';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Organization })
  manufacturer!: Organization;

  @Enum({ items: () => ReasonKind, nativeEnumName: 'reason_kind' })
  kind!: ReasonKind;

  /** Stable for integrations: NO_CAPACITY, OUT_OF_AREA, ... */
  @Property({ type: 'string', length: 40 })
  code!: string;

  @Property({ type: 'text' })
  label!: string;

  @Property({ type: 'json' })
  translations: Translations = {};

  /** Where it stands in the manufacturer's list. */
  @Property({ type: 'integer' })
  position: number = 0;

  @Property({ type: 'boolean' })
  active: boolean = true;
}
