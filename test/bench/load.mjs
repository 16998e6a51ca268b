// Load clients, run as their own process (pinned to another core than the server by run.mjs).
// Modes: http <url> <token> <concurrency> <seconds> <query> → latency stats as JSON;
//        idle <wsUrl> <tokensFile> → holds one idle subscription per token until stdin closes.
import { readFileSync } from 'node:fs';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [mode, ...args] = process.argv.slice(2);

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

if (mode === 'http') {
  const [url, token, concurrency, seconds, query] = args;
  const body = JSON.stringify({ query });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const latencies = [];
  let errors = 0;
  const until = Date.now() + Number(seconds) * 1000;
  await Promise.all(
    Array.from({ length: Number(concurrency) }, async () => {
      while (Date.now() < until) {
        const t = performance.now();
        const response = await fetch(url, { method: 'POST', headers, body });
        const json = await response.json();
        if (json.errors) errors++;
        latencies.push(performance.now() - t);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  process.stdout.write(JSON.stringify({ requests: latencies.length, errors, rps: latencies.length / Number(seconds), p50: percentile(latencies, 50), p99: percentile(latencies, 99) }) + '\n');
} else if (mode === 'idle') {
  const [wsUrl, tokensFile] = args;
  const tokens = JSON.parse(readFileSync(tokensFile, 'utf8'));
  const clients = [];
  let connected = 0;
  let failed = 0;
  const settle = () => connected + failed === tokens.length && process.stdout.write(`ready ${connected} ${failed}\n`);
  const progress = setInterval(() => process.stderr.write(`idle subscribers: ${connected} connected, ${failed} failed of ${tokens.length}\n`), 5000);
  progress.unref();
  for (const token of tokens) {
    const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
    client.on('connected', () => (connected++, settle()));
    client.on('error', () => (failed++, settle()));
    client.on('closed', () => connected === 0 && (failed++, settle()));
    client.subscribe({ query: 'subscription { serviceEvents { cursor kind } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    clients.push(client);
    if (clients.length % 200 === 0) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  process.stdin.resume();
  process.stdin.on('end', async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    process.exit(0);
  });
}
