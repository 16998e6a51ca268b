// F7: two server instances on one database: committed via one, received from the other.
import { startServer } from '../processes.mjs';
import { percentile } from '../stats.mjs';

export async function measureInstances(b) {
  const { root, db, serverA, servers, SECRET, record, ms, RUNS, probe, state } = b;
  const serverB = await startServer(root, db.url, SECRET, 1);
  servers.push(serverB);
  const runs = [];
  for (let run = 0; run < RUNS; run++) runs.push(await probe.measure(serverA, serverB, 100));
  const all = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const lost = runs.reduce((n, r) => n + r.lost, 0);
  const p99 = percentile(all, 99);
  record(
    'F7',
    'committed via instance A, received from instance B: p50 / p99',
    `${ms(percentile(all, 50))} / ${ms(p99)}`,
    `p99 ≤ 1.5 × F1's (${ms(1.5 * state.at0.p99)}); none lost`,
    p99 <= 1.5 * state.at0.p99 && lost === 0,
    `${all.length} samples, ${lost} lost`,
  );
  serverB.process.kill('SIGTERM');
  servers.pop();
}
