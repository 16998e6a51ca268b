// F9: live screens at network scale. 20 sessions of the portal itself (portal-probes.mjs: its
// documents, cache, transport and live feed) keep boards, inboxes, parts queues and technicians'
// jobs open among 1,000 lightweight subscribers of the portal's Live document, while the usual mix
// of state changes (mix.mjs) runs at 50 a second. Reads per change per probe, commit → probe cache
// latency, the server's CPU, and how busy the load's core was.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadProcess } from '../processes.mjs';
import { coreBusy, coreTimes, postgresCpuMs, processCpuMs } from '../cpu.mjs';
import { MIX_STEPS } from '../mix.mjs';
import { percentile } from '../stats.mjs';

const MAKER = '00000000-0000-4000-8000-00000000000a';
const hex = (i) => i.toString(16).padStart(12, '0');
const technicianId = (i) => `00000000-0000-4000-8008-${hex(i)}`;
const clerkId = (i) => `00000000-0000-4000-8009-${hex(i)}`;
const SKU = 'BENCH-PART-1';
// Technicians: two for each of the first 240 partners (technician 2p - 1 and 2p of partner p).
const TECHNICIAN_PARTNERS = 240;
// The demo's proportions (4 manufacturer staff, 12 partner admins, 15 technicians), to 1,000.
const CROWD = { staff: 130, admins: 390, technicians: 480 };
// The probes: boards, inboxes, parts queues, technicians' jobs.
const PROBES = { DISPATCHER: 8, PARTNER_ADMIN: 6, PARTS_CLERK: 3, TECHNICIAN: 3 };
// The mix's jobs go to the first 60 partners (the probes' partners among them), busy ones.
const BUSY_PARTNERS = 60;

/** What the generated network lacks for the mix: technicians, parts clerks and a part (in this run's copy). */
async function prepare(sql) {
  await sql.query(`
    insert into app_user (id, email, name, role, organization_id, password_hash)
      select ('00000000-0000-4000-8008-' || lpad(to_hex(i), 12, '0'))::uuid, 'tech' || i || '@bench.demo', 'Technician ' || i, 'TECHNICIAN',
        ('00000000-0000-4000-8001-' || lpad(to_hex((i + 1) / 2), 12, '0'))::uuid, 'none'
      from generate_series(1, ${2 * TECHNICIAN_PARTNERS}) i
    on conflict do nothing;
    insert into app_user (id, email, name, role, organization_id, password_hash)
      select ('00000000-0000-4000-8009-' || lpad(to_hex(i), 12, '0'))::uuid, 'parts' || i || '@bench.demo', 'Parts clerk ' || i, 'PARTS_CLERK', '${MAKER}', 'none'
      from generate_series(1, ${PROBES.PARTS_CLERK}) i
    on conflict do nothing;
    insert into part (id, manufacturer_id, sku, name, list_price, currency) values (gen_random_uuid(), '${MAKER}', '${SKU}', 'Bench part', 10, 'EUR') on conflict do nothing;`);
}

export async function measureLiveScreens(b) {
  const { root, sql, serverA, portal, issueToken, headSeq, commitTimes, record, ms, decodeEventCursor, state } = b;
  const SECONDS = Number(process.env.BENCH_F9_SECONDS ?? 60);
  // BENCH_F9_RATE: another rate than the issue's 50 changes/s, to find what the server keeps up with.
  const RATE = Number(process.env.BENCH_F9_RATE ?? 50);
  await prepare(sql);
  const people = sessionsOf(b);
  const file = (name, data) => {
    const path = join(root, '.data', 'bench', name);
    writeFileSync(path, JSON.stringify(data));
    return path;
  };

  // The crowd also notes when each event reached its sockets: the server's side of the latency.
  const crowdTokens = await people.crowd();
  const crowd = loadProcess('board', [serverA.wsUrl, file('crowd.json', crowdTokens), portal.liveQuery]);
  const [connected, failed] = (await crowd.ready).split(' ').slice(1).map(Number);
  const probes = loadProcess('portal', [portal.bundle, serverA.httpUrl.replace(/\/graphql$/, ''), file('probes.json', await people.probes())]);
  await probes.ready;
  await sleep(1000);
  const mixFile = file('mix.json', {
    dispatcher: b.dispatcher,
    clerk: await issueToken({ userId: clerkId(1), orgId: MAKER, role: 'PARTS_CLERK' }),
    sku: SKU,
    jobs: await people.jobs(Math.ceil((SECONDS * RATE) / MIX_STEPS) + 2),
  });

  // CPU is read over the steady part of the load: once the first jobs reached their last step.
  const start = await headSeq();
  // The SQL the server makes per change: the writes, and the Live selection executed for each audience.
  await sql.query('select pg_stat_statements_reset()');
  const mix = loadProcess('mix', [serverA.httpUrl, mixFile, String(RATE), String(SECONDS)]);
  const pids = { server: serverA.process.pid, crowd: crowd.pid, probes: probes.pid, mix: mix.pid };
  const sample = async () => ({
    at: performance.now(),
    seq: await headSeq(),
    cores: coreTimes(),
    postgres: postgresCpuMs(),
    ...Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, processCpuMs(pid)])),
  });
  const ramp = MIX_STEPS * 1000;
  await sleep(ramp);
  const from = await sample();
  await sleep(Math.max(1000, SECONDS * 1000 - ramp));
  const to = await sample();
  const load = JSON.parse(await mix.result);
  // The probes stop once every staff probe has applied the last event (or after three minutes).
  const { probes: results, drained, utilization, delayP99, heapGrowth } = JSON.parse(await probes.stop(b.encodeEventCursor(await headSeq())));
  const crowdArrivals = Object.entries(JSON.parse(await crowd.stop()));
  const commits = await commitTimes(start);
  const changes = commits.size;
  // Reads by id (`… in ($1)`, DataLoader's batches) are, but for a few, the Live selection's.
  const { rows: sqlRows } = await sql.query(
    "select sum(calls) as n, sum(calls) filter (where query ~ ' in \\(\\$1' and query !~ 'for update') as by_id from pg_stat_statements",
  );
  const statements = Number(sqlRows[0].n);
  const byId = Number(sqlRows[0].by_id);

  // Re-reads: every GraphQL operation a probe sent after its screens were read.
  const reads = results.flatMap((probe) => probe.reads);
  const readNames = Object.entries(Object.groupBy(reads, (name) => name)).map(([name, list]) => `${name} ×${list.length}`);
  const perChange = reads.length / (changes * results.length);
  const applied = results.reduce((n, probe) => n + probe.applied, 0);
  const resyncs = results.reduce((n, probe) => n + probe.resyncs, 0);
  record(
    'F9',
    `GraphQL reads per change per probe (${results.length} portal sessions, ${RATE} changes/s)`,
    `${perChange.toFixed(4)} (${reads.length} reads)`,
    '≤ 0.01',
    perChange <= 0.01 && load.errors === 0,
    `${changes} changes in ${load.seconds.toFixed(0)} s (${load.ok} of ${load.sent} requests answered${load.errors ? `, ${load.errors} errors: ${load.firstErrors.join('; ')}` : ''}); ` +
      `probes: ${Object.entries(PROBES)
        .map(([role, n]) => `${n} ${name(role)}`)
        .join(', ')}; ${applied} events applied, ${resyncs} resyncs${readNames.length ? `; reads: ${readNames.join(', ')}` : ''}; ` +
      `crowd: ${connected} subscribers of the Live document (${failed} failed)`,
  );

  // Commit → the event applied to the probe's cache, for every probe and every event it received.
  const lags = lagsOf(commits, decodeEventCursor);
  const all = lags(results.flatMap((probe) => probe.arrivals));
  const byRole = Object.entries(Object.groupBy(results, (probe) => probe.role)).map(
    ([role, list]) => `${name(role)} ${p50p99(lags(list.flatMap((probe) => probe.arrivals)))}`,
  );
  const missed = results
    .filter((probe) => STAFF.includes(probe.role))
    .reduce((n, probe) => n + changes - probe.arrivals.filter(([cursor]) => commits.has(decodeEventCursor(cursor))).length, 0);
  const applying = results.filter((probe) => probe.role === 'DISPATCHER').flatMap((probe) => probe.applying);
  applying.sort((x, y) => x - y);
  const windows = perWindow(commits, decodeEventCursor, results);
  record(
    'F9',
    'commit → probe cache updated, p50 / p99',
    `${ms(percentile(all, 50))} / ${ms(percentile(all, 99))}`,
    'p99 ≤ 100 ms',
    percentile(all, 99) <= 100 && missed === 0,
    `${all.length} samples (every event at every probe that received it), p50/p99 by probe: ${byRole.join(', ')} ms; ` +
      `the same events at the crowd's sockets (the server's part): first ${p50p99(lags(crowdArrivals.map(([cursor, [, first]]) => [cursor, first])))} ms, ` +
      `last ${p50p99(lags(crowdArrivals.map(([cursor, [, , last]]) => [cursor, last])))} ms; ` +
      `applying one event to a board's cache: ${percentile(applying, 50).toFixed(1)}/${percentile(applying, 99).toFixed(1)} ms; p99 per 10 s: ${windows.map((w) => w.p99.toFixed(0)).join(', ')} ms; ` +
      `staff probes missed ${missed} events; ${drained.complete ? `they had all applied the last one ${(drained.ms / 1000).toFixed(1)} s after the load ended` : `${(drained.ms / 1000).toFixed(0)} s after the load ended they had not all applied the last event`}`,
  );

  const disagreeing = results.flatMap((probe) =>
    probe.agreement.filter((screen) => !screen.agree).map((screen) => `${name(probe.role)} ${screen.name}: ${screen.shown} shown, ${screen.fresh} read`),
  );
  const compared = results.reduce((n, probe) => n + probe.agreement.length, 0);
  record(
    'F9',
    'screens agree with a fresh read after the run',
    `${compared - disagreeing.length} of ${compared}`,
    'every one',
    disagreeing.length === 0,
    `${disagreeing.length ? [...new Set(disagreeing)].slice(0, 6).join('; ') : 'count and rows of every open list, against the same query read afresh'}; ` +
      `the staff probes had ${drained.complete ? '' : 'not '}all applied the last event when compared`,
    // Either behind (the latency row says why) or a miscount of the live module: README, Performance.
    null,
  );

  const wall = to.at - from.at;
  const share = (key) => (to[key] - from[key]) / wall;
  const percent = (key) => `${(share(key) * 100).toFixed(0)} %`;
  const busy = coreBusy(from.cores, to.cores);
  // The load saturates when its own processes fill core 1, or the probes' event loop is always busy.
  const saturated = share('probes') + share('crowd') + share('mix') >= 0.9 || utilization >= 0.9;
  record(
    'F9',
    `server CPU at ${RATE} changes/s with the crowd and the probes`,
    `${percent('server')} of its core`,
    '—',
    undefined,
    `over the steady ${(wall / 1000).toFixed(0)} s (${(((to.seq - from.seq) * 1000) / wall).toFixed(0)} changes/s committed); ${(statements / changes).toFixed(0)} SQL statements per change (pg_stat_statements), ${(byId / changes).toFixed(0)} of them reads by id (DataLoader batches); ` +
      `core 0 ${(busy[0] * 100).toFixed(0)} % busy in all; PostgreSQL ${percent('postgres')} of a core; ` +
      `the load on core 1: probes ${percent('probes')}, crowd ${percent('crowd')}, mix ${percent('mix')} (the core ${(busy[1] * 100).toFixed(0)} % busy in all); ` +
      `the probes' event loop ${(utilization * 100).toFixed(0)} % busy, delay p99 ${delayP99.toFixed(0)} ms, heap after GC +${(heapGrowth / 1048576).toFixed(0)} MB over the run: ${saturated ? 'the load saturated its core, so latency includes the probes’ own queueing' : 'the load did not saturate its core'}`,
  );
  state.liveWindows = windows;
}

const STAFF = ['DISPATCHER', 'PARTS_CLERK'];
const name = (role) => role.toLowerCase().replace('_', ' ');
const p50p99 = (sorted) => (sorted.length ? `${percentile(sorted, 50).toFixed(0)}/${percentile(sorted, 99).toFixed(0)}` : '–');

/** Sorted lags from commit of [cursor, arrived at] pairs (events outside the run left out). */
const lagsOf = (commits, decode) => (arrivals) =>
  arrivals
    .map(([cursor, at]) => at - (commits.get(decode(cursor)) ?? Number.NaN))
    .filter((lag) => !Number.isNaN(lag))
    .sort((x, y) => x - y);

/** p50 and p99 of the probes' latency per 10 s of the run, by commit time (the chart). */
function perWindow(commits, decode, results) {
  const first = Math.min(...commits.values());
  const windows = [];
  for (const probe of results)
    for (const [cursor, at] of probe.arrivals) {
      const committed = commits.get(decode(cursor));
      if (committed !== undefined) (windows[Math.floor((committed - first) / 10000)] ??= []).push(at - committed);
    }
  return windows.flatMap((lags, i) => {
    if (!lags) return [];
    lags.sort((x, y) => x - y);
    return [{ window: `${i * 10}–${i * 10 + 10} s`, p50: percentile(lags, 50), p99: percentile(lags, 99) }];
  });
}

/**
 * Who takes part. The crowd: staff boards, partner admins of other partners than the probes',
 * technicians other than the probes'. The probes. The mix's jobs, each for a busy partner and one
 * of its two technicians in turn.
 */
function sessionsOf(b) {
  const { issueToken, staffToken, partnerId, partnerToken, unitFor } = b;
  const technicianToken = (partner, n) => issueToken({ userId: technicianId(2 * (partner - 1) + n), orgId: partnerId(partner), role: 'TECHNICIAN' });
  const technicians = Array.from({ length: CROWD.technicians }, (_, i) => [1 + (i % TECHNICIAN_PARTNERS), 1 + Math.floor(i / TECHNICIAN_PARTNERS)]);
  return {
    crowd: () =>
      Promise.all([
        ...Array.from({ length: CROWD.staff }, (_, i) => staffToken(1 + i)),
        ...Array.from({ length: CROWD.admins }, (_, i) => partnerToken(1 + PROBES.PARTNER_ADMIN + i)),
        ...technicians.filter(([partner, n]) => !(n === 1 && partner <= PROBES.TECHNICIAN)).map(([partner, n]) => technicianToken(partner, n)),
      ]),
    probes: () =>
      Promise.all([
        ...Array.from({ length: PROBES.DISPATCHER }, async (_, i) => ({ role: 'DISPATCHER', token: await staffToken(4001 + i) })),
        ...Array.from({ length: PROBES.PARTNER_ADMIN }, async (_, i) => ({ role: 'PARTNER_ADMIN', token: await partnerToken(1 + i) })),
        ...Array.from({ length: PROBES.PARTS_CLERK }, async (_, i) => ({
          role: 'PARTS_CLERK',
          token: await issueToken({ userId: clerkId(1 + i), orgId: MAKER, role: 'PARTS_CLERK' }),
        })),
        ...Array.from({ length: PROBES.TECHNICIAN }, async (_, i) => ({ role: 'TECHNICIAN', token: await technicianToken(1 + i, 1) })),
      ]),
    jobs: (count) =>
      Promise.all(
        Array.from({ length: count }, async (_, k) => {
          const partner = 1 + (k % BUSY_PARTNERS);
          const n = 1 + (Math.floor(k / BUSY_PARTNERS) % 2);
          return {
            serial: unitFor(partner),
            partnerId: partnerId(partner),
            technicianId: technicianId(2 * (partner - 1) + n),
            admin: await partnerToken(partner),
            technician: await technicianToken(partner, n),
          };
        }),
      ),
  };
}
