import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceJob } from '../job/service-job.entity.js';
import { Coverage } from '../job/job.enums.js';
import { Part } from '../catalog/part.entity.js';
import { formatAmount, money, type Money } from '../../shared/money.js';
import { Dec } from '../../shared/money.js';
import { chargedRate } from './charges.js';
import { ClaimLineKind, ClaimState } from './claim.enums.js';
import { lineAmount } from './claim-lines.js';
import { ClaimLine, WarrantyClaim } from './warranty-claim.entity.js';

/** The charged hourly rate of a partner on a job (the partner's rate capped by the job's standard's ceiling in its currency). */
export async function laborRateOf(em: EntityManager, partnerId: string, standardId: string | null): Promise<Money> {
  const [row] = await em.execute<{ rate: string | null; currency: string; ceiling: string | null; ceiling_currency: string | null }[]>(
    `select o.labor_rate::text as rate, o.currency, q.labor_rate_ceiling::text as ceiling, q.currency as ceiling_currency
       from organization o left join quality_standard q on q.id = ? where o.id = ?`,
    [standardId, partnerId],
  );
  return chargedRate(money(row.rate ?? 0, row.currency), row.ceiling === null ? null : money(row.ceiling, row.ceiling_currency!));
}

interface ShippedPart {
  line_id: string;
  approved_quantity: number;
  part_id: string;
  sku: string;
  name: string;
  list_price: string;
  currency: string;
}

/**
 * The DRAFT claim of a WARRANTY or CONTRACT job at its completion (in the completion's
 * transaction), prefilled from its charges (charges.ts): one LABOR line (the reported minutes at the
 * charged rate), one PART line per parts-request line the manufacturer shipped, at the approved
 * quantity and list price. A job completed again after a reopening refreshes a claim still in
 * DRAFT and leaves a submitted one as it is. Other coverage: no claim.
 */
export async function draftClaim(em: EntityManager, job: ServiceJob, at: Date): Promise<WarrantyClaim | null> {
  if (job.coverage === Coverage.POST_WARRANTY || !job.assignedPartner) return null;
  const existing = await em.findOne(WarrantyClaim, { job: job.id }, { populate: ['lines'] });
  if (existing && existing.state !== ClaimState.DRAFT) return existing;
  const claim =
    existing ??
    em.create(WarrantyClaim, {
      number: `WC${job.number.slice(2)}`,
      job,
      partner: job.assignedPartner,
      manufacturer: job.manufacturer,
      coverage: job.coverage,
      createdAt: at,
      updatedAt: at,
    });
  claim.lines.removeAll();
  claim.updatedAt = at;
  for (const line of await draftLines(em, job)) claim.lines.add(em.create(ClaimLine, { ...line, claim }));
  return claim;
}

/** The prefilled lines of a job's claim (positions from 1). */
async function draftLines(em: EntityManager, job: ServiceJob) {
  const rate = await laborRateOf(em, job.assignedPartner!.id, job.qualityStandard?.id ?? null);
  const minutes = job.laborMinutes ?? 0;
  const labor = {
    position: 1,
    kind: ClaimLineKind.LABOR,
    description: 'Labour',
    quantity: new Dec(minutes).dividedBy(60).toDecimalPlaces(3).toString(),
    minutes,
    unitPrice: formatAmount(rate),
    currency: rate.currency,
    amount: formatAmount(lineAmount({ kind: ClaimLineKind.LABOR, quantity: new Dec(0), minutes, unitPrice: rate })),
  };
  const shipped = await em.execute<ShippedPart[]>(
    `select l.id as line_id, l.approved_quantity, p.id as part_id, p.sku, p.name, p.list_price::text as list_price, p.currency
       from parts_request r join parts_request_line l on l.request_id = r.id join part p on p.id = l.part_id
      where r.job_id = ? and r.status in ('SHIPPED', 'RECEIVED') and l.approved_quantity > 0
      order by r.created_at, p.sku, l.id`,
    [job.id],
  );
  const lineClass = em.getMetadata().getByClassName('PartsRequestLine').class;
  const parts = shipped.map((row, i) => {
    const unitPrice = money(row.list_price, row.currency);
    const quantity = new Dec(row.approved_quantity);
    return {
      position: i + 2,
      kind: ClaimLineKind.PART,
      description: `${row.sku} ${row.name}`,
      part: em.getReference(Part, row.part_id),
      partsRequestLine: em.getReference(lineClass, row.line_id) as { id: string },
      quantity: quantity.toString(),
      unitPrice: formatAmount(unitPrice),
      currency: unitPrice.currency,
      amount: formatAmount(lineAmount({ kind: ClaimLineKind.PART, quantity, minutes: null, unitPrice })),
    };
  });
  return [labor, ...parts];
}
