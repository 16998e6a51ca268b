import { describe, expect, it } from 'vitest';
import { EventConsumers, type EventConsumer } from '../../server/dist/modules/outbound/event-consumers.js';
import type { EventRecord } from '../../server/dist/modules/events/event-record.js';
import type { TestServer } from '../support/server.js';
import { useNetwork } from '../support/use-network.js';

/**
 * The event log as a transactional outbox: a consumer sees every committed event once, in order,
 * even with two server instances running it and a handler that fails part way.
 */
describe('event log consumers', () => {
  const network = useNetwork({ server: { twin: true } });

  it('hands every event to one instance once, in log order, and retries a failed batch whole', { timeout: 120_000 }, async () => {
    const { server, twin, api, net } = network;
    const handled: { instance: string; seq: number }[] = [];
    let failNext = false;
    const consumer = (instance: string): EventConsumer => ({
      name: 'test-consumer',
      async handle(tx, events: readonly EventRecord[]) {
        // Written in the batch's transaction: a failure takes it back with the cursor.
        await tx.execute('select 1');
        const batch = events.map((event) => ({ instance, seq: event.seq }));
        if (failNext) {
          failNext = false;
          throw new Error('handler failed part way');
        }
        handled.push(...batch);
      },
    });
    const instances = [
      new EventConsumers(server.deps.orm, server.deps.hub, server.deps.log, [consumer('a')]),
      new EventConsumers(twin.deps.orm, twin.deps.hub, twin.deps.log, [consumer('b')]),
    ];
    const headAtStart = await server.deps.hub.newestInLog();
    for (const instance of instances) await instance.start();
    try {
      for (let i = 0; i < 6; i++) await api.createJob(net);
      failNext = true;
      for (let i = 0; i < 6; i++) await api.createJob(net);
      await drainBoth(instances, [server, twin]);
      const head = await server.deps.hub.newestInLog();
      const seqs = handled.map((row) => row.seq);
      // Everything after the consumer's start, nothing before it (a new consumer starts at the log's end), no duplicate, in order.
      expect(seqs).toEqual(Array.from({ length: head - headAtStart }, (_, i) => headAtStart + i + 1));
      expect(failNext).toBe(false);
    } finally {
      for (const instance of instances) await instance.stop();
    }
  });
});

/** Both instances have read the log to its end and handled everything committed (a failed batch is retried after a pause). */
async function drainBoth(instances: EventConsumers[], servers: TestServer[]): Promise<void> {
  const head = await servers[0].deps.hub.newestInLog();
  const deadline = Date.now() + 60_000;
  for (;;) {
    for (const instance of instances) await instance.drain();
    const [cursor] = await servers[0].deps.orm.em.fork().execute<{ seq: string }[]>(`select seq from event_consumer where name = 'test-consumer'`);
    if (Number(cursor.seq) >= head) return;
    if (Date.now() > deadline) throw new Error(`consumer stuck at ${cursor.seq} of ${head}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
