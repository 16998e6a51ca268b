import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { wrap, type EntityClass, type FilterQuery, type FindOptions } from '@mikro-orm/core';
import { Organization } from './modules/network/organization.entity.js';
import { User } from './modules/network/user.entity.js';
import { EquipmentUnit } from './modules/catalog/equipment-unit.entity.js';
import { ProductModel } from './modules/catalog/product-model.entity.js';
import { ProductLine } from './modules/catalog/product-line.entity.js';
import { Customer } from './modules/catalog/customer.entity.js';
import { Part } from './modules/catalog/part.entity.js';
import { QualityStandard } from './modules/quality/quality-standard.entity.js';
import { ServiceJob } from './modules/job/service-job.entity.js';
import { JobOffer } from './modules/dispatch/job-offer.entity.js';
import { PartsRequest, PartsRequestLine } from './modules/parts/parts-request.entity.js';
import { jobScope, offerScope, partsRequestScope } from './modules/access/visibility.js';
import { EVENT_COLUMNS, toEventRecord, type EventRecord, type EventRow } from './modules/events/event-record.js';
import type { Viewer } from './shared/viewer.js';
import { historyAudienceKeys } from './modules/access/audience.js';
import { chargesWhere, type JobCharges } from './modules/billing/charges.js';
import { Certification } from './modules/network/certification.entity.js';
import { groupBy } from './shared/group-by.js';

type WithId = { id: string };
type Factory = (em: EntityManager, viewer: Viewer | null) => unknown;

/** Matches nothing: what a caller without a viewer may load of scoped things. */
const NONE = { id: null } as unknown as FilterQuery<never>;
const scoped = <T>(viewer: Viewer | null, scope: (viewer: Viewer) => FilterQuery<T>): FilterQuery<T> => (viewer ? scope(viewer) : NONE);

/**
 * One query for all the ids a request asks for; rows outside `scope` come back as null. Without a
 * scope, what this unit of work already holds (a list query joined it in) is not read again;
 * with one, every id goes through the scope.
 */
function byId<T extends WithId>(em: EntityManager, entity: EntityClass<T>, scope?: FilterQuery<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const held = new Map<string, T>();
    if (!scope) {
      for (const id of ids) {
        const entityHeld = em.getUnitOfWork().getById<T>(entity, id as never);
        if (entityHeld && wrap(entityHeld).isInitialized()) held.set(id, entityHeld);
      }
    }
    const missing = ids.filter((id) => !held.has(id));
    if (missing.length > 0) {
      const where = { id: { $in: missing } } as unknown as FilterQuery<T>;
      const rows = await em.find(entity, scope ? ({ $and: [where, scope] } as FilterQuery<T>) : where);
      for (const row of rows) held.set(row.id, row);
    }
    return ids.map((id) => held.get(id) ?? null);
  });
}

/** One query for the children of all parents a request asks for, grouped by parent id. */
function byParent<T>(load: (ids: string[]) => Promise<T[]>, parentOf: (row: T) => string) {
  return new DataLoader<string, T[]>(async (ids) => {
    const grouped = groupBy(await load([...ids]), parentOf);
    return ids.map((id) => grouped.get(id) ?? []);
  });
}

/** The rows of `entity` whose `relation` points at one of the ids asked for, within `scope`. */
function byRelation<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  relation: keyof T & string,
  orderBy: FindOptions<T>['orderBy'],
  scope?: FilterQuery<T>,
) {
  return byParent<T>(
    (ids) => {
      const where = { [relation]: { $in: ids } } as FilterQuery<T>;
      // The generic filter is built by key; MikroORM cannot check it against T here.
      return em.find(entity, (scope ? { $and: [where, scope] } : where) as never, { orderBy });
    },
    (row) => (row[relation] as WithId).id,
  );
}

/**
 * Per-request loaders: every field that touches the database goes through one, so a page of
 * jobs costs one query per kind of thing it shows, not one per row. The scoped ones apply the
 * same visibility rules as the queries.
 */
const FACTORIES = {
  organization: (em) => byId(em, Organization),
  user: (em) => byId(em, User),
  equipment: (em) => byId(em, EquipmentUnit),
  model: (em) => byId(em, ProductModel),
  productLine: (em) => byId(em, ProductLine),
  customer: (em) => byId(em, Customer),
  part: (em) => byId(em, Part),
  standard: (em) => byId(em, QualityStandard),
  job: (em, viewer) => byId(em, ServiceJob, scoped(viewer, jobScope)),
  offer: (em, viewer) => byId(em, JobOffer, scoped(viewer, offerScope)),
  partsRequest: (em, viewer) => byId(em, PartsRequest, scoped(viewer, partsRequestScope)),
  offersByJob: (em, viewer) => byRelation(em, JobOffer, 'job', { createdAt: 'asc' }, scoped(viewer, offerScope)),
  childrenByJob: (em, viewer) => byRelation(em, ServiceJob, 'parent', { createdAt: 'asc' }, scoped(viewer, jobScope)),
  partsRequestsByJob: (em) => byRelation(em, PartsRequest, 'job', { createdAt: 'asc' }),
  linesByRequest: (em) => byRelation(em, PartsRequestLine, 'request', { id: 'asc' }),
  modelsByLine: (em) => byRelation(em, ProductModel, 'productLine', { name: 'asc' }),
  standardsByLine: (em) => byRelation(em, QualityStandard, 'productLine', { jobType: 'asc' }),
  certificationsByPartner: (em) => byRelation(em, Certification, 'partner', { expiresAt: 'desc' }),
  /** Charges of completed jobs the caller already sees. */
  charges: (em) =>
    new DataLoader<string, JobCharges | null>(async (ids) => {
      const rows = await chargesWhere(em, 'j.id = any(?::uuid[])', [`{${ids.join(',')}}`]);
      const found = new Map(rows.map((row) => [row.jobId, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
  eventsByJob: (em, viewer) =>
    byParent(
      async (ids): Promise<EventRecord[]> => {
        if (!viewer) return [];
        const rows = await em.execute<EventRow[]>(
          `select ${EVENT_COLUMNS} from service_event where job_id = any(?::uuid[]) and audience && ?::text[] order by seq`,
          [`{${ids.join(',')}}`, `{${historyAudienceKeys(viewer).join(',')}}`],
        );
        return rows.map(toEventRecord);
      },
      (event) => event.jobId as string,
    ),
} satisfies Record<string, Factory>;

export type Loaders = { readonly [K in keyof typeof FACTORIES]: ReturnType<(typeof FACTORIES)[K]> };

/** Each loader is made on first use: a request (or a live event's execution) touches a few of them. */
class LazyLoaders {
  readonly made = new Map<string, unknown>();

  constructor(
    readonly em: EntityManager,
    readonly viewer: Viewer | null,
  ) {}
}
for (const [name, make] of Object.entries(FACTORIES) as [string, Factory][]) {
  Object.defineProperty(LazyLoaders.prototype, name, {
    get(this: LazyLoaders) {
      let loader = this.made.get(name);
      if (loader === undefined) this.made.set(name, (loader = make(this.em, this.viewer)));
      return loader;
    },
  });
}

export function createLoaders(em: EntityManager, viewer: Viewer | null): Loaders {
  return new LazyLoaders(em, viewer) as unknown as Loaders;
}
