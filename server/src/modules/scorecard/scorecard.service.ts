import { Organization } from '../network/organization.entity.js';
import { NetworkMembership } from '../network/network-membership.entity.js';
import { badInput } from '../../shared/errors.js';
import { isManufacturerStaff } from '../../shared/viewer.js';
import type { Scope } from '../../shared/scope.js';

export interface Scorecard {
  partner: Organization;
  offersReceived: number;
  offersAccepted: number;
  offersDeclined: number;
  acceptanceRate: number | null;
  refusalRate: number | null;
  medianMinutesToAccept: number | null;
  slaResponseCompliance: number | null;
  slaResolutionCompliance: number | null;
  jobsCompleted: number;
  firstTimeFixRate: number | null;
  reopenRate: number | null;
  qualityGateFailures: number;
  meanSatisfaction: number | null;
  score: number;
}

interface Row {
  partner_id: string;
  received: string;
  accepted: string;
  declined: string;
  median_minutes: number | null;
  response_met: string;
  response_total: string;
  completed: string;
  resolution_met: string;
  resolution_total: string;
  reopened: string;
  gate_failures: string;
  mean_rating: number | null;
}

/**
 * Per partner and period, from the event log alone: what the partner was offered and did in
 * [from, to). Offers count when made; completions, gate failures and surveys when they happened.
 */
const SCORECARD_SQL = `
with ev as (
  select * from service_event
  where manufacturer_id = any(?::uuid[]) and partner_id = any(?::uuid[]) and at >= ? and at < ?
),
offers as (
  select o.partner_id, count(*) as received,
    count(a.offer_id) as accepted,
    count(d.offer_id) as declined,
    percentile_cont(0.5) within group (order by extract(epoch from a.at - o.at) / 60) filter (where a.offer_id is not null) as median_minutes,
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
    count(*) filter (where j.resolution_due_at is not null and c.at <= j.resolution_due_at) as resolution_met,
    count(*) filter (where j.resolution_due_at is not null) as resolution_total,
    count(*) filter (where exists (
      select 1 from service_event r where r.job_id = c.job_id and r.kind = 'JOB_REOPENED' and r.seq > c.seq and r.at < c.at + interval '30 days'
    )) as reopened
  from ev c join service_job j on j.id = c.job_id
  where c.kind = 'JOB_COMPLETED'
  group by c.partner_id
),
gates as (select partner_id, count(*) as gate_failures from ev where kind = 'QUALITY_GATE_FAILED' group by partner_id),
ratings as (select partner_id, avg((data->>'rating')::numeric)::float8 as mean_rating from ev where kind = 'SURVEY_SUBMITTED' group by partner_id)
select p.id as partner_id,
  coalesce(o.received, 0) as received, coalesce(o.accepted, 0) as accepted, coalesce(o.declined, 0) as declined,
  o.median_minutes, coalesce(o.response_met, 0) as response_met, coalesce(o.response_total, 0) as response_total,
  coalesce(c.completed, 0) as completed, coalesce(c.resolution_met, 0) as resolution_met,
  coalesce(c.resolution_total, 0) as resolution_total, coalesce(c.reopened, 0) as reopened,
  coalesce(g.gate_failures, 0) as gate_failures, r.mean_rating
from unnest(?::uuid[]) as p(id)
left join offers o on o.partner_id = p.id
left join completions c on c.partner_id = p.id
left join gates g on g.partner_id = p.id
left join ratings r on r.partner_id = p.id`;

const MAX_PERIOD_DAYS = 3 * 366;

export async function partnerScorecards({ em, viewer }: Scope, from: Date, to: Date): Promise<Scorecard[]> {
  if (!(from < to)) throw badInput('The period must start before it ends', { field: 'from' });
  if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * 86_400_000) throw badInput('The period may span at most three years', { field: 'to' });
  // Staff: every partner of their network, on their network's jobs. A partner: its own row, on all its work.
  const staff = isManufacturerStaff(viewer);
  const partners = staff
    ? (await em.find(NetworkMembership, { manufacturer: viewer.orgId }, { populate: ['partner'] })).map((m) => m.partner)
    : [await em.findOneOrFail(Organization, viewer.orgId)];
  const manufacturers = staff
    ? [viewer.orgId]
    : (await em.find(NetworkMembership, { partner: viewer.orgId })).map((m) => m.manufacturer.id);
  if (partners.length === 0 || manufacturers.length === 0) return partners.map((partner) => toScorecard(partner, undefined));
  const ids = `{${partners.map((p) => p.id).join(',')}}`;
  const rows = await em.execute<Row[]>(SCORECARD_SQL, [`{${manufacturers.join(',')}}`, ids, from, to, ids]);
  const byPartner = new Map(rows.map((row) => [row.partner_id, row]));
  return partners
    .map((partner) => toScorecard(partner, byPartner.get(partner.id)))
    .sort((a, b) => b.score - a.score || a.partner.name.localeCompare(b.partner.name));
}

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

function toScorecard(partner: Organization, row: Row | undefined): Scorecard {
  const n = (value: string | undefined) => Number(value ?? 0);
  const received = n(row?.received);
  const accepted = n(row?.accepted);
  const declined = n(row?.declined);
  const completed = n(row?.completed);
  const reopened = n(row?.reopened);
  const card = {
    partner,
    offersReceived: received,
    offersAccepted: accepted,
    offersDeclined: declined,
    acceptanceRate: ratio(accepted, received),
    refusalRate: ratio(declined, received),
    medianMinutesToAccept: row?.median_minutes ?? null,
    slaResponseCompliance: ratio(n(row?.response_met), n(row?.response_total)),
    slaResolutionCompliance: ratio(n(row?.resolution_met), n(row?.resolution_total)),
    jobsCompleted: completed,
    firstTimeFixRate: ratio(completed - reopened, completed),
    reopenRate: ratio(reopened, completed),
    qualityGateFailures: n(row?.gate_failures),
    meanSatisfaction: row?.mean_rating ?? null,
  };
  return { ...card, score: compositeScore(card) };
}

/**
 * 0–100: the mean of the measured rates (acceptance, both SLA clocks, first-time fix and
 * satisfaction scaled to 0–1), less two points per quality-gate failure. No data scores 0.
 */
function compositeScore(card: Omit<Scorecard, 'score'>): number {
  const satisfaction = card.meanSatisfaction === null ? null : (card.meanSatisfaction - 1) / 4;
  const parts = [card.acceptanceRate, card.slaResponseCompliance, card.slaResolutionCompliance, card.firstTimeFixRate, satisfaction].filter(
    (value): value is number => value !== null,
  );
  if (parts.length === 0) return 0;
  const mean = parts.reduce((sum, value) => sum + value, 0) / parts.length;
  return Math.max(0, Math.round((mean * 100 - 2 * card.qualityGateFailures) * 10) / 10);
}
