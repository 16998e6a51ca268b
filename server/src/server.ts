import 'reflect-metadata';
import type { Config } from './config.js';
import { createLogger, type Logger } from './shared/logger.js';
import { systemClock, type Clock } from './shared/clock.js';
import { TokenService } from './shared/tokens.js';
import { startEmbeddedPostgres, type RunningPostgres } from './db/embedded-postgres.js';
import { initOrm, migrate } from './db/orm.js';
import { EventHub } from './modules/events/event-hub.js';
import { DeadlineScheduler } from './modules/sla/deadline-scheduler.js';
import { getSchema } from './graphql/schema.js';
import { createHttpApp } from './http/app.js';
import type { AppDeps } from './context.js';
import { seedIfEmpty } from './seed/seed.js';

export interface RunningServer {
  url: string;
  port: number;
  databaseUrl: string;
  deps: AppDeps;
  stop(): Promise<void>;
}

export interface StartOptions {
  clock?: Clock;
  log?: Logger;
}

/**
 * The composition root: database (embedded when no DATABASE_URL), migrations, seed on an empty
 * database, the event hub, and the HTTP + WebSocket server. `stop` undoes it in reverse order.
 */
export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const log = options.log ?? createLogger(config.logLevel);
  let embedded: RunningPostgres | null = null;
  const databaseUrl = config.databaseUrl ?? (embedded = await startEmbeddedPostgres(config.dataDir, log)).url;
  const orm = await initOrm(databaseUrl, log);
  try {
    await migrate(orm);
    const clock = options.clock ?? systemClock;
    if (config.seedOnEmpty) await seedIfEmpty(orm, clock, log);
    const hub = new EventHub(databaseUrl, log);
    await hub.start();
    const scheduler = new DeadlineScheduler(orm, clock, log);
    const deps: AppDeps = {
      orm,
      clock,
      hub,
      scheduler,
      log,
      tokens: new TokenService(config.tokenSecret, config.tokenTtlSeconds),
      config: { subscriberBufferLimit: config.subscriberBufferLimit },
    };
    const app = await createHttpApp(config, deps, await getSchema());
    const port = await app.listen(config.port, config.host);
    scheduler.start(config.deadlineTickMs, config.statusEvaluationMs);
    const url = `http://localhost:${port}`;
    log.info({ url }, 'service-partner portal listening');
    let stopping: Promise<void> | undefined;
    const stop = async () => {
      await scheduler.stop();
      await app.stop();
      log.info('http and websocket drained');
      await hub.stop();
      await orm.close();
      await embedded?.stop();
      log.info('stopped');
    };
    return { url, port, databaseUrl, deps, stop: () => (stopping ??= stop()) };
  } catch (error) {
    await orm.close();
    await embedded?.stop();
    throw error;
  }
}
