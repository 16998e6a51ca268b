// F1 and F5: dispatch latency with 0, 1,000 and 10,000 idle partner subscribers connected (each
// of its own organization, subscribed with the portal's Live document), and memory per idle
// subscriber and after they leave. The measured partner listens with a thin selection, and at 0 and
// 10,000 also with the Live document (which resolves the job, offer and parts request for every
// event): what the richer selection costs.
import { setTimeout as sleep } from 'node:timers/promises';
import { SIZE } from '../dataset.mjs';
import { loadProcess } from '../processes.mjs';
import { percentile } from '../stats.mjs';

const IDLE_LEVELS = [0, 1000, SIZE.organizations - 1];

export async function measureIdleSubscribers(b) {
  const { serverA, partnerToken, tokensFile, record, ms, mb, RUNS, probe, portal, state } = b;
  const live = [];
  const chart = state.chart;
  // Warm-up: the first live deliveries compile the subscription path.
  await probe.measure(serverA, serverA, 30);
  await probe.measure(serverA, serverA, 30, portal.liveQuery);
  // The memory baseline is read once 1,000 subscribers have come and gone: what the first connections
  // compile and cache for good (code, optimised functions) is warm-up, not per-subscriber memory.
  const cold = await serverA.memoryAfterGc();
  let baseline = cold;
  let at0;
  let atMax;
  for (const count of IDLE_LEVELS) {
    // Idle partner sessions subscribe as the portal does, with the Live document.
    const idle =
      count > 0 ? loadProcess('idle', [serverA.wsUrl, await tokensFile(`idle-${count}`, count, (i) => partnerToken(2 + i)), portal.liveQuery]) : null;
    if (idle) {
      const [connected, failed] = (await idle.ready).split(' ').slice(1).map(Number);
      if (failed > 0 || connected !== count) throw new Error(`only ${connected} of ${count} idle subscribers connected`);
      await sleep(2000);
    }
    const withIdle = await serverA.memoryAfterGc();
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await probe.measure(serverA, serverA, 100));
    const all = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
    const point = { subscribers: count, p50: percentile(all, 50), p99: percentile(all, 99), lost: runs.reduce((n, r) => n + r.lost, 0), samples: all.length };
    chart.push(point);
    if (count === 0 || count === IDLE_LEVELS.at(-1)) {
      const liveRuns = [];
      for (let run = 0; run < RUNS; run++) liveRuns.push(await probe.measure(serverA, serverA, 100, portal.liveQuery));
      const lags = liveRuns.flatMap((r) => r.latencies).sort((a, b) => a - b);
      live.push({
        subscribers: count,
        p50: percentile(lags, 50),
        p99: percentile(lags, 99),
        lost: liveRuns.reduce((n, r) => n + r.lost, 0),
        samples: lags.length,
      });
    }
    if (count === 0) at0 = point;
    if (count === IDLE_LEVELS.at(-1)) {
      atMax = point;
      const perSubscriber = (withIdle.rss - baseline.rss) / count;
      const heapPer = (withIdle.heapUsed - baseline.heapUsed) / count;
      record(
        'F5',
        `memory per idle subscriber, RSS after GC, 0 → ${count}`,
        `${perSubscriber.toFixed(1)} KB`,
        '≤ 40 KB',
        perSubscriber <= 40,
        `RSS ${mb(baseline.rss)} → ${mb(withIdle.rss)} (${mb(cold.rss)} before any subscriber); JS heap used ${heapPer.toFixed(1)} KB each`,
      );
    }
    if (idle) {
      await idle.stop();
      await sleep(3000);
    }
    if (count === IDLE_LEVELS[1]) baseline = await serverA.memoryAfterGc();
    if (count === IDLE_LEVELS.at(-1)) {
      const after = await serverA.memoryAfterGc();
      const change = (key) => ((after[key] - baseline[key]) / baseline[key]) * 100;
      const signed = (value) => `${value >= 0 ? '+' : ''}${value.toFixed(1)} %`;
      record(
        'F5',
        'RSS after GC once they disconnect, vs the baseline',
        signed(change('rss')),
        'within 5 %',
        Math.abs(change('rss')) <= 5,
        `RSS ${mb(baseline.rss)} → ${mb(after.rss)}; JS heap used ${mb(baseline.heapUsed)} → ${mb(after.heapUsed)}, heap reserved ${mb(baseline.heapTotal)} → ${mb(after.heapTotal)}, buffers ${mb(baseline.arrayBuffers)} → ${mb(after.arrayBuffers)}`,
      );
    }
  }
  for (const point of chart) {
    const target = point.subscribers === 0 ? 'p50 ≤ 5 ms' : point === atMax ? 'p50 ≤ 5 ms, p99 ≤ 25 ms, p99 ≤ 2 × p99 at 0' : '—';
    const pass = point.subscribers === 0 ? point.p50 <= 5 : point === atMax ? point.p50 <= 5 && point.p99 <= 25 && point.p99 <= 2 * at0.p99 : point.p50 <= 5;
    record(
      'F1',
      `dispatch latency p50 / p99, ${point.subscribers} idle subscribers`,
      `${ms(point.p50)} / ${ms(point.p99)}`,
      target,
      pass && point.lost === 0,
      `commit (PostgreSQL commit timestamp) → event at the partner's socket; ${point.samples} samples, ${point.lost} lost`,
    );
  }
  const [live0] = live;
  for (const point of live)
    record(
      'F1',
      `dispatch latency p50 / p99, ${point.subscribers} idle subscribers, the portal's Live document`,
      `${ms(point.p50)} / ${ms(point.p99)}`,
      point === live0 ? 'p50 ≤ 5 ms' : 'p50 ≤ 5 ms, p99 ≤ 25 ms, p99 ≤ 2 × p99 at 0',
      point.lost === 0 && point.p50 <= 5 && (point === live0 || (point.p99 <= 25 && point.p99 <= 2 * live0.p99)),
      `as above, the partner subscribed with the Live document (thin: ${ms((point === live0 ? at0 : atMax).p50)} / ${ms((point === live0 ? at0 : atMax).p99)}); ${point.samples} samples, ${point.lost} lost`,
    );
  state.at0 = at0;
}
