import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Trigger } from '@mikro-orm/decorators/legacy';
import { EventKind } from './event.enums.js';
import { Organization } from '../network/organization.entity.js';
import { ServiceJob } from '../job/service-job.entity.js';
import { JobOffer } from '../dispatch/job-offer.entity.js';
import { PartsRequest } from '../parts/parts-request.entity.js';
import { User } from '../network/user.entity.js';

/**
 * The append-only, ordered log of everything that happened: the audit trail, the source of
 * every subscription and of scorecards. Rows are written only by `appendEvents` (event-log.ts),
 * which serialises appends so that `seq` order is commit order; a trigger refuses updates and deletes.
 */
@Entity({ tableName: 'service_event' })
@Index({ properties: ['job', 'seq'] })
@Index({ properties: ['manufacturer', 'at'] })
@Index({ name: 'service_event_audience_gin', properties: ['audience'], type: 'gin' })
@Trigger({
  name: 'service_event_no_rewrite',
  timing: 'before',
  events: ['update', 'delete'],
  forEach: 'row',
  body: "raise exception 'service_event is append-only';",
})
export class ServiceEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  seq!: string;

  @Enum({ items: () => EventKind, nativeEnumName: 'event_kind' })
  kind!: EventKind;

  @Property({ type: 'timestamptz' })
  at!: Date;

  @ManyToOne({ entity: () => Organization, mapToPk: true })
  manufacturer!: string;

  @ManyToOne({ entity: () => ServiceJob, mapToPk: true, nullable: true })
  job?: string | null;

  @ManyToOne({ entity: () => JobOffer, mapToPk: true, nullable: true, index: true })
  offer?: string | null;

  @ManyToOne({ entity: () => PartsRequest, mapToPk: true, nullable: true })
  partsRequest?: string | null;

  /** The partner the event is about (offers, status changes); scorecards group by it. */
  @ManyToOne({ entity: () => Organization, mapToPk: true, nullable: true, index: true })
  partner?: string | null;

  @ManyToOne({ entity: () => User, mapToPk: true, nullable: true })
  actor?: string | null;

  /** Who may see the event, as keys `m:<org>`, `p:<org>`, `u:<user>` (see audience.ts). */
  @Property({ type: 'text[]' })
  audience!: string[];

  /** What changed: before → after and the details of the step. */
  @Property({ type: 'json' })
  data!: Record<string, unknown>;
}
