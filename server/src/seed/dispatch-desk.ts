import type { Organization } from '../modules/network/organization.entity.js';
import type { Certification } from '../modules/network/certification.entity.js';
import type { EquipmentUnit } from '../modules/catalog/equipment-unit.entity.js';
import type { ServiceJob } from '../modules/job/service-job.entity.js';
import type { JobOffer } from '../modules/dispatch/job-offer.entity.js';
import { HELD_STATUSES } from '../modules/job/job-transitions.js';
import { byRank, judgePartner, type Judgement } from '../modules/dispatch/eligibility-rules.js';
import { groupBy } from '../shared/group-by.js';
import { DEFAULT_DISTANCE_WEIGHT, greatCircleKm, pointOf } from '../shared/distance.js';
import { type BusinessCalendar, CALENDAR_TIME } from '../modules/calendar/business-calendar.js';
import { type BusyPeriod, freeSlots } from '../modules/calendar/free-slots.js';

/** As eligibility.ts: a partner's answers of the last 90 days make its acceptance history. */
const HISTORY_DAYS = 90;

/** A partner as the desk ranks it for one job. */
export interface Ranked extends Judgement {
  partner: Organization;
}

/**
 * The seed's dispatcher: it ranks the partners for each new job once, in memory, with the
 * dispatch rules themselves (`judgePartner`, `byRank`). What the rules read that changes while the
 * history is played (the jobs each partner holds, its answered offers) the desk follows as the
 * walk reports each step. An offer made through the services is judged again there, for real: had
 * the desk and the database disagreed on a partner, that offer would fail and so would the seed.
 */
export class DispatchDesk {
  private readonly certifications: Map<string, Certification[]>;
  /** The partner (and technician) holding each held job. */
  private readonly held = new Map<string, { partnerId: string; technicianId: string | null }>();
  private readonly offers = new Map<string, { partnerId: string; jobId: string; createdAt: Date; status: 'PENDING' | 'ACCEPTED' | 'ANSWERED' }>();

  /** What each technician is booked for or away. */
  private readonly busy: Map<string, BusyPeriod[]>;

  constructor(
    private readonly partnersOf: Map<string, Organization[]>,
    certifications: Certification[],
    /** Each technician's working time, and their absences. */
    private readonly calendars: Map<string, BusinessCalendar> = new Map(),
    absences: readonly { technicianId: string; period: BusyPeriod }[] = [],
  ) {
    this.certifications = groupBy(certifications, (c) => `${c.partner.id}:${c.productLine.id}`);
    this.busy = new Map([...groupBy(absences, (a) => a.technicianId)].map(([id, rows]) => [id, rows.map((row) => row.period)]));
  }

  /** The manufacturer's partners for a new job on this unit, eligible first, best first. */
  rank(manufacturerId: string, unit: EquipmentUnit, type: ServiceJob['type'], now: Date): Ranked[] {
    const line = unit.model.productLine;
    const since = now.getTime() - HISTORY_DAYS * 86_400_000;
    const site = pointOf(unit.siteLatitude, unit.siteLongitude);
    const ranked = (this.partnersOf.get(manufacturerId) ?? []).map((partner): Ranked => {
      const answered = [...this.offers.values()].filter((o) => o.partnerId === partner.id && o.status !== 'PENDING' && o.createdAt.getTime() > since);
      const accepted = answered.filter((o) => o.status === 'ACCEPTED').length;
      const point = pointOf(partner.latitude, partner.longitude);
      const judgement = judgePartner(
        {
          partner,
          certifications: this.certifications.get(`${partner.id}:${line.id}`) ?? [],
          load: this.load(partner.id),
          offersForJob: [],
          history: answered.length > 0 ? { accepted, total: answered.length } : null,
          distanceKm: site && point ? greatCircleKm(point, site) : null,
        },
        // The demo's manufacturers keep the default policy.
        { type, productLineName: line.name, region: unit.region, distanceWeight: DEFAULT_DISTANCE_WEIGHT, customerId: unit.customer?.id ?? null },
        now,
      );
      return { partner, ...judgement };
    });
    return ranked.sort(byRank);
  }

  /** The jobs a partner holds now (its load). */
  load(partnerId: string): number {
    return [...this.held.values()].filter((h) => h.partnerId === partnerId).length;
  }

  /**
   * Books a technician as scheduleJob would let it: the first free slot of `minutes` at or after
   * `wanted`, in their working hours, clear of their absences and of every booking made so far
   * (stricter than scheduleJob, which lets done jobs go: so no played step is refused).
   */
  book(technicianId: string, wanted: Date, minutes: number): Date {
    const busy = this.busy.get(technicianId) ?? [];
    const [slot] = freeSlots(this.calendars.get(technicianId) ?? CALENDAR_TIME, wanted, minutes, busy, 1);
    const start = slot?.startsAt ?? wanted;
    this.busy.set(technicianId, [...busy, [start.getTime(), start.getTime() + minutes * 60_000]]);
    return start;
  }

  holdsJobFor(technicianId: string): boolean {
    return [...this.held.values()].some((h) => h.technicianId === technicianId);
  }

  /** After a step that may move the job in or out of a partner's hands. */
  track(job: ServiceJob): void {
    if (job.assignedPartner && HELD_STATUSES.includes(job.status)) {
      this.held.set(job.id, { partnerId: job.assignedPartner.id, technicianId: job.technician?.id ?? null });
    } else this.held.delete(job.id);
  }

  offered(offers: readonly JobOffer[]): void {
    for (const offer of offers) this.offers.set(offer.id, { partnerId: offer.partner.id, jobId: offer.job.id, createdAt: offer.createdAt, status: 'PENDING' });
  }

  declined(offer: JobOffer): void {
    this.offers.get(offer.id)!.status = 'ANSWERED';
  }

  /** The accepted offer wins; the job's other open offers are withdrawn (answered, not accepted). */
  accepted(offer: JobOffer): void {
    for (const other of this.offers.values()) if (other.jobId === offer.job.id && other.status === 'PENDING') other.status = 'ANSWERED';
    this.offers.get(offer.id)!.status = 'ACCEPTED';
  }
}
