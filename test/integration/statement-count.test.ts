import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type RunningPostgres } from '../../server/dist/db/embedded-postgres.js';
import { createLogger } from '../../server/dist/shared/logger.js';
import type { Actor } from '../support/factory.js';
import { EventRecorder, dataOf, post, settle, wsClient, type UntypedData } from '../support/graphql-client.js';
import { portalDocuments } from '../support/portal-documents.js';
import { useNetwork } from '../support/use-network.js';

/**
 * Every planned read is one SQL statement, whatever the page size: counted by PostgreSQL itself
 * (pg_stat_statements, on a cluster of this file's own that loads it), over several requests.
 * Aggregates may take more; their counts are pinned here so that a change is seen.
 */

let cluster: RunningPostgres;
let dir: string;
let databaseUrl: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'portal-statements-'));
  chmodSync(dir, 0o755);
  cluster = await startEmbeddedPostgres(dir, createLogger('warn'), { settings: { shared_preload_libraries: 'pg_stat_statements' } });
  databaseUrl = cluster.url;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('create extension if not exists pg_stat_statements');
  await client.end();
}, 120_000);
afterAll(async () => {
  await cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
});
// Registered after the cluster's hooks: the server starts on the cluster, and stops before it.
const network = useNetwork({ partners: 2, capacity: 50, server: () => ({ databaseUrl }) });

let caseFileJob: string;

beforeAll(async () => {
  const { api, net } = network;
  const [p0, p1] = net.partners;
  // More than a page of 20 in the first partner's inbox: jobs it holds and jobs offered to it.
  for (let i = 0; i < 12; i++) await api.assignedJob(net, p0);
  for (let i = 0; i < 12; i++) {
    const job = await api.createJob(net);
    await api.offerOk(net, job.id, [p0.id, p1.id]);
  }
  const { job } = await api.startedJob(net, p0);
  const request = dataOf(await api.requestParts(p0.tech, job.id, [{ sku: net.skus[0], quantity: 2 }])) as { requestParts: { id: string } };
  dataOf(await api.decide(net.partsClerk, request.requestParts.id, true));
  caseFileJob = job.id;
});

/**
 * The statements PostgreSQL ran for this database while `action` ran, with their calls. The job
 * queue (pg-boss: its schema, and the heartbeat of its LISTEN connection) runs beside any request
 * and is not counted; the log's consumers (mail, webhooks), which follow commits beside the
 * requests, are paused once they have handled the setup's events.
 */
async function statementsDuring(action: () => Promise<void>): Promise<{ query: string; calls: number }[]> {
  await network.server.deps.consumers.drain();
  await network.server.deps.consumers.stop();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('select pg_stat_statements_reset()');
    await action();
    const { rows } = await client.query<{ query: string; calls: string }>(
      `select query, calls from pg_stat_statements
       where dbid = (select oid from pg_database where datname = current_database()) and query not like '%pg_stat_statements%' and query not like '%pgboss.%' and query not like '%pg_listening_channels%'`,
    );
    return rows.map((row) => ({ query: row.query.replace(/\s+/g, ' '), calls: Number(row.calls) }));
  } finally {
    await client.end();
  }
}

/** Statements PostgreSQL ran for this database per request, over `times` requests. */
async function statementsPerRequest(actor: Actor, document: string, variables: UntypedData, times = 5): Promise<{ perRequest: number; statements: string[] }> {
  const rows = await statementsDuring(async () => {
    for (let i = 0; i < times; i++) dataOf(await post(network.server.httpUrl, document, variables, actor.token));
  });
  return {
    perRequest: rows.reduce((sum, row) => sum + row.calls, 0) / times,
    statements: rows.map((row) => `${row.calls}× ${row.query.slice(0, 120)}`),
  };
}

const portal = portalDocuments();
const source = (name: string) => portal.get(name)!.source;
const INBOX = (first: number) =>
  `{ jobs(first: ${first}) { edges { node { id number status description equipment { serial model { name } customer { name } } offers { status expiresAt } events { kind at } } } } }`;

describe('a planned read is one SQL statement', () => {
  it("the benchmark's inbox, pages of 5 and of 20", async () => {
    const partner = network.net.partners[0].admin;
    for (const first of [5, 20]) expect(await statementsPerRequest(partner, INBOX(first), {})).toEqual({ perRequest: 1, statements: [expect.any(String)] });
  });

  it("the portal's lists and the case file with its offers, parts and history", async () => {
    const { net } = network;
    const [p0] = net.partners;
    const reads: [Actor, string, UntypedData][] = [
      [net.dispatcher, 'BoardColumn', { filter: { status: ['OFFERED'] }, first: 5 }],
      [net.dispatcher, 'BoardColumn', { filter: { status: ['OFFERED'] }, first: 25 }],
      [net.dispatcher, 'JobList', { filter: { search: 'compressor' }, first: 10 }],
      [p0.admin, 'InboxOffers', { first: 20 }],
      [p0.admin, 'InboxJobs', { filter: { status: ['ASSIGNED', 'IN_PROGRESS'] }, first: 20 }],
      [p0.tech, 'MyJobs', { filter: { status: ['IN_PROGRESS'] }, first: 20 }],
      [net.partsClerk, 'PartsQueue', {}],
      [net.dispatcher, 'CaseFile', { id: caseFileJob }],
      [p0.admin, 'CaseFile', { id: caseFileJob }],
    ];
    for (const [actor, name, variables] of reads) {
      const counted = await statementsPerRequest(actor, source(name), variables);
      expect({ name, variables, ...counted }).toEqual({ name, variables, perRequest: 1, statements: [expect.any(String)] });
    }
  });

  it('aggregates take a fixed number of statements: a scorecard detail one more per week of its period', async () => {
    const { server, net } = network;
    const now = server.clock.now().getTime();
    const period = (days: number) => ({ from: new Date(now - days * 86_400_000).toISOString(), to: new Date(now + 86_400_000).toISOString() });
    const detail = async (days: number) =>
      (await statementsPerRequest(net.auditor, source('PartnerScorecard'), { partnerId: net.partners[0].id, ...period(days) })).perRequest;
    const counts = {
      scorecards: (await statementsPerRequest(net.auditor, source('Scorecards'), period(7))).perRequest,
      dispatchCandidates: (await statementsPerRequest(net.dispatcher, source('Candidates'), { jobId: caseFileJob })).perRequest,
      // The card, its audience and policy, the jobs behind its figures (one planned read), and a card per week;
      // claim figures one more for the list and for the card (the weeks' only when selected, which the portal does not).
      partnerScorecardOf2Weeks: await detail(7),
      partnerScorecardOf5Weeks: await detail(34),
    };
    expect(counts).toEqual({ scorecards: 4, dispatchCandidates: 5, partnerScorecardOf2Weeks: 8, partnerScorecardOf5Weeks: 11 });
  });

  it("a live event is one statement per audience, with everything the portal's Live document selects through it", async () => {
    const { api, net, server } = network;
    const [p0] = net.partners;
    const live = { toString: () => source('Live') } as never;
    const total = (rows: { calls: number }[]) => rows.reduce((sum, row) => sum + row.calls, 0);
    /** The statements of cancelling a job p0 holds, while `recorders` listen. */
    const cancelling = async (recorders: EventRecorder<unknown>[]) => {
      const { job } = await api.assignedJob(net, p0);
      await settle(300);
      const before = recorders.map((recorder) => recorder.events.length);
      const statements = await statementsDuring(async () => {
        dataOf(await api.cancel(net.dispatcher, job.id));
        await Promise.all(recorders.map((recorder, i) => recorder.waitForCount(before[i] + 1)));
        await settle(300);
      });
      // The cancellation's own event: under load an event of setting the job up may still arrive after the settle.
      const cancelled = (events: unknown[]) => events.filter((event) => (event as { kind?: string }).kind === 'JOB_CANCELLED').length;
      return { statements, delivered: recorders.reduce((sum, recorder, i) => sum + cancelled(recorder.events.slice(before[i])), 0) };
    };
    const alone = await cancelling([]);
    // Three audiences of the job: the dispatcher and the parts clerk (two roles, two visibility classes) and p0's admin.
    const clients = [net.dispatcher, net.partsClerk, p0.admin].map((actor) => wsClient(server.wsUrl, actor.token));
    const recorders = await Promise.all(clients.map((client) => EventRecorder.start(client, {}, live)));
    try {
      const watched = await cancelling(recorders);
      const liveReads = watched.statements.filter((row) => /^select json_build_object\(.* from service_event /.test(row.query));
      expect(recorders.flatMap((recorder) => recorder.errors)).toEqual([]);
      // One planned read per delivery, and nothing else: the rest is what the cancellation costs with nobody listening.
      expect({ delivered: watched.delivered, liveReads: total(liveReads), rest: total(watched.statements) - total(liveReads) }).toEqual({
        delivered: 3,
        liveReads: 3,
        rest: total(alone.statements),
      });
    } finally {
      for (const recorder of recorders) recorder.stop();
      await Promise.all(clients.map((client) => client.dispose()));
    }
  });
});
