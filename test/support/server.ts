import { inject } from 'vitest';
import { startServer, type RunningServer } from '../../server/dist/server.js';
import { loadConfig, type Config } from '../../server/dist/config.js';
import { ManualClock } from '../../server/dist/shared/clock.js';
import { createLogger, type Logger } from '../../server/dist/shared/logger.js';
import { createTestDatabase } from './database.js';

export interface TestServer extends RunningServer {
  clock: ManualClock;
  httpUrl: string;
  wsUrl: string;
}

export interface TestServerOptions {
  seed?: boolean;
  /** An existing database (another instance's, or a cluster of the test's own); kept at stop. */
  databaseUrl?: string;
  /** Runs the embedded PostgreSQL in this folder instead, as `pnpm start` does. */
  dataDir?: string;
  clock?: ManualClock;
  deadlineTickMs?: number;
  subscriberBufferLimit?: number;
  /** Settings beyond the above (METRICS_TOKEN, say), over the test defaults. */
  config?: Partial<Config>;
  /** A logger of the test's own, to read what the server logs. */
  log?: Logger;
}

export const TEST_TOKEN_SECRET = 'test-secret-not-for-production-0123456789';

/** A real server on a free port over a fresh database of its own; `stop` also drops the database. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const database = options.databaseUrl || options.dataDir ? null : await createTestDatabase(inject('adminDatabaseUrl'));
  const config = {
    ...loadConfig({ LOG_LEVEL: 'warn', ...(options.dataDir ? { DATA_DIR: options.dataDir } : {}) }),
    port: 0,
    host: '127.0.0.1',
    databaseUrl: options.dataDir ? undefined : (options.databaseUrl ?? database!.url),
    tokenSecret: TEST_TOKEN_SECRET,
    seedOnEmpty: options.seed ?? false,
    // Deadlines fire when a test calls deps.scheduler.tick() after moving the clock, unless it asks for the timer.
    deadlineTickMs: options.deadlineTickMs ?? 0,
    statusEvaluationMs: 0,
    // Completions get their report at once; the sweep runs when a test calls deps.reports.sweep().
    reportSweepMs: 0,
    ...(options.subscriberBufferLimit ? { subscriberBufferLimit: options.subscriberBufferLimit } : {}),
    ...options.config,
  };
  const clock = options.clock ?? new ManualClock();
  const running = await startServer(config, { clock, log: options.log ?? createLogger('warn') });
  return {
    ...running,
    clock,
    httpUrl: `${running.url}/graphql`,
    wsUrl: `${running.url.replace('http', 'ws')}/graphql`,
    stop: async () => {
      await running.stop();
      await database?.drop();
    },
  };
}
