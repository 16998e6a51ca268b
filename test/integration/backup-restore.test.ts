import { execFile } from 'node:child_process';
import pg from 'pg';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { backupDatabase } from '../../server/dist/ops/backup.js';
import { restoreDatabase } from '../../server/dist/ops/restore.js';
import { encodeEventCursor } from '../../server/dist/modules/events/event-record.js';
import { ManualClock } from '../../server/dist/shared/clock.js';
import { loadConfig } from '../../server/dist/config.js';
import { createLogger } from '../../server/dist/shared/logger.js';
import { graphql } from '../gql/index.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { createTestDatabase } from '../support/database.js';
import { buildNetwork, type NetworkFixture } from '../support/factory.js';
import { Api } from '../support/operations.js';
import { useNetwork } from '../support/use-network.js';
import { EventRecorder, until, wsClient } from '../support/graphql-client.js';
import type { Actor } from '../support/factory.js';
import { photoJpeg } from '../support/images.js';

const MINUTE = 60_000;
const log = createLogger('warn');

const SCORECARDS = graphql(`
  query BackupScorecards($from: DateTime!, $to: DateTime!) {
    partnerScorecards(from: $from, to: $to) {
      partner { id } offersReceived offersAccepted offersDeclined acceptanceRate medianMinutesToAccept slaResponseCompliance
      slaResolutionCompliance jobsCompleted firstTimeFixRate reopenRate qualityGateFailures meanSatisfaction score
    }
  }
`);
const SURVEY = graphql(`
  mutation BackupSurvey($t: String!) { submitSurvey(token: $t, rating: 4) { id } }
`);
const JOB_WITH_OFFERS = graphql(`
  query BackupJobWithOffers($id: ID!) { job(id: $id) { id status assignedPartner { id } offers { id status } } }
`);
const ASSIGNED = graphql(`
  query BackupAssigned($id: ID!) { job(id: $id) { id status assignedPartner { id } } }
`);
const ATTACHMENT_URLS = graphql(`
  query BackupAttachmentUrls($id: ID!) { job(id: $id) { attachments { id url thumbnailUrl } } }
`);

/** The bytes of a job's attachments (each file and its thumbnail), as the server serves them through their signed URLs. */
async function attachmentFiles(server: TestServer, actor: Actor, jobId: string): Promise<{ id: string; full: Buffer; thumb: Buffer }[]> {
  const { job } = await new Api(server).ok(actor, ATTACHMENT_URLS, { id: jobId });
  const bytes = async (path: string) => {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };
  return Promise.all(job!.attachments.map(async (a) => ({ id: a.id, full: await bytes(a.url), thumb: await bytes(a.thumbnailUrl!) })));
}

const CURSORS = graphql(`
  subscription BackupCursors($after: String) { serviceEvents(after: $after) { cursor kind } }
`);

let workDir: string;
beforeAll(() => {
  // The embedded cluster runs as an unprivileged user, which must reach its data folder.
  workDir = mkdtempSync(join(tmpdir(), 'portal-backup-'));
  chmodSync(workDir, 0o755);
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** A write the API acknowledged, and whether that happened before the backup began. */
interface Acknowledged {
  kind: 'job' | 'offer' | 'accept';
  jobId: string;
  offerId?: string;
  partnerId: string;
  beforeBackup: boolean;
}

/** The log as rows, every column, in order. */
const eventRows = (server: TestServer, upTo = Number.MAX_SAFE_INTEGER) =>
  server.deps.orm.em.fork().execute<Record<string, unknown>[]>('select * from service_event where seq <= ? order by seq', [upTo]);

async function scorecards(server: TestServer, net: NetworkFixture, from: number, to: number) {
  const data = await new Api(server).ok(net.auditor, SCORECARDS, { from: new Date(from).toISOString(), to: new Date(to).toISOString() });
  return data.partnerScorecards;
}

/** A few jobs through their whole life, with time passing, so the scorecards have something to say. */
async function playHistory(server: TestServer, net: NetworkFixture) {
  const api = new Api(server);
  const [a, b] = net.partners;
  const step = () => server.clock.advance(7 * MINUTE);
  const fixed = await api.createJob(net);
  const declined = await api.createJob(net);
  const [o1] = await api.offerOk(net, fixed.id, [a.id], 600);
  const o2 = (await api.offerOk(net, declined.id, [a.id, b.id], 600)).find((o) => o.partner.id === a.id)!;
  step();
  await api.accept(a.admin, o1.id);
  await api.decline(a.admin, o2.id);
  step();
  await api.schedule(a.admin, fixed.id, a.tech.id);
  await api.start(a.tech, fixed.id);
  step();
  expect((await api.complete(a.tech, fixed.id, { ...api.fullReport(net), checklist: [] })).errors?.[0].extensions?.code).toBe('QUALITY_GATE_FAILED');
  expect((await api.complete(a.tech, fixed.id, api.fullReport(net))).errors).toBeUndefined();
  step();
  const token = (await api.close(net.dispatcher, fixed.id)).data!.closeJob.surveyToken;
  await api.call(undefined, SURVEY, { t: token! });
  step();
}

/**
 * Dispatch traffic from several writers at once (create, offer, accept), each acknowledged write
 * recorded with whether the backup had begun when its answer arrived.
 */
function startWriters(server: TestServer, net: NetworkFixture, writers: number, backupBegun: () => boolean) {
  const api = new Api(server);
  const acknowledged: Acknowledged[] = [];
  let stopped = false;
  const loops = Array.from({ length: writers }, async (_, w) => {
    const partner = net.partners[w % net.partners.length];
    while (!stopped) {
      const job = await api.createJob(net);
      acknowledged.push({ kind: 'job', jobId: job.id, partnerId: partner.id, beforeBackup: !backupBegun() });
      const [offer] = await api.offerOk(net, job.id, [partner.id], 600);
      acknowledged.push({ kind: 'offer', jobId: job.id, offerId: offer.id, partnerId: partner.id, beforeBackup: !backupBegun() });
      const accepted = await api.accept(partner.admin, offer.id);
      if (accepted.errors) throw new Error(JSON.stringify(accepted.errors));
      acknowledged.push({ kind: 'accept', jobId: job.id, offerId: offer.id, partnerId: partner.id, beforeBackup: !backupBegun() });
    }
  });
  return {
    acknowledged,
    stop: async () => {
      stopped = true;
      await Promise.all(loops);
    },
  };
}

describe('backup under write load, restored into an empty database (DATABASE_URL)', () => {
  // Mail goes to an SMTP port nobody listens on: its messages wait in the job queue for their retries, so the backup holds queue jobs.
  const network = useNetwork({
    partners: 3,
    capacity: 1000,
    server: () => ({ config: { messages: { ...loadConfig({}).messages, smtpUrl: 'smtp://127.0.0.1:9' } } }),
  });
  let restored: TestServer | null = null;
  let target: { url: string; drop(): Promise<void> } | null = null;
  // Before the fixture stops the source.
  afterAll(async () => {
    await restored?.stop();
    await target?.drop();
  });

  it('keeps every acknowledged write, a log with no gap, the same scorecards, and refuses a cursor from beyond it', { timeout: 180_000 }, async () => {
    const { server: source, net } = network;
    const historyFrom = source.clock.now().getTime() - MINUTE;
    await playHistory(source, net);
    const historyTo = source.clock.now().getTime();
    source.clock.advance(60 * MINUTE);
    // Attachments live in the PostgreSQL file store's table, so the backup carries them.
    const { job: evidenceJob } = await network.api.startedJob(net);
    await network.api.uploadOk(net.partners[0].tech, evidenceJob.id, 'PHOTO', await photoJpeg({ hue: 30 }));
    const sourceFiles = await attachmentFiles(source, net.dispatcher, evidenceJob.id);
    expect(sourceFiles).toHaveLength(1);

    let begun = false;
    const load = startWriters(source, net, 4, () => begun);
    await until(() => load.acknowledged.length >= 12, 60_000, 'writes before the backup');
    const file = join(workDir, 'under-load.backup.gz');
    begun = true;
    const summary = await backupDatabase(source.databaseUrl, file);
    const ackedDuringBackup = load.acknowledged.filter((write) => !write.beforeBackup).length;
    const afterBackup = load.acknowledged.length;
    await until(() => load.acknowledged.length >= afterBackup + 6, 60_000, 'writes after the backup');
    await load.stop();
    const before = load.acknowledged.filter((write) => write.beforeBackup);
    expect(before.length).toBeGreaterThanOrEqual(12);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const sourceHead = Number((await eventRows(source)).at(-1)!.seq);
    expect(sourceHead).toBeGreaterThan(summary.eventSeq);

    // A damaged file is refused and leaves the database empty, so the real restore can follow.
    target = await createTestDatabase(inject('adminDatabaseUrl'));
    const whole = readFileSync(file);
    const cut = join(workDir, 'cut.backup.gz');
    writeFileSync(cut, whole.subarray(0, whole.length - 40));
    await expect(restoreDatabase(target.url, cut, log)).rejects.toThrow(/damaged|incomplete/);
    const restoredSummary = await restoreDatabase(target.url, file, log);
    expect(restoredSummary).toMatchObject({ eventSeq: summary.eventSeq, rows: summary.rows, tables: summary.tables });
    // The outbox and the job queue's tables are in it, with the messages still owed and their queue jobs.
    const header = JSON.parse(gunzipSync(whole).toString('utf8').split('\n', 1)[0]) as { tables: { name: string; rows: number }[] };
    const rowsOf = (name: string) => header.tables.find((table) => table.name === name)?.rows;
    expect(rowsOf('mail_message')).toBeGreaterThan(0);
    expect(rowsOf('pgboss.queue')).toBeGreaterThanOrEqual(2);
    expect(rowsOf('pgboss.job_common')).toBeGreaterThan(0);
    const check = new pg.Client({ connectionString: target.url });
    await check.connect();
    const { rows: queued } = await check.query(`select data->>'messageId' as message from pgboss.job where name = 'mail.send'`);
    const { rows: owed } = await check.query(`select id from mail_message where id = any($1::uuid[])`, [queued.map((row) => row.message)]);
    await check.end();
    expect(queued).toHaveLength(rowsOf('pgboss.job_common')!);
    expect(owed).toHaveLength(queued.length);
    // Into a database that holds data: refused.
    await expect(restoreDatabase(source.databaseUrl, file, log)).rejects.toThrow(/not empty/);

    const clock = new ManualClock();
    clock.advance(source.clock.now().getTime() - Date.now());
    restored = await startTestServer({ databaseUrl: target.url, clock });
    const api = new Api(restored);

    // Every write acknowledged before the backup began is there (the source's tokens still hold: same users, same secret).
    for (const write of before) {
      const job = (await api.call(net.dispatcher, JOB_WITH_OFFERS, { id: write.jobId })).data?.job;
      expect(job, `${write.kind} of job ${write.jobId}`).toBeTruthy();
      if (write.kind === 'offer') expect(job!.offers.map((o) => o.id)).toContain(write.offerId);
      if (write.kind === 'accept') expect(job).toMatchObject({ status: 'ASSIGNED', assignedPartner: { id: write.partnerId } });
    }

    // The attachment and its thumbnail come back byte for byte.
    expect(await attachmentFiles(restored, net.dispatcher, evidenceJob.id)).toEqual(sourceFiles);

    // The log is the source's up to the backup's point, row for row, numbered 1, 2, 3, … with no gap.
    const restoredLog = await eventRows(restored);
    expect(restoredLog).toEqual(await eventRows(source, summary.eventSeq));
    expect(restoredLog.map((row) => Number(row.seq))).toEqual(Array.from({ length: summary.eventSeq }, (_, i) => i + 1));

    // One instant for every table: each job and accepted offer has its event in the log, and nothing later is there.
    const [consistency] = await restored.deps.orm.em.fork().execute<{ jobs: string; created: string; accepted: string; acceptedEvents: string }[]>(
      `select (select count(*) from service_job) as jobs,
              (select count(*) from service_event where kind = 'JOB_CREATED') as created,
              (select count(*) from job_offer where status = 'ACCEPTED') as accepted,
              (select count(*) from service_event where kind = 'OFFER_ACCEPTED') as "acceptedEvents"`,
    );
    expect(Number(consistency.jobs)).toBe(Number(consistency.created));
    expect(Number(consistency.accepted)).toBe(Number(consistency.acceptedEvents));

    // The scorecards compute the same figures for the same period.
    expect(await scorecards(restored, net, historyFrom, historyTo)).toEqual(await scorecards(source, net, historyFrom, historyTo));
    const cards = await scorecards(restored, net, historyFrom, historyTo);
    expect(cards.find((card) => card.partner.id === net.partners[0].id)).toMatchObject({
      offersReceived: 2,
      offersAccepted: 1,
      jobsCompleted: 1,
      qualityGateFailures: 1,
      meanSatisfaction: 4,
    });

    // A client that saw events past the backup gets a clear error, not silence.
    const ahead = await EventRecorder.start(wsClient(restored.wsUrl, net.dispatcher.token), { after: encodeEventCursor(sourceHead) }, CURSORS);
    await until(() => ahead.completed, 10_000, 'the refused subscription to end');
    expect(JSON.stringify(ahead.errors)).toContain('BAD_USER_INPUT');
    expect(JSON.stringify(ahead.errors)).toMatch(/ahead of the event log/);

    // One at the restored head resumes, and the log goes on from the next number.
    const resumed = await EventRecorder.start(wsClient(restored.wsUrl, net.dispatcher.token), { after: encodeEventCursor(summary.eventSeq) }, CURSORS);
    await api.createJob(net);
    const next = await resumed.waitFor((event) => event.kind === 'JOB_CREATED', 10_000);
    expect(next.cursor).toBe(encodeEventCursor(summary.eventSeq + 1));
    resumed.stop();
    console.info(
      `backup under load: ${before.length} writes acknowledged before it, ${ackedDuringBackup} while it ran, event ${summary.eventSeq} of ${sourceHead}`,
    );
  });

  it('refuses a backup made at a migration this code does not have', async () => {
    const file = join(workDir, 'under-load.backup.gz');
    const [header, ...rest] = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
    const future = JSON.parse(header);
    future.migrations.push('Migration29991231000000_from_the_future');
    const futureFile = join(workDir, 'future.backup.gz');
    writeFileSync(futureFile, gzipSync([JSON.stringify(future), ...rest].join('\n')));
    const empty = await createTestDatabase(inject('adminDatabaseUrl'));
    try {
      await expect(restoreDatabase(empty.url, futureFile, log)).rejects.toThrow(
        /Migration29991231000000_from_the_future, which this version of the portal does not have/,
      );
    } finally {
      await empty.drop();
    }
  });
});

const CLI = (name: 'backup' | 'restore') => fileURLToPath(new URL(`../../server/dist/ops/${name}-cli.js`, import.meta.url));

/** Runs `pnpm backup` / `pnpm restore` as a user would, on the embedded cluster in `dataDir`. */
function runCli(name: 'backup' | 'restore', dataDir: string, file: string) {
  // Without DATABASE_URL (a test run may have one): the command finds the cluster through DATA_DIR.
  const { DATABASE_URL: _ignored, ...env } = process.env;
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [CLI(name), file], { env: { ...env, DATA_DIR: dataDir } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('the embedded cluster, by the command line', () => {
  // Servers of its own rather than the fixture's: each runs the embedded cluster of a folder, and the source is stopped halfway.
  let source: TestServer | null = null;
  let restored: TestServer | null = null;
  afterAll(async () => {
    await restored?.stop();
    await source?.stop();
  });

  it('backs up the cluster a running server holds and restores it into a fresh DATA_DIR', { timeout: 180_000 }, async () => {
    const sourceDir = join(workDir, 'source-data');
    const freshDir = join(workDir, 'fresh-data');
    source = await startTestServer({ dataDir: sourceDir });
    const net = await buildNetwork(source, { partners: 1 });
    const api = new Api(source);
    const { job } = await api.assignedJob(net);

    const file = join(workDir, 'embedded.backup.gz');
    const backup = await runCli('backup', sourceDir, file);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/^Backed up \d+ rows of \d+ tables from the embedded PostgreSQL in .*source-data\/pg, up to event 3 /);

    // Not into the cluster the server runs on; not over a file that exists.
    const onRunning = await runCli('restore', sourceDir, file);
    expect(onRunning).toMatchObject({ code: 1, stdout: '' });
    expect(onRunning.stderr).toMatch(/^restore failed: A server is running on .*source-data\/pg \(PostgreSQL pid \d+\): stop it before restoring\n$/);
    const again = await runCli('backup', sourceDir, file);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`backup failed: ${file} already exists: name another file\n`);

    await source.stop();
    source = null;
    const restore = await runCli('restore', freshDir, file);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/^Restored \d+ rows .* up to event 3 .*fresh-data\/pg\. Start the server as usual\.\n$/);
    // Once it holds data, a second restore into it is refused.
    const twice = await runCli('restore', freshDir, file);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/^restore failed: The database is not empty \(table \w+ has rows\)/);

    restored = await startTestServer({ dataDir: freshDir });
    const found = (await new Api(restored).call(net.dispatcher, ASSIGNED, { id: job.id })).data?.job;
    expect(found).toEqual({ id: job.id, status: 'ASSIGNED', assignedPartner: { id: net.partners[0].id } });
    expect((await eventRows(restored)).map((row) => Number(row.seq))).toEqual([1, 2, 3]);
  });
});
