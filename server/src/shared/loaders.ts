import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { wrap, type EntityClass, type FilterQuery } from '@mikro-orm/core';
import { Organization } from '../modules/network/organization.entity.js';
import { User } from '../modules/network/user.entity.js';
import { EquipmentUnit } from '../modules/catalog/equipment-unit.entity.js';
import { ProductModel } from '../modules/catalog/product-model.entity.js';
import { ProductLine } from '../modules/catalog/product-line.entity.js';
import { Customer } from '../modules/catalog/customer.entity.js';
import { Part } from '../modules/catalog/part.entity.js';
import { QualityStandard } from '../modules/quality/quality-standard.entity.js';
import { ServiceJob } from '../modules/job/service-job.entity.js';
import { JobOffer } from '../modules/dispatch/job-offer.entity.js';
import { PartsRequest, PartsRequestLine } from '../modules/parts/parts-request.entity.js';
import { jobScope, offerScope, partsRequestScope } from '../modules/access/visibility.js';
import { EVENT_COLUMNS, toEventRecord, type EventRecord, type EventRow } from '../modules/events/event-record.js';
import { historyAudienceKeys, type Viewer } from './viewer.js';
import { chargesWhere, type JobCharges } from '../modules/billing/charges.js';
import { Certification } from '../modules/network/certification.entity.js';

type WithId = { id: string };

/** Matches nothing: what a caller without a viewer may load of scoped things. */
const NONE = { id: null } as unknown as FilterQuery<never>;

/** One query for all the ids a request asks for; rows outside `scope` come back as null. */
function byId<T extends WithId>(em: EntityManager, entity: EntityClass<T>, scope?: FilterQuery<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const where = { id: { $in: [...ids] } } as unknown as FilterQuery<T>;
    const rows = await em.find(entity, scope ? ({ $and: [where, scope] } as FilterQuery<T>) : where);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** One query for the children of all parents a request asks for, grouped by parent id. */
function byParent<T>(load: (ids: string[]) => Promise<T[]>, parentOf: (row: T) => string) {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await load([...ids]);
    const grouped = new Map<string, T[]>();
    for (const row of rows) {
      const key = parentOf(row);
      const list = grouped.get(key);
      if (list) list.push(row);
      else grouped.set(key, [row]);
    }
    return ids.map((id) => grouped.get(id) ?? []);
  });
}

/**
 * Per-request loaders: every field that touches the database goes through one, so a page of
 * jobs costs one query per kind of thing it shows, not one per row. The scoped ones apply the
 * same visibility rules as the queries. Each is made on first use: a request (or a live event's
 * execution) touches a few of them, and nothing is allocated for the rest.
 */
export class Loaders {
  private readonly made = new Map<string, unknown>();

  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer | null,
  ) {}

  private once<T>(name: string, make: () => T): T {
    let loader = this.made.get(name) as T | undefined;
    if (loader === undefined) this.made.set(name, (loader = make()));
    return loader;
  }

  get organization() {
    return this.once('organization', () => byId(this.em, Organization));
  }

  get user() {
    return this.once('user', () => byId(this.em, User));
  }

  get equipment() {
    return this.once('equipment', () => byId(this.em, EquipmentUnit));
  }

  get model() {
    return this.once('model', () => byId(this.em, ProductModel));
  }

  get productLine() {
    return this.once('productLine', () => byId(this.em, ProductLine));
  }

  get customer() {
    return this.once('customer', () => byId(this.em, Customer));
  }

  get part() {
    return this.once('part', () => byId(this.em, Part));
  }

  get standard() {
    return this.once('standard', () => byId(this.em, QualityStandard));
  }

  get job() {
    return this.once('job', () => byId(this.em, ServiceJob, this.viewer ? jobScope(this.viewer) : NONE));
  }

  get offer() {
    return this.once('offer', () => byId(this.em, JobOffer, this.viewer ? offerScope(this.viewer) : NONE));
  }

  get partsRequest() {
    return this.once('partsRequest', () => byId(this.em, PartsRequest, this.viewer ? partsRequestScope(this.viewer) : NONE));
  }

  get offersByJob() {
    return this.once('offersByJob', () =>
      byParent(
        (ids) => this.em.find(JobOffer, { $and: [{ job: { $in: ids } }, this.viewer ? offerScope(this.viewer) : NONE] }, { orderBy: { createdAt: 'asc' } }),
        (offer) => offer.job.id,
      ),
    );
  }

  get childrenByJob() {
    return this.once('childrenByJob', () =>
      byParent(
        (ids) => this.em.find(ServiceJob, { $and: [{ parent: { $in: ids } }, this.viewer ? jobScope(this.viewer) : NONE] }, { orderBy: { createdAt: 'asc' } }),
        (job) => job.parent!.id,
      ),
    );
  }

  get partsRequestsByJob() {
    return this.once('partsRequestsByJob', () =>
      byParent(
        (ids) => this.em.find(PartsRequest, { job: { $in: ids } }, { orderBy: { createdAt: 'asc' } }),
        (request) => request.job.id,
      ),
    );
  }

  get linesByRequest() {
    return this.once('linesByRequest', () =>
      byParent(
        (ids) => this.em.find(PartsRequestLine, { request: { $in: ids } }, { orderBy: { id: 'asc' } }),
        (line) => line.request.id,
      ),
    );
  }

  get modelsByLine() {
    return this.once('modelsByLine', () =>
      byParent(
        (ids) => this.em.find(ProductModel, { productLine: { $in: ids } }, { orderBy: { name: 'asc' } }),
        (model) => model.productLine.id,
      ),
    );
  }

  get standardsByLine() {
    return this.once('standardsByLine', () =>
      byParent(
        (ids) => this.em.find(QualityStandard, { productLine: { $in: ids } }, { orderBy: { jobType: 'asc' } }),
        (standard) => standard.productLine.id,
      ),
    );
  }

  get certificationsByPartner() {
    return this.once('certificationsByPartner', () =>
      byParent(
        (ids) => this.em.find(Certification, { partner: { $in: ids } }, { orderBy: { expiresAt: 'desc' } }),
        (certification) => certification.partner.id,
      ),
    );
  }

  /** Charges of completed jobs the caller already sees. */
  get charges() {
    return this.once('charges', () =>
      new DataLoader<string, JobCharges | null>(async (ids) => {
        const rows = await chargesWhere(this.em, 'j.id = any(?::uuid[])', [`{${ids.join(',')}}`]);
        const found = new Map(rows.map((row) => [row.jobId, row]));
        return ids.map((id) => found.get(id) ?? null);
      }),
    );
  }

  get eventsByJob() {
    return this.once('eventsByJob', () =>
      byParent(
        async (ids): Promise<EventRecord[]> => {
          if (!this.viewer) return [];
          const rows = await this.em.execute<EventRow[]>(
            `select ${EVENT_COLUMNS} from service_event where job_id = any(?::uuid[]) and audience && ?::text[] order by seq`,
            [`{${ids.join(',')}}`, `{${historyAudienceKeys(this.viewer).join(',')}}`],
          );
          return rows.map(toEventRecord);
        },
        (event) => event.jobId as string,
      ),
    );
  }
}

export function createLoaders(em: EntityManager, viewer: Viewer | null): Loaders {
  return new Loaders(em, viewer);
}

/** Hands what a list query already joined to the loaders, so the fields do not query it again. */
export function primeJobLoaders(loaders: Loaders, jobs: readonly ServiceJob[]): void {
  for (const job of jobs) {
    const unit = job.equipment;
    if (!wrap(unit).isInitialized()) continue;
    loaders.equipment.prime(unit.id, unit);
    if (wrap(unit.model).isInitialized()) loaders.model.prime(unit.model.id, unit.model);
    if (unit.customer && wrap(unit.customer).isInitialized()) loaders.customer.prime(unit.customer.id, unit.customer);
  }
}
