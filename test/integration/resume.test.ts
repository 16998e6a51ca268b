import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useNetwork } from '../support/use-network.js';
import { EventRecorder, until, wsClient } from '../support/graphql-client.js';

const network = useNetwork({ partners: 2 });

const JOB_EVENTS = graphql(`
  subscription ResumeJobEvents($after: String) { serviceEvents(after: $after) { cursor kind job { id } } }
`);
const HISTORY = graphql(`
  query ResumeHistory($id: ID!) { job(id: $id) { events { cursor kind } } }
`);
const ANY_EVENTS = graphql(`
  subscription ResumeAnyEvents { serviceEvents { cursor } }
`);

/** The cursors of every event the dispatcher may see, in log order, straight from the database. */
async function logCursors(): Promise<number> {
  const rows = await network.server.deps.orm.em
    .fork()
    .execute<{ n: string }[]>(`select count(*) as n from service_event where audience && ?::text[]`, [`{m:${network.net.manufacturerId}}`]);
  return Number(rows[0].n);
}

describe('resumable subscriptions', () => {
  it('misses nothing and repeats nothing across a reconnect while writers commit in parallel', async () => {
    const { server, api, net } = network;
    const writers = 4;
    const jobsPerWriter = 6;
    const first = await EventRecorder.start(wsClient(server.wsUrl, net.dispatcher.token), {}, JOB_EVENTS);
    // Writers commit concurrently; halfway through, the subscriber drops and comes back with its last cursor.
    let stopped = false;
    let second: EventRecorder<{ cursor: string }> | null = null;
    const work = Array.from({ length: writers }, async () => {
      for (let i = 0; i < jobsPerWriter; i++) {
        const job = await api.createJob(net);
        await api.offerOk(net, job.id, [net.partners[i % 2].id]);
      }
    });
    const reconnect = (async () => {
      await first.waitForCount(writers * 2, 10_000);
      first.stop();
      stopped = true;
      const last = first.events.at(-1)!.cursor;
      second = await EventRecorder.start(wsClient(server.wsUrl, net.dispatcher.token), { after: last }, JOB_EVENTS);
    })();
    await Promise.all([...work, reconnect]);
    expect(stopped).toBe(true);
    const expected = writers * jobsPerWriter * 2;
    expect(await logCursors()).toBe(expected);
    const resumed = second as unknown as EventRecorder<{ cursor: string }>;
    await until(() => first.events.length + resumed.events.length >= expected, 10_000, 'all events delivered');
    const all = [...first.events, ...resumed.events].map((e) => e.cursor);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(expected);
    resumed.stop();
  });

  it('replays from a cursor for one job only, then goes live', async () => {
    const { server, api, net } = network;
    const job = await api.createJob(net);
    const other = await api.createJob(net);
    const [offer] = await api.offerOk(net, job.id, [net.partners[0].id]);
    const history = await api.call(net.dispatcher, HISTORY, { id: job.id });
    const [created] = history.data!.job!.events;
    const feed = await EventRecorder.start(wsClient(server.wsUrl, net.dispatcher.token), { after: created.cursor, jobId: job.id });
    await api.offerOk(net, other.id, [net.partners[1].id]);
    await api.accept(net.partners[0].admin, offer.id);
    await feed.waitFor((e) => e.kind === 'OFFER_ACCEPTED');
    expect(feed.events.map((e) => e.kind)).toEqual(['JOB_OFFERED', 'OFFER_ACCEPTED']);
    expect(feed.events.every((e) => e.job?.id === job.id)).toBe(true);
    feed.stop();
  });

  it('refuses a malformed cursor and a job the subscriber may not see', async () => {
    const { server, api, net } = network;
    const job = await api.createJob(net);
    const bad = await EventRecorder.start(wsClient(server.wsUrl, net.dispatcher.token), { after: 'nonsense' });
    await bad.waitFor(() => true, 2000).catch(() => undefined);
    expect(JSON.stringify(bad.errors)).toContain('BAD_USER_INPUT');
    const hidden = await EventRecorder.start(wsClient(server.wsUrl, net.partners[1].admin.token), { jobId: job.id });
    await hidden.waitFor(() => true, 2000).catch(() => undefined);
    expect(JSON.stringify(hidden.errors)).toContain('NOT_FOUND');
  });

  it('refuses a WebSocket with a forged token at connection', async () => {
    const client = wsClient(network.server.wsUrl, 'forged.token.value');
    const closed = await new Promise<number>((resolve) => {
      client.on('closed', (event) => resolve((event as { code: number }).code));
      client.subscribe({ query: ANY_EVENTS.toString() }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    });
    expect(closed).toBe(4403);
  });
});
