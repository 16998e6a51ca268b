import { loadConfig } from './config.js';
import { createLogger } from './shared/logger.js';
import { startServer } from './server.js';
import { DEMO_LOGINS } from './seed/seed.js';

/** Process entry: config → database → HTTP + WebSocket → graceful stop on SIGTERM/SIGINT. */
const config = loadConfig();
const log = createLogger(config.logLevel);
const running = await startServer(config, { log });
const partners = await running.deps.orm.em
  .fork()
  .execute<{ slug: string }[]>("select slug from organization where kind <> 'MANUFACTURER' order by slug limit 13");
// A large network lists a dozen and says there are more.
const slugs = partners.length > 12 ? `${partners.slice(0, 12).map((p) => p.slug).join(', ')}, …` : partners.map((p) => p.slug).join(', ');

process.stdout.write(
  [
    '',
    `  Service-partner portal: ${running.url}/`,
    `  GraphQL API:            ${running.url}/graphql`,
    `  Demo logins (password "demo"): ${DEMO_LOGINS.join(', ')}`,
    `  and for each partner admin@<slug>.demo / tech@<slug>.demo, slugs: ${slugs}`,
    '',
  ].map((line) => `${line}\n`).join(''),
);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping: draining connections');
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'unclean stop');
        process.exit(1);
      },
    );
  });
}
