import type { EntityManager } from '@mikro-orm/postgresql';

/** The jobs a draft is for: `j.id = any(jobs)`, or every job (null). */
const jobFilter = (jobIds: readonly string[] | null): [string, unknown[]] =>
  jobIds === null ? ['true', []] : ['j.id = any(?::uuid[])', [`{${jobIds.join(',')}}`]];

/**
 * DRAFT claims for completed WARRANTY and CONTRACT jobs that have none, prefilled from their
 * charges (charges.ts): one LABOR line (the reported minutes at the charged rate: the partner's
 * rate capped by the standard's ceiling in the same currency), one PART line per parts-request line
 * the manufacturer shipped (by request, then SKU), at the approved quantity and list price. The
 * completion calls it for its job in its own transaction (after flushing the job); the seed for all
 * its completed jobs at once. A job completed again after a reopening keeps the claim it has.
 * Returns the new claims' ids. (The claims migration backfilled the jobs completed before it with
 * the same statements.)
 */
export async function draftClaims(em: EntityManager, jobIds: readonly string[] | null): Promise<string[]> {
  const [where, params] = jobFilter(jobIds);
  const created = await em.execute<{ id: string }[]>(
    `insert into warranty_claim (id, number, job_id, partner_id, manufacturer_id, coverage, state, created_at, updated_at)
     select gen_random_uuid(), 'WC' || substr(j.number, 3), j.id, j.assigned_partner_id, j.manufacturer_id, j.coverage, 'DRAFT', j.completed_at, j.completed_at
       from service_job j
      where ${where} and j.completed_at is not null and j.status in ('COMPLETED', 'CLOSED') and j.coverage in ('WARRANTY', 'CONTRACT')
        and j.assigned_partner_id is not null and not exists (select 1 from warranty_claim c where c.job_id = j.id)
     returning id`,
    params,
  );
  if (created.length === 0) return [];
  const ids = [`{${created.map((row) => row.id).join(',')}}`];
  await em.execute(
    `insert into claim_line (id, claim_id, position, kind, description, quantity, minutes, unit_price, currency, amount)
     select gen_random_uuid(), c.id, 1, 'LABOR', 'Labour', round(coalesce(j.labor_minutes, 0) / 60.0, 3), coalesce(j.labor_minutes, 0), rate.value, o.currency,
            round(rate.value * coalesce(j.labor_minutes, 0) / 60.0, 2)
       from warranty_claim c join service_job j on j.id = c.job_id join organization o on o.id = c.partner_id
       left join quality_standard q on q.id = j.quality_standard_id
      cross join lateral (select case when q.labor_rate_ceiling is not null and q.currency = o.currency and q.labor_rate_ceiling < coalesce(o.labor_rate, 0)
                                      then q.labor_rate_ceiling else coalesce(o.labor_rate, 0) end as value) rate
      where c.id = any(?::uuid[])`,
    ids,
  );
  await em.execute(
    `insert into claim_line (id, claim_id, position, kind, description, part_id, parts_request_line_id, quantity, unit_price, currency, amount)
     select gen_random_uuid(), c.id, 1 + row_number() over (partition by c.id order by r.created_at, p.sku, l.id), 'PART', p.sku || ' ' || p.name, p.id, l.id,
            l.approved_quantity, p.list_price, p.currency, l.approved_quantity * p.list_price
       from warranty_claim c
       join parts_request r on r.job_id = c.job_id and r.status in ('SHIPPED', 'RECEIVED')
       join parts_request_line l on l.request_id = r.id and l.approved_quantity > 0
       join part p on p.id = l.part_id
      where c.id = any(?::uuid[])`,
    ids,
  );
  return created.map((row) => row.id);
}
