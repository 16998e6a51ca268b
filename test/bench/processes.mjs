// The processes of a benchmark run: the production server (pinned to one core) and load clients
// (pinned to the other), each a separate Node.js process.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const pinned = spawnSync('taskset', ['--version']).status === 0;

// Thousands of sockets need more than the default 1,024 open files.
function pinnedCommand(core, args) {
  return ['sh', ['-c', `ulimit -n 65536 2>/dev/null; exec ${pinned ? `taskset -c ${core} ` : ''}"$0" "$@"`, process.execPath, ...args]];
}

/** Stops a child process and resolves when it has exited. */
function stopChild(child) {
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

/** The built server with production settings; background timers off so they do not skew figures. */
export async function startServer(root, databaseUrl, secret, core) {
  const memoryFile = join(root, '.data', 'bench', `memory-${core}.json`);
  // BENCH_CPU_PROF=<dir> writes a CPU profile of each server when it stops.
  const traceGc = process.env.BENCH_TRACE_GC ? ['--trace-gc'] : [];
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const [command, args] = pinnedCommand(core, [
    ...traceGc,
    ...profile,
    '--expose-gc',
    '--require',
    fileURLToPath(new URL('./gc-preload.cjs', import.meta.url)),
    join(root, 'server', 'dist', 'start.js'),
  ]);
  const child = spawn(command, args, {
    env: {
      ...process.env,
      BENCH_MEMORY_FILE: memoryFile,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      TOKEN_SECRET: secret,
      SEED: 'false',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      DEADLINE_TICK_MS: '0',
      REPORT_SWEEP_MS: '0',
      STATUS_EVALUATION_MS: '0',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before it listened`)));
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /Service-partner portal: (http:\/\/[^\s/]+)/.exec(out);
      if (match) resolve(match[1].replace('localhost', '127.0.0.1'));
    });
  });
  // BENCH_TRACE_GC=1 adds --trace-gc and keeps what the server prints in .data/bench/server-<core>.log; BENCH_SERVER_LOG=1 keeps it alone.
  if (process.env.BENCH_TRACE_GC || process.env.BENCH_SERVER_LOG) child.stdout.pipe(createWriteStream(join(root, '.data', 'bench', `server-${core}.log`)));
  else child.stdout.resume();
  return {
    process: child,
    httpUrl: `${base}/graphql`,
    wsUrl: `${base.replace('http', 'ws')}/graphql`,
    /** process.memoryUsage() in KB after a full garbage collection (twice, then a pause for the allocator). */
    async memoryAfterGc() {
      for (let i = 0; i < 2; i++) {
        child.kill('SIGUSR2');
        await sleep(500);
      }
      return Object.fromEntries(Object.entries(JSON.parse(readFileSync(memoryFile, 'utf8'))).map(([key, bytes]) => [key, bytes / 1024]));
    },
    stop: () => stopChild(child),
  };
}

/** A load client (load.mjs) in its own process: `ready` is its ready line, `result` all it printed, `pid` for its CPU time. */
export function loadProcess(mode, args) {
  const [command, commandArgs] = pinnedCommand(1, [fileURLToPath(new URL('./load.mjs', import.meta.url)), mode, ...args]);
  const child = spawn(command, commandArgs, { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  let onReady;
  const ready = new Promise((resolve) => (onReady = resolve));
  child.stdout.on('data', (chunk) => {
    out += chunk;
    const line = /^ready .*$/m.exec(out);
    if (line) onReady(line[0]);
  });
  const result = new Promise((resolve, reject) =>
    // 'close', not 'exit': only then has all it printed been read.
    child.on('close', (code) => (code === 0 ? resolve(out.replace(/^ready .*\n/m, '')) : reject(new Error(`load ${mode} exited with ${code}`)))),
  );
  return {
    pid: child.pid,
    ready,
    result,
    /** Closes its input (after writing `input`, if given) and resolves with all it printed. */
    stop: (input) => {
      child.stdin.end(input);
      return result;
    },
  };
}

/** PostGraphile 5 on the same database (postgraphile.mjs), for F4. */
export async function startPostGraphile(databaseUrl, core) {
  const [command, args] = pinnedCommand(core, [fileURLToPath(new URL('./postgraphile.mjs', import.meta.url)), databaseUrl]);
  const child = spawn(command, args, { env: { ...process.env, NODE_ENV: 'production', GRAPHILE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'ignore'] });
  const httpUrl = await new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`PostGraphile exited (${code}) before it listened`)));
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening (\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
  });
  return { httpUrl, stop: () => stopChild(child) };
}
