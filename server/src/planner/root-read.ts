import type { ResolveTree } from 'graphql-parse-resolve-info';
import type { Keyset } from '../shared/keyset.js';
import type { Statement } from './statement.js';

/**
 * A query field the planner answers with one statement: which type its rows are, where they come
 * from, and how the arguments become the statement's conditions and parameters.
 *
 * - `connection`: a keyset page, newest first on (created_at, id), as a `…Connection` value
 *   (edges with cursors, pageInfo, totalCount only when selected), as shared/keyset.ts pages it.
 * - `list`: every row the conditions find, in `orderBy`'s order, at most `limit`.
 * - `one`: the row the conditions find, or null.
 */
export interface RootRead<Args, Values> {
  /** Names the read in the plan cache. */
  name: string;
  form: 'connection' | 'list' | 'one';
  /** The planned type of the rows. */
  type: string;
  table: string;
  /** Checks the arguments (throwing the same typed errors as the resolvers' other path) and takes the values to bind. */
  values(args: Args): Values;
  /** Which optional conditions apply: part of the statement's identity, with the selection and the viewer's role. */
  shape(values: Values): string;
  /** Conditions on a row of `table` (its alias): the viewer's visibility, then the filters. */
  where(statement: Statement<Values>, row: string, values: Values): string[];
  /** For `list`: the order, on the row's alias. */
  orderBy?: (row: string) => string;
  /** For `list`: at most this many rows. */
  limit?: number;
  /** Keys every row carries whatever the selection: the resolver reads them. */
  keys?: string[];
  /** Where the rows' selections are within the root field's (default: the root field itself). */
  rows?: (root: ResolveTree) => ResolveTree[];
}

/** What a `connection` read's values carry for paging. */
export interface PageValues {
  limit: number;
  after: Keyset | null;
}
