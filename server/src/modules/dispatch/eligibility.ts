import type { EntityManager } from '@mikro-orm/postgresql';
import type { Organization } from '../network/organization.entity.js';
import { NetworkMembership } from '../network/network-membership.entity.js';
import { Certification } from '../network/certification.entity.js';
import { HELD_STATUSES } from '../job/job-transitions.js';
import type { ServiceJob } from '../job/service-job.entity.js';
import { JobOffer } from './job-offer.entity.js';
import { groupBy } from '../../shared/group-by.js';
import { byRank, judgePartner, type Judgement } from './eligibility-rules.js';

/** A partner with its judgement for one job. */
export interface Candidate extends Judgement {
  partner: Organization;
}

interface JobFacts {
  job: ServiceJob;
  productLineId: string;
  productLineName: string;
  region: string;
}

/**
 * Every partner of the job's manufacturer, judged against the standard's dispatch rules
 * (`judgePartner`) and ranked: eligible first, then by score. Five queries whatever the
 * network's size; `only` limits the judging to the named partners (an offer needs no ranking of
 * the whole network).
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

  const terms = { type: job.type, productLineName, region };
  const candidates = partners.map((partner): Candidate => {
    const record = historyOf.get(partner.id);
    const judgement = judgePartner(
      {
        partner,
        certifications: certificationsOf.get(partner.id) ?? [],
        load: heldBy.get(partner.id) ?? 0,
        offersForJob: offers.filter((offer) => offer.partner.id === partner.id).map((offer) => offer.status),
        history: record ? { accepted: Number(record.accepted), total: Number(record.total) } : null,
      },
      terms,
      now,
    );
    return { partner, ...judgement };
  });

  return candidates.sort(byRank);
}
