import pg from 'pg';
import { StartupError, systemCode } from '../shared/startup-error.js';

const TIMEOUT_MS = 5000;

/**
 * Connects once to DATABASE_URL before anything else uses it, so that a database the user pointed
 * at wrongly is one clear line (never the password), not a driver's stack trace.
 */
export async function probeDatabase(url: string): Promise<void> {
  let where: { host: string; port: string; user: string; database: string };
  try {
    const parsed = new URL(url);
    if (!/^postgres(ql)?:$/.test(parsed.protocol)) throw new Error('not postgres');
    where = {
      host: parsed.hostname,
      port: parsed.port || '5432',
      user: decodeURIComponent(parsed.username),
      database: decodeURIComponent(parsed.pathname.slice(1)),
    };
  } catch {
    throw new StartupError('DATABASE_URL is not a PostgreSQL URL: expected postgres://user:password@host:5432/database.');
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: TIMEOUT_MS });
  client.on('error', () => undefined); // a connection lost during the probe is reported by connect()
  try {
    await client.connect();
  } catch (error) {
    throw new StartupError(explain(error, where));
  } finally {
    await client.end().catch(() => undefined);
  }
}

function explain(error: unknown, at: { host: string; port: string; user: string; database: string }): string {
  const server = `PostgreSQL at ${at.host}:${at.port} (DATABASE_URL)`;
  const message = error instanceof Error ? error.message : String(error);
  switch (systemCode(error)) {
    case 'ECONNREFUSED':
      return `Cannot reach ${server}: connection refused. Start PostgreSQL there, or correct DATABASE_URL.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Cannot reach ${server}: the host "${at.host}" is not known. Correct DATABASE_URL.`;
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `Cannot reach ${server}: no answer. Check the host and port in DATABASE_URL and the network.`;
    case '28P01':
    case '28000':
      return `${server} refused the password for user "${at.user}". Correct the user or password in DATABASE_URL.`;
    case '3D000':
      return `${server} has no database "${at.database}". Create it (create database "${at.database}") or correct DATABASE_URL.`;
  }
  if (/timeout/i.test(message)) return `Cannot reach ${server}: no answer within ${TIMEOUT_MS / 1000} s. Check the host and port in DATABASE_URL.`;
  if (/password must be a string|SASL/i.test(message)) return `${server} asks for a password and DATABASE_URL has none for user "${at.user}".`;
  return `Cannot connect to ${server}: ${message}`;
}
