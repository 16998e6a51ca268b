import { existsSync } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { BACKUP_FORMAT, BACKUP_VERSION, END_OF_DATA, OpsError, TRAILER, type BackupHeader, type BackupSequence } from './backup-format.js';
import { appliedMigrations, ident, listSequences, tableColumns, tableIdent, tablesInLoadOrder } from './catalog.js';
import { queueTables } from './queue-tables.js';
import { connect } from './connect.js';

export interface BackupSummary {
  file: string;
  bytes: number;
  tables: number;
  rows: number;
  eventSeq: number;
  migration: string;
}

/**
 * Writes every table of the database, as of one instant, to `file`. One REPEATABLE READ, read-only
 * transaction gives every table the same snapshot while the server keeps writing: a write
 * acknowledged before the backup began is in it, one that commits later is wholly absent. The
 * file appears under its name only once complete.
 */
export async function backupDatabase(databaseUrl: string, file: string): Promise<BackupSummary> {
  if (existsSync(file)) throw new OpsError(`${file} already exists: name another file`);
  const client = await connect(databaseUrl);
  const partial = `${file}.partial`;
  // Password hashes and survey tokens are in it: readable by its owner only.
  const handle = await open(partial, 'w', 0o600).catch(async (error: NodeJS.ErrnoException) => {
    await client.end();
    throw new OpsError(`Cannot write ${partial}: ${error.code ?? error.message}`);
  });
  const gzip = createGzip();
  const written = pipeline(gzip, handle.createWriteStream());
  written.catch(() => undefined);
  try {
    await client.query('begin isolation level repeatable read read only');
    const header = await readHeader(client);
    await write(gzip, `${JSON.stringify(header)}\n`);
    for (const table of header.tables) {
      await write(gzip, `${JSON.stringify({ table: table.name })}\n`);
      const columns = table.columns.map((column) => ident(client, column)).join(', ');
      const rows = client.query(copyTo(`copy ${tableIdent(client, table.name)} (${columns}) to stdout`));
      for await (const chunk of rows) await write(gzip, chunk as Buffer);
      await write(gzip, `${END_OF_DATA}\n`);
    }
    await write(gzip, `${JSON.stringify(TRAILER)}\n`);
    gzip.end();
    await written;
    await client.query('commit');
    await rename(partial, file);
    return {
      file,
      bytes: (await stat(file)).size,
      tables: header.tables.length,
      rows: header.tables.reduce((sum, table) => sum + table.rows, 0),
      eventSeq: header.eventSeq,
      migration: header.migrations.at(-1)!,
    };
  } catch (error) {
    gzip.destroy();
    await written.catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Everything but the rows, read inside the snapshot (its first statement fixes it). */
async function readHeader(client: pg.Client): Promise<BackupHeader> {
  const migrations = await appliedMigrations(client);
  if (!migrations?.length) throw new OpsError('The database holds no portal schema (no migrations applied): nothing to back up');
  const tables = [];
  const queue = await queueTables(client);
  for (const name of [...(await tablesInLoadOrder(client)), ...(queue?.tables ?? [])]) {
    const { rows } = await client.query<{ n: string }>(`select count(*) as n from ${tableIdent(client, name)}`);
    tables.push({ name, columns: await tableColumns(client, name), rows: Number(rows[0].n) });
  }
  const { rows: head } = await client.query<{ seq: string; version: string }>(
    "select coalesce(max(seq), 0) as seq, current_setting('server_version') as version from service_event",
  );
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    postgres: head[0].version,
    migrations,
    eventSeq: Number(head[0].seq),
    tables,
    ...(queue ? { queueVersion: queue.version } : {}),
    sequences: await readSequences(client),
  };
}

/**
 * Sequences are not transactional: read after the snapshot was fixed, each is at least the value any
 * row in the snapshot took from it, so numbers restored from here are never handed out twice.
 */
async function readSequences(client: pg.Client): Promise<BackupSequence[]> {
  const sequences: BackupSequence[] = [];
  for (const name of await listSequences(client)) {
    const { rows } = await client.query<{ last_value: string; is_called: boolean }>(`select last_value, is_called from ${ident(client, name)}`);
    sequences.push({ name, lastValue: String(rows[0].last_value), isCalled: rows[0].is_called });
  }
  return sequences;
}

/** Waits while the gzip buffer is full; a failed file write (a full disk) surfaces as its error. */
async function write(stream: Writable, chunk: string | Buffer): Promise<void> {
  if (stream.errored) throw stream.errored;
  if (!stream.write(chunk)) await once(stream, 'drain');
}
