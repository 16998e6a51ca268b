import { mkdtempSync, chmodSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type RunningPostgres } from '../../server/dist/db/embedded-postgres.js';
import { createLogger } from '../../server/dist/shared/logger.js';
import { graphql } from '../gql/index.js';
import { useNetwork } from '../support/use-network.js';
import { EventRecorder, until, wsClient } from '../support/graphql-client.js';

let cluster: RunningPostgres;
let dir: string;
let databaseUrl: string;

beforeAll(async () => {
  // A cluster of its own, on a fixed port, so it can be killed and started again under the server.
  dir = mkdtempSync(join(tmpdir(), 'portal-restart-'));
  chmodSync(dir, 0o755);
  cluster = await startEmbeddedPostgres(dir, createLogger('warn'));
  databaseUrl = cluster.url;
}, 120_000);
afterAll(async () => {
  await cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
});
// Registered after the cluster's hooks: the server starts on the cluster, and stops before it.
const network = useNetwork({ partners: 1, server: () => ({ databaseUrl }) });

const JOB_EVENTS = graphql(`
  subscription RestartJobEvents { serviceEvents { cursor kind job { id } } }
`);

const ready = async () => (await fetch(`${network.server.url}/readyz`)).status;

describe('PostgreSQL restarted (immediate) with subscribers connected', () => {
  it('reports not-ready while it is down, listens again, and every subscriber catches up from its cursor', async () => {
    const { server, api, net } = network;
    const feed = await EventRecorder.start(wsClient(server.wsUrl, net.dispatcher.token), {}, JOB_EVENTS);
    const before = await api.createJob(net);
    await feed.waitFor((e) => e.job?.id === before.id);
    expect(await ready()).toBe(200);

    // Immediate shutdown: the postmaster gets SIGQUIT, as `pg_ctl -m immediate` sends it.
    const postmaster = Number(readFileSync(join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(postmaster, 'SIGQUIT');
    await until(async () => (await ready()) === 503, 10_000, 'not ready while PostgreSQL is down');

    await cluster.start();
    await until(async () => (await ready()) === 200, 20_000, 'ready again');
    // Writes work again (the pool drops its dead connections), and the live feed carries on.
    let after: { id: string } | null = null;
    await until(
      async () => {
        after = await api.createJob(net).catch(() => null);
        return after !== null;
      },
      10_000,
      'a write after the restart',
    );
    await feed.waitFor((e) => e.job?.id === after!.id, 10_000);
    // Nothing committed was skipped: the feed has every event of the log, in order, once.
    const rows = await server.deps.orm.em
      .fork()
      .execute<{ n: number }[]>(`select count(*)::int as n from service_event where audience && ?::text[]`, [`{m:${net.manufacturerId}}`]);
    await until(() => feed.events.length >= rows[0].n, 5000, 'all events');
    const cursors = feed.events.map((e) => e.cursor);
    expect(new Set(cursors).size).toBe(cursors.length);
    expect(cursors).toHaveLength(rows[0].n);
    feed.stop();
  });
});
