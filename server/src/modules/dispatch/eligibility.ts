import type { EntityManager } from '@mikro-orm/postgresql';
import type { Organization } from '../network/organization.entity.js';
import { NetworkMembership } from '../network/network-membership.entity.js';
import { Certification } from '../network/certification.entity.js';
import { HELD_STATUSES } from '../job/job-transitions.js';
import type { ServiceJob } from '../job/service-job.entity.js';
import type { OfferStatus } from './offer.enums.js';
import { groupBy } from '../../shared/group-by.js';
import { byRank, judgePartner, type Judgement, type PartnerFacts } from './eligibility-rules.js';
import { DEFAULT_DISTANCE_WEIGHT, greatCircleKmSql, type GeoPoint } from '../../shared/distance.js';

/** A partner with its judgement for one job. */
export interface Candidate extends Judgement {
  partner: Organization;
}

interface JobFacts {
  job: ServiceJob;
  productLineId: string;
  productLineName: string;
  region: string;
  /** Where the job's site is, when known. */
  site: GeoPoint | null;
  /** The unit's customer: a customer's own staff is offered its units only. */
  customerId: string | null;
}

/**
 * What a partner's judgement reads beyond its certifications: its open jobs, its recent answers,
 * its offers for this job, its distance to the site, its technicians certified for the job, and (the
 * same on every row) the manufacturer's distance weight and whether the job's standard requires a
 * certified technician.
 */
interface Standing {
  partner_id: string;
  held: number;
  accepted: number;
  total: number;
  offers: OfferStatus[];
  distance_km: number | null;
  distance_weight: number;
  certified_technicians: number;
  requires_certified_technician: boolean;
}

const DISTANCE_SQL = greatCircleKmSql(
  { latitude: 'partner.latitude', longitude: 'partner.longitude' },
  { latitude: 'site.latitude', longitude: 'site.longitude' },
);

/** The standing of every partner asked about, in one statement (each part grouped once, not per partner). */
const STANDING_SQL = `
  with held as (
    select assigned_partner_id as partner_id, count(*)::int as n from service_job
    where assigned_partner_id = any(?::uuid[]) and status = any(?::job_status[]) group by 1),
  history as (
    select partner_id, (count(*) filter (where status = 'ACCEPTED'))::int as accepted, count(*)::int as total from job_offer
    where partner_id = any(?::uuid[]) and created_at > ? and status <> 'PENDING' group by 1),
  this_job as (select partner_id, array_agg(status::text) as offers from job_offer where job_id = ? group by 1)
  select asked.id as partner_id, coalesce(held.n, 0) as held, coalesce(history.accepted, 0) as accepted,
    coalesce(history.total, 0) as total, coalesce(this_job.offers, '{}') as offers, ${DISTANCE_SQL} as distance_km,
    coalesce((select distance_weight from scorecard_policy where manufacturer_id = ?), ?::float8) as distance_weight,
    (select count(distinct tc.technician_id)::int from technician_certification tc
      where tc.organization_id = asked.id and tc.product_line_id = ? and ? = any(tc.job_types) and tc.expires_at > ?) as certified_technicians,
    coalesce((select requires_certified_technician from quality_standard where id = ?), false) as requires_certified_technician
  from unnest(?::uuid[]) as asked(id)
  join organization partner on partner.id = asked.id
  cross join (select ?::float8 as latitude, ?::float8 as longitude) as site
  left join held on held.partner_id = asked.id
  left join history on history.partner_id = asked.id
  left join this_job on this_job.partner_id = asked.id`;

/**
 * Every partner of the job's manufacturer, judged against the standard's dispatch rules
 * (`judgePartner`) and ranked: eligible first, then by score, which counts the great-circle
 * distance from each partner's service point to the site (computed in the standing's statement).
 * Three queries whatever the network's size; `only` limits the judging to the named partners (an
 * offer needs no ranking of the whole network).
 */
export async function rankCandidates(em: EntityManager, facts: JobFacts, now: Date, only?: readonly string[]): Promise<Candidate[]> {
  const { job, productLineId, productLineName, region, site, customerId } = facts;
  const memberships = await em.find(
    NetworkMembership,
    // A membership awaiting the manufacturer's approval (onboarding) is never ranked; named, it is judged not eligible.
    only ? { manufacturer: job.manufacturer.id, partner: { $in: [...only] } } : { manufacturer: job.manufacturer.id, pending: false },
    { populate: ['partner'] },
  );
  const partners = memberships.map((membership) => membership.partner);
  const pending = new Set(memberships.filter((membership) => membership.pending).map((membership) => membership.partner.id));
  const ids = partners.map((partner) => partner.id);
  if (ids.length === 0) return [];
  const certifications = await em.find(Certification, { partner: { $in: ids }, productLine: productLineId });
  const asked = `{${ids.join(',')}}`;
  const standing = await em.execute<Standing[]>(STANDING_SQL, [
    asked,
    `{${HELD_STATUSES.join(',')}}`,
    asked,
    new Date(now.getTime() - 90 * 86_400_000),
    job.id,
    job.manufacturer.id,
    DEFAULT_DISTANCE_WEIGHT,
    productLineId,
    job.type,
    now,
    job.qualityStandard?.id ?? null,
    asked,
    site?.latitude ?? null,
    site?.longitude ?? null,
  ]);
  const standingOf = new Map(standing.map((row) => [row.partner_id, row]));
  const certificationsOf = groupBy(certifications, (certification) => certification.partner.id);

  const distanceWeight = standing[0]?.distance_weight ?? DEFAULT_DISTANCE_WEIGHT;
  const requiresCertifiedTechnician = standing[0]?.requires_certified_technician ?? false;
  const terms = { type: job.type, productLineName, region, distanceWeight, customerId, requiresCertifiedTechnician };
  const candidates = partners.map((partner): Candidate => {
    const row = standingOf.get(partner.id);
    const judgement = judgePartner(
      {
        partner: pending.has(partner.id) ? awaitingApproval(partner) : partner,
        certifications: certificationsOf.get(partner.id) ?? [],
        load: row?.held ?? 0,
        offersForJob: row?.offers ?? [],
        history: row && row.total > 0 ? { accepted: row.accepted, total: row.total } : null,
        distanceKm: row?.distance_km ?? null,
        certifiedTechnicians: row?.certified_technicians ?? 0,
      },
      terms,
      now,
    );
    return { partner, ...judgement };
  });

  return candidates.sort(byRank);
}

/** A partner's facts as the rules read them, marked as awaiting the manufacturer's approval. */
const awaitingApproval = (partner: Organization): PartnerFacts => ({
  name: partner.name,
  status: partner.status,
  regions: partner.regions,
  capacity: partner.capacity,
  serviceRadiusKm: partner.serviceRadiusKm,
  kind: partner.kind,
  customerId: partner.customerId,
  pending: true,
});
