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
  manufacturer_id: string;
  staff_id: string;
  serial: string;
}

interface Walk {
  /** 1 asked, 2 shipped, 3 received, 4 inspected. */
  steps: number;
  result?: InspectionResult;
}

/** The first walk goes to a line of a claim not yet paid: its inspection finds no fault and rejects the line. */
const NO_FAULT: Walk = { steps: 4, result: InspectionResult.NO_FAULT_FOUND };
const OTHERS: readonly Walk[] = [{ steps: 4, result: InspectionResult.CONFIRMED_FAULT }, { steps: 3 }, { steps: 2 }, { steps: 1 }];

/**
 * Returns of replaced warranty parts on the demo's claims, played through the services once the
 * claims exist: one found without fault, whose claim line the inspection rejects (on a claim not
 * paid; a reviewed claim's state is derived again), then one whose fault the inspection confirmed
 * (failure analysis counts it), one received, one shipped and one asked for; the maker's first. PART lines claimed
 * without a faulty serial get one (as printed on the part), so every return names the unit it was.
 */
export async function seedPartReturns(em: EntityManager, now: Date): Promise<number> {
  const lines = await em.execute<Candidate[]>(
    `select l.id as line_id, c.state as claim_state, c.partner_id, c.manufacturer_id, u.id as staff_id,
       coalesce(l.faulty_serial, 'FS-' || c.number || '-' || l.position) as serial
     from claim_line l
     join warranty_claim c on c.id = l.claim_id
     join organization m on m.id = c.manufacturer_id
     join app_user u on u.email = 'admin@' || m.slug || '.demo'
     where l.kind = 'PART' and c.state in ('SUBMITTED', 'APPROVED', 'PARTIALLY_APPROVED', 'PAID')
     order by m.slug <> 'maker', m.slug, c.number, l.position`,
  );
  const open = lines.find((line) => line.claim_state !== 'PAID');
  const walks: [Candidate, Walk][] = [
    ...(open ? [[open, NO_FAULT] as [Candidate, Walk]] : []),
    ...lines
      .filter((line) => line !== open)
      .slice(0, OTHERS.length)
      .map((line, i): [Candidate, Walk] => [line, OTHERS[i]]),
  ];
  for (const [i, [line, walk]] of walks.entries()) await walkReturn(em, now, i, line, walk);
  return walks.length;
}

/** One return, asked 9 days ago and on (a day apart per return), each step up to two days after the last, all before now. */
async function walkReturn(em: EntityManager, now: Date, i: number, line: Candidate, walk: Walk): Promise<void> {
  await em.execute(`update claim_line set faulty_serial = ? where id = ? and faulty_serial is null`, [line.serial, line.line_id]);
  const [admin] = await em.execute<{ id: string }[]>(`select id from app_user where organization_id = ? and role = 'PARTNER_ADMIN' order by email limit 1`, [
    line.partner_id,
  ]);
  const staff: Viewer = { userId: line.staff_id, orgId: line.manufacturer_id, role: Role.ADMIN };
  const partner: Viewer = { userId: admin.id, orgId: line.partner_id, role: Role.PARTNER_ADMIN };
  const asked = now.getTime() - (9 - i) * DAY;
  const gap = Math.min(2 * DAY, (now.getTime() - asked) / (walk.steps + 1));
  const scope = (viewer: Viewer, step: number): Scope => ({ em, viewer, clock: { now: () => new Date(asked + step * gap) } });
  const ra = await requestPartReturn(scope(staff, 0), line.line_id, i === 0 ? 'Send it to the lab in Kiel, please.' : null);
  if (walk.steps >= 2) await shipPartReturn(scope(partner, 1), ra.id, `DHL-RA-${String(1000 + i)}`);
  if (walk.steps >= 3) await receivePartReturn(scope(staff, 2), ra.id);
  if (walk.result) {
    const note = walk.result === InspectionResult.NO_FAULT_FOUND ? 'Ran 48 hours on the bench without a fault.' : 'Winding short-circuited, as reported.';
    await inspectPartReturn(scope(staff, 3), ra.id, walk.result, note);
  }
}
