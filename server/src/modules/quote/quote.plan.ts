import { column, money, timestamp, type PlannedType } from '../../planner/planned-type.js';
import { jobScopeSql } from '../access/visibility.sql.js';

/** How the planner reads quotes (quote-views.ts reads the same for mutations and loaders). */
export const QUOTE_PLANS: Record<string, PlannedType> = {
  Quote: {
    table: 'quote',
    fields: {
      id: column('id'),
      number: column('number'),
      state: column('state'),
      net: money('net', 'currency'),
      taxRate: { sql: (row) => `${row}.tax_rate::text` },
      tax: money('tax', 'currency'),
      gross: money('gross', 'currency'),
      validUntil: timestamp('valid_until'),
      sentAt: timestamp('sent_at'),
      answeredAt: timestamp('answered_at'),
      declineReason: column('decline_reason'),
      lines: { many: 'QuoteLine', join: (row, line) => `${line}.quote_id = ${row}.id`, orderBy: (line) => `${line}.position` },
      job: { one: 'ServiceJob', join: (row, job) => `${job}.id = ${row}.job_id`, scope: jobScopeSql },
    },
  },
  QuoteLine: {
    table: 'quote_line',
    fields: {
      kind: column('kind'),
      description: column('description'),
      quantity: { sql: (row) => `${row}.quantity::text` },
      unitPrice: money('unit_price', 'currency'),
      amount: money('amount', 'currency'),
      part: { one: 'Part', join: (row, part) => `${part}.id = ${row}.part_id` },
    },
  },
};
