// F8: sustained dispatch load with 2,000 subscribers: the rate the server keeps, errors, events
// lost, and the event lag per 10 s window.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadProcess } from '../processes.mjs';
import { percentile, median } from '../stats.mjs';

export async function measureSustained(b) {
  const { root, serverA, dispatcher, partnerId, partnerToken, tokensFile, commitTimes, headSeq, unitFor, record, probe } = b;
  const SECONDS = Number(process.env.BENCH_F8_SECONDS ?? 60);
  const RATE = 200;
  const idle = loadProcess('idle', [serverA.wsUrl, await tokensFile('idle-2000', 2000, (i) => partnerToken(2 + i))]);
  await idle.ready;
  const watcher = await probe.board(serverA);
  const start = await headSeq();
  const chains = Array.from({ length: Math.ceil((SECONDS * RATE) / 3) + 10 }, (_, k) => ({
    partner: partnerId(2 + (k % 2000)),
    serial: unitFor(2 + (k % 2000)),
  }));
  const partnersFile = join(root, '.data', 'bench', 'churn.json');
  writeFileSync(partnersFile, JSON.stringify(chains));
  const churn = JSON.parse(await loadProcess('churn', [serverA.httpUrl, dispatcher, String(RATE), String(SECONDS), partnersFile]).result);
  await sleep(3000);
  const arrivals = watcher.stop();
  await idle.stop();
  const commits = await commitTimes(start);
  const windows = [];
  let missing = 0;
  for (const [seq, committed] of commits) {
    const arrived = arrivals.get(seq);
    if (arrived === undefined) {
      missing++;
      continue;
    }
    const index = Math.floor((committed - Math.min(...commits.values())) / 10000);
    (windows[index] ??= []).push(arrived - committed);
  }
  const perWindow = windows
    .filter(Boolean)
    .map((lags) => lags.sort((a, b) => a - b))
    .map((lags) => ({ n: lags.length, p50: percentile(lags, 50), p99: percentile(lags, 99) }));
  // The verdict compares whole windows: the last one holds only the tail of the run.
  const whole = perWindow.filter((w) => w.n >= median(perWindow.map((x) => x.n)) / 2);
  const first = whole[0];
  const last = whole.at(-1);
  const achieved = commits.size / churn.seconds;
  const sustained = churn.sent / churn.seconds;
  record(
    'F8',
    `state changes/s sustained (asked: ${RATE}/s for ${SECONDS} s, open loop)`,
    `${sustained.toFixed(0)} /s over ${churn.seconds.toFixed(0)} s`,
    `${RATE} /s`,
    sustained >= 0.95 * RATE,
    'createJob, offerJob, cancelJob in turn; past what the server sustains, requests queue',
  );
  record(
    'F8',
    `${RATE} state changes/s for ${SECONDS} s, 2,000 subscribers: errors and events lost`,
    `${churn.errors} errors, ${missing} lost`,
    'none',
    churn.errors === 0 && missing === 0,
    `${churn.sent} requests; ${commits.size} events, ${achieved.toFixed(0)} events/s committed`,
  );
  record(
    'F8',
    'event lag p50 / p99 per 10 s window',
    `${perWindow.map((w) => `${w.p50.toFixed(0)}/${w.p99.toFixed(0)}`).join(', ')} ms`,
    'flat: last p99 ≤ 1.5 × first p99 + 5 ms (whole windows)',
    last.p99 <= 1.5 * first.p99 + 5,
    'commit → dispatcher board socket',
  );
}
