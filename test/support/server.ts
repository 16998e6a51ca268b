import { inject } from 'vitest';
import { startServer, type RunningServer } from '../../server/dist/server.js';
import { loadConfig } from '../../server/dist/config.js';
import { ManualClock } from '../../server/dist/shared/clock.js';
import { createLogger } from '../../server/dist/shared/logger.js';
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
  clock?: ManualClock;
  deadlineTickMs?: number;
  subscriberBufferLimit?: number;
}

export const TEST_TOKEN_SECRET = 'test-secret-not-for-production-0123456789';

/** A real server on a free port over a fresh database of its own; `stop` also drops the database. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const database = options.databaseUrl ? null : await createTestDatabase(inject('adminDatabaseUrl'));
  const config = {
    ...loadConfig({ LOG_LEVEL: 'warn' }),
    port: 0,
    host: '127.0.0.1',
    databaseUrl: options.databaseUrl ?? database!.url,
    tokenSecret: TEST_TOKEN_SECRET,
    seedOnEmpty: options.seed ?? false,
    // Deadlines fire when a test calls deps.scheduler.tick() after moving the clock, unless it asks for the timer.
    deadlineTickMs: options.deadlineTickMs ?? 0,
    statusEvaluationMs: 0,
    ...(options.subscriberBufferLimit ? { subscriberBufferLimit: options.subscriberBufferLimit } : {}),
  };
  const clock = options.clock ?? new ManualClock();
  const running = await startServer(config, { clock, log: createLogger('warn') });
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
