import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { EquipmentUnit } from '../catalog/equipment-unit.entity.js';
import { ServiceJob } from '../job/service-job.entity.js';
import { JobType } from '../job/job.enums.js';
import { OPEN_STATUSES } from '../job/job-transitions.js';
import { registerJob } from '../job/job-registration.js';
import { changeState } from '../events/change.js';

/** Maintenance jobs are opened this long before they fall due, so the visit can be planned. */
export const MAINTENANCE_LEAD_DAYS = 14;
/** Contract units on lines without an interval of their own are maintained yearly. */
const CONTRACT_INTERVAL_MONTHS = 12;
const BATCH = 100;

const DUE_SQL = `
select e.id, coalesce(e.last_maintenance_at, e.sale_date::timestamptz) + make_interval(months => coalesce(l.maintenance_interval_months, ${CONTRACT_INTERVAL_MONTHS})) as due_at
from equipment_unit e
join product_model m on m.id = e.model_id
join product_line l on l.id = m.product_line_id
where (l.maintenance_interval_months is not null or e.under_contract)
  and coalesce(e.last_maintenance_at, e.sale_date::timestamptz) + make_interval(months => coalesce(l.maintenance_interval_months, ${CONTRACT_INTERVAL_MONTHS})) <= ?
  and not exists (select 1 from service_job j where j.equipment_id = e.id and j.type = 'MAINTENANCE' and j.status = any(?::job_status[]))
order by due_at
limit ${BATCH}`;

/**
 * NEVER_FAIL lines and units under a service contract get a MAINTENANCE job on their interval,
 * opened ahead of the due date. Each unit is locked and re-checked, so with several instances a
 * visit is planned once.
 */
export async function planMaintenance(em: EntityManager, now: Date): Promise<number> {
  const horizon = new Date(now.getTime() + MAINTENANCE_LEAD_DAYS * 86_400_000);
  const open = `{${OPEN_STATUSES.join(',')}}`;
  const due = await em.execute<{ id: string; due_at: Date }[]>(DUE_SQL, [horizon, open]);
  let planned = 0;
  for (const { id, due_at: dueAt } of due) {
    const created = await changeState(em.fork() as EntityManager, { at: now, actorId: null }, async (tx, change) => {
      await tx.findOneOrFail(EquipmentUnit, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      const already = await tx.count(ServiceJob, { equipment: id, type: JobType.MAINTENANCE, status: { $in: [...OPEN_STATUSES] } });
      if (already > 0) return false;
      const dueDate = new Date(dueAt);
      await registerJob(tx, change, {
        unit: { id },
        type: JobType.MAINTENANCE,
        description: `Preventive maintenance due ${dueDate.toISOString().slice(0, 10)}`,
        createdBy: null,
        maintenanceDueAt: dueDate,
        origin: 'MAINTENANCE_PLAN',
      });
      return true;
    });
    if (created) planned++;
  }
  return planned;
}
