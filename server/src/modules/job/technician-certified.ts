import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceJob } from './service-job.entity.js';
import { AppError, ErrorCode } from '../../shared/errors.js';
import { phrase } from '../../shared/phrases.js';

/**
 * Whether the technician holds a certification for the job's line (a component job's: the
 * component's) and type that is valid now, in one statement.
 */
const CERTIFIED_SQL = `
  select pl.name as product_line, exists (
    select 1 from technician_certification tc
    where tc.technician_id = ? and tc.product_line_id = pl.id and j.type::text = any(tc.job_types) and tc.expires_at > ?) as certified
  from service_job j
  join equipment_unit u on u.id = j.equipment_id
  join product_model m on m.id = u.model_id
  join product_line pl on pl.id = coalesce(j.component_line_id, m.product_line_id)
  where j.id = ?`;

/** A job whose standard requires a certified technician is scheduled only with one (NOT_ELIGIBLE otherwise). */
export async function assertTechnicianCertified(tx: EntityManager, job: ServiceJob, technician: { id: string; name: string }, now: Date): Promise<void> {
  const [row] = await tx.execute<{ certified: boolean; product_line: string }[]>(CERTIFIED_SQL, [technician.id, now, job.id]);
  if (!row?.certified) {
    const reason = phrase('schedule.technicianNotCertified', { technician: technician.name, jobType: job.type, productLine: row?.product_line ?? '' });
    throw new AppError(ErrorCode.NOT_ELIGIBLE, reason.text, { field: 'technicianId', reasons: [reason] });
  }
}
