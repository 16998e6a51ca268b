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

/** A job's charges as SQL reads them: the amounts are numeric, as text or JSON numbers. */
export interface ChargeRow {
  job_id: string;
  coverage: string;
  partner_id: string;
  parts_amount: string | number;
  labor_amount: string | number;
}

/**
 * The parts and labour amounts of job `job`, with its partner `partner` and standard `standard`
 * joined. Parts count when the manufacturer shipped them, at the approved quantity; labour at the
 * partner's agreed rate, never above the standard's ceiling. `aliases` name the subquery's rows.
 */
export function chargeAmountsSql(job: string, partner: string, standard: string, [request, line, part]: [string, string, string] = ['r', 'l', 'p']) {
  return {
    parts: `coalesce((select sum(${line}.approved_quantity * ${part}.list_price) from parts_request ${request}
                 join parts_request_line ${line} on ${line}.request_id = ${request}.id join part ${part} on ${part}.id = ${line}.part_id
                 where ${request}.job_id = ${job}.id and ${request}.status in ('SHIPPED', 'RECEIVED')), 0)`,
    labor: `round(coalesce(${job}.labor_minutes, 0) / 60.0 * least(coalesce(${partner}.labor_rate, 0), coalesce(${standard}.labor_rate_ceiling, ${partner}.labor_rate, 0)), 2)`,
  };
}

/** Charges of completed jobs, by the given condition on `j` (service_job). */
export async function chargesWhere(em: EntityManager, condition: string, params: unknown[]): Promise<JobCharges[]> {
  const amounts = chargeAmountsSql('j', 'o', 'q');
  const rows = await em.execute<ChargeRow[]>(
    `select j.id as job_id, j.coverage::text as coverage, j.assigned_partner_id as partner_id,
       ${amounts.parts} as parts_amount, ${amounts.labor} as labor_amount
     from service_job j
     join organization o on o.id = j.assigned_partner_id
     left join quality_standard q on q.id = j.quality_standard_id
     where j.completed_at is not null and ${condition}
     order by j.completed_at, j.id`,
    params,
  );
  return rows.map(toJobCharges);
}

/** A charges row as the GraphQL value. */
export function toJobCharges(row: ChargeRow): JobCharges {
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
}
