import type { FilterQuery } from '@mikro-orm/core';
import { ServiceJob } from './service-job.entity.js';
import { type JobStatus, JobType } from './job.enums.js';
import { OPEN_STATUSES } from './job-transitions.js';
import { jobScope } from '../access/visibility.js';
import { EquipmentUnit } from '../catalog/equipment-unit.entity.js';
import { seesNetwork } from '../access/policy.js';
import { isUuid, type Scope } from '../../shared/scope.js';
import { NEWEST_FIRST, after, pageSize, toPage, type Page } from '../../shared/keyset.js';

export interface JobFilterData {
  status?: JobStatus[] | null;
  type?: JobType[] | null;
  priority?: number[] | null;
  region?: string[] | null;
  partnerId?: string | null;
  maintenanceOverdue?: boolean | null;
  search?: string | null;
}

/** Newest first, keyset-paginated on (createdAt, id), only what the viewer may see. */
export async function listJobs(
  scope: Scope,
  filter: JobFilterData | null | undefined,
  first?: number | null,
  afterCursor?: string | null,
): Promise<Page<ServiceJob>> {
  const { em, viewer } = scope;
  const limit = pageSize(first);
  const where: FilterQuery<ServiceJob>[] = [jobScope<ServiceJob>(viewer)];
  if (filter?.status?.length) where.push({ status: { $in: filter.status } });
  if (filter?.type?.length) where.push({ type: { $in: filter.type } });
  if (filter?.priority?.length) where.push({ priority: { $in: filter.priority } });
  if (filter?.region?.length) where.push({ equipment: { region: { $in: filter.region } } });
  // An id that is no UUID names no partner: nothing matches (as job.plan.ts reads it).
  if (filter?.partnerId) where.push(isUuid(filter.partnerId) ? { assignedPartner: filter.partnerId } : { id: { $in: [] } });
  if (filter?.maintenanceOverdue) {
    where.push({ type: JobType.MAINTENANCE, status: { $in: [...OPEN_STATUSES] }, maintenanceDueAt: { $lt: scope.clock.now() } });
  }
  if (filter?.search?.trim()) {
    const like = `%${filter.search.trim().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    where.push({ $or: [{ number: { $ilike: like } }, { description: { $ilike: like } }, { equipment: { serial: { $ilike: like } } }] });
  }
  const base: FilterQuery<ServiceJob> = { $and: where };
  const page: FilterQuery<ServiceJob>[] = [base];
  if (afterCursor) page.push(after(afterCursor));
  // Every list shows the unit, its model and customer: joined into the same statement (the
  // loaders then find them in the unit of work).
  const jobs = await em.find(
    ServiceJob,
    { $and: page },
    {
      orderBy: [...NEWEST_FIRST],
      limit: limit + 1,
      populate: ['equipment.model', 'equipment.customer'],
      strategy: 'joined',
    },
  );
  return toPage(jobs, limit, () => em.count(ServiceJob, base));
}

/** Staff find any unit of their network; partners only units of jobs they may see. */
export async function equipmentBySerial({ em, viewer }: Scope, serial: string): Promise<EquipmentUnit | null> {
  const unit = await em.findOne(EquipmentUnit, { serial: serial.trim() });
  if (!unit) return null;
  if (seesNetwork(viewer)) return unit.manufacturer.id === viewer.orgId ? unit : null;
  const visibleJob = await em.count(ServiceJob, { $and: [{ equipment: unit.id }, jobScope<ServiceJob>(viewer)] });
  return visibleJob > 0 ? unit : null;
}
