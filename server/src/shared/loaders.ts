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
 * same visibility rules as the queries.
 */
export function createLoaders(em: EntityManager, viewer: Viewer | null) {
  const none = { id: null } as unknown as FilterQuery<never>;
  return {
    organization: byId(em, Organization),
    user: byId(em, User),
    equipment: byId(em, EquipmentUnit),
    model: byId(em, ProductModel),
    productLine: byId(em, ProductLine),
    customer: byId(em, Customer),
    part: byId(em, Part),
    standard: byId(em, QualityStandard),
    job: byId(em, ServiceJob, viewer ? jobScope(viewer) : none),
    offer: byId(em, JobOffer, viewer ? offerScope(viewer) : none),
    partsRequest: byId(em, PartsRequest, viewer ? partsRequestScope(viewer) : none),
    offersByJob: byParent(
      (ids) => em.find(JobOffer, { $and: [{ job: { $in: ids } }, viewer ? offerScope(viewer) : none] }, { orderBy: { createdAt: 'asc' } }),
      (offer) => offer.job.id,
    ),
    childrenByJob: byParent(
      (ids) => em.find(ServiceJob, { $and: [{ parent: { $in: ids } }, viewer ? jobScope(viewer) : none] }, { orderBy: { createdAt: 'asc' } }),
      (job) => job.parent!.id,
    ),
    partsRequestsByJob: byParent(
      (ids) => em.find(PartsRequest, { job: { $in: ids } }, { orderBy: { createdAt: 'asc' } }),
      (request) => request.job.id,
    ),
    linesByRequest: byParent(
      (ids) => em.find(PartsRequestLine, { request: { $in: ids } }, { orderBy: { id: 'asc' } }),
      (line) => line.request.id,
    ),
    modelsByLine: byParent(
      (ids) => em.find(ProductModel, { productLine: { $in: ids } }, { orderBy: { name: 'asc' } }),
      (model) => model.productLine.id,
    ),
    standardsByLine: byParent(
      (ids) => em.find(QualityStandard, { productLine: { $in: ids } }, { orderBy: { jobType: 'asc' } }),
      (standard) => standard.productLine.id,
    ),
    certificationsByPartner: byParent(
      (ids) => em.find(Certification, { partner: { $in: ids } }, { orderBy: { expiresAt: 'desc' } }),
      (certification) => certification.partner.id,
    ),
    /** Charges of completed jobs the caller already sees. */
    charges: new DataLoader<string, JobCharges | null>(async (ids) => {
      const rows = await chargesWhere(em, 'j.id = any(?::uuid[])', [`{${ids.join(',')}}`]);
      const found = new Map(rows.map((row) => [row.jobId, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    eventsByJob: byParent(
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
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

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
