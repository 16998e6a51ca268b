// F8: sustained dispatch load with 2,000 subscribers, the offered load raised in steps: for each
// step the rate the server keeps, errors, events lost and the event lag per 10 s window; the figure
// is the highest step held (kept at ≥ 95 % of the rate asked, no error, nothing lost, lag flat).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadProcess } from '../processes.mjs';
import { percentile, median } from '../stats.mjs';

export async function measureSustained(b) {
  const { root, serverA, dispatcher, partnerId, partnerToken, tokensFile, commitTimes, headSeq, unitFor, record, probe } = b;
  const SECONDS = Number(process.env.BENCH_F8_SECONDS ?? 30);
  const RATES = (process.env.BENCH_F8_RATES ?? '200,300,400,500,600,800').split(',').map(Number);
  const TARGET = 500;
  const idle = loadProcess('idle', [serverA.wsUrl, await tokensFile('idle-2000', 2000, (i) => partnerToken(2 + i))]);
  await idle.ready;
  const watcher = await probe.board(serverA);
  const steps = [];
  let offset = 0;
  for (const rate of RATES) {
    const step = await runStep(rate, offset);
    offset += step.chains;
    steps.push(step);
    record(
      'F8',
      `step: ${rate} state changes/s asked for ${SECONDS} s, 2,000 subscribers`,
      `${step.sustained.toFixed(0)} /s; ${step.errors} errors, ${step.missing} lost; lag p50/p99 ${step.lag}`,
      `≥ ${(0.95 * rate).toFixed(0)} /s, none lost, lag flat`,
      step.held,
      `${step.sent} requests; ${step.events} events; ${step.held ? 'held' : `not held: ${step.why}`}`,
    );
    if (!step.held) break;
  }
  watcher.stop();
  await idle.stop();
  const best = steps.filter((step) => step.held).at(-1);
  record(
    'F8',
    'state changes/s sustained: the highest step held (offered load raised in steps, open loop)',
    best ? `${best.rate} /s (${best.sustained.toFixed(0)} /s kept)` : `none of ${RATES.join(', ')} /s`,
    `≥ ${TARGET} /s`,
    (best?.rate ?? 0) >= TARGET,
    `createJob, offerJob, cancelJob in turn; steps of ${SECONDS} s: ${steps.map((s) => `${s.rate}→${s.sustained.toFixed(0)}`).join(', ')}`,
  );

  async function runStep(rate, offset) {
    const start = await headSeq();
    const count = Math.ceil((SECONDS * rate) / 3) + 10;
    const chains = Array.from({ length: count }, (_, i) => {
      const k = offset + i;
      return { partner: partnerId(2 + (k % 2000)), serial: unitFor(2 + (k % 2000)) };
    });
    const partnersFile = join(root, '.data', 'bench', 'churn.json');
    writeFileSync(partnersFile, JSON.stringify(chains));
    const churn = JSON.parse(await loadProcess('churn', [serverA.httpUrl, dispatcher, String(rate), String(SECONDS), partnersFile]).result);
    await sleep(3000);
    const arrivals = watcher.arrivals();
    const commits = await commitTimes(start);
    const firstCommit = Math.min(...commits.values());
    const windows = [];
    let missing = 0;
    for (const [seq, committed] of commits) {
      const arrived = arrivals.get(seq);
      if (arrived === undefined) {
        missing++;
        continue;
      }
      (windows[Math.floor((committed - firstCommit) / 10000)] ??= []).push(arrived - committed);
    }
    const perWindow = windows
      .filter(Boolean)
      .map((lags) => lags.sort((a, b) => a - b))
      .map((lags) => ({ n: lags.length, p50: percentile(lags, 50), p99: percentile(lags, 99) }));
    // Flatness compares whole windows: the last one holds only the tail of the step.
    const whole = perWindow.filter((w) => w.n >= median(perWindow.map((x) => x.n)) / 2);
    const flat = whole.length > 0 && whole.at(-1).p99 <= 1.5 * whole[0].p99 + 5;
    const sustained = churn.sent / churn.seconds;
    const kept = sustained >= 0.95 * rate;
    const why = [!kept && 'requests queued', churn.errors > 0 && 'errors', missing > 0 && 'events lost', !flat && 'lag grew'].filter(Boolean).join(', ');
    return {
      rate,
      chains: count,
      sent: churn.sent,
      errors: churn.errors,
      missing,
      events: commits.size,
      sustained,
      lag: `${perWindow.map((w) => `${w.p50.toFixed(0)}/${w.p99.toFixed(0)}`).join(', ')} ms`,
      held: kept && churn.errors === 0 && missing === 0 && flat,
      why,
    };
  }
}
