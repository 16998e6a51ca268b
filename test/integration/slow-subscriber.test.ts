import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { graphql } from '../gql/index.js';
import { useNetwork } from '../support/use-network.js';
import { EventRecorder, until, wsClient } from '../support/graphql-client.js';

const LIMIT = 100;
// The paused client cannot answer graphql-ws's pings: a keep-alive longer than the test keeps the
// cut-off on the buffer limit being tested (on a loaded machine filling it took longer than two pings).
const network = useNetwork({ partners: 1, server: { subscriberBufferLimit: LIMIT, config: { wsKeepAliveMs: 300_000 } } });

const CURSORS = graphql(`
  subscription SlowSubscriberCursors($after: String) { serviceEvents(after: $after) { cursor } }
`);

describe('a subscriber too slow to read', () => {
  it('is cut off (4499) with the server holding at most its limit, and resumes from its cursor with nothing lost', async () => {
    const { server, api, net } = network;
    // A raw graphql-ws client that stops reading from its socket after subscribing.
    const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    const received: { cursor: string }[] = [];
    let closeCode = 0;
    socket.on('message', (raw) => {
      const message = JSON.parse(String(raw)) as { type: string; payload?: { data?: { serviceEvents: { cursor: string } } } };
      if (message.type === 'next' && message.payload?.data) received.push(message.payload.data.serviceEvents);
    });
    const closed = new Promise<void>((resolve) =>
      socket.on('close', (code) => {
        closeCode = code;
        resolve();
      }),
    );
    await new Promise((resolve) => socket.on('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${net.dispatcher.token}` } }));
    await new Promise((resolve) => socket.once('message', resolve));
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription { serviceEvents { cursor job { description } } }' } }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const baseline = server.deps.hub.subscriberCount;
    expect(baseline).toBe(1);
    (socket as unknown as { _socket: { pause(): void } })._socket.pause();

    // Each event carries a 10 KB description: the socket's buffers fill, then the server's queue.
    const description = 'x'.repeat(10_000);
    let created = 0;
    while (server.deps.hub.subscriberCount > 0 && created < 3000) {
      await Promise.all(Array.from({ length: 20 }, () => api.createJob(net, net.warrantySerial, 'REPAIR', { description })));
      created += 20;
    }
    expect(server.deps.hub.subscriberCount).toBe(0);

    // Reading again: what was buffered arrives, then the close that says to resume.
    (socket as unknown as { _socket: { resume(): void } })._socket.resume();
    await closed;
    expect(closeCode).toBe(4499);
    const last = received.at(-1)?.cursor;
    const resumed = await EventRecorder.start(wsClient(server.wsUrl, net.dispatcher.token), last ? { after: last } : {}, CURSORS);
    await until(() => received.length + resumed.events.length >= created, 20_000, 'every event after the resume');
    const all = [...received, ...resumed.events].map((e) => e.cursor);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(created);
    resumed.stop();
  });
});
