import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { EMBEDDED_DATABASE, EMBEDDED_PASSWORD, EMBEDDED_USER, startEmbeddedPostgres } from '../db/embedded-postgres.js';
import { OpsError } from './backup-format.js';
import { describeDatabase } from './connect.js';

/** The embedded cluster's files under DATA_DIR (embedded-postgres.ts). */
const CLUSTER_FOLDER = 'pg';

export interface DatabaseTarget {
  url: string;
  /** For messages: where the data is, never a password. */
  description: string;
  /** Stops the embedded cluster when this command started it. */
  release(): Promise<void>;
}

/**
 * The database a backup reads or a restore fills: DATABASE_URL when set; otherwise the embedded
 * cluster in DATA_DIR, reached on the port of the server that runs it (postmaster.pid) or started
 * for the command and stopped after. A restore never goes into a cluster a server is running on.
 */
export async function openTarget(config: Config, purpose: 'backup' | 'restore', log: Logger): Promise<DatabaseTarget> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, description: describeDatabase(config.databaseUrl), release: async () => undefined };
  }
  const clusterDir = join(config.dataDir, CLUSTER_FOLDER);
  const description = `the embedded PostgreSQL in ${clusterDir}`;
  const running = runningCluster(clusterDir);
  if (running && purpose === 'restore') {
    throw new OpsError(`A server is running on ${clusterDir} (PostgreSQL pid ${running.pid}): stop it before restoring`);
  }
  if (running) return { url: embeddedUrl(running.port), description, release: async () => undefined };
  if (purpose === 'backup' && !existsSync(join(clusterDir, 'PG_VERSION'))) {
    throw new OpsError(`There is no database in ${clusterDir} to back up (set DATA_DIR or DATABASE_URL)`);
  }
  // Its failures (a folder out of reach, a cluster of another version) are StartupErrors: one line too.
  const cluster = await startEmbeddedPostgres(config.dataDir, log);
  return { url: cluster.url, description, release: () => cluster.stop() };
}

/** PostgreSQL's lock file: its pid on line 1, its port on line 4; a pid that no longer runs is a stale file. */
function runningCluster(clusterDir: string): { pid: number; port: number } | null {
  const file = join(clusterDir, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || !isAlive(pid)) return null;
  return { pid, port };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user (the cluster's own, when we are not root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const embeddedUrl = (port: number) => `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;
