import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { graphql } from '../gql/index.js';
import { createTestDatabase } from '../support/database.js';
import { TEST_TOKEN_SECRET } from '../support/server.js';
import { initOrm, migrate } from '../../server/dist/db/orm.js';
import { createLogger } from '../../server/dist/shared/logger.js';

/**
 * First contact: the production entry point started as a user would, with every start-up failure a
 * user can cause. Each must end in one clear line on stderr and exit code 1, never a stack trace.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const isRoot = process.getuid?.() === 0;

const TYPENAME = graphql(`
  query StartupTypename { __typename }
`);

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `server/dist/start.js` of `root` until it exits; or, with `ready`, until its output matches,
 * then runs `meanwhile` against the running portal and stops it with SIGTERM.
 */
function runPortal(
  env: Record<string, string>,
  options: { root?: string; node?: string; ready?: RegExp; meanwhile?: (stdout: string) => Promise<void> } = {},
): Promise<Exit> {
  const child = spawn(options.node ?? process.execPath, [join(options.root ?? ROOT, 'server', 'dist', 'start.js')], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TOKEN_SECRET: TEST_TOKEN_SECRET,
      SEED: 'false',
      LOG_LEVEL: 'warn',
      DEADLINE_TICK_MS: '0',
      HOST: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let failure: unknown;
  let readySeen = false;
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
    if (readySeen || !options.ready?.test(stdout)) return;
    readySeen = true;
    (options.meanwhile?.(stdout) ?? Promise.resolve()).catch((error: unknown) => (failure = error)).finally(() => child.kill('SIGTERM'));
  });
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => child.once('close', (code) => (failure ? reject(failure) : resolve({ code, stdout, stderr }))));
}

/** The failure is one line naming the cause, with exit code 1 and no stack trace. */
function expectOneClearLine(exit: Exit, cause: RegExp) {
  const lines = exit.stderr.split('\n').filter((line) => line.trim() !== '');
  expect(lines, exit.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^Cannot start the portal: /);
  expect(lines[0]).toMatch(cause);
  expect(exit.stderr).not.toMatch(/\n\s+at /);
  expect(exit.code).toBe(1);
}

const listenOn = (port = 0) =>
  new Promise<Server>((resolve) => {
    const server = createServer().listen(port, '127.0.0.1', () => resolve(server));
  });
const portOf = (server: Server) => (server.address() as { port: number }).port;

let database: { url: string; drop(): Promise<void> };
beforeAll(async () => {
  database = await createTestDatabase(inject('adminDatabaseUrl'));
});
afterAll(async () => database?.drop());

describe('start-up failures a user can cause', () => {
  it('a port in use', async () => {
    const busy = await listenOn();
    try {
      const exit = await runPortal({ DATABASE_URL: database.url, PORT: String(portOf(busy)) });
      expectOneClearLine(exit, new RegExp(`Port ${portOf(busy)} is already in use: .*PORT=`));
    } finally {
      busy.close();
    }
  });

  it('a DATABASE_URL nobody answers at', async () => {
    const closed = await listenOn();
    const port = portOf(closed);
    await new Promise((resolve) => closed.close(resolve));
    const exit = await runPortal({ DATABASE_URL: `postgres://portal:portal@127.0.0.1:${port}/portal` });
    expectOneClearLine(exit, new RegExp(`Cannot reach PostgreSQL at 127.0.0.1:${port} \\(DATABASE_URL\\): connection refused`));
  });

  it('a DATABASE_URL whose password is refused, without printing it', async () => {
    const url = new URL(database.url);
    url.password = 'not-the-password';
    const exit = await runPortal({ DATABASE_URL: url.toString() });
    expectOneClearLine(exit, /refused the password for user "portal"\. Correct the user or password in DATABASE_URL/);
    expect(exit.stderr).not.toContain('not-the-password');
  });

  it('a data folder that cannot be created (a file on its way, which stops even root)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-startup-'));
    try {
      writeFileSync(join(dir, 'a-file'), 'not a folder');
      const exit = await runPortal({ DATA_DIR: join(dir, 'a-file', 'data') });
      expectOneClearLine(exit, new RegExp(`Cannot create the data folder ${join(dir, 'a-file', 'data')}: ${join(dir, 'a-file')} is a file, not a folder`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a database whose migrations are newer than the code', async () => {
    // Migrated by this code, then marked with a migration from a later version.
    const orm = await initOrm(database.url, createLogger('warn'));
    await migrate(orm);
    await orm.close();
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query("insert into mikro_orm_migrations (name, executed_at) values ('Migration20991231000000_from_the_future', now())");
    await client.end();
    const exit = await runPortal({ DATABASE_URL: database.url, PORT: '0' });
    expectOneClearLine(exit, /1 migration\(s\) this code does not know \(Migration20991231000000_from_the_future\): it was used by a newer version/);
  });

  it('a Node.js older than required, checked before the app is loaded', async (context) => {
    const old = findOldNode();
    if (!old) return context.skip('no Node.js older than 22 is installed on this machine to try');
    const exit = await runPortal({ DATABASE_URL: database.url }, { node: old.path });
    expectOneClearLine(exit, new RegExp(`Node.js ${old.version.replace(/\./g, '\\.')} is too old; it needs 22\\.12 or later`));
  });

  it('a data folder out of reach of the cluster user (as root)', async (context) => {
    if (!isRoot) return context.skip('only root runs the cluster as another user');
    const dir = mkdtempSync(join(tmpdir(), 'portal-private-')); // mode 700, as mktemp -d makes it
    try {
      const exit = await runPortal({ DATA_DIR: join(dir, 'data') });
      expectOneClearLine(exit, new RegExp(`The data folder ${join(dir, 'data')} is out of reach of the user "postgres" .*\\(${dir} is mode 700\\)`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a second portal on the data folder of a running one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-twice-'));
    chmodSync(dir, 0o755);
    const first = spawn(process.execPath, [join(ROOT, 'server', 'dist', 'start.js')], {
      env: { ...process.env, DATA_DIR: dir, PORT: '0', SEED: 'false', LOG_LEVEL: 'warn', DEADLINE_TICK_MS: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        let out = '';
        first.stdout.on('data', (chunk) => (out += chunk) && /Service-partner portal: /.test(out) && resolve());
        first.once('exit', (code) => reject(new Error(`the first portal exited with ${code}`)));
      });
      const exit = await runPortal({ DATA_DIR: dir, PORT: '0' });
      expectOneClearLine(exit, /Another PostgreSQL \(pid \d+\) already runs on .*: is a portal still running on this data folder\?/);
    } finally {
      await new Promise((resolve) => {
        first.once('exit', resolve);
        first.kill('SIGTERM');
      });
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a checkout in a private folder, started as root', () => {
  it('keeps its cluster where the cluster user can reach it, says where, and serves', async (context) => {
    if (!isRoot) return context.skip('not root: the cluster runs as this user, who can reach its own checkout');
    // A checkout under a folder of mode 700 (as /root or mktemp -d); node_modules hard-linked, so
    // nothing in it is reachable through a path the cluster user may enter.
    const privateDir = mkdtempSync(join(tmpdir(), 'portal-root-'));
    const checkout = join(privateDir, 'checkout');
    mkdirSync(checkout);
    for (const part of ['package.json', 'node_modules']) execFileSync('cp', ['-al', join(ROOT, part), join(checkout, part)]);
    mkdirSync(join(checkout, 'server'));
    for (const part of ['package.json', 'node_modules', 'dist'])
      cpSync(join(ROOT, 'server', part), join(checkout, 'server', part), { recursive: true, verbatimSymlinks: true });
    let dataDir: string | undefined;
    try {
      const exit = await runPortal(
        { PORT: '0' },
        {
          root: checkout,
          ready: /Data: .*\n/,
          meanwhile: async (stdout) => {
            const url = /Service-partner portal: (http:\/\/\S+?)\/?\n/.exec(stdout)![1];
            expect((await fetch(`${url}/readyz`)).status).toBe(200);
            const answer = await fetch(`${url}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query: TYPENAME.toString() }),
            });
            expect(await answer.json()).toEqual({ data: { __typename: 'Query' } });
          },
        },
      );
      expect(exit.stderr).toBe('');
      dataDir = /Data: (\S+)\/pg \(embedded PostgreSQL\)/.exec(exit.stdout)?.[1];
      expect(dataDir, exit.stdout).toMatch(/^\/var\/lib\/service-partner-portal\/checkout-[0-9a-f]{12}$/);
      expect(existsSync(join(dataDir!, 'pg', 'PG_VERSION'))).toBe(true);
      expect(exit.code).toBe(0); // stopped by SIGTERM once it listened: a clean drain

      // A second start finds the same cluster (keyed by the checkout's path).
      const again = await runPortal({ PORT: '0' }, { root: checkout, ready: /Data: .*\n/ });
      expect(again.stdout).toContain(`Data: ${dataDir}/pg (embedded PostgreSQL)`);
      expect(again.stdout).not.toContain('initialising');
    } finally {
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      rmSync(privateDir, { recursive: true, force: true });
    }
    // Two starts, the first with initdb and the demo seed: over a minute on a loaded 2-core machine.
  }, 240_000);
});

/** A Node.js older than 22 on this machine (Debian's, say), if there is one. */
function findOldNode(): { path: string; version: string } | null {
  const candidates = new Set(['/usr/bin/node', '/bin/node', ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'node'))]);
  for (const path of candidates) {
    if (!existsSync(path)) continue;
    const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim().replace(/^v/, '');
    if (Number(version.split('.')[0]) < 22) return { path, version };
  }
  return null;
}
