import pg from 'pg';
import { OpsError } from './backup-format.js';

/** One connection for a backup or a restore; a refusal becomes a line that names the database. */
export async function connect(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl });
  // A connection that drops mid-way surfaces as the failed query; this keeps it from crashing the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    // Connecting to "localhost" tries every address and fails with an AggregateError that has a code but no message.
    const { message, code } = error as NodeJS.ErrnoException;
    const reason = message || code || String(error);
    throw new OpsError(`Cannot connect to the database at ${describeDatabase(databaseUrl)}: ${reason}`);
  }
  return client;
}

/** host:port/database, never the password. */
export function describeDatabase(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname}:${url.port || 5432}${url.pathname}`;
  } catch {
    return 'DATABASE_URL (not a valid URL)';
  }
}
