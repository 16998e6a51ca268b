import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseDataDir, ensureFolder, type DataDirChoice } from './db/data-dir.js';
import { StartupError } from './shared/startup-error.js';

/** The project root: two levels above server/dist (or server/src). */
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Config {
  port: number;
  host: string;
  /** Unset: the server starts an embedded PostgreSQL in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Why `dataDir` is where it is (DATA_DIR, the project's .data, or a system folder for this checkout). */
  dataDirSource: DataDirChoice['source'];
  tokenSecret: string;
  tokenTtlSeconds: number;
  logLevel: string;
  introspection: boolean;
  production: boolean;
  /** Where the built web app lives; served at / when present. */
  webDist: string;
  seedOnEmpty: boolean;
  /** How often deadlines (offer expiry, SLA breaches) are checked; 0 turns the timer off. */
  deadlineTickMs: number;
  /** How often partner statuses are re-judged against the thresholds; 0 turns it off. */
  statusEvaluationMs: number;
  /** Events queued for one subscriber before it counts as too slow and its socket is closed. */
  subscriberBufferLimit: number;
}

/** The only reader of process.env: everything else receives a Config. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = int(env.PORT, 4000, 'PORT');
  const { path: dataDir, source: dataDirSource } = chooseDataDir(projectRoot, env.DATA_DIR || undefined);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    dataDirSource,
    tokenSecret: env.TOKEN_SECRET || developmentSecret(dataDir),
    tokenTtlSeconds: int(env.TOKEN_TTL_SECONDS, 12 * 3600, 'TOKEN_TTL_SECONDS'),
    logLevel: env.LOG_LEVEL ?? 'info',
    introspection: env.GRAPHQL_INTROSPECTION !== 'false',
    production: env.NODE_ENV === 'production',
    webDist: resolve(projectRoot, 'web', 'dist'),
    seedOnEmpty: env.SEED !== 'false',
    deadlineTickMs: int(env.DEADLINE_TICK_MS, 1000, 'DEADLINE_TICK_MS'),
    statusEvaluationMs: int(env.STATUS_EVALUATION_MS, 3_600_000, 'STATUS_EVALUATION_MS'),
    subscriberBufferLimit: int(env.SUBSCRIBER_BUFFER_LIMIT, 10_000, 'SUBSCRIBER_BUFFER_LIMIT'),
  };
}

function int(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new StartupError(`${name} must be a non-negative integer, got "${raw}".`);
  return value;
}

/**
 * Development default for the token secret: generated once and kept in the data folder,
 * so it is never committed and survives restarts. Production sets TOKEN_SECRET.
 */
function developmentSecret(dataDir: string): string {
  const file = resolve(dataDir, 'token-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  ensureFolder(dataDir, 'data folder');
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
