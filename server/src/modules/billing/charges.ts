import type { EntityManager } from '@mikro-orm/postgresql';

/** What one completed job costs: parts at list price, labour at the partner's agreed rate. */
export interface JobCharges {
  jobId: string;
  coverage: string;
  partnerId: string;
  partsAmount: number;
  laborAmount: number;
  total: number;
  /** WARRANTY and CONTRACT work is reimbursed by the manufacturer; POST_WARRANTY is billed to the customer. */
  payer: 'MANUFACTURER' | 'CUSTOMER';
}

interface ChargeRow {
  job_id: string;
  coverage: string;
  partner_id: string;
  parts_amount: string;
  labor_amount: string;
}

/**
 * Charges of completed jobs, by the given condition on `j` (service_job). Parts count when the
 * manufacturer shipped them, at the approved quantity; labour at the partner's agreed rate,
 * never above the standard's ceiling.
 */
export async function chargesWhere(em: EntityManager, condition: string, params: unknown[]): Promise<JobCharges[]> {
  const rows = await em.execute<ChargeRow[]>(
    `select j.id as job_id, j.coverage::text as coverage, j.assigned_partner_id as partner_id,
       coalesce((select sum(l.approved_quantity * p.list_price) from parts_request r
                 join parts_request_line l on l.request_id = r.id join part p on p.id = l.part_id
                 where r.job_id = j.id and r.status in ('SHIPPED', 'RECEIVED')), 0) as parts_amount,
       round(coalesce(j.labor_minutes, 0) / 60.0 * least(coalesce(o.labor_rate, 0), coalesce(q.labor_rate_ceiling, o.labor_rate, 0)), 2) as labor_amount
     from service_job j
     join organization o on o.id = j.assigned_partner_id
     left join quality_standard q on q.id = j.quality_standard_id
     where j.completed_at is not null and ${condition}
     order by j.completed_at, j.id`,
    params,
  );
  return rows.map((row) => {
    const partsAmount = Number(row.parts_amount);
    const laborAmount = Number(row.labor_amount);
    return {
      jobId: row.job_id,
      coverage: row.coverage,
      partnerId: row.partner_id,
      partsAmount,
      laborAmount,
      total: Math.round((partsAmount + laborAmount) * 100) / 100,
      payer: row.coverage === 'POST_WARRANTY' ? 'CUSTOMER' : 'MANUFACTURER',
    };
  });
}
