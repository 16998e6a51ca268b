import { afterAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { KillNineCreateJobMutation, KillNineCreateJobMutationVariables } from '../gql/graphql.js';
import type { Result } from '../support/graphql-client.js';
import { spawnServer, type ServerProcess } from '../support/server-process.js';
import { useNetwork } from '../support/use-network.js';

/**
 * kill -9 of the server at random moments during a load of keyed operations, clients retrying
 * with the same idempotency key until they get a definite answer. Afterwards: no double effect,
 * every committed change has exactly its event and every event its change, and the clients'
 * final view agrees with the database. Prints a report in Jepsen's manner.
 * FAULT_KILLS sets how many kills (pnpm test:faults runs more than pnpm test).
 */

const KILLS = Number(process.env.FAULT_KILLS ?? 3);
const CLIENTS = 6;

// The in-process server only sets up the network and reads the database afterwards; the load goes to spawned processes.
const network = useNetwork({ partners: 1 });
let live: ServerProcess | null = null;

// Runs before the fixture stops its server and drops the database.
afterAll(async () => {
  await live?.stop('SIGKILL');
});

const CREATE_JOB = graphql(`
  mutation KillNineCreateJob($i: CreateJobInput!) { createJob(input: $i) { id } }
`);

type Outcome = { key: string; jobId?: string; code?: string; indeterminate: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('kill -9 under load', () => {
  it(`keeps every keyed operation exactly-once through ${KILLS} kills`, async () => {
    const { server: setup, net } = network;
    live = await spawnServer(setup.databaseUrl);
    let stopping = false;
    const outcomes: Outcome[] = [];

    async function operate(key: string): Promise<Outcome> {
      const outcome: Outcome = { key, indeterminate: 0 };
      for (;;) {
        const target = live;
        try {
          if (!target) throw new Error('no server');
          const variables: KillNineCreateJobMutationVariables = {
            i: { serial: net.warrantySerial, type: 'REPAIR', description: `fault ${key}`, idempotencyKey: key },
          };
          const response = await fetch(target.httpUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${net.dispatcher.token}` },
            body: JSON.stringify({ query: CREATE_JOB.toString(), variables }),
            signal: AbortSignal.timeout(5000),
          });
          const body = (await response.json()) as Omit<Result<KillNineCreateJobMutation>, 'status'>;
          if (body.data?.createJob) return { ...outcome, jobId: body.data.createJob.id };
          const code = body.errors?.[0]?.extensions?.code;
          // A definite refusal ends the operation; anything unexpected is retried like a lost answer.
          if (code && code !== 'INTERNAL_SERVER_ERROR') return { ...outcome, code };
          outcome.indeterminate++;
        } catch {
          outcome.indeterminate++;
        }
        await sleep(50);
      }
    }

    const clients = Array.from({ length: CLIENTS }, async (_, client) => {
      for (let i = 0; !stopping; i++) outcomes.push(await operate(`c${client}-${i}-${net.suffix}`));
    });
    for (let kill = 0; kill < KILLS; kill++) {
      await sleep(300 + Math.random() * 700);
      const victim = live!;
      live = null;
      victim.child.kill('SIGKILL');
      await new Promise((resolve) => victim.child.once('exit', resolve));
      live = await spawnServer(setup.databaseUrl);
    }
    await sleep(500);
    stopping = true;
    await Promise.all(clients);

    const sql = async (query: string, params: unknown[] = []) => setup.deps.orm.em.fork().execute(query, params) as Promise<Record<string, unknown>[]>;
    const jobs = await sql(`select id, description from service_job where description like 'fault %-' || ? order by description`, [net.suffix]);
    const byKey = new Map<string, string[]>();
    for (const job of jobs) {
      const key = String(job.description).slice('fault '.length);
      byKey.set(key, [...(byKey.get(key) ?? []), String(job.id)]);
    }
    const anomalies: Record<string, string[]> = { 'double-effect': [], lost: [], 'wrong-answer': [], 'unacknowledged-effect': [], 'event-mismatch': [] };
    for (const outcome of outcomes) {
      const effects = byKey.get(outcome.key) ?? [];
      if (effects.length > 1) anomalies['double-effect'].push(outcome.key);
      if (outcome.jobId && effects.length === 0) anomalies.lost.push(outcome.key);
      if (outcome.jobId && effects.length === 1 && effects[0] !== outcome.jobId) anomalies['wrong-answer'].push(outcome.key);
    }
    const known = new Set(outcomes.map((o) => o.key));
    for (const key of byKey.keys()) if (!known.has(key)) anomalies['unacknowledged-effect'].push(key);
    const mismatched = await sql(
      `select j.id from service_job j where j.description like 'fault %-' || ?
       and (select count(*) from service_event e where e.job_id = j.id and e.kind = 'JOB_CREATED') <> 1`,
      [net.suffix],
    );
    anomalies['event-mismatch'] = mismatched.map((row) => String(row.id));

    const ok = outcomes.filter((o) => o.jobId).length;
    const fail = outcomes.filter((o) => o.code).length;
    const info = outcomes.reduce((sum, o) => sum + o.indeterminate, 0);
    const found = Object.fromEntries(
      Object.entries(anomalies)
        .filter(([, list]) => list.length > 0)
        .map(([kind, list]) => [kind, list.length]),
    );
    console.log(
      [
        '',
        `kill -9 fault run: ${KILLS} kills, ${CLIENTS} clients, keyed createJob with retries`,
        `  :attempted     ${outcomes.length} operations`,
        `  :ok            ${ok}`,
        `  :fail          ${fail}`,
        `  :indeterminate ${info} requests without an answer (each retried with its key)`,
        `  :anomalies     ${Object.keys(found).length === 0 ? '{} (none)' : JSON.stringify(found)}`,
        `  :valid?        ${Object.keys(found).length === 0}`,
        '',
      ].join('\n'),
    );
    expect(outcomes.length).toBeGreaterThan(0);
    expect(found).toEqual({});
    expect(fail).toBe(0);
  });
});
