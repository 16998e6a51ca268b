// Latency probes: a dispatcher commits a step, a client of the receiving organization notes when
// the event reaches its socket; the commit time is PostgreSQL's own commit timestamp of the row.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { setTimeout as sleep } from 'node:timers/promises';
import { now } from './stats.mjs';

async function subscribe(url, token, query, onEvent) {
  const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, lazy: false, retryAttempts: 0 });
  await new Promise((resolve, reject) => {
    client.on('connected', resolve);
    client.on('closed', reject);
  });
  client.subscribe({ query }, { next: ({ data }) => onEvent(data.serviceEvents), error: () => undefined, complete: () => undefined });
  await sleep(300);
  return client;
}

export class LatencyProbe {
  constructor(deps) {
    this.deps = deps;
  }

  /**
   * Offers `samples` new jobs to the probe's partner through `via`; the partner listens on `on`, with
   * a thin selection or `query` (the portal's Live document).
   */
  async measure(via, on, samples, query = 'subscription { serviceEvents { kind offer { id } } }') {
    const { sql, gql, dispatcher, partner, partnerId, partnerToken, unitFor } = this.deps;
    const arrivals = new Map();
    const client = await subscribe(on.wsUrl, await partnerToken(partner), query, (event) => {
      if (event.kind === 'JOB_OFFERED') arrivals.set(event.offer.id, now());
    });
    const offers = [];
    for (let i = 0; i < samples; i++) {
      const { createJob } = await gql(via.httpUrl, dispatcher, 'mutation($i: CreateJobInput!) { createJob(input: $i) { id } }', {
        i: { serial: unitFor(partner), type: 'REPAIR', description: 'latency' },
      });
      const { offerJob } = await gql(via.httpUrl, dispatcher, 'mutation($j: ID!, $p: [ID!]!) { offerJob(jobId: $j, partnerIds: $p) { id } }', {
        j: createJob.id,
        p: [partnerId(partner)],
      });
      offers.push(offerJob[0].id);
      for (let wait = 0; wait < 400 && !arrivals.has(offerJob[0].id); wait++) await sleep(5);
      await sleep(20);
    }
    await client.dispose();
    const { rows } = await sql.query(
      "select offer_id, extract(epoch from pg_xact_commit_timestamp(xmin)) * 1000 as at from service_event where kind = 'JOB_OFFERED' and offer_id = any($1::uuid[])",
      [offers],
    );
    const latencies = rows.filter((row) => arrivals.has(row.offer_id)).map((row) => arrivals.get(row.offer_id) - Number(row.at));
    return { latencies, lost: offers.length - latencies.length };
  }

  /** A dispatcher's board on `server`: when each event (by sequence number) arrived. */
  async board(server) {
    const { dispatcher } = this.deps;
    const arrivals = new Map();
    const { decode } = this.deps;
    const client = await subscribe(server.wsUrl, dispatcher, 'subscription { serviceEvents { cursor kind } }', (event) => arrivals.set(event.cursor, now()));
    const bySeq = () => new Map([...arrivals].map(([cursor, at]) => [decode(cursor), at]));
    return {
      /** What arrived so far, the board staying open. */
      arrivals: bySeq,
      stop: () => {
        void client.dispose();
        return bySeq();
      },
    };
  }
}
