import { PartnerStatus } from '../network/network.enums.js';
import type { JobType } from '../job/job.enums.js';
import { OfferStatus } from './offer.enums.js';

/** What the dispatch rules read of a partner. */
export interface PartnerFacts {
  name: string;
  status?: PartnerStatus | null;
  regions: string[];
  capacity: number;
  /** Sites farther than this from its service point are not its own; null or absent: no limit. */
  serviceRadiusKm?: number | null;
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
  /** From its service point to the site, in km; null when either has no coordinates. */
  distanceKm: number | null;
}

export interface JobTerms {
  type: JobType;
  productLineName: string;
  region: string;
  /** The manufacturer's weight of nearness in the score (its policy's distanceWeight). */
  distanceWeight: number;
}

export interface Judgement {
  /** May receive a manual offer. */
  eligible: boolean;
  /** May receive an automatic offer: eligible, ACTIVE, and has not turned this job down. */
  autoEligible: boolean;
  score: number;
  /** From the partner's service point to the site, in km to one decimal; null when unknown. */
  distanceKm: number | null;
  /** Why the partner is or is not eligible, in words. */
  reasons: string[];
  /** The reasons that keep it from a manual offer. */
  blockers: string[];
}

/** Nearness counts 1 at the site, a half at this distance, and falls toward 0 beyond. */
export const HALF_NEARNESS_KM = 50;

/** How near a partner is, from 1 (at the site) toward 0; an unknown distance counts as a half, like a partner 50 km away. */
export const nearness = (km: number | null): number => (km === null ? 0.5 : 1 / (1 + km / HALF_NEARNESS_KM));

/** A distance as the reasons say it: whole km (of the one-decimal figure the candidate shows, so the two agree). */
const kmText = (km: number) => `${Math.round(km)} km`;

/**
 * One partner judged against the standard's dispatch rules (status, certification for the
 * product line and job type, region, service radius, capacity, offers for this job), and scored:
 * free capacity and acceptance history weigh 0.4 each, standing 0.2, and nearness the
 * manufacturer's distance weight on top (the sum is normalised back to 0–1).
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

  const { distanceKm } = record;
  const shownKm = distanceKm === null ? null : Math.round(distanceKm * 10) / 10;
  const radius = partner.serviceRadiusKm ?? null;
  if (distanceKm === null || shownKm === null) reasons.push('Distance unknown');
  else if (radius !== null && distanceKm > radius) fail(`${kmText(shownKm)} away: beyond its ${radius} km service radius`);
  else reasons.push(radius === null ? `${kmText(shownKm)} away` : `${kmText(shownKm)} away, within its ${radius} km service radius`);

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
  const weight = Math.max(0, job.distanceWeight);
  const raw = (0.4 * freeShare + 0.4 * acceptance + 0.2 * standing + weight * nearness(distanceKm)) / (1 + weight);
  const score = Math.round(raw * 1000) / 1000;
  return { eligible: blockers.length === 0, autoEligible, score, distanceKm: shownKm, reasons, blockers };
}

/** The ranking: eligible first, then by score, then by name. */
export const byRank = (a: Judgement & { partner: { name: string } }, b: Judgement & { partner: { name: string } }): number =>
  Number(b.eligible) - Number(a.eligible) || b.score - a.score || a.partner.name.localeCompare(b.partner.name);
