import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { createLogger } from '../shared/logger.js';
import { backupDatabase } from './backup.js';
import { runCommand } from './command.js';
import { openTarget } from './database-target.js';

/** `pnpm backup [file]`: a consistent backup of the running (or stopped) portal's database. */
await runCommand('backup', async ([name]) => {
  const config = loadConfig();
  const file = resolve(name ?? defaultFile());
  mkdirSync(dirname(file), { recursive: true });
  // Errors only: the command's one line is its report.
  const target = await openTarget(config, 'backup', createLogger('error'));
  try {
    const summary = await backupDatabase(target.url, file);
    return (
      `Backed up ${summary.rows} rows of ${summary.tables} tables from ${target.description}, ` +
      `up to event ${summary.eventSeq} (migration ${summary.migration}), to ${summary.file} (${kilobytes(summary.bytes)}).`
    );
  } finally {
    await target.release();
  }
});

/** backups/portal-2026-11-30T12-00-00Z.backup.gz: sorts by time, no characters a shell or Windows minds. */
function defaultFile(): string {
  const stamp = new Date()
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(':', '-');
  return `backups/portal-${stamp}.backup.gz`;
}

function kilobytes(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
