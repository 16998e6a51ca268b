import { describe, expect, it } from 'vitest';
import { OrgKind, PartnerStatus } from '../network/network.enums.js';
import { JobType } from '../job/job.enums.js';
import { OfferStatus } from './offer.enums.js';
import { byRank, judgePartner, nearness, type Judgement, type PartnerRecord } from './eligibility-rules.js';

const NOW = new Date('2026-11-22T10:00:00Z');
const NEXT_YEAR = new Date('2027-11-22T00:00:00Z');
/** Distance weighs nothing here: the score's own table below; the distance rows have theirs. */
const JOB = { type: JobType.REPAIR, productLineName: 'Compressors', region: 'R1', distanceWeight: 0 };

/** A partner that meets every rule: ACTIVE, certified, in the region, with room, never offered this job. */
const record = (changes: Partial<Omit<PartnerRecord, 'partner'>> & { partner?: Partial<PartnerRecord['partner']> } = {}): PartnerRecord => ({
  certifications: [{ jobTypes: [JobType.REPAIR, JobType.MAINTENANCE], expiresAt: NEXT_YEAR }],
  load: 1,
  offersForJob: [],
  history: null,
  distanceKm: 38.04,
  ...changes,
  partner: { name: 'Alpine Service', status: PartnerStatus.ACTIVE, regions: ['R0', 'R1'], capacity: 5, ...changes.partner },
});

const ACTIVE = 'Active';
const CERTIFIED = 'Certified for REPAIR on Compressors until 2027-11-22';
const IN_REGION = 'Serves region R1';
const ROOM = 'Capacity: 1 of 5 open jobs';
const NEAR = '38 km away';

describe('eligibility: each rule, its reason, and what it blocks', () => {
  it.each<[string, PartnerRecord, Pick<Judgement, 'eligible' | 'autoEligible' | 'reasons' | 'blockers'>]>([
    ['meets every rule', record(), { eligible: true, autoEligible: true, reasons: [ACTIVE, CERTIFIED, IN_REGION, NEAR, ROOM], blockers: [] }],
    [
      'on probation: manual offers only',
      record({ partner: { status: PartnerStatus.PROBATION } }),
      { eligible: true, autoEligible: false, reasons: ['On probation: manual offers only', CERTIFIED, IN_REGION, NEAR, ROOM], blockers: [] },
    ],
    [
      'suspended',
      record({ partner: { status: PartnerStatus.SUSPENDED } }),
      {
        eligible: false,
        autoEligible: false,
        reasons: ['Suspended: receives no offers', CERTIFIED, IN_REGION, NEAR, ROOM],
        blockers: ['Suspended: receives no offers'],
      },
    ],
    [
      'certification expired',
      record({ certifications: [{ jobTypes: [JobType.REPAIR], expiresAt: new Date('2026-11-01T00:00:00Z') }] }),
      {
        eligible: false,
        autoEligible: false,
        reasons: [ACTIVE, 'Certification for REPAIR on Compressors expired', IN_REGION, NEAR, ROOM],
        blockers: ['Certification for REPAIR on Compressors expired'],
      },
    ],
    [
      'certification expiring this very moment counts as expired',
      record({ certifications: [{ jobTypes: [JobType.REPAIR], expiresAt: NOW }] }),
      {
        eligible: false,
        autoEligible: false,
        reasons: [ACTIVE, 'Certification for REPAIR on Compressors expired', IN_REGION, NEAR, ROOM],
        blockers: ['Certification for REPAIR on Compressors expired'],
      },
    ],
    [
      'an expired and a valid certification: the valid one counts',
      record({
        certifications: [
          { jobTypes: [JobType.REPAIR], expiresAt: new Date('2025-01-01T00:00:00Z') },
          { jobTypes: [JobType.REPAIR], expiresAt: NEXT_YEAR },
        ],
      }),
      { eligible: true, autoEligible: true, reasons: [ACTIVE, CERTIFIED, IN_REGION, NEAR, ROOM], blockers: [] },
    ],
    [
      'certified for other job types only',
      record({ certifications: [{ jobTypes: [JobType.MAINTENANCE, JobType.INSPECTION], expiresAt: NEXT_YEAR }] }),
      {
        eligible: false,
        autoEligible: false,
        reasons: [ACTIVE, 'Not certified for REPAIR on Compressors', IN_REGION, NEAR, ROOM],
        blockers: ['Not certified for REPAIR on Compressors'],
      },
    ],
    [
      'no certification for the line',
      record({ certifications: [] }),
      {
        eligible: false,
        autoEligible: false,
        reasons: [ACTIVE, 'Not certified for REPAIR on Compressors', IN_REGION, NEAR, ROOM],
        blockers: ['Not certified for REPAIR on Compressors'],
      },
    ],
    [
      'outside the region',
      record({ partner: { regions: ['R2'] } }),
      { eligible: false, autoEligible: false, reasons: [ACTIVE, CERTIFIED, 'Does not serve region R1', NEAR, ROOM], blockers: ['Does not serve region R1'] },
    ],
    [
      'one job short of capacity',
      record({ load: 4 }),
      { eligible: true, autoEligible: true, reasons: [ACTIVE, CERTIFIED, IN_REGION, NEAR, 'Capacity: 4 of 5 open jobs'], blockers: [] },
    ],
    [
      'at capacity',
      record({ load: 5 }),
      {
        eligible: false,
        autoEligible: false,
        reasons: [ACTIVE, CERTIFIED, IN_REGION, NEAR, 'At capacity: 5 of 5 open jobs'],
        blockers: ['At capacity: 5 of 5 open jobs'],
      },
    ],
    [
      'no capacity at all',
      record({ load: 0, partner: { capacity: 0 } }),
      {
        eligible: false,
        autoEligible: false,
        reasons: [ACTIVE, CERTIFIED, IN_REGION, NEAR, 'At capacity: 0 of 0 open jobs'],
        blockers: ['At capacity: 0 of 0 open jobs'],
      },
    ],
    [
      'a pending offer for this job',
      record({ offersForJob: [OfferStatus.PENDING] }),
      {
        eligible: false,
        autoEligible: false,
        reasons: [ACTIVE, CERTIFIED, IN_REGION, NEAR, ROOM, 'Already has a pending offer for this job'],
        blockers: ['Already has a pending offer for this job'],
      },
    ],
    [
      'declined this job before',
      record({ offersForJob: [OfferStatus.DECLINED] }),
      {
        eligible: true,
        autoEligible: false,
        reasons: [ACTIVE, CERTIFIED, IN_REGION, NEAR, ROOM, 'Turned this job down before: manual offers only'],
        blockers: [],
      },
    ],
    [
      'let an offer for this job expire',
      record({ offersForJob: [OfferStatus.EXPIRED] }),
      {
        eligible: true,
        autoEligible: false,
        reasons: [ACTIVE, CERTIFIED, IN_REGION, NEAR, ROOM, 'Turned this job down before: manual offers only'],
        blockers: [],
      },
    ],
    [
      'an offer withdrawn from it (another partner won) is held against nobody',
      record({ offersForJob: [OfferStatus.WITHDRAWN] }),
      { eligible: true, autoEligible: true, reasons: [ACTIVE, CERTIFIED, IN_REGION, NEAR, ROOM], blockers: [] },
    ],
    [
      'declined once, offered again and pending: the pending offer blocks',
      record({ offersForJob: [OfferStatus.DECLINED, OfferStatus.PENDING] }),
      {
        eligible: false,
        autoEligible: false,
        reasons: [ACTIVE, CERTIFIED, IN_REGION, NEAR, ROOM, 'Already has a pending offer for this job'],
        blockers: ['Already has a pending offer for this job'],
      },
    ],
    [
      'every rule broken: every blocker, in order',
      record({ load: 5, certifications: [], offersForJob: [OfferStatus.PENDING], partner: { status: PartnerStatus.SUSPENDED, regions: [] } }),
      {
        eligible: false,
        autoEligible: false,
        reasons: [
          'Suspended: receives no offers',
          'Not certified for REPAIR on Compressors',
          'Does not serve region R1',
          NEAR,
          'At capacity: 5 of 5 open jobs',
          'Already has a pending offer for this job',
        ],
        blockers: [
          'Suspended: receives no offers',
          'Not certified for REPAIR on Compressors',
          'Does not serve region R1',
          'At capacity: 5 of 5 open jobs',
          'Already has a pending offer for this job',
        ],
      },
    ],
    [
      'within its service radius',
      record({ partner: { serviceRadiusKm: 40 } }),
      { eligible: true, autoEligible: true, reasons: [ACTIVE, CERTIFIED, IN_REGION, '38 km away, within its 40 km service radius', ROOM], blockers: [] },
    ],
    [
      'beyond its service radius, in its region all the same',
      record({ distanceKm: 212.6, partner: { serviceRadiusKm: 150 } }),
      {
        eligible: false,
        autoEligible: false,
        reasons: [ACTIVE, CERTIFIED, IN_REGION, '213 km away: beyond its 150 km service radius', ROOM],
        blockers: ['213 km away: beyond its 150 km service radius'],
      },
    ],
    [
      'distance unknown: said so, and a radius cannot exclude',
      record({ distanceKm: null, partner: { serviceRadiusKm: 10 } }),
      { eligible: true, autoEligible: true, reasons: [ACTIVE, CERTIFIED, IN_REGION, 'Distance unknown', ROOM], blockers: [] },
    ],
  ])('%s', (_name, partner, expected) => {
    const { score: _score, distanceKm: _km, reasonCodes, blocking, ...judgement } = judgePartner(partner, JOB, NOW);
    expect(judgement).toEqual(expected);
    // The codes say the same as the words, in the same order.
    expect(reasonCodes.map((reason) => reason.text)).toEqual(judgement.reasons);
    expect(blocking.map((reason) => reason.text)).toEqual(judgement.blockers);
  });

  it('gives each reason a stable code with the figures as parameters', () => {
    const { reasonCodes, blocking } = judgePartner(
      record({ load: 5, distanceKm: 212.96, partner: { serviceRadiusKm: 150 }, certifications: [{ jobTypes: [JobType.REPAIR], expiresAt: NOW }] }),
      JOB,
      NOW,
    );
    expect(reasonCodes.map(({ code, params }) => ({ code, params }))).toEqual([
      { code: 'candidate.active', params: {} },
      { code: 'candidate.certificationExpired', params: { jobType: 'REPAIR', productLine: 'Compressors' } },
      { code: 'candidate.servesRegion', params: { region: 'R1' } },
      { code: 'candidate.beyondRadius', params: { km: 213, radiusKm: 150 } },
      { code: 'candidate.atCapacity', params: { load: 5, capacity: 5 } },
    ]);
    expect(blocking.map((reason) => reason.code)).toEqual(['candidate.certificationExpired', 'candidate.beyondRadius', 'candidate.atCapacity']);
  });

  it("keeps a customer's own staff to its customer's units, and says so either way", () => {
    const staff = record({ partner: { kind: OrgKind.CUSTOMER_STAFF, customerId: 'c1' } });
    const own = judgePartner(staff, { ...JOB, customerId: 'c1' }, NOW);
    expect(own.eligible).toBe(true);
    expect(own.reasons).toEqual([ACTIVE, CERTIFIED, "The customer's own staff", IN_REGION, NEAR, ROOM]);
    for (const customerId of ['c2', null]) {
      const foreign = judgePartner(staff, { ...JOB, customerId }, NOW);
      expect(foreign).toMatchObject({ eligible: false, autoEligible: false, blockers: ["Another customer's own staff: offered only its customer's units"] });
      expect(foreign.blocking.map((reason) => reason.code)).toEqual(['candidate.otherCustomer']);
    }
    // Any other kind of partner serves every customer, whatever customer it may name.
    const dealer = judgePartner(record({ partner: { kind: OrgKind.DEALER } }), { ...JOB, customerId: 'c2' }, NOW);
    expect(dealer.reasons).toEqual([ACTIVE, CERTIFIED, IN_REGION, NEAR, ROOM]);
  });

  it('asks for a certified technician only when the standard requires one', () => {
    const requiring = { ...JOB, requiresCertifiedTechnician: true };
    const none = judgePartner(record({ certifiedTechnicians: 0 }), requiring, NOW);
    expect(none).toMatchObject({
      eligible: false,
      autoEligible: false,
      blockers: ['No technician certified for REPAIR on Compressors: the standard requires one'],
    });
    expect(none.blocking[0]).toMatchObject({ code: 'candidate.noCertifiedTechnician', params: { jobType: 'REPAIR', productLine: 'Compressors' } });
    const two = judgePartner(record({ certifiedTechnicians: 2 }), requiring, NOW);
    expect(two.eligible).toBe(true);
    expect(two.reasons).toContain('2 technicians certified for REPAIR on Compressors');
    expect(judgePartner(record({ certifiedTechnicians: 1 }), requiring, NOW).reasons).toContain('1 technician certified for REPAIR on Compressors');
    // Not required: the count is not read at all.
    expect(judgePartner(record({ certifiedTechnicians: 0 }), JOB, NOW).reasons).toEqual([ACTIVE, CERTIFIED, IN_REGION, NEAR, ROOM]);
  });

  it('reports the distance to one decimal, or null when unknown', () => {
    expect(judgePartner(record({ distanceKm: 38.04 }), JOB, NOW).distanceKm).toBe(38);
    expect(judgePartner(record({ distanceKm: 0.26 }), JOB, NOW).distanceKm).toBe(0.3);
    expect(judgePartner(record({ distanceKm: null }), JOB, NOW).distanceKm).toBeNull();
  });
});

describe('nearness: 1 at the site, a half at 50 km, toward 0 beyond; unknown counts as a half', () => {
  it.each<[number | null, number]>([
    [0, 1],
    [50, 0.5],
    [150, 0.25],
    [null, 0.5],
  ])('%s km: %f', (km, expected) => {
    expect(nearness(km)).toBe(expected);
  });
});

describe("the score with the manufacturer's distance weight: (factors + weight × nearness) / (1 + weight)", () => {
  const weighted = (distanceWeight: number) => ({ ...JOB, distanceWeight });
  it.each<[string, PartnerRecord, number, number]>([
    ['at the site, weight 1: halfway to a perfect score', record({ load: 0, distanceKm: 0 }), 1, 0.9],
    ['50 km, weight 0.5', record({ load: 0, distanceKm: 50 }), 0.5, 0.7],
    ['unknown distance counts as 50 km', record({ load: 0, distanceKm: null }), 0.5, 0.7],
    ['weight 0: distance changes nothing', record({ load: 0, distanceKm: 900 }), 0, 0.8],
  ])('%s', (_name, partner, weight, score) => {
    expect(judgePartner(partner, weighted(weight), NOW).score).toBe(score);
  });

  it('the nearer of two otherwise equal partners scores higher, and more so with a higher weight', () => {
    const gap = (weight: number) =>
      judgePartner(record({ distanceKm: 10 }), weighted(weight), NOW).score - judgePartner(record({ distanceKm: 200 }), weighted(weight), NOW).score;
    expect(gap(0)).toBe(0);
    expect(gap(0.5)).toBeGreaterThan(0);
    expect(gap(2)).toBeGreaterThan(gap(0.5));
  });
});

describe('the score: 0.4 × free capacity + 0.4 × acceptance + 0.2 × standing', () => {
  it.each<[string, PartnerRecord, number]>([
    ['ACTIVE, empty, no history (acceptance counts as a half)', record({ load: 0 }), 0.8],
    ['ACTIVE, 1 of 5 held, 3 of 4 accepted', record({ history: { accepted: 3, total: 4 } }), 0.82],
    ['ACTIVE, answered offers all accepted, full', record({ load: 5, history: { accepted: 2, total: 2 } }), 0.6],
    ['history with no answered offers counts as a half', record({ load: 0, history: { accepted: 0, total: 0 } }), 0.8],
    [
      'PROBATION weighs 0.3 of the standing',
      record({ load: 0, history: { accepted: 0, total: 2 }, partner: { status: PartnerStatus.PROBATION, capacity: 4 } }),
      0.46,
    ],
    ['SUSPENDED stands for nothing', record({ load: 2, history: { accepted: 1, total: 1 }, partner: { status: PartnerStatus.SUSPENDED, capacity: 4 } }), 0.6],
    ['no capacity: no free share', record({ load: 0, partner: { capacity: 0 } }), 0.4],
    ['over capacity: the free share stops at zero', record({ load: 7, partner: { capacity: 5 } }), 0.4],
    ['rounded to three places', record({ load: 1, partner: { capacity: 3 } }), 0.667],
  ])('%s: %f', (_name, partner, score) => {
    expect(judgePartner(partner, JOB, NOW).score).toBe(score);
  });
});

describe('the ranking', () => {
  const candidate = (name: string, eligible: boolean, score: number) => ({
    partner: { name },
    eligible,
    autoEligible: eligible,
    score,
    distanceKm: null,
    reasonCodes: [],
    reasons: [],
    blocking: [],
    blockers: [],
  });

  it.each([
    ['eligible before ineligible, whatever the score', [candidate('Zeta', false, 0.9), candidate('Alpha', true, 0.1)], ['Alpha', 'Zeta']],
    ['then the higher score', [candidate('Alpha', true, 0.5), candidate('Beta', true, 0.7), candidate('Gamma', false, 1)], ['Beta', 'Alpha', 'Gamma']],
    [
      'equal scores by name',
      [candidate('Kessler', true, 0.8), candidate('Alpine', true, 0.8), candidate('Maker North', true, 0.8)],
      ['Alpine', 'Kessler', 'Maker North'],
    ],
    ['ineligible ones ranked among themselves too', [candidate('B', false, 0.2), candidate('A', false, 0.2), candidate('C', false, 0.3)], ['C', 'A', 'B']],
  ])('%s', (_name, candidates, order) => {
    expect([...candidates].sort(byRank).map((c) => c.partner.name)).toEqual(order);
  });
});
