import type { EntityManager } from '@mikro-orm/postgresql';
import { inspectPartReturn, receivePartReturn, requestPartReturn, shipPartReturn } from '../modules/returns/returns.service.js';
import { InspectionResult } from '../modules/returns/returns.enums.js';
import type { Scope } from '../shared/scope.js';
import type { Viewer } from '../shared/viewer.js';
import { Role } from '../modules/network/network.enums.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Candidate {
  line_id: string;
  claim_state: string;
  partner_id: string;
  serial: string;
  /** When the claim was last submitted or reviewed: its return is asked for after that. */
  since: Date;
}

/** How far each seeded return got, oldest request first; the last one's inspection finds no fault and rejects its (reviewed) line. */
const WALKS: readonly { steps: number; result?: InspectionResult }[] = [
  { steps: 4, result: InspectionResult.NO_FAULT_FOUND },
  { steps: 4, result: InspectionResult.CONFIRMED_FAULT },
  { steps: 3 },
  { steps: 2 },
  { steps: 1 },
];

/**
 * Returns of replaced warranty parts on the maker's claims, played through the services after the
 * claims exist: one per state, and a part found without fault whose claim line the inspection
 * rejects (its claim reviewed, so its state is derived again). PART lines the partner claimed
 * without a faulty serial get one (as printed on the part), so every return names the unit it was.
 */
export async function seedPartReturns(em: EntityManager, now: Date): Promise<number> {
  const [maker] = await em.execute<{ id: string; admin_id: string }[]>(
    `select o.id, u.id as admin_id from organization o join app_user u on u.organization_id = o.id and u.email = 'admin@maker.demo' where o.slug = 'maker'`,
  );
  if (!maker) return 0;
  // Reviewed claims first (the rejecting inspection needs one), then those under review; a line per claim.
  const candidates = await em.execute<Candidate[]>(
    `select distinct on (c.id) l.id as line_id, c.state as claim_state, c.partner_id, coalesce(l.faulty_serial, 'FS-' || c.number || '-' || l.position) as serial,
       coalesce(c.reviewed_at, c.submitted_at) as since
     from claim_line l join warranty_claim c on c.id = l.claim_id
     where c.manufacturer_id = ? and l.kind = 'PART' and c.state in ('APPROVED', 'PARTIALLY_APPROVED', 'SUBMITTED')
     order by c.id, l.position`,
    [maker.id],
  );
  const reviewed = candidates.filter((c) => c.claim_state !== 'SUBMITTED').sort(byLine);
  const rest = candidates.filter((c) => c.claim_state === 'SUBMITTED').sort(byLine);
  const chosen = [...reviewed.slice(0, 1), ...[...reviewed.slice(1), ...rest].slice(0, WALKS.length - 1)];
  const staff: Viewer = { userId: maker.admin_id, orgId: maker.id, role: Role.ADMIN };
  let made = 0;
  for (const [i, candidate] of chosen.entries()) {
    const walk = WALKS[i];
    await em.execute(`update claim_line set faulty_serial = ? where id = ? and faulty_serial is null`, [candidate.serial, candidate.line_id]);
    const [admin] = await em.execute<{ id: string }[]>(`select id from app_user where organization_id = ? and role = 'PARTNER_ADMIN' order by email limit 1`, [
      candidate.partner_id,
    ]);
    const partner: Viewer = { userId: admin.id, orgId: candidate.partner_id, role: Role.PARTNER_ADMIN };
    // Asked 9 to 5 days ago (not before the claim's last step), each step up to two days after the last, all before now.
    const asked = Math.max(now.getTime() - (9 - i) * DAY, new Date(candidate.since).getTime() + HOUR);
    if (asked >= now.getTime()) continue;
    const gap = Math.min(2 * DAY, (now.getTime() - asked) / (walk.steps + 1));
    const at = (step: number): Scope['clock'] => ({ now: () => new Date(asked + step * gap) });
    const scope = (viewer: Viewer, step: number): Scope => ({ em, viewer, clock: at(step) });
    const ra = await requestPartReturn(scope(staff, 0), candidate.line_id, i === 0 ? 'Send it to the lab in Kiel, please.' : null);
    if (walk.steps >= 2) await shipPartReturn(scope(partner, 1), ra.id, `DHL-RA-${String(1000 + i)}`);
    if (walk.steps >= 3) await receivePartReturn(scope(staff, 2), ra.id);
    if (walk.steps >= 4 && walk.result) {
      const note = walk.result === InspectionResult.NO_FAULT_FOUND ? 'Ran 48 hours on the bench without a fault.' : 'Winding short-circuited, as reported.';
      await inspectPartReturn(scope(staff, 3), ra.id, walk.result, note);
    }
    made++;
  }
  return made;
}

const byLine = (a: Candidate, b: Candidate) => a.serial.localeCompare(b.serial);
