import 'reflect-metadata';
import { createServer } from 'node:net';
import type { Config } from './config.js';
import { createLogger, type Logger } from './shared/logger.js';
import { systemClock, type Clock } from './shared/clock.js';
import { TokenService } from './shared/tokens.js';
import { startEmbeddedPostgres, type RunningPostgres } from './db/embedded-postgres.js';
import { initOrm, migrate, type Orm } from './db/orm.js';
import { EventHub } from './modules/events/event-hub.js';
import { DeadlineScheduler } from './modules/sla/deadline-scheduler.js';
import { sweepOverdueLoaners } from './modules/parts/loaners.js';
import { RETENTION_SWEEPERS, RetentionSweep } from './modules/customer/retention.js';
import { attachmentRetention } from './modules/customer/attachment-retention.js';
import { getSchema } from './graphql/schema.js';
import { createHttpApp } from './http/app.js';
import type { AppDeps } from './context.js';
import { seedIfEmpty } from './seed/seed.js';
import { createFileServices } from './modules/files/file-services.js';
import { createServiceReports } from './modules/report/service-report.service.js';
import { probeDatabase } from './db/database-probe.js';
import { StartupError, systemCode } from './shared/startup-error.js';
import { MessageLinks } from './shared/message-links.js';
import { JobQueue } from './modules/outbound/job-queue.js';
import { EventConsumers, type EventConsumer } from './modules/outbound/event-consumers.js';
import { ApiKeyAuth } from './modules/apikey/api-key-auth.js';
import { createMail } from './modules/mail/mail-outbound.js';
import { mailWebhookDisabled } from './modules/mail/mail-notices.js';
import { setUpWebhooks } from './modules/webhook/webhooks.js';

export interface RunningServer {
  url: string;
  port: number;
  databaseUrl: string;
  /** Where the data is, for the start banner: the embedded cluster's folder, or DATABASE_URL without its password. */
  dataLocation: string;
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
  // Checked first, so a busy port is said at once, not after the database has started and seeded.
  await assertPortFree(config.port, config.host);
  let embedded: RunningPostgres | null = null;
  if (config.databaseUrl) await probeDatabase(config.databaseUrl);
  else embedded = await startEmbeddedPostgres(config.dataDir, log);
  const databaseUrl = config.databaseUrl ?? embedded!.url;
  const dataLocation = embedded ? `${embedded.clusterDir} (embedded PostgreSQL)` : withoutPassword(databaseUrl);
  let orm: Orm | null = null;
  try {
    orm = await initOrm(databaseUrl, log);
    await migrate(orm);
    const clock = options.clock ?? systemClock;
    const files = createFileServices(config, orm);
    if (config.seedOnEmpty) await seedIfEmpty(orm, clock, log, files.storage);
    const hub = new EventHub(databaseUrl, log);
    await hub.start();
    const scheduler = new DeadlineScheduler(orm, clock, log, sweepOverdueLoaners);
    const ormForReports = orm;
    const reports = createServiceReports({ em: () => ormForReports.em.fork(), storage: files.storage, clock, log });
    const queue = new JobQueue(databaseUrl, log);
    // Unset PUBLIC_URL: links point at the address the server listens on, known once it listens.
    const messages = { ...config.messages, publicUrl: config.messages.publicUrl ?? '' };
    const links = new MessageLinks(messages.linkSecret, () => messages.publicUrl);
    // The log's consumers: what leaves the portal (mail, webhooks) is made from committed events.
    const mail = { messages, links, clock, queue };
    const webhooks = setUpWebhooks({ orm, queue, log, messages, onDisabled: (tx, endpoint) => mailWebhookDisabled(tx, mail, endpoint) });
    const outbound: EventConsumer[] = [createMail(orm, mail, log), webhooks.consumer];
    const consumers = new EventConsumers(orm, hub, log, outbound);
    const apiKeys = new ApiKeyAuth(orm, clock, log);
    const retention = new RetentionSweep(orm, clock, log, config.customerDataRetentionDays, [...RETENTION_SWEEPERS, attachmentRetention(files.storage)]);
    const deps: AppDeps = {
      orm,
      clock,
      hub,
      scheduler,
      retention,
      log,
      tokens: new TokenService(config.tokenSecret, config.tokenTtlSeconds),
      files,
      reports,
      queue,
      consumers,
      messages,
      links,
      apiKeys,
      config: {
        subscriberBufferLimit: config.subscriberBufferLimit,
        planReads: config.planReads,
        requestLimits: config.requestLimits,
        loanDays: config.loanDays,
        claims: config.claims,
      },
    };
    const app = await createHttpApp(config, deps, await getSchema());
    const port = await app.listen(config.port, config.host).catch(async (error: unknown) => {
      await app.stop();
      await hub.stop();
      throw listenFailure(error, config.port);
    });
    const url = `http://localhost:${port}`;
    messages.publicUrl ||= url;
    await queue.start({ work: true });
    await consumers.start();
    scheduler.start(config.deadlineTickMs, config.statusEvaluationMs);
    reports.start(config.reportSweepMs);
    retention.start(config.retentionSweepMs);
    apiKeys.start();
    log.info({ url, data: dataLocation }, 'service-partner portal listening');
    let stopping: Promise<void> | undefined;
    const stop = async () => {
      await scheduler.stop();
      await reports.stop();
      await retention.stop();
      apiKeys.stop();
      await consumers.stop();
      await queue.stop();
      await app.stop();
      log.info('http and websocket drained');
      await hub.stop();
      await orm!.close();
      await embedded?.stop();
      log.info('stopped');
    };
    return { url, port, databaseUrl, dataLocation, deps, stop: () => (stopping ??= stop()) };
  } catch (error) {
    await orm?.close();
    await embedded?.stop();
    throw error;
  }
}

function assertPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) => reject(listenFailure(error, port)));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

function listenFailure(error: unknown, port: number): Error {
  const code = systemCode(error);
  if (code === 'EADDRINUSE')
    return new StartupError(`Port ${port} is already in use: stop what runs there, or start on another port (PORT=${port + 1} pnpm start).`);
  if (code === 'EACCES') return new StartupError(`Port ${port} may not be opened by this user: use a port above 1023 (PORT=4000).`);
  return error instanceof Error ? error : new Error(String(error));
}

const withoutPassword = (url: string): string => {
  const parsed = new URL(url);
  parsed.password = '';
  return `${parsed.toString()} (DATABASE_URL)`;
};
