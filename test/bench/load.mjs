// Load clients, run as their own process (pinned to another core than the server by run.mjs).
// Modes:
//   http  <url> <token> <concurrency> <seconds> <query>  → {requests, errors, rps, p50, p99} as JSON
//   open  <url> <token> <rate> <seconds> <query> → the same at a fixed rate (open loop: each request
//                                  is sent on schedule whether or not the last came back, and timed
//                                  from its schedule, so a stall is not hidden by waiting)
//   idle  <wsUrl> <tokensFile> [query] → one subscription per token (a thin one unless `query`);
//                                  prints `ready <ok> <failed>`; stays until stdin closes
//   board <wsUrl> <tokensFile> [query] → as idle, and records when each event reached each socket;
//                                  when stdin closes prints {cursor: [deliveries, first, last]} (epoch ms)
//   churn <url> <token> <rate> <seconds> <partnersFile> → createJob, offerJob, cancelJob in turn at
//                                  <rate> state changes a second; prints {sent, errors, seconds}
//   mix   <url> <mixFile> <rate> <seconds> → the usual mix of state changes (mix.mjs) at <rate> a
//                                  second; prints {sent, ok, errors, seconds, firstErrors}
//   portal <bundle> <base> <probesFile> → the F9 probes (portal-probes.mjs, bundled); prints
//                                  `ready <n>`; when stdin closes (with the cursor of the last event
//                                  written to it) waits until the staff probes applied that event,
//                                  then prints what each probe counted, as JSON
import { readFileSync } from 'node:fs';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { pathToFileURL } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { now, percentile } from './stats.mjs';
import { runMix } from './mix.mjs';

const [mode, ...args] = process.argv.slice(2);

async function post(url, token, query, variables) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

async function http([url, token, concurrency, seconds, query]) {
  const latencies = [];
  let errors = 0;
  const until = Date.now() + Number(seconds) * 1000;
  await Promise.all(
    Array.from({ length: Number(concurrency) }, async () => {
      while (Date.now() < until) {
        const started = performance.now();
        const json = await post(url, token, query).catch(() => ({ errors: ['network'] }));
        if (json.errors) errors++;
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, rps: latencies.length / Number(seconds), p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

async function open([url, token, rate, seconds, query]) {
  const latencies = [];
  let errors = 0;
  const interval = 1000 / Number(rate);
  const total = Math.round(Number(rate) * Number(seconds));
  const start = performance.now();
  const pending = [];
  for (let i = 0; i < total; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(
      post(url, token, query)
        .catch(() => ({ errors: ['network'] }))
        .then((json) => {
          if (json.errors) errors++;
          latencies.push(performance.now() - due);
        }),
    );
  }
  await Promise.all(pending);
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, rps: latencies.length / Number(seconds), p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** Opens one subscription per token, 200 at a time; `onEvent` sees every event each socket gets. */
async function subscribers(wsUrl, tokens, query, onEvent) {
  const clients = [];
  let connected = 0;
  let failed = 0;
  const progress = setInterval(() => process.stderr.write(`  subscribers: ${connected} connected, ${failed} failed of ${tokens.length}\n`), 5000);
  for (let i = 0; i < tokens.length; i += 200) {
    const batch = tokens.slice(i, i + 200).map(
      (token) =>
        new Promise((resolve) => {
          const client = createClient({
            url: wsUrl,
            webSocketImpl: WebSocket,
            connectionParams: { authorization: `Bearer ${token}` },
            retryAttempts: 0,
            lazy: false,
          });
          let settled = false;
          const settle = (ok) => {
            if (settled) return;
            settled = true;
            if (ok) connected++;
            else failed++;
            resolve();
          };
          client.on('connected', () => settle(true));
          client.on('closed', () => settle(false));
          client.subscribe({ query }, { next: ({ data }) => onEvent?.(data.serviceEvents), error: () => undefined, complete: () => undefined });
          clients.push(client);
        }),
    );
    await Promise.all(batch);
  }
  clearInterval(progress);
  return { clients, connected, failed };
}

/** How long the portal probes may take to apply the last event once the load has ended. */
const DRAIN_MS = 180_000;

/** Writes a (large) answer; resolves once the pipe has taken all of it, so exiting loses none. */
const print = (text) => new Promise((resolve) => process.stdout.write(`${text}\n`, resolve));

/** Resolves with what was written to stdin once it closes. */
function untilStdinEnds() {
  return new Promise((resolve) => {
    let input = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk) => (input += chunk));
    process.stdin.on('end', () => resolve(input.trim()));
  });
}

if (mode === 'http') {
  process.stdout.write(`${JSON.stringify(await http(args))}\n`);
} else if (mode === 'open') {
  process.stdout.write(`${JSON.stringify(await open(args))}\n`);
} else if (mode === 'idle') {
  const [wsUrl, tokensFile, query = 'subscription { serviceEvents { cursor kind } }'] = args;
  const { clients, connected, failed } = await subscribers(wsUrl, JSON.parse(readFileSync(tokensFile, 'utf8')), query);
  process.stdout.write(`ready ${connected} ${failed}\n`);
  await untilStdinEnds();
  await Promise.all(clients.map((client) => client.dispose()));
  process.exit(0);
} else if (mode === 'board') {
  const [wsUrl, tokensFile, query = 'subscription { serviceEvents { cursor kind at job { id number status priority equipment { serial region } } } }'] = args;
  const arrivals = new Map();
  const record = (event) => {
    const at = now();
    const seen = arrivals.get(event.cursor);
    if (seen) {
      seen[0]++;
      seen[2] = at;
    } else arrivals.set(event.cursor, [1, at, at]);
  };
  const { clients, connected, failed } = await subscribers(wsUrl, JSON.parse(readFileSync(tokensFile, 'utf8')), query, record);
  process.stdout.write(`ready ${connected} ${failed}\n`);
  await untilStdinEnds();
  await print(JSON.stringify(Object.fromEntries(arrivals)));
  await Promise.all(clients.map((client) => client.dispose()));
  process.exit(0);
} else if (mode === 'churn') {
  const [url, token, rate, seconds, partnersFile] = args;
  const partners = JSON.parse(readFileSync(partnersFile, 'utf8'));
  const steps = [
    (s) =>
      post(url, token, 'mutation($i: CreateJobInput!) { createJob(input: $i) { id } }', {
        i: { serial: s.serial, type: 'REPAIR', description: 'sustained load' },
      }).then((r) => {
        s.jobId = r.data?.createJob?.id;
        return r;
      }),
    (s) => post(url, token, 'mutation($j: ID!, $p: [ID!]!) { offerJob(jobId: $j, partnerIds: $p) { id } }', { j: s.jobId, p: [s.partner] }),
    (s) => post(url, token, 'mutation($j: ID!) { cancelJob(jobId: $j, reason: "sustained load") { id } }', { j: s.jobId }),
  ];
  let sent = 0;
  let errors = 0;
  const started = now();
  const end = started + Number(seconds) * 1000;
  const interval = 1000 / Number(rate);
  // Open loop: chain k starts at its own slot, so a slow answer delays that chain, not the schedule.
  const chains = [];
  for (let k = 0; now() < end; k++) {
    const due = started + k * 3 * interval;
    if (due > end) break;
    const wait = due - now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const state = { ...partners[k % partners.length] };
    chains.push(
      (async () => {
        for (const step of steps) {
          const result = await step(state).catch(() => ({ errors: ['network'] }));
          sent++;
          if (result.errors) {
            errors++;
            return;
          }
        }
      })(),
    );
  }
  await Promise.all(chains);
  process.stdout.write(`${JSON.stringify({ sent, errors, seconds: (now() - started) / 1000 })}\n`);
} else if (mode === 'mix') {
  const [url, mixFile, rate, seconds] = args;
  process.stdout.write(`${JSON.stringify(await runMix(url, JSON.parse(readFileSync(mixFile, 'utf8')), Number(rate), Number(seconds)))}\n`);
} else if (mode === 'portal') {
  const [bundle, base, probesFile] = args;
  const { openProbes } = await import(pathToFileURL(bundle).href);
  const probes = await openProbes(base, JSON.parse(readFileSync(probesFile, 'utf8')));
  // How busy this process is while the probes apply events: a saturated load core would show here.
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const busy = performance.eventLoopUtilization();
  // The probes' heap after a full collection, before and after the load: what the caches keep.
  v8.setFlagsFromString('--expose-gc');
  const collect = vm.runInNewContext('gc');
  const heapAfterGc = () => {
    collect();
    return process.memoryUsage().heapUsed;
  };
  const heapBefore = heapAfterGc();
  process.stdout.write(`ready ${probes.count}\n`);
  const last = await untilStdinEnds();
  const utilization = performance.eventLoopUtilization(busy).utilization;
  delay.disable();
  const heapGrowth = heapAfterGc() - heapBefore;
  const drained = await probes.drain(last, DRAIN_MS);
  const results = await probes.stop();
  await print(JSON.stringify({ probes: results, drained, utilization, delayP99: delay.percentile(99) / 1e6, heapGrowth }));
  process.exit(0);
}
