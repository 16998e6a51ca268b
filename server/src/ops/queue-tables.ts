import type pg from 'pg';
import { getConstructionPlans } from 'pg-boss';
import { QUEUE_SCHEMA } from '../modules/outbound/job-queue.js';
import { OpsError } from './backup-format.js';

/**
 * pg-boss's tables that hold what the queue still owes (queues, their jobs, dependencies, schedules,
 * subscriptions), in load order. Its instance, statistics and warning tables are its own upkeep and
 * start afresh. Queues made without `partition` keep their jobs in `job_common`.
 */
const DATA_TABLES = ['queue', 'job_common', 'job_dependency', 'schedule', 'subscription'];

/** The queue's data tables present in the database, schema-qualified, and pg-boss's schema version; null before pg-boss first started. */
export async function queueTables(client: pg.Client): Promise<{ version: number; tables: string[] } | null> {
  const { rows } = await client.query<{ name: string }>(
    `select relname as name from pg_class where relnamespace = (select oid from pg_namespace where nspname = $1) and relkind = 'r'`,
    [QUEUE_SCHEMA],
  );
  const present = new Set(rows.map((row) => row.name));
  if (!present.has('version')) return null;
  const { rows: version } = await client.query<{ version: number }>(`select version from ${QUEUE_SCHEMA}.version`);
  return { version: Number(version[0].version), tables: DATA_TABLES.filter((table) => present.has(table)).map((table) => `${QUEUE_SCHEMA}.${table}`) };
}

/**
 * Before the queue's rows are loaded: pg-boss's schema as this version of pg-boss builds it (its
 * plan commits a transaction of its own), which must be the version the backup was made with
 * (its rows fit that schema), and empty.
 */
export async function prepareQueueSchema(client: pg.Client, backupVersion: number): Promise<void> {
  if (!(await queueTables(client))) await client.query(getConstructionPlans(QUEUE_SCHEMA));
  const installed = (await queueTables(client))!;
  if (installed.version !== backupVersion)
    throw new OpsError(`The backup's job queue is at pg-boss schema version ${backupVersion}; this portal's pg-boss builds version ${installed.version}`);
  for (const table of installed.tables) {
    const { rows } = await client.query<{ found: boolean }>(`select exists (select 1 from ${table}) as found`);
    if (rows[0].found) throw new OpsError(`The database is not empty (table ${table} has rows): restore into an empty database or a fresh DATA_DIR`);
  }
}
