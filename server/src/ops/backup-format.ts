/**
 * The backup file: gzip of UTF-8 lines. The first line is the header (JSON); then, for each table
 * in load order, a line `{"table":"<name>"}`, the table's rows in PostgreSQL's COPY text format
 * (one row a line, newlines inside values escaped) and the end-of-data line `\.`; last, the line
 * `{"end":true}`, so a file cut short is never taken for a whole one.
 */
export const BACKUP_FORMAT = 'service-partner-portal/backup';
export const BACKUP_VERSION = 1;
export const END_OF_DATA = '\\.';
export const TRAILER = { end: true } as const;

export interface BackupTable {
  name: string;
  columns: string[];
  rows: number;
}

export interface BackupSequence {
  name: string;
  /** A bigint as text: sequences may pass 2^53. */
  lastValue: string;
  isCalled: boolean;
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  postgres: string;
  /** Every migration applied to the source, in order: the schema the rows belong to. */
  migrations: string[];
  /** The newest event in the snapshot: the backup's point in the event log. */
  eventSeq: number;
  /** In foreign-key order: a table comes after every table it references; the job queue's (`pgboss.`) last. */
  tables: BackupTable[];
  /** pg-boss's schema version, when the source had a job queue (its tables are among `tables`). */
  queueVersion?: number;
  sequences: BackupSequence[];
}

export interface TableSection {
  table: string;
}

/** A failure a person can act on: the command line prints its message alone, on one line. */
export class OpsError extends Error {
  override name = 'OpsError';
}
