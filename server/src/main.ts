import { loadConfig } from './config.js';
import { createLogger } from './shared/logger.js';
import { startServer } from './server.js';
import { DEMO_LOGINS } from './seed/seed.js';
import { StartupError } from './shared/startup-error.js';

/**
 * Process entry (loaded by start.ts once the Node.js version is known to be good):
 * config → database → HTTP + WebSocket → graceful stop on SIGTERM/SIGINT.
 * A start-up failure the user can fix is one line on stderr and exit code 1.
 */
const running = await (async () => {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  return { log, server: await startServer(config, { log }) };
})().catch((error: unknown) => {
  if (!(error instanceof StartupError)) throw error;
  process.stderr.write(`Cannot start the portal: ${error.message}\n`);
  process.exit(1);
});
const { log } = running;
const partners = await running.server.deps.orm.em
  .fork()
  .execute<{ slug: string }[]>("select slug from organization where kind <> 'MANUFACTURER' order by slug limit 13");
// A large network lists a dozen and says there are more.
const slugs =
  partners.length > 12
    ? `${partners
        .slice(0, 12)
        .map((p) => p.slug)
        .join(', ')}, …`
    : partners.map((p) => p.slug).join(', ');

process.stdout.write(
  [
    '',
    `  Service-partner portal: ${running.server.url}/`,
    `  GraphQL API:            ${running.server.url}/graphql`,
    `  Demo logins (password "demo"): ${DEMO_LOGINS.join(', ')}`,
    `  and for each partner admin@<slug>.demo / tech@<slug>.demo, slugs: ${slugs}`,
    `  Data: ${running.server.dataLocation}`,
    '',
  ]
    .map((line) => `${line}\n`)
    .join(''),
);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping: draining connections');
    running.server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'unclean stop');
        process.exit(1);
      },
    );
  });
}
