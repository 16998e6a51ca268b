import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Where the bytes of attachments live, by key. `put` may take the caller's transaction: the
 * PostgreSQL store writes within it, so an attachment row and its bytes commit together; a
 * store outside the database writes at once (a rolled-back upload leaves an orphan object, never
 * a row without its file).
 */
export interface FileStorage {
  readonly name: 'postgres' | 's3';
  put(key: string, bytes: Buffer, contentType: string, tx?: EntityManager): Promise<void>;
  /** Null when no file has that key. */
  get(key: string): Promise<Buffer | null>;
  delete(key: string, tx?: EntityManager): Promise<void>;
}
