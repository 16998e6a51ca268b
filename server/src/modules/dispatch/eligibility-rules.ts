import { PartnerStatus } from '../network/network.enums.js';
import type { JobType } from '../job/job.enums.js';
import { OfferStatus } from './offer.enums.js';

/** What the dispatch rules read of a partner. */
export interface PartnerFacts {
  name: string;
  status?: PartnerStatus | null;
  regions: string[];
  capacity: number;
}

/** What is known of one partner for one job, gathered by the caller. */
export interface PartnerRecord {
  partner: PartnerFacts;
  /** The partner's certifications for the job's product line. */
  certifications: readonly { jobTypes: readonly string[]; expiresAt: Date }[];
  /** Jobs it holds now (ASSIGNED to AWAITING_PARTS). */
  load: number;
  /** The statuses of its offers for this job. */
  offersForJob: readonly OfferStatus[];
  /** Its answered offers of the last 90 days, or null without any. */
  history: { accepted: number; total: number } | null;
}

export interface JobTerms {
  type: JobType;
  productLineName: string;
  region: string;
}

export interface Judgement {
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

/**
 * One partner judged against the standard's dispatch rules (status, certification for the
 * product line and job type, region, capacity, offers for this job), and scored: free capacity
 * and acceptance history weigh 0.4 each, standing 0.2.
 */
export function judgePartner(record: PartnerRecord, job: JobTerms, now: Date): Judgement {
  const { partner, load } = record;
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

  const certs = record.certifications.filter((c) => c.jobTypes.includes(job.type));
  const valid = certs.find((c) => c.expiresAt > now);
  if (valid) reasons.push(`Certified for ${job.type} on ${job.productLineName} until ${valid.expiresAt.toISOString().slice(0, 10)}`);
  else if (certs.length > 0) fail(`Certification for ${job.type} on ${job.productLineName} expired`);
  else fail(`Not certified for ${job.type} on ${job.productLineName}`);

  if (partner.regions.includes(job.region)) reasons.push(`Serves region ${job.region}`);
  else fail(`Does not serve region ${job.region}`);

  if (load < partner.capacity) reasons.push(`Capacity: ${load} of ${partner.capacity} open jobs`);
  else fail(`At capacity: ${load} of ${partner.capacity} open jobs`);

  if (record.offersForJob.includes(OfferStatus.PENDING)) fail('Already has a pending offer for this job');
  else if (record.offersForJob.includes(OfferStatus.DECLINED) || record.offersForJob.includes(OfferStatus.EXPIRED)) {
    autoEligible = false;
    reasons.push('Turned this job down before: manual offers only');
  }

  const { history } = record;
  const acceptance = history && history.total > 0 ? history.accepted / history.total : 0.5;
  const freeShare = partner.capacity > 0 ? Math.max(0, 1 - load / partner.capacity) : 0;
  const standing = partner.status === PartnerStatus.ACTIVE ? 1 : partner.status === PartnerStatus.PROBATION ? 0.3 : 0;
  const score = Math.round((0.4 * freeShare + 0.4 * acceptance + 0.2 * standing) * 1000) / 1000;
  return { eligible: blockers.length === 0, autoEligible, score, reasons, blockers };
}

/** The ranking: eligible first, then by score, then by name. */
export const byRank = (a: Judgement & { partner: { name: string } }, b: Judgement & { partner: { name: string } }): number =>
  Number(b.eligible) - Number(a.eligible) || b.score - a.score || a.partner.name.localeCompare(b.partner.name);
