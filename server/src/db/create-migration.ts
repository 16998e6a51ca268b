/**
 * Development tool: diffs the entities against a scratch database migrated to the latest
 * committed migration and writes the difference as a new migration into src/migrations.
 * Usage: pnpm --filter ./server migration:create
 */
import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { initOrm } from './orm.js';
import { createLogger } from '../shared/logger.js';

const log = createLogger('info');
const pg = await startEmbeddedPostgres(mkdtempSync(join(tmpdir(), 'portal-migration-')), log);
const orm = await initOrm(pg.url, log);
try {
  await orm.migrator.up();
  const target = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'migrations');
  const result = await orm.migrator.create(target, false, false, process.argv[2]);
  log.info({ file: result.fileName, statements: result.diff.up.length }, 'migration written');
} finally {
  await orm.close();
  await pg.stop();
}
