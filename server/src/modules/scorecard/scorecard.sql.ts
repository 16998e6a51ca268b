/**
 * Per partner and period [from, to), from the event log: offers count when made; acceptances,
 * completions, refusals and surveys when they happened. Parameters: manufacturer ids, partner ids,
 * from, to, partner ids again.
 */
export const SCORECARD_SQL = `
with ev as (
  select * from service_event
  where manufacturer_id = any(?::uuid[]) and partner_id = any(?::uuid[]) and at >= ? and at < ?
),
offers as (
  select o.partner_id, count(*) as received,
    count(a.offer_id) as accepted,
    count(d.offer_id) as declined,
    -- Offered and accepted instants with the job's SLA time: the minutes between are counted on the
    -- response clock's calendar in TypeScript (scorecard-time.ts), the arithmetic the deadlines use.
    coalesce(json_agg(json_build_array(o.at, a.at, j.sla_time, o.manufacturer_id)) filter (where a.offer_id is not null), '[]') as accept_times,
    count(*) filter (where a.offer_id is not null and j.response_due_at is not null and a.at <= j.response_due_at) as response_met,
    count(*) filter (where a.offer_id is not null and j.response_due_at is not null) as response_total
  from ev o
  join service_job j on j.id = o.job_id
  left join service_event a on a.offer_id = o.offer_id and a.kind = 'OFFER_ACCEPTED'
  left join service_event d on d.offer_id = o.offer_id and d.kind = 'OFFER_DECLINED'
  where o.kind = 'JOB_OFFERED' and o.offer_id is not null
  group by o.partner_id
),
completions as (
  select c.partner_id, count(*) as completed,
    count(*) filter (where j.coverage = 'POST_WARRANTY') as paid_completed,
    count(*) filter (where j.resolution_due_at is not null and c.at <= j.resolution_due_at) as resolution_met,
    count(*) filter (where j.resolution_due_at is not null) as resolution_total,
    count(*) filter (where exists (
      select 1 from service_event r where r.job_id = c.job_id and r.kind = 'JOB_REOPENED' and r.seq > c.seq and r.at < c.at + interval '30 days'
    )) as reopened,
    -- Not fixed the first time: reopened, or the same unit back with a new job within 30 days.
    count(*) filter (where exists (
      select 1 from service_event r where r.job_id = c.job_id and r.kind = 'JOB_REOPENED' and r.seq > c.seq and r.at < c.at + interval '30 days'
    ) or exists (
      select 1 from service_job again where again.equipment_id = j.equipment_id and again.id <> j.id
        and again.created_at > c.at and again.created_at < c.at + interval '30 days' and again.type = 'REPAIR'
    )) as not_fixed_first_time
  from ev c join service_job j on j.id = c.job_id
  where c.kind = 'JOB_COMPLETED'
  group by c.partner_id
),
counts as (
  select e.partner_id,
    count(*) filter (where e.kind = 'QUALITY_GATE_FAILED') as gate_failures,
    count(*) filter (where e.kind = 'PRICE_REFUSED') as price_refusals,
    coalesce(sum(u.units), 0) as parts_units,
    (avg((e.data->>'rating')::numeric) filter (where e.kind = 'SURVEY_SUBMITTED'))::float8 as mean_rating
  from ev e
  left join lateral (
    select sum((line->>'quantity')::int) as units
    from jsonb_array_elements(case when e.kind = 'PARTS_REQUESTED' then e.data->'lines' else '[]'::jsonb end) line
  ) u on true
  group by e.partner_id
)
select p.id as partner_id,
  coalesce(o.received, 0) as received, coalesce(o.accepted, 0) as accepted, coalesce(o.declined, 0) as declined,
  coalesce(o.accept_times, '[]') as accept_times, coalesce(o.response_met, 0) as response_met, coalesce(o.response_total, 0) as response_total,
  coalesce(c.completed, 0) as completed, coalesce(c.paid_completed, 0) as paid_completed,
  coalesce(c.resolution_met, 0) as resolution_met, coalesce(c.resolution_total, 0) as resolution_total,
  coalesce(c.reopened, 0) as reopened, coalesce(c.not_fixed_first_time, 0) as not_fixed_first_time,
  coalesce(n.gate_failures, 0) as gate_failures, coalesce(n.price_refusals, 0) as price_refusals,
  coalesce(n.parts_units, 0) as parts_units, n.mean_rating
from unnest(?::uuid[]) as p(id)
left join offers o on o.partner_id = p.id
left join completions c on c.partner_id = p.id
left join counts n on n.partner_id = p.id`;

export interface ScorecardRow {
  partner_id: string;
  received: string;
  accepted: string;
  declined: string;
  /** [offeredAt, acceptedAt, slaTime, manufacturerId] of each accepted offer. */
  accept_times: [string, string, string, string][];
  response_met: string;
  response_total: string;
  completed: string;
  paid_completed: string;
  resolution_met: string;
  resolution_total: string;
  reopened: string;
  not_fixed_first_time: string;
  gate_failures: string;
  price_refusals: string;
  parts_units: string;
  mean_rating: number | null;
}

/**
 * The jobs behind each figure of one partner's card, for the drill-down. Parameters: manufacturer
 * ids, partner id, from, to.
 */
export const SCORECARD_JOBS_SQL = `
with ev as (
  select * from service_event
  where manufacturer_id = any(?::uuid[]) and partner_id = ? and at >= ? and at < ?
)
select distinct e.job_id, case
    when e.kind = 'JOB_OFFERED' and e.offer_id is not null then 'OFFERED'
    when e.kind = 'OFFER_ACCEPTED' and j.response_due_at is not null and e.at > j.response_due_at then 'RESPONSE_LATE'
    when e.kind = 'OFFER_ACCEPTED' then 'ACCEPTED'
    when e.kind = 'OFFER_DECLINED' then 'DECLINED'
    when e.kind = 'JOB_COMPLETED' and j.resolution_due_at is not null and e.at > j.resolution_due_at then 'RESOLUTION_LATE'
    when e.kind = 'JOB_COMPLETED' then 'COMPLETED'
    when e.kind = 'JOB_REOPENED' then 'REOPENED'
    when e.kind = 'QUALITY_GATE_FAILED' then 'QUALITY_GATE_FAILED'
    when e.kind = 'PRICE_REFUSED' then 'PRICE_REFUSED'
    when e.kind = 'SURVEY_SUBMITTED' then 'SURVEYED'
  end as figure
from ev e join service_job j on j.id = e.job_id
where e.kind in ('JOB_OFFERED', 'OFFER_ACCEPTED', 'OFFER_DECLINED', 'JOB_COMPLETED', 'JOB_REOPENED', 'QUALITY_GATE_FAILED', 'PRICE_REFUSED', 'SURVEY_SUBMITTED')`;
