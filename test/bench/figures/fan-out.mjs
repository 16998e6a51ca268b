// F2: one event to 5,000 subscribers of the manufacturer's board: all delivered, the last
// delivery's latency, and the delivery rate over a burst. Measured with a thin board selection,
// then with the portal's Live document (the job, offer and parts request with every fragment the
// screens render): what the richer selection costs.
import { setTimeout as sleep } from 'node:timers/promises';
import { SIZE } from '../dataset.mjs';
import { loadProcess } from '../processes.mjs';
import { percentile } from '../stats.mjs';

export async function measureFanOut(b) {
  await fanOut(b, null, '');
  await fanOut(b, b.portal.liveQuery, ", the portal's Live document");
}

async function fanOut(b, query, label) {
  const { serverA, gql, dispatcher, staffToken, tokensFile, commitTimes, headSeq, unitFor, record, ms, decodeEventCursor } = b;
  const board = loadProcess('board', [serverA.wsUrl, await tokensFile('board', SIZE.staff, (i) => staffToken(1 + i)), ...(query ? [query] : [])]);
  const [connected, failed] = (await board.ready).split(' ').slice(1).map(Number);
  await sleep(2000);
  const start = await headSeq();
  // Single events, spaced so each fan-out ends before the next: the last delivery's latency.
  for (let i = 0; i < 20; i++) {
    await gql(serverA.httpUrl, dispatcher, 'mutation($i: CreateJobInput!) { createJob(input: $i) { id } }', {
      i: { serial: unitFor(1), type: 'REPAIR', description: 'fan-out' },
    });
    await sleep(1500);
  }
  const burstStart = await headSeq();
  // Then a burst, for the sustained delivery rate.
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let i = 0; i < 25; i++)
        await gql(serverA.httpUrl, dispatcher, 'mutation($i: CreateJobInput!) { createJob(input: $i) { id } }', {
          i: { serial: unitFor(1), type: 'REPAIR', description: 'fan-out burst' },
        });
    }),
  );
  await sleep(15000);
  const arrivals = JSON.parse(await board.stop());
  const commits = await commitTimes(start);
  const single = [];
  const burst = [];
  let delivered = 0;
  let expected = 0;
  for (const [seq, committed] of commits) {
    const seen = Object.entries(arrivals).find(([cursor]) => decodeEventCursor(cursor) === seq)?.[1] ?? [0, NaN, NaN];
    expected += connected;
    delivered += seen[0];
    (seq > burstStart ? burst : single).push({ seq, committed, deliveries: seen[0], first: seen[1], last: seen[2] });
  }
  const lastDelivery = single.map((e) => e.last - e.committed).sort((a, b) => a - b);
  const span = Math.max(...burst.map((e) => e.last)) - Math.min(...burst.map((e) => e.committed));
  const rate = burst.reduce((n, e) => n + e.deliveries, 0) / (span / 1000);
  record(
    'F2',
    `fan-out to ${connected} board subscribers${label}: delivered`,
    `${delivered} of ${expected}`,
    'every one',
    delivered === expected && failed === 0,
    `${single.length} single events, then a burst of ${burst.length}`,
  );
  record(
    'F2',
    `last delivery of one event, p95${label}`,
    ms(percentile(lastDelivery, 95)),
    '≤ 400 ms',
    percentile(lastDelivery, 95) <= 400,
    `p50 ${ms(percentile(lastDelivery, 50))}`,
  );
  record(
    'F2',
    `deliveries per second, sustained over the burst${label}`,
    `${rate.toFixed(0)} /s`,
    '≥ 30,000 /s',
    rate >= 30000,
    `${burst.length} events × ${connected} sockets in ${(span / 1000).toFixed(1)} s`,
  );
}
