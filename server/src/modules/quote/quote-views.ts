import type { EntityManager } from '@mikro-orm/postgresql';
import type { ClaimLineKind } from '../../shared/claim-line-kind.js';
import { money, type Money } from '../../shared/money.js';
import type { QuoteState } from './quote.enums.js';

/** A quote as the API shows it (Quote; the customer's CustomerQuote adds the answer token). */
export interface QuoteView {
  id: string;
  jobId: string;
  number: string;
  state: QuoteState;
  lines: QuoteLineView[];
  net: Money;
  taxRate: string;
  tax: Money;
  gross: Money;
  validUntil: Date;
  sentAt: Date;
  answeredAt: Date | null;
  declineReason: string | null;
}

export interface QuoteLineView {
  kind: ClaimLineKind;
  description: string;
  partId: string | null;
  quantity: string;
  unitPrice: Money;
  amount: Money;
}

interface QuoteRow {
  id: string;
  job_id: string;
  number: string;
  state: QuoteState;
  currency: string;
  net: string;
  tax_rate: string;
  tax: string;
  gross: string;
  valid_until: Date | string;
  sent_at: Date | string;
  answered_at: Date | string | null;
  decline_reason: string | null;
  lines: { kind: ClaimLineKind; description: string; part_id: string | null; quantity: string; unit_price: string; amount: string }[];
}

const QUOTE_COLUMNS = `q.id, q.job_id, q.number, q.state, q.currency, q.net::text as net, q.tax_rate::text as tax_rate, q.tax::text as tax, q.gross::text as gross,
  q.valid_until, q.sent_at, q.answered_at, q.decline_reason,
  coalesce((select json_agg(json_build_object('kind', l.kind, 'description', l.description, 'part_id', l.part_id, 'quantity', l.quantity::text,
    'unit_price', l.unit_price::text, 'amount', l.amount::text) order by l.position) from quote_line l where l.quote_id = q.id), '[]'::json) as lines`;

/** The latest quote of each job (the one its case file and the customer see), with its lines, in one statement. */
export async function latestQuotes(em: EntityManager, jobIds: readonly string[]): Promise<Map<string, QuoteView>> {
  if (jobIds.length === 0) return new Map();
  const rows = await em.execute<QuoteRow[]>(
    `select ${QUOTE_COLUMNS} from (select distinct on (job_id) * from quote where job_id = any(?::uuid[]) order by job_id, sent_at desc, number desc) q`,
    [`{${jobIds.join(',')}}`],
  );
  return new Map(rows.map((row) => [row.job_id, toView(row)]));
}

export async function quoteById(em: EntityManager, id: string): Promise<QuoteView | null> {
  const [row] = await em.execute<QuoteRow[]>(`select ${QUOTE_COLUMNS} from quote q where q.id = ?`, [id]);
  return row ? toView(row) : null;
}

function toView(row: QuoteRow): QuoteView {
  const inQuote = (amount: string) => money(amount, row.currency);
  return {
    id: row.id,
    jobId: row.job_id,
    number: row.number,
    state: row.state,
    lines: row.lines.map((line) => ({
      kind: line.kind,
      description: line.description,
      partId: line.part_id,
      quantity: line.quantity,
      unitPrice: inQuote(line.unit_price),
      amount: inQuote(line.amount),
    })),
    net: inQuote(row.net),
    taxRate: row.tax_rate,
    tax: inQuote(row.tax),
    gross: inQuote(row.gross),
    validUntil: new Date(row.valid_until),
    sentAt: new Date(row.sent_at),
    answeredAt: row.answered_at ? new Date(row.answered_at) : null,
    declineReason: row.decline_reason,
  };
}
