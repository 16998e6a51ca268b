import { badInput } from './errors.js';
import { isUuid } from './scope.js';

/**
 * Keyset pagination, newest first, on (createdAt, id): a page after a cursor is an index range,
 * whatever the offset. Cursors are opaque to clients.
 */
export interface Keyset {
  createdAt: Date;
  id: string;
}

export interface Page<T> {
  rows: T[];
  cursors: string[];
  hasNextPage: boolean;
  /** Counted only when asked for: most screens never show it. */
  countAll(): Promise<number>;
}

export const MAX_PAGE = 200;
export const DEFAULT_PAGE = 50;

export const encodeKeyset = (row: Keyset): string => Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString('base64url');

export function decodeKeyset(cursor: string): Keyset {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const date = new Date(createdAt);
    if (Number.isNaN(date.getTime()) || typeof id !== 'string' || !isUuid(id)) throw new Error('bad cursor');
    return { createdAt: date, id };
  } catch {
    throw badInput('The cursor is not valid; start again without `after`', { field: 'after' });
  }
}

/** The page size asked for, within bounds. */
export function pageSize(first: number | null | undefined): number {
  const limit = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE) throw badInput(`first must be between 0 and ${MAX_PAGE}`, { field: 'first' });
  return limit;
}

/** The rows strictly after the cursor's position, in newest-first order. */
export function after(cursor: string) {
  const position = decodeKeyset(cursor);
  return { $or: [{ createdAt: { $lt: position.createdAt } }, { createdAt: position.createdAt, id: { $lt: position.id } }] };
}

export const NEWEST_FIRST = [{ createdAt: 'desc' }, { id: 'desc' }] as const;

/** A page from `limit + 1` rows read newest first. */
export function toPage<T extends Keyset>(rows: T[], limit: number, countAll: () => Promise<number>): Page<T> {
  const shown = rows.slice(0, limit);
  return { rows: shown, cursors: shown.map(encodeKeyset), hasNextPage: rows.length > limit, countAll };
}

/** The GraphQL connection of a page; `totalCount` is a getter, so its query runs only when selected. */
export function toConnection<T>(page: Page<T>) {
  return {
    edges: page.rows.map((node, i) => ({ node, cursor: page.cursors[i] })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
    get totalCount() {
      return page.countAll();
    },
  };
}
