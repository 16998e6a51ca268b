import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceJob } from './service-job.entity.js';
import { AppError, ErrorCode } from '../../shared/errors.js';

/**
 * Whether the technician holds a certification for the job's line (a component job's: the
 * component's) and type that is valid now, in one statement.
 */
const CERTIFIED_SQL = `
  select exists (
    select 1 from technician_certification tc
    join service_job j on j.id = ?
    join equipment_unit u on u.id = j.equipment_id
    join product_model m on m.id = u.model_id
    where tc.technician_id = ? and tc.product_line_id = coalesce(j.component_line_id, m.product_line_id)
      and j.type::text = any(tc.job_types) and tc.expires_at > ?) as certified`;

/** A job whose standard requires a certified technician is scheduled only with one (NOT_ELIGIBLE otherwise). */
export async function assertTechnicianCertified(tx: EntityManager, job: ServiceJob, technician: { id: string; name: string }, now: Date): Promise<void> {
  const [row] = await tx.execute<{ certified: boolean }[]>(CERTIFIED_SQL, [job.id, technician.id, now]);
  if (!row?.certified) {
    throw new AppError(
      ErrorCode.NOT_ELIGIBLE,
      `${technician.name} is not certified for ${job.type} on this product line: the job's standard requires a certified technician`,
      {
        field: 'technicianId',
      },
    );
  }
}
