import type { SqlViewer } from '../modules/access/visibility.sql.js';
import type { SqlContext } from './statement.js';

/** A condition on a row alias limiting what the viewer sees (modules/access/visibility.sql.ts). */
export type SqlScope = (viewer: SqlViewer, row: string) => string;

/**
 * How the planner reads one field of a planned type into the page's JSON. The JSON object of a
 * row has one key per planned field, under the field's own name (aliases read it through GraphQL's
 * default resolver), plus the keys that fields left to their resolvers need (`id`, mostly).
 */
export type FieldPlan =
  /** A value PostgreSQL computes from the row (a column, formatted as the GraphQL output is). */
  | { sql: (row: string, statement: SqlContext) => string }
  /** A to-one relation: the target row is the one `join` finds, within `scope`. */
  | { one: string; join: (row: string, target: string) => string; scope?: SqlScope }
  /** A list: the target rows `join` finds, within `scope`, in `orderBy`'s order. */
  | { many: string; join: (row: string, target: string) => string; orderBy: (target: string) => string; scope?: SqlScope }
  /** Left to the field's resolver, which reads these planned keys of the row (hidden keys or other fields' values). */
  | { needs: string[] };

/** A GraphQL object type the planner can read: its table and how each field comes from a row. */
export interface PlannedType {
  table: string;
  /** Every field of the GraphQL type, and hidden keys the resolvers of `needs` fields read. */
  fields: Record<string, FieldPlan>;
}

/** A column as it is. */
export const column = (name: string): FieldPlan => ({ sql: (row) => `${row}.${name}` });

/** A timestamp as JavaScript's `Date.toISOString()` writes it (milliseconds, UTC, `Z`), which is how the GraphQL output shows it. */
export const isoTimestamp = (expression: string): string => `to_char(${expression} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export const timestamp = (name: string): FieldPlan => ({ sql: (row) => isoTimestamp(`${row}.${name}`) });

/** An amount column and its currency column as a `Money` value (graphql/money.types.ts writes the amount with the currency's decimals). */
export const money = (amount: string, currency: string): FieldPlan => ({
  sql: (row) => `json_build_object('amount', ${row}.${amount}::text, 'currency', ${row}.${currency})`,
});
