import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { ResolvedTarget } from './target-guard.js';

/** What one attempt got: a status code and the start of the answer, or why there was none. */
export interface AttemptOutcome {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  responseBody: string | null;
  latencyMs: number;
}

/** How much of a receiver's answer is kept in the attempt log. */
const BODY_KEPT = 1024;

/**
 * POSTs the body to the target. The connection goes to the address the guard checked (its own
 * lookup answers with it), so a DNS change between check and connect cannot redirect it; TLS still
 * verifies the certificate against the host name. Redirects are not followed (node:http never
 * does): a 3xx is a failed attempt. node:https rather than fetch, which cannot pin the address
 * without another HTTP client library; the timeout is the same AbortSignal.timeout.
 */
export function sendWebhook(target: ResolvedTarget, headers: Record<string, string>, body: string, timeoutMs: number): Promise<AttemptOutcome> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  const send = target.url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const req = send(
      target.url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'service-partner-portal-webhooks/1' },
        lookup: pinned,
        signal: AbortSignal.timeout(timeoutMs),
      },
      (res) =>
        void readStart(res).then((responseBody) => {
          const statusCode = res.statusCode ?? 0;
          const ok = statusCode >= 200 && statusCode < 300;
          resolve({ ok, statusCode, error: ok ? null : `HTTP ${statusCode}`, responseBody, latencyMs: latency() });
        }),
    );
    req.on('error', (error: Error & { code?: string }) => {
      const reason = error.name === 'AbortError' || error.name === 'TimeoutError' ? `timed out after ${timeoutMs} ms` : (error.code ?? error.message);
      resolve({ ok: false, statusCode: null, error: reason, responseBody: null, latencyMs: latency() });
    });
    req.end(body);
  });
}

/** The first KB of the answer; the rest is not waited for. */
function readStart(res: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => resolve(Buffer.concat(chunks).toString('utf8').slice(0, BODY_KEPT));
    res.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= BODY_KEPT) {
        res.destroy();
        done();
      }
    });
    res.on('end', done);
    res.on('error', done);
    res.on('close', done);
  });
}
