import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization } from '../network/organization.entity.js';
import { NetworkMembership } from '../network/network-membership.entity.js';
import { ScorecardPolicy, DEFAULT_WEIGHTS, type ScoreWeights } from './scorecard-policy.entity.js';
import { SCORECARD_JOBS_SQL, SCORECARD_SQL, type ScorecardRow } from './scorecard.sql.js';
import { notFound } from '../../shared/errors.js';
import { assertPeriod } from '../../shared/period.js';
import type { Viewer } from '../../shared/viewer.js';
import { seesNetwork } from '../access/policy.js';
import { isUuid, type Scope } from '../../shared/scope.js';
import { groupBy } from '../../shared/group-by.js';
import { medianMinutesToAccept, responseCalendars } from './scorecard-time.js';
import { NO_CLAIM_FIGURES, claimFigures } from './scorecard-claims.js';
import type { Money } from '../../shared/money.js';

export interface Scorecard {
  partner: Organization;
  from: Date;
  to: Date;
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
  priceRefusals: number;
  priceCompliance: number | null;
  partsPerJob: number | null;
  meanSatisfaction: number | null;
  appointmentsKept: number;
  appointmentsMissed: number;
  punctuality: number | null;
  score: number;
  claimRejectionRate: number | null;
  claimPerJob: Money[];
  /** Staff only (their network's median per currency); null for a partner and in the weekly trend. */
  networkMedianClaimPerJob: Money[] | null;
  medianHoursToSubmit: number | null;
}

export interface ScoringRules {
  weights: ScoreWeights;
  gatePenalty: number;
}

const DAY = 86_400_000;

/** The manufacturer's rules, or the defaults until it sets its own. */
export async function scoringPolicy(em: EntityManager, manufacturerId: string): Promise<ScorecardPolicy> {
  return (
    (await em.findOne(ScorecardPolicy, { manufacturer: manufacturerId })) ?? em.create(ScorecardPolicy, { manufacturer: manufacturerId }, { persist: false })
  );
}

/**
 * Whose cards a viewer may read, on which manufacturers' work: staff every partner of their
 * network on their network's jobs; a partner admin its own card, on all its work.
 */
async function audience(em: EntityManager, viewer: Viewer): Promise<{ partners: Organization[]; manufacturers: string[] }> {
  if (seesNetwork(viewer)) {
    const memberships = await em.find(NetworkMembership, { manufacturer: viewer.orgId }, { populate: ['partner'] });
    return { partners: memberships.map((m) => m.partner), manufacturers: [viewer.orgId] };
  }
  const memberships = await em.find(NetworkMembership, { partner: viewer.orgId });
  return { partners: [await em.findOneOrFail(Organization, viewer.orgId)], manufacturers: memberships.map((m) => m.manufacturer.id) };
}

export async function partnerScorecards({ em, viewer, clock }: Scope, from: Date, to: Date): Promise<Scorecard[]> {
  assertPeriod(from, to);
  const { partners, manufacturers } = await audience(em, viewer);
  const rules = seesNetwork(viewer) ? await scoringPolicy(em, viewer.orgId) : { weights: DEFAULT_WEIGHTS, gatePenalty: 2 };
  const cards = await computeScorecards(em, partners, manufacturers, from, to, rules, clock.now(), { network: seesNetwork(viewer) });
  return cards.sort((a, b) => b.score - a.score || a.partner.name.localeCompare(b.partner.name));
}

/**
 * One statement for any number of partners, and with `claims` one more for their claim figures
 * (`network`: with the network's median, for staff). Without it (the status evaluation) the claim
 * figures are empty.
 */
export async function computeScorecards(
  em: EntityManager,
  partners: Organization[],
  manufacturers: string[],
  from: Date,
  to: Date,
  rules: ScoringRules,
  now: Date,
  claims?: { network: boolean },
): Promise<Scorecard[]> {
  if (partners.length === 0) return [];
  const ids = `{${partners.map((p) => p.id).join(',')}}`;
  const mids = `{${manufacturers.join(',')}}`;
  const params = [mids, ids, from, to, mids, ids, from, to, from, to, now, ids];
  const [rows, claimed] = await Promise.all([
    manufacturers.length === 0 ? [] : em.execute<ScorecardRow[]>(SCORECARD_SQL, params),
    claims
      ? claimFigures(
          em,
          partners.map((p) => p.id),
          manufacturers,
          from,
          to,
          claims.network,
        )
      : null,
  ]);
  const byPartner = new Map(rows.map((row) => [row.partner_id, row]));
  const calendars = await responseCalendars(
    em,
    rows.flatMap((row) => row.accept_times),
  );
  return partners.map((partner) => {
    const row = byPartner.get(partner.id);
    const card = toScorecard(partner, from, to, row, medianMinutesToAccept(row?.accept_times ?? [], calendars), rules);
    return { ...card, ...(claimed?.byPartner.get(partner.id) ?? NO_CLAIM_FIGURES), networkMedianClaimPerJob: claimed?.networkMedian ?? null };
  });
}

export interface ScorecardDetail {
  card: Scorecard;
  weeks: Scorecard[];
  jobsBehind: { figure: string; jobIds: string[] }[];
}

/**
 * One partner's card with its weekly trend (up to 26 weeks) and the jobs behind each figure. The
 * weeks carry claim figures only when `weeklyClaims` (the query selects them): a statement per week.
 */
export async function partnerScorecardDetail(
  { em, viewer, clock }: Scope,
  partnerId: string,
  from: Date,
  to: Date,
  weeklyClaims = false,
): Promise<ScorecardDetail> {
  assertPeriod(from, to);
  const { partners, manufacturers } = await audience(em, viewer);
  const partner = isUuid(partnerId) ? partners.find((p) => p.id === partnerId) : undefined;
  if (!partner) throw notFound('Partner');
  const rules = seesNetwork(viewer) ? await scoringPolicy(em, viewer.orgId) : { weights: DEFAULT_WEIGHTS, gatePenalty: 2 };
  const now = clock.now();
  const [card] = await computeScorecards(em, [partner], manufacturers, from, to, rules, now, { network: seesNetwork(viewer) });
  const weeks: Scorecard[] = [];
  const start = Math.max(from.getTime(), to.getTime() - 26 * 7 * DAY);
  for (let weekStart = start; weekStart < to.getTime(); weekStart += 7 * DAY) {
    const weekEnd = new Date(Math.min(weekStart + 7 * DAY, to.getTime()));
    const claims = weeklyClaims ? { network: false } : undefined;
    weeks.push((await computeScorecards(em, [partner], manufacturers, new Date(weekStart), weekEnd, rules, now, claims))[0]);
  }
  const rows =
    manufacturers.length === 0
      ? []
      : await em.execute<{ job_id: string; figure: string }[]>(SCORECARD_JOBS_SQL, [`{${manufacturers.join(',')}}`, partner.id, from, to]);
  const grouped = groupBy(rows, (row) => row.figure);
  return { card, weeks, jobsBehind: [...grouped].map(([figure, figureRows]) => ({ figure, jobIds: figureRows.map((row) => row.job_id) })) };
}

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

type OwnCard = Omit<Scorecard, 'claimRejectionRate' | 'claimPerJob' | 'networkMedianClaimPerJob' | 'medianHoursToSubmit'>;

function toScorecard(partner: Organization, from: Date, to: Date, row: ScorecardRow | undefined, medianMinutes: number | null, rules: ScoringRules): OwnCard {
  const n = (value: string | undefined) => Number(value ?? 0);
  const received = n(row?.received);
  const completed = n(row?.completed);
  const paidCompleted = n(row?.paid_completed);
  const priceRefusals = n(row?.price_refusals);
  const card = {
    partner,
    from,
    to,
    offersReceived: received,
    offersAccepted: n(row?.accepted),
    offersDeclined: n(row?.declined),
    acceptanceRate: ratio(n(row?.accepted), received),
    refusalRate: ratio(n(row?.declined), received),
    medianMinutesToAccept: medianMinutes,
    slaResponseCompliance: ratio(n(row?.response_met), n(row?.response_total)),
    slaResolutionCompliance: ratio(n(row?.resolution_met), n(row?.resolution_total)),
    jobsCompleted: completed,
    firstTimeFixRate: ratio(completed - n(row?.not_fixed_first_time), completed),
    reopenRate: ratio(n(row?.reopened), completed),
    qualityGateFailures: n(row?.gate_failures),
    priceRefusals,
    priceCompliance: ratio(paidCompleted, paidCompleted + priceRefusals),
    partsPerJob: ratio(n(row?.parts_units), completed),
    meanSatisfaction: row?.mean_rating ?? null,
    appointmentsKept: n(row?.appointments_kept),
    appointmentsMissed: n(row?.appointments_missed),
    punctuality: ratio(n(row?.appointments_kept), n(row?.appointments_kept) + n(row?.appointments_missed)),
  };
  return { ...card, score: compositeScore(card, rules) };
}

/**
 * 0–100: the weighted mean of the measured rates (satisfaction 1–5 scaled to 0–1), less the
 * policy's penalty per quality-gate failure. Rates with nothing measured do not count; no data scores 0.
 */
export function compositeScore(card: Omit<OwnCard, 'score'>, { weights, gatePenalty }: ScoringRules): number {
  const satisfaction = card.meanSatisfaction === null ? null : (card.meanSatisfaction - 1) / 4;
  const measured: [number | null, number][] = [
    [card.acceptanceRate, weights.acceptance],
    [card.slaResponseCompliance, weights.slaResponse],
    [card.slaResolutionCompliance, weights.slaResolution],
    [card.firstTimeFixRate, weights.firstTimeFix],
    [satisfaction, weights.satisfaction],
    [card.priceCompliance, weights.priceCompliance],
  ];
  const counted = measured.filter((pair): pair is [number, number] => pair[0] !== null && pair[1] > 0);
  const totalWeight = counted.reduce((sum, [, weight]) => sum + weight, 0);
  if (totalWeight === 0) return 0;
  const mean = counted.reduce((sum, [value, weight]) => sum + value * weight, 0) / totalWeight;
  return Math.max(0, Math.round((mean * 100 - gatePenalty * card.qualityGateFailures) * 10) / 10);
}
