import type { EntityManager } from '@mikro-orm/postgresql';
import { MoneyTotals, money, roundMoney, type Money } from '../../shared/money.js';

/**
 * What one completed job costs: parts at list price, labour at the partner's agreed rate. Parts
 * may be priced in another currency than the partner's labour: amounts are kept per currency and
 * never converted, so `partsAmount` and `total` hold one amount per currency (usually one).
 */
export interface JobCharges {
  jobId: string;
  coverage: string;
  partnerId: string;
  partsAmount: Money[];
  laborAmount: Money;
  total: Money[];
  /** WARRANTY and CONTRACT work is reimbursed by the manufacturer; POST_WARRANTY is billed to the customer. */
  payer: 'MANUFACTURER' | 'CUSTOMER';
}

/** A job's charges as SQL reads them: amounts as numeric text, parts summed per currency. */
export interface ChargeRow {
  job_id: string;
  coverage: string;
  partner_id: string;
  parts: { currency: string; amount: string }[];
  labor_minutes: number | null;
  labor_rate: string | null;
  labor_currency: string;
  ceiling: string | null;
  ceiling_currency: string | null;
}

/**
 * The SQL of a job's charge row's columns, for job `job` with its partner `partner` and standard
 * `standard` joined. Parts count when the manufacturer shipped them, at the approved quantity,
 * summed exactly (numeric) per currency; `aliases` name the subquery's rows. The labour amount is
 * computed by `toJobCharges` in decimal arithmetic.
 */
export function chargeColumnsSql(
  job: string,
  partner: string,
  standard: string,
  [request, line, part, sums]: [string, string, string, string] = ['r', 'l', 'p', 's'],
): [string, string][] {
  const parts = `coalesce((select json_agg(json_build_object('currency', ${sums}.currency, 'amount', ${sums}.amount::text) order by ${sums}.currency)
      from (select ${part}.currency, sum(${line}.approved_quantity * ${part}.list_price) as amount from parts_request ${request}
        join parts_request_line ${line} on ${line}.request_id = ${request}.id join part ${part} on ${part}.id = ${line}.part_id
        where ${request}.job_id = ${job}.id and ${request}.status in ('SHIPPED', 'RECEIVED') group by ${part}.currency) ${sums}), '[]'::json)`;
  return [
    ['job_id', `${job}.id`],
    ['coverage', `${job}.coverage::text`],
    ['partner_id', `${job}.assigned_partner_id`],
    ['parts', parts],
    ['labor_minutes', `${job}.labor_minutes`],
    ['labor_rate', `${partner}.labor_rate::text`],
    ['labor_currency', `${partner}.currency`],
    ['ceiling', `${standard}.labor_rate_ceiling::text`],
    ['ceiling_currency', `${standard}.currency`],
  ];
}

/** Charges of completed jobs, by the given condition on `j` (service_job). */
export async function chargesWhere(em: EntityManager, condition: string, params: unknown[]): Promise<JobCharges[]> {
  const columns = chargeColumnsSql('j', 'o', 'q')
    .map(([name, sql]) => `${sql} as ${name}`)
    .join(', ');
  const rows = await em.execute<ChargeRow[]>(
    `select ${columns}
     from service_job j
     join organization o on o.id = j.assigned_partner_id
     left join quality_standard q on q.id = j.quality_standard_id
     where j.completed_at is not null and ${condition}
     order by j.completed_at, j.id`,
    params,
  );
  return rows.map(toJobCharges);
}

/**
 * The hourly rate labour is charged at: the partner's agreed rate, never above the standard's
 * ceiling. A ceiling in another currency cannot cap it without a conversion, so it does not; the
 * completion's price check refuses paid work in that case (quality-gate.ts `priceViolations`).
 */
export function chargedRate(rate: Money, ceiling: Money | null): Money {
  if (!ceiling || ceiling.currency !== rate.currency) return rate;
  return ceiling.amount.lessThan(rate.amount) ? ceiling : rate;
}

/** A charges row as the GraphQL value: labour = minutes / 60 × rate, rounded to the currency's minor unit. */
export function toJobCharges(row: ChargeRow): JobCharges {
  const rate = chargedRate(money(row.labor_rate ?? 0, row.labor_currency), row.ceiling === null ? null : money(row.ceiling, row.ceiling_currency!));
  const laborAmount = roundMoney({ amount: rate.amount.times(row.labor_minutes ?? 0).dividedBy(60), currency: rate.currency });
  const partsAmount = row.parts.map((sum) => roundMoney(money(sum.amount, sum.currency)));
  return {
    jobId: row.job_id,
    coverage: row.coverage,
    partnerId: row.partner_id,
    partsAmount,
    laborAmount,
    total: new MoneyTotals().add(...partsAmount, laborAmount).list(),
    payer: row.coverage === 'POST_WARRANTY' ? 'CUSTOMER' : 'MANUFACTURER',
  };
}
