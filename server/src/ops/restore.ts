import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Logger } from 'pino';
import { initOrm } from '../db/orm.js';
import { migrationsList } from '../migrations/index.js';
import { OpsError, type TRAILER, type BackupHeader, type TableSection } from './backup-format.js';
import { BackupReader } from './backup-reader.js';
import { MIGRATIONS_TABLE, appliedMigrations, ident, listTables, sequenceOwners, tableIdent } from './catalog.js';
import { prepareQueueSchema, queueTables } from './queue-tables.js';
import { connect } from './connect.js';

export interface RestoreSummary {
  tables: number;
  rows: number;
  eventSeq: number;
  migration: string;
}

/**
 * Loads a backup into an empty database: the schema from our own migrations up to the backup's,
 * then every table in one transaction (a failure leaves the database as empty as it was), the
 * sequences, and a count of every table against the backup's. The server's next start applies any
 * newer migrations to the restored rows, as after any upgrade.
 */
export async function restoreDatabase(databaseUrl: string, file: string, log: Logger): Promise<RestoreSummary> {
  const reader = await BackupReader.open(file);
  const { header } = reader;
  let client: pg.Client | null = null;
  try {
    checkCodeHasMigrations(header.migrations);
    client = await connect(databaseUrl);
    await checkEmpty(client, header.migrations);
    await migrateTo(databaseUrl, header.migrations, log);
    // Like the migrations, pg-boss's schema is built in a transaction of its own, before the load.
    if (header.queueVersion !== undefined) await prepareQueueSchema(client, header.queueVersion);
    await client.query('begin');
    // The migrator's own rows give way to the source's, which keep when each migration first ran.
    await client.query(`delete from ${MIGRATIONS_TABLE}`);
    await loadTables(client, reader);
    await setSequences(client, header);
    await checkCounts(client, header);
    await client.query('commit');
    // Fresh statistics, so the first queries on the restored tables are planned well.
    await client.query('analyze');
    return {
      tables: header.tables.length,
      rows: header.tables.reduce((sum, table) => sum + table.rows, 0),
      eventSeq: header.eventSeq,
      migration: header.migrations.at(-1)!,
    };
  } catch (error) {
    await client?.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await reader.close();
    await client?.end().catch(() => undefined);
  }
}

/** The backup's rows fit the schema of its migrations; this code must have every one, in the same order. */
function checkCodeHasMigrations(migrations: string[]): void {
  const ours = migrationsList.map((migration) => migration.name);
  const missing = migrations.find((name, i) => ours[i] !== name);
  if (missing === undefined && migrations.length > 0) return;
  throw new OpsError(
    `The backup was made at migration ${missing ?? '(none)'}, which this version of the portal does not have: restore it with the version that made it, or a newer one`,
  );
}

async function checkEmpty(client: pg.Client, migrations: string[]): Promise<void> {
  const tables = await listTables(client);
  const applied = await appliedMigrations(client);
  if (tables.length > 0 && applied === null) {
    throw new OpsError(`The database already holds tables (${tables.slice(0, 3).join(', ')}${tables.length > 3 ? ', …' : ''}): restore into an empty database`);
  }
  for (const table of tables) {
    if (table === MIGRATIONS_TABLE) continue;
    const { rows } = await client.query<{ found: boolean }>(`select exists (select 1 from ${ident(client, table)}) as found`);
    if (rows[0].found) throw new OpsError(`The database is not empty (table ${table} has rows): restore into an empty database or a fresh DATA_DIR`);
  }
  // Migrations beyond the backup's (a server started on it first) would not fit the backup's rows.
  const beyond = applied?.find((name, i) => migrations[i] !== name);
  if (beyond !== undefined) {
    throw new OpsError(`The database's schema has migration ${beyond}, which the backup does not: restore into an empty database`);
  }
}

async function migrateTo(databaseUrl: string, migrations: string[], log: Logger): Promise<void> {
  const orm = await initOrm(databaseUrl, log, 1);
  try {
    await orm.migrator.up({ to: migrations.at(-1)! });
    const applied = (await orm.migrator.getExecuted()).map((row) => row.name);
    if (applied.join() !== migrations.join()) throw new OpsError(`Migrating the database to ${migrations.at(-1)} left it at ${applied.at(-1)}`);
  } finally {
    await orm.close();
  }
}

async function loadTables(client: pg.Client, reader: BackupReader): Promise<void> {
  const present = new Set([...(await listTables(client)), ...((await queueTables(client))?.tables ?? [])]);
  for (const table of reader.header.tables) {
    const section = await reader.nextRecord<TableSection>(`table ${table.name}`);
    if (section.table !== table.name) throw new OpsError(`${reader.file} is damaged: found table ${section.table} where ${table.name} belongs`);
    if (!present.has(table.name)) throw new OpsError(`The backup's table ${table.name} is not in the schema of its migrations`);
    const columns = table.columns.map((column) => ident(client, column)).join(', ');
    const copy = client.query(copyFrom(`copy ${tableIdent(client, table.name)} (${columns}) from stdin`));
    try {
      await pipeline(Readable.from(reader.tableData(table.name)), copy);
    } catch (error) {
      if (error instanceof OpsError) throw error;
      throw new OpsError(`Loading table ${table.name} failed: ${(error as Error).message}`);
    }
    if (copy.rowCount !== table.rows)
      throw new OpsError(`${reader.file} is damaged: table ${table.name} has ${copy.rowCount} rows, its header says ${table.rows}`);
  }
  const trailer = await reader.nextRecord<typeof TRAILER>('its end mark');
  if (trailer.end !== true) throw new OpsError(`${reader.file} is damaged: expected its end mark`);
}

/**
 * A sequence behind a column continues from the highest value restored, so the event log goes on
 * with no gap after the backup's last event; any other (job numbers) from the value the backup
 * read, which no restored row exceeds.
 */
async function setSequences(client: pg.Client, header: BackupHeader): Promise<void> {
  const owners = await sequenceOwners(client);
  for (const sequence of header.sequences) {
    const name = ident(client, sequence.name);
    const owner = owners.get(sequence.name);
    if (owner) {
      const { rows } = await client.query<{ max: string | null }>(`select max(${ident(client, owner.column)})::text as max from ${ident(client, owner.table)}`);
      if (rows[0].max !== null) {
        await client.query('select setval($1::regclass, $2::bigint, true)', [name, rows[0].max]);
        continue;
      }
    }
    await client.query('select setval($1::regclass, $2::bigint, $3)', [name, sequence.lastValue, sequence.isCalled]);
  }
}

async function checkCounts(client: pg.Client, header: BackupHeader): Promise<void> {
  for (const table of header.tables) {
    const { rows } = await client.query<{ n: string }>(`select count(*) as n from ${tableIdent(client, table.name)}`);
    if (Number(rows[0].n) !== table.rows) throw new OpsError(`Table ${table.name} holds ${rows[0].n} rows after the load; the backup has ${table.rows}`);
  }
}
