import { stringify } from 'csv-stringify/sync';
import { formatAmount, type Money } from '../../shared/money.js';
import type { ExportClaim, ExportLine } from './export.types.js';

/**
 * A statement or one claim as CSV (RFC 4180, UTF-8, comma separated, a header row): one row per
 * claim line, the claim's fields repeated on each, so a spreadsheet filters and sums by any
 * column. Amounts are plain decimals with the currency's minor unit ("1234.50") and their
 * currency beside them, never converted; times are ISO 8601 in UTC.
 */
export const CSV_COLUMNS = [
  'claim',
  'job',
  'coverage',
  'state',
  'submitted_at',
  'reviewed_at',
  'paid_at',
  'payment_reference',
  'line',
  'kind',
  'description',
  'part_sku',
  'own_stock',
  'quantity',
  'minutes',
  'unit_price',
  'amount',
  'currency',
  'decision',
  'approved_amount',
  'reason_code',
  'reason',
  'faulty_serial',
  'replacement_serial',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

export function claimsCsv(claims: readonly ExportClaim[]): string {
  const rows = claims.flatMap((claim) => (claim.lines.length > 0 ? claim.lines.map((line) => rowOf(claim, line)) : [rowOf(claim, null)]));
  // A byte-order mark lets spreadsheet programs read the UTF-8 names and descriptions as UTF-8;
  // a typed text starting with = + - @ is quoted with a leading ' so no spreadsheet runs it as a formula.
  return `\uFEFF${stringify(rows, { header: true, columns: [...CSV_COLUMNS], record_delimiter: 'windows', escape_formulas: true })}`;
}

const iso = (at: Date | null): string => (at ? at.toISOString() : '');
const amount = (value: Money | null): string => (value ? formatAmount(value) : '');

function rowOf(claim: ExportClaim, line: ExportLine | null): Row {
  return {
    claim: claim.number,
    job: claim.jobNumber ?? '',
    coverage: claim.coverage,
    state: claim.state,
    submitted_at: iso(claim.submittedAt),
    reviewed_at: iso(claim.reviewedAt),
    paid_at: iso(claim.paidAt),
    payment_reference: claim.paymentReference ?? '',
    line: line ? String(line.position) : '',
    kind: line?.kind ?? '',
    description: line?.description ?? '',
    part_sku: line?.partSku ?? '',
    own_stock: line ? String(line.ownStock) : '',
    quantity: line?.quantity ?? '',
    minutes: line?.minutes == null ? '' : String(line.minutes),
    unit_price: amount(line?.unitPrice ?? null),
    amount: amount(line?.amount ?? null),
    currency: line?.amount.currency ?? '',
    decision: line?.decision ?? '',
    approved_amount: amount(line?.approvedAmount ?? null),
    reason_code: line?.reasonCode ?? '',
    reason: line?.reason ?? '',
    faulty_serial: line?.faultySerial ?? '',
    replacement_serial: line?.replacementSerial ?? '',
  };
}
