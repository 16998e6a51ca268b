/**
 * The claim figures of the scorecards, for every partner at once: per partner and currency what
 * its submitted claims claim for the warranty and contract jobs it completed in [from, to) and how
 * many such jobs it completed; per partner and currency what the claims reviewed in the period
 * claimed and what of it was rejected; per partner the median hours from a job's completion to
 * its claim's first submission (CLAIM_SUBMITTED without an answer), for first submissions in the period.
 * Parameters: manufacturer ids, partner ids (empty: every partner of those manufacturers' jobs,
 * for the network's median), from, to.
 */
export const CLAIM_FIGURES_SQL = `
with sc as (select ?::uuid[] as mids, ?::uuid[] as pids, ?::timestamptz as t0, ?::timestamptz as t1),
done as (
  select j.id, j.assigned_partner_id as partner_id, j.completed_at
  from service_job j, sc
  where j.manufacturer_id = any(sc.mids) and j.coverage in ('WARRANTY', 'CONTRACT') and j.completed_at >= sc.t0 and j.completed_at < sc.t1
    and j.assigned_partner_id is not null and (cardinality(sc.pids) = 0 or j.assigned_partner_id = any(sc.pids))
),
jobs as (select d.partner_id, count(*) as n from done d group by d.partner_id),
claimed as (
  select d.partner_id, l.currency, sum(l.amount) as amount
  from done d join warranty_claim c on c.job_id = d.id and c.state <> 'DRAFT' join claim_line l on l.claim_id = c.id
  group by d.partner_id, l.currency
),
reviewed as (
  select c.partner_id, l.currency, sum(l.amount) as amount, coalesce(sum(l.amount) filter (where l.decision = 'REJECTED'), 0) as rejected, count(*) as lines
  from sc, warranty_claim c join claim_line l on l.claim_id = c.id
  where c.manufacturer_id = any(sc.mids) and (cardinality(sc.pids) = 0 or c.partner_id = any(sc.pids))
    and c.state in ('APPROVED', 'PARTIALLY_APPROVED', 'REJECTED', 'PAID') and c.reviewed_at >= sc.t0 and c.reviewed_at < sc.t1
  group by c.partner_id, l.currency
),
submitted as (
  -- First submissions from the event log: a submission after a send-back carries the partner's answer.
  select e.partner_id,
    percentile_cont(0.5) within group (order by extract(epoch from (e.at - j.completed_at)) / 3600) as median_hours
  from sc, service_event e
  join warranty_claim c on c.id = (e.data->>'claimId')::uuid
  join service_job j on j.id = c.job_id
  where e.kind = 'CLAIM_SUBMITTED' and e.manufacturer_id = any(sc.mids) and (cardinality(sc.pids) = 0 or e.partner_id = any(sc.pids))
    and e.at >= sc.t0 and e.at < sc.t1 and e.data->>'answer' is null and j.completed_at is not null
  group by e.partner_id
)
select 'JOBS' as figure, partner_id, null::text as currency, null::text as amount, null::text as rejected, n::int as count, null::float8 as hours from jobs
union all select 'CLAIMED', partner_id, currency, amount::text, null, null, null from claimed
union all select 'REVIEWED', partner_id, currency, amount::text, rejected::text, lines::int, null from reviewed
union all select 'SUBMITTED', partner_id, null, null, null, null, median_hours from submitted`;

export interface ClaimFigureRow {
  figure: 'JOBS' | 'CLAIMED' | 'REVIEWED' | 'SUBMITTED';
  partner_id: string;
  currency: string | null;
  amount: string | null;
  rejected: string | null;
  count: number | null;
  hours: number | null;
}
