import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { ServiceJob } from './service-job.entity.js';
import { JobStatus, type JobType } from './job.enums.js';
import { deriveCoverage } from './coverage.js';
import type { EquipmentUnit } from '../catalog/equipment-unit.entity.js';
import { ProductModel } from '../catalog/product-model.entity.js';
import { ProductLine } from '../catalog/product-line.entity.js';
import { STRATEGY_PRIORITY } from '../catalog/catalog.enums.js';
import { QualityStandard } from '../quality/quality-standard.entity.js';
import { EventKind } from '../events/event.enums.js';
import { jobEvent, type NewEvent } from '../events/event-log.js';

export interface JobSpec {
  id?: string;
  equipment: EquipmentUnit;
  type: JobType;
  description: string;
  now: Date;
  createdBy: string | null;
  /** A component job: its parent and the component's product line. */
  parent?: ServiceJob | null;
  componentLine?: ProductLine | null;
  maintenanceDueAt?: Date | null;
  /** Why the job exists, when not a customer call (preventive maintenance, a split). */
  origin?: string;
}

/**
 * Opens a case file: coverage from the unit's warranty and contract, priority from the product
 * line's strategy, the standard and its SLA clocks from the line × job type. The one way a job is
 * born: from a call (createJob), from the maintenance plan, or from a split.
 */
export async function registerJob(tx: EntityManager, events: NewEvent[], spec: JobSpec): Promise<ServiceJob> {
  const model = await tx.findOneOrFail(ProductModel, spec.equipment.model.id);
  const line = spec.componentLine ?? (await tx.findOneOrFail(ProductLine, model.productLine.id));
  const standard = await tx.findOne(QualityStandard, { productLine: line.id, jobType: spec.type });
  const { now } = spec;
  const [{ n }] = await tx.execute<{ n: string }[]>("select nextval('job_number_seq') as n");
  const job = tx.create(ServiceJob, {
    id: spec.id ?? randomUUID(),
    number: `SJ-${now.getUTCFullYear()}-${n.padStart(6, '0')}`,
    manufacturer: spec.equipment.manufacturer,
    type: spec.type,
    coverage: deriveCoverage(now, spec.equipment.saleDate, model.warrantyMonths, spec.equipment.underContract),
    priority: STRATEGY_PRIORITY[line.strategy],
    description: spec.description,
    equipment: spec.equipment,
    qualityStandard: standard,
    createdBy: spec.createdBy,
    parent: spec.parent ?? null,
    componentLine: spec.componentLine ?? null,
    maintenanceDueAt: spec.maintenanceDueAt ?? null,
    responseDueAt: standard ? new Date(now.getTime() + standard.responseMinutes * 60_000) : null,
    resolutionDueAt: standard ? new Date(now.getTime() + standard.resolutionMinutes * 60_000) : null,
    createdAt: now,
    updatedAt: now,
  });
  events.push(
    jobEvent(EventKind.JOB_CREATED, job, now, spec.createdBy, {
      data: { to: JobStatus.NEW, type: job.type, coverage: job.coverage, origin: spec.origin ?? 'CALL', parentId: spec.parent?.id ?? null },
    }),
  );
  return job;
}
