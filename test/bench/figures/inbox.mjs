// F3 and F4: the partner inbox against a bare `{ __typename }` on the same server, its SQL
// statements, and the same page from PostGraphile 5 on the same tables.
import { loadProcess, startPostGraphile } from '../processes.mjs';

export async function measureInbox(b) {
  const { db, sql, serverA, gql, partnerId, partnerToken, record, ms, RUNS, state } = b;
  const INBOX = (first) =>
    `{ jobs(first: ${first}) { edges { node { id number status description equipment { serial model { name } customer { name } } offers { status expiresAt } events { kind at } } } } }`;
  const inboxToken = await partnerToken(1);
  const runsOf = async (query) => {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(JSON.parse(await loadProcess('http', [serverA.httpUrl, inboxToken, '50', '8', query]).result));
    return runs.sort((a, b) => a.rps - b.rps)[Math.floor(runs.length / 2)];
  };
  const bare = await runsOf('{ __typename }');
  const inbox = await runsOf(INBOX(20));
  const ratio = inbox.rps / bare.rps;
  record(
    'F3',
    'inbox req/s ÷ bare `{ __typename }` req/s, 50 connections',
    `${inbox.rps.toFixed(0)} ÷ ${bare.rps.toFixed(0)} = ${ratio.toFixed(2)}`,
    '≥ 0.2 (0.4 the moonshot)',
    ratio >= 0.2,
    `median of ${RUNS} runs of 8 s; PostGraphile's own ratio here is about 0.15`,
  );
  // Latency at a fixed rate, not with 50 requests held in flight (where p99 follows from throughput).
  const steady = [];
  for (let i = 0; i < RUNS; i++) steady.push(JSON.parse(await loadProcess('open', [serverA.httpUrl, inboxToken, '100', '10', INBOX(20)]).result));
  const pooled = steady.sort((a, b) => a.p99 - b.p99)[Math.floor(steady.length / 2)];
  record(
    'F3',
    'inbox p99 at a fixed open-loop 100 req/s',
    ms(pooled.p99),
    '≤ 30 ms',
    pooled.p99 <= 30,
    `p50 ${ms(pooled.p50)}; median p99 of ${RUNS} runs of 10 s (1,000 requests each, timed from their schedule); ${steady.reduce((n, run) => n + run.errors, 0)} errors`,
  );
  record('F3', 'inbox p99 at 50 connections', ms(inbox.p99), '—', undefined, `p50 ${ms(inbox.p50)}; held in flight, p99 follows from throughput`);
  // Statements as PostgreSQL counted them (pg_stat_statements), less this process's own.
  const statementsPer = async (first) => {
    await sql.query('select pg_stat_statements_reset()');
    for (let i = 0; i < 50; i++) await gql(serverA.httpUrl, inboxToken, INBOX(first));
    const { rows } = await sql.query("select query, calls from pg_stat_statements where query not like '%pg_stat_statements%' order by calls desc");
    return {
      perRequest: rows.reduce((n, row) => n + Number(row.calls), 0) / 50,
      statements: rows.map((row) => `${row.calls}× ${row.query.replace(/\s+/g, ' ').slice(0, 160)}`),
    };
  };
  const [of5, of20] = [await statementsPer(5), await statementsPer(20)];
  record(
    'F3',
    'SQL statements per inbox request (page of 5 / page of 20)',
    `${of5.perRequest.toFixed(1)} / ${of20.perRequest.toFixed(1)}`,
    '1 / 1',
    of20.perRequest === 1 && of5.perRequest === 1,
    'counted by pg_stat_statements over 50 requests; listed in latest.json',
  );
  state.inboxStatements = of20.statements;
  // F4: the same page from PostGraphile 5 on the same tables and core, by the same load client. It
  // checks no visibility (no row-level security set up), so it filters on the assigned partner only.
  const graphile = await startPostGraphile(db.url, 0);
  const PGL_INBOX = `{ allServiceJobs(first: 20, condition: { assignedPartnerId: "${partnerId(1)}" }, orderBy: [CREATED_AT_DESC, PRIMARY_KEY_DESC]) { nodes { rowId number status description equipmentUnitByEquipmentId { serial productModelByModelId { name } customerByCustomerId { name } } jobOffersByJobId { nodes { status expiresAt } } serviceEventsByJobId { nodes { kind at } } } } }`;
  await loadProcess('http', [graphile.httpUrl, 'none', '50', '3', PGL_INBOX]).result;
  const graphileRuns = [];
  for (let i = 0; i < RUNS; i++) graphileRuns.push(JSON.parse(await loadProcess('http', [graphile.httpUrl, 'none', '50', '8', PGL_INBOX]).result));
  const theirs = graphileRuns.sort((a, b) => a.rps - b.rps)[Math.floor(graphileRuns.length / 2)];
  await graphile.stop();
  const versus = inbox.rps / theirs.rps;
  record(
    'F4',
    'inbox req/s, ours ÷ PostGraphile 5 (Amber preset) on the same tables',
    `${inbox.rps.toFixed(0)} ÷ ${theirs.rps.toFixed(0)} = ${versus.toFixed(2)}`,
    '≥ 0.8, aiming past 1.0',
    versus >= 0.8,
    `PostGraphile p50 ${ms(theirs.p50)}, p99 ${ms(theirs.p99)}; ${theirs.errors} errors`,
  );
}
