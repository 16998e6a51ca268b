import type { EntityManager } from '@mikro-orm/postgresql';
import type { Organization } from '../network/organization.entity.js';
import { NetworkMembership } from '../network/network-membership.entity.js';
import { Certification } from '../network/certification.entity.js';
import { PartnerStatus } from '../network/network.enums.js';
import { HELD_STATUSES } from '../job/job-transitions.js';
import type { ServiceJob } from '../job/service-job.entity.js';
import { JobOffer } from './job-offer.entity.js';
import { OfferStatus } from './offer.enums.js';
import { groupBy } from '../../shared/group-by.js';

export interface Candidate {
  partner: Organization;
  /** May receive a manual offer. */
  eligible: boolean;
  /** May receive an automatic offer: eligible, ACTIVE, and has not turned this job down. */
  autoEligible: boolean;
  score: number;
  /** Why the partner is or is not eligible, in words. */
  reasons: string[];
  /** The reasons that keep it from a manual offer. */
  blockers: string[];
}

interface JobFacts {
  job: ServiceJob;
  productLineId: string;
  productLineName: string;
  region: string;
}

/**
 * Every partner of the job's manufacturer, judged against the standard's dispatch rules
 * (status, certification for the product line and job type, region, capacity) and ranked:
 * eligible first, then by score. Five queries whatever the network's size; `only` limits the judging
 * to the named partners (an offer needs no ranking of the whole network).
 */
export async function rankCandidates(em: EntityManager, facts: JobFacts, now: Date, only?: readonly string[]): Promise<Candidate[]> {
  const { job, productLineId, productLineName, region } = facts;
  const memberships = await em.find(
    NetworkMembership,
    only ? { manufacturer: job.manufacturer.id, partner: { $in: [...only] } } : { manufacturer: job.manufacturer.id },
    { populate: ['partner'] },
  );
  const partners = memberships.map((membership) => membership.partner);
  const ids = partners.map((partner) => partner.id);
  if (ids.length === 0) return [];
  const [certifications, held, history, offers] = await Promise.all([
    em.find(Certification, { partner: { $in: ids }, productLine: productLineId }),
    em.execute<{ partner_id: string; n: string }[]>(
      `select assigned_partner_id as partner_id, count(*) as n from service_job
       where assigned_partner_id = any(?::uuid[]) and status = any(?::job_status[]) group by 1`,
      [`{${ids.join(',')}}`, `{${HELD_STATUSES.join(',')}}`],
    ),
    em.execute<{ partner_id: string; accepted: string; total: string }[]>(
      `select partner_id, count(*) filter (where status = 'ACCEPTED') as accepted, count(*) as total from job_offer
       where partner_id = any(?::uuid[]) and created_at > ? and status <> 'PENDING' group by 1`,
      [`{${ids.join(',')}}`, new Date(now.getTime() - 90 * 86_400_000)],
    ),
    em.find(JobOffer, { job: job.id }),
  ]);
  const heldBy = new Map(held.map((row) => [row.partner_id, Number(row.n)]));
  const certificationsOf = groupBy(certifications, (certification) => certification.partner.id);
  const historyOf = new Map(history.map((row) => [row.partner_id, row]));

  const candidates = partners.map((partner): Candidate => {
    const reasons: string[] = [];
    const blockers: string[] = [];
    let autoEligible = true;
    const fail = (reason: string) => {
      autoEligible = false;
      reasons.push(reason);
      blockers.push(reason);
    };

    if (partner.status === PartnerStatus.SUSPENDED) fail('Suspended: receives no offers');
    else if (partner.status === PartnerStatus.PROBATION) {
      autoEligible = false;
      reasons.push('On probation: manual offers only');
    } else reasons.push('Active');

    const certs = (certificationsOf.get(partner.id) ?? []).filter((c) => c.jobTypes.includes(job.type));
    const valid = certs.find((c) => c.expiresAt > now);
    if (valid) reasons.push(`Certified for ${job.type} on ${productLineName} until ${valid.expiresAt.toISOString().slice(0, 10)}`);
    else if (certs.length > 0) fail(`Certification for ${job.type} on ${productLineName} expired`);
    else fail(`Not certified for ${job.type} on ${productLineName}`);

    if (partner.regions.includes(region)) reasons.push(`Serves region ${region}`);
    else fail(`Does not serve region ${region}`);

    const load = heldBy.get(partner.id) ?? 0;
    if (load < partner.capacity) reasons.push(`Capacity: ${load} of ${partner.capacity} open jobs`);
    else fail(`At capacity: ${load} of ${partner.capacity} open jobs`);

    const own = offers.filter((offer) => offer.partner.id === partner.id);
    if (own.some((offer) => offer.status === OfferStatus.PENDING)) fail('Already has a pending offer for this job');
    else if (own.some((offer) => offer.status === OfferStatus.DECLINED || offer.status === OfferStatus.EXPIRED)) {
      autoEligible = false;
      reasons.push('Turned this job down before: manual offers only');
    }

    const record = historyOf.get(partner.id);
    const acceptance = record && Number(record.total) > 0 ? Number(record.accepted) / Number(record.total) : 0.5;
    const freeShare = partner.capacity > 0 ? Math.max(0, 1 - load / partner.capacity) : 0;
    const standing = partner.status === PartnerStatus.ACTIVE ? 1 : partner.status === PartnerStatus.PROBATION ? 0.3 : 0;
    const score = Math.round((0.4 * freeShare + 0.4 * acceptance + 0.2 * standing) * 1000) / 1000;
    return { partner, eligible: blockers.length === 0, autoEligible, score, reasons, blockers };
  });

  return candidates.sort((a, b) => Number(b.eligible) - Number(a.eligible) || b.score - a.score || a.partner.name.localeCompare(b.partner.name));
}
