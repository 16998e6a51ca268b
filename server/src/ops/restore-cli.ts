import { resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { createLogger } from '../shared/logger.js';
import { OpsError } from './backup-format.js';
import { runCommand } from './command.js';
import { openTarget } from './database-target.js';
import { restoreDatabase } from './restore.js';

/** `pnpm restore <file>`: loads a backup into an empty database or a fresh DATA_DIR, with the server stopped. */
await runCommand('restore', async ([name]) => {
  if (!name) throw new OpsError('name the backup file: pnpm restore <file>');
  const file = resolve(name);
  const config = loadConfig();
  // Errors only: the command's one line is its report.
  const log = createLogger('error');
  const target = await openTarget(config, 'restore', log);
  try {
    const summary = await restoreDatabase(target.url, file, log);
    return (
      `Restored ${summary.rows} rows of ${summary.tables} tables, up to event ${summary.eventSeq} (migration ${summary.migration}), ` +
      `from ${file} into ${target.description}. Start the server as usual.`
    );
  } finally {
    await target.release();
  }
});
