import type { EntityManager } from '@mikro-orm/postgresql';
import { Dec, money, type Money } from '../../shared/money.js';
import { groupBy } from '../../shared/group-by.js';
import { claimSums } from '../billing/claim-lines.js';
import type { ClaimLineDecision, ClaimLineKind } from '../billing/claim.enums.js';
import type { ExportClaim, ExportLine, ExportMessage } from './export.types.js';

/**
 * The claims an export writes, in three reads whatever their number (claims, their lines, their
 * messages). Callers have decided what the viewer may see (exports.service.ts); this only reads.
 */
export async function loadExportClaims(em: EntityManager, ids: readonly string[]): Promise<ExportClaim[]> {
  if (ids.length === 0) return [];
  const list = `{${ids.join(',')}}`;
  const [claims, lines, messages] = await Promise.all([
    em.execute<ClaimRow[]>(CLAIMS_SQL, [list]),
    em.execute<LineRow[]>(LINES_SQL, [list]),
    em.execute<MessageRow[]>(MESSAGES_SQL, [list]),
  ]);
  const linesOf = groupBy(lines, (line) => line.claim_id);
  const messagesOf = groupBy(messages, (message) => message.claim_id);
  return claims.map((row) => {
    const claimLines = (linesOf.get(row.id) ?? []).map(toLine);
    return {
      id: row.id,
      number: row.number,
      state: row.state,
      coverage: row.coverage,
      jobNumber: row.job_number,
      partner: row.partner_name,
      manufacturer: row.manufacturer_name,
      submittedAt: dateOf(row.submitted_at),
      reviewDueAt: dateOf(row.review_due_at),
      reviewedAt: dateOf(row.reviewed_at),
      paidAt: dateOf(row.paid_at),
      paymentReference: row.payment_reference,
      lines: claimLines,
      messages: (messagesOf.get(row.id) ?? []).map(toMessage),
      ...sumsOf(linesOf.get(row.id) ?? [], row.partner_currency),
    };
  });
}

const CLAIMS_SQL = `
select c.id, c.number, c.state, c.coverage, j.number as job_number, p.name as partner_name, p.currency as partner_currency, m.name as manufacturer_name,
  c.submitted_at, c.review_due_at, c.reviewed_at, c.paid_at, b.reference as payment_reference
from warranty_claim c
join organization p on p.id = c.partner_id
join organization m on m.id = c.manufacturer_id
left join service_job j on j.id = c.job_id
left join payment_batch b on b.id = c.payment_batch_id
where c.id = any(?::uuid[])
order by c.submitted_at nulls last, c.number`;

const LINES_SQL = `
select l.claim_id, l.position, l.kind, l.description, pt.sku as part_sku, l.own_stock, l.quantity::text as quantity, l.minutes,
  l.unit_price::text as unit_price, l.amount::text as amount, l.currency, l.faulty_serial, l.replacement_serial, l.decision,
  -- A line approved as claimed may keep its amount only; a rejected one approves nothing.
  (case when l.decision is null then null else coalesce(l.approved_amount, case when l.decision = 'REJECTED' then 0 else l.amount end) end)::text as approved_amount,
  l.decision_reason_code, l.decision_reason
from claim_line l left join part pt on pt.id = l.part_id
where l.claim_id = any(?::uuid[])
order by l.claim_id, l.position`;

const MESSAGES_SQL = `
select cm.claim_id, cm.kind, cm.text, u.name as author, cm.created_at
from claim_message cm left join app_user u on u.id = cm.author_id
where cm.claim_id = any(?::uuid[])
order by cm.claim_id, cm.created_at, cm.id`;

/** Raw reads answer timestamps as text or Date, depending on the driver's parsing: a Date either way. */
const dateOf = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

interface ClaimRow {
  id: string;
  number: string;
  state: string;
  coverage: string;
  job_number: string | null;
  partner_name: string;
  partner_currency: string;
  manufacturer_name: string;
  submitted_at: Date | string | null;
  review_due_at: Date | string | null;
  reviewed_at: Date | string | null;
  paid_at: Date | string | null;
  payment_reference: string | null;
}

interface LineRow {
  claim_id: string;
  position: number;
  kind: ClaimLineKind;
  description: string;
  part_sku: string | null;
  own_stock: boolean;
  quantity: string;
  minutes: number | null;
  unit_price: string;
  amount: string;
  currency: string;
  faulty_serial: string | null;
  replacement_serial: string | null;
  decision: ClaimLineDecision | null;
  approved_amount: string | null;
  decision_reason_code: string | null;
  decision_reason: string | null;
}

interface MessageRow {
  claim_id: string;
  kind: string;
  text: string;
  author: string | null;
  created_at: Date | string;
}

function toLine(row: LineRow): ExportLine {
  return {
    position: row.position,
    kind: row.kind,
    description: row.description,
    partSku: row.part_sku,
    // As the API writes it: 1.000 is 1.
    quantity: new Dec(row.quantity).toString(),
    minutes: row.minutes,
    unitPrice: money(row.unit_price, row.currency),
    amount: money(row.amount, row.currency),
    ownStock: row.own_stock,
    faultySerial: row.faulty_serial,
    replacementSerial: row.replacement_serial,
    decision: row.decision,
    approvedAmount: row.approved_amount === null ? null : money(row.approved_amount, row.currency),
    reasonCode: row.decision_reason_code,
    reason: row.decision_reason,
  };
}

const toMessage = (row: MessageRow): ExportMessage => ({ kind: row.kind, text: row.text, author: row.author, createdAt: new Date(row.created_at) });

/** Claimed and approved per currency, summed as the API sums them (modules/billing/claim-lines.ts). */
function sumsOf(rows: readonly LineRow[], partnerCurrency: string): { claimed: Money[]; approved: Money[] } {
  const { claimed, approved } = claimSums(
    rows.map((row) => ({ kind: row.kind, amount: row.amount, currency: row.currency, decision: row.decision, approvedAmount: row.approved_amount })),
    partnerCurrency,
  );
  return { claimed, approved };
}
