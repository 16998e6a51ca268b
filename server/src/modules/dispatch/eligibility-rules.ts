import { OrgKind, PartnerStatus } from '../network/network.enums.js';
import type { JobType } from '../job/job.enums.js';
import { OfferStatus } from './offer.enums.js';
import { phrase, type Phrase, type PhraseCode, type PhraseParams } from '../../shared/phrases.js';

/** What the dispatch rules read of a partner. */
export interface PartnerFacts {
  name: string;
  status?: PartnerStatus | null;
  /** Joined by invitation and not yet approved by the manufacturer (onboarding): receives no offers. */
  pending?: boolean;
  regions: string[];
  capacity: number;
  /** Sites farther than this from its service point are not its own; null or absent: no limit. */
  serviceRadiusKm?: number | null;
  /** CUSTOMER_STAFF is offered its own customer's units only; absent: a partner like any other. */
  kind?: OrgKind;
  /** For CUSTOMER_STAFF: the customer whose staff it is. */
  customerId?: string | null;
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
  /** Its technicians certified for the job's line and type, now (read when the standard requires one). */
  certifiedTechnicians?: number;
}

export interface JobTerms {
  type: JobType;
  productLineName: string;
  region: string;
  /** The manufacturer's weight of nearness in the score (its policy's distanceWeight). */
  distanceWeight: number;
  /** The unit's customer, if any. */
  customerId?: string | null;
  /** The job's standard requires a certified technician. */
  requiresCertifiedTechnician?: boolean;
}

export interface Judgement {
  /** May receive a manual offer. */
  eligible: boolean;
  /** May receive an automatic offer: eligible, ACTIVE, and has not turned this job down. */
  autoEligible: boolean;
  score: number;
  /** From the partner's service point to the site, in km to one decimal; null when unknown. */
  distanceKm: number | null;
  /** Why the partner is or is not eligible, as codes with their English text. */
  reasonCodes: Phrase[];
  /** The same, in English words. */
  reasons: string[];
  /** The reasons that keep it from a manual offer, as codes with their English text. */
  blocking: Phrase[];
  /** The same, in English words. */
  blockers: string[];
}

/** Nearness counts 1 at the site, a half at this distance, and falls toward 0 beyond. */
export const HALF_NEARNESS_KM = 50;

/** How near a partner is, from 1 (at the site) toward 0; an unknown distance counts as a half, like a partner 50 km away. */
export const nearness = (km: number | null): number => (km === null ? 0.5 : 1 / (1 + km / HALF_NEARNESS_KM));

/**
 * One partner judged against the standard's dispatch rules (status, certification for the
 * product line and job type, a customer's own staff only on its units, a certified technician when
 * the standard requires one, region, service radius, capacity, offers for this job), and scored:
 * free capacity and acceptance history weigh 0.4 each, standing 0.2, and nearness the
 * manufacturer's distance weight on top (the sum is normalised back to 0–1).
 */
export function judgePartner(record: PartnerRecord, job: JobTerms, now: Date): Judgement {
  const { partner, load } = record;
  const phrases: Phrase[] = [];
  const blocking: Phrase[] = [];
  let autoEligible = true;
  const say = (code: PhraseCode, params?: PhraseParams) => phrases.push(phrase(code, params));
  const fail = (code: PhraseCode, params?: PhraseParams) => {
    autoEligible = false;
    const reason = phrase(code, params);
    phrases.push(reason);
    blocking.push(reason);
  };

  if (partner.pending) fail('candidate.pending');
  else if (partner.status === PartnerStatus.SUSPENDED) fail('candidate.suspended');
  else if (partner.status === PartnerStatus.PROBATION) {
    autoEligible = false;
    say('candidate.probation');
  } else say('candidate.active');

  const certs = record.certifications.filter((c) => c.jobTypes.includes(job.type));
  const valid = certs.find((c) => c.expiresAt > now);
  const line = { jobType: job.type, productLine: job.productLineName };
  if (valid) say('candidate.certified', { ...line, until: valid.expiresAt.toISOString().slice(0, 10) });
  else if (certs.length > 0) fail('candidate.certificationExpired', line);
  else fail('candidate.notCertified', line);

  if (partner.kind === OrgKind.CUSTOMER_STAFF) {
    if (job.customerId && job.customerId === partner.customerId) say('candidate.ownCustomer');
    else fail('candidate.otherCustomer');
  }

  if (job.requiresCertifiedTechnician) {
    const technicians = record.certifiedTechnicians ?? 0;
    if (technicians > 0) say('candidate.certifiedTechnicians', { ...line, count: technicians });
    else fail('candidate.noCertifiedTechnician', line);
  }

  if (partner.regions.includes(job.region)) say('candidate.servesRegion', { region: job.region });
  else fail('candidate.outsideRegion', { region: job.region });

  const { distanceKm } = record;
  const shownKm = distanceKm === null ? null : Math.round(distanceKm * 10) / 10;
  const radius = partner.serviceRadiusKm ?? null;
  // Whole km, of the one-decimal figure the candidate shows, so the two agree.
  if (distanceKm === null || shownKm === null) say('candidate.distanceUnknown');
  else if (radius !== null && distanceKm > radius) fail('candidate.beyondRadius', { km: Math.round(shownKm), radiusKm: radius });
  else if (radius === null) say('candidate.distance', { km: Math.round(shownKm) });
  else say('candidate.withinRadius', { km: Math.round(shownKm), radiusKm: radius });

  if (load < partner.capacity) say('candidate.capacity', { load, capacity: partner.capacity });
  else fail('candidate.atCapacity', { load, capacity: partner.capacity });

  if (record.offersForJob.includes(OfferStatus.PENDING)) fail('candidate.pendingOffer');
  else if (record.offersForJob.includes(OfferStatus.DECLINED) || record.offersForJob.includes(OfferStatus.EXPIRED)) {
    autoEligible = false;
    say('candidate.turnedDown');
  }

  const { history } = record;
  const acceptance = history && history.total > 0 ? history.accepted / history.total : 0.5;
  const freeShare = partner.capacity > 0 ? Math.max(0, 1 - load / partner.capacity) : 0;
  const standing = partner.status === PartnerStatus.ACTIVE ? 1 : partner.status === PartnerStatus.PROBATION ? 0.3 : 0;
  const weight = Math.max(0, job.distanceWeight);
  const raw = (0.4 * freeShare + 0.4 * acceptance + 0.2 * standing + weight * nearness(distanceKm)) / (1 + weight);
  const score = Math.round(raw * 1000) / 1000;
  const texts = (list: Phrase[]) => list.map((reason) => reason.text);
  return {
    eligible: blocking.length === 0,
    autoEligible,
    score,
    distanceKm: shownKm,
    reasonCodes: phrases,
    reasons: texts(phrases),
    blocking,
    blockers: texts(blocking),
  };
}

/** The ranking: eligible first, then by score, then by name. */
export const byRank = (a: Judgement & { partner: { name: string } }, b: Judgement & { partner: { name: string } }): number =>
  Number(b.eligible) - Number(a.eligible) || b.score - a.score || a.partner.name.localeCompare(b.partner.name);
