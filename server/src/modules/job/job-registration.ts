import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { ServiceJob } from './service-job.entity.js';
import { JobSource, JobStatus, type JobType } from './job.enums.js';
import { deriveCoverage } from './coverage.js';
import { STRATEGY_PRIORITY, type ServiceStrategy } from '../catalog/catalog.enums.js';
import { EventKind } from '../events/event.enums.js';
import type { Change } from '../events/change.js';
import { addWorkingMinutes } from '../calendar/business-time.js';
import { clockCalendar, SlaTime, type StoredCalendar, storedCalendarSql } from '../calendar/sla-time.js';

export interface JobSpec {
  id?: string;
  /** The unit: by id (maintenance, a split), or by serial within the caller's manufacturer (a call). */
  unit: { id: string } | { serial: string; manufacturerId: string };
  type: JobType;
  description: string;
  createdBy: string | null;
  /** A component job: its parent and the component's product line. */
  parent?: ServiceJob | null;
  componentLineId?: string | null;
  maintenanceDueAt?: Date | null;
  /** Why the job exists, when not a customer call (preventive maintenance, a split, the customer's own request). */
  origin?: string;
  /** Who opened it; a customer's request is marked so the dispatcher triages it. */
  source?: JobSource;
  /** The customer's link token, when the customer already holds one (their request's). */
  customerToken?: string;
}

interface Facts {
  unit_id: string;
  manufacturer_id: string;
  sale_date: string;
  under_contract: boolean;
  warranty_months: number;
  strategy: ServiceStrategy;
  standard_id: string | null;
  response_minutes: number | null;
  resolution_minutes: number | null;
  sla_time: SlaTime | null;
  manufacturer_calendar: StoredCalendar | null;
  n: string;
}

/**
 * Everything a new case file is derived from, in one statement: the unit, its model's warranty,
 * the line (the component's, for a component job) with its strategy, the standard for the line ×
 * job type with its SLA time, the manufacturer's calendar, and the next job number (drawn only
 * when the unit is found).
 */
const FACTS_SQL = (where: string) => `
  select e.id as unit_id, e.manufacturer_id, e.sale_date::text as sale_date, e.under_contract, m.warranty_months, l.strategy,
    s.id as standard_id, s.response_minutes, s.resolution_minutes, s.sla_time, ${storedCalendarSql('e.manufacturer_id')} as manufacturer_calendar,
    nextval('job_number_seq')::text as n
  from equipment_unit e
  join product_model m on m.id = e.model_id
  join product_line l on l.id = coalesce(?::uuid, m.product_line_id)
  left join quality_standard s on s.product_line_id = l.id and s.job_type = ?::job_type
  where ${where}`;

/**
 * Opens a case file: coverage from the unit's warranty and contract, priority from the product
 * line's strategy, the standard and its SLA clocks from the line × job type. The one way a job is
 * born: from a call (createJob), from the maintenance plan, or from a split. Null when the unit is
 * not there (or not the caller's manufacturer's).
 */
export async function registerJob(tx: EntityManager, change: Change, spec: JobSpec): Promise<ServiceJob | null> {
  const lineAndType = [spec.componentLineId ?? null, spec.type];
  const [facts] =
    'serial' in spec.unit
      ? await tx.execute<Facts[]>(FACTS_SQL('e.serial = ? and e.manufacturer_id = ?'), [...lineAndType, spec.unit.serial, spec.unit.manufacturerId])
      : await tx.execute<Facts[]>(FACTS_SQL('e.id = ?'), [...lineAndType, spec.unit.id]);
  if (!facts) return null;
  const now = change.at;
  // Until a partner accepts, both clocks follow the manufacturer's calendar (on a BUSINESS standard).
  const slaTime = facts.sla_time ?? SlaTime.CALENDAR;
  const calendar = clockCalendar(slaTime, facts.manufacturer_calendar);
  const due = (minutes: number | null) => (minutes === null ? null : addWorkingMinutes(calendar, now, minutes));
  const job = tx.create(ServiceJob, {
    id: spec.id ?? randomUUID(),
    number: `SJ-${now.getUTCFullYear()}-${facts.n.padStart(6, '0')}`,
    manufacturer: facts.manufacturer_id,
    type: spec.type,
    coverage: deriveCoverage(now, facts.sale_date, facts.warranty_months, facts.under_contract),
    priority: STRATEGY_PRIORITY[facts.strategy],
    description: spec.description,
    equipment: facts.unit_id,
    qualityStandard: facts.standard_id,
    createdBy: spec.createdBy,
    parent: spec.parent ?? null,
    componentLine: spec.componentLineId ?? null,
    maintenanceDueAt: spec.maintenanceDueAt ?? null,
    source: spec.source ?? JobSource.STAFF,
    ...(spec.customerToken ? { customerToken: spec.customerToken } : {}),
    slaTime,
    responseDueAt: due(facts.response_minutes),
    resolutionDueAt: due(facts.resolution_minutes),
    createdAt: now,
    updatedAt: now,
  });
  change.emit(
    EventKind.JOB_CREATED,
    { job },
    { to: JobStatus.NEW, type: job.type, coverage: job.coverage, origin: spec.origin ?? 'CALL', parentId: spec.parent?.id ?? null },
    { actorId: spec.createdBy },
  );
  return job;
}
