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
    insert into part (id, manufacturer_id, sku, name, list_price) values (gen_random_uuid(), '${MAKER}', '${SKU}', 'Bench part', 10) on conflict do nothing;`);
}

export async function measureLiveScreens(b) {
  const { root, sql, serverA, portal, issueToken, staffToken, partnerId, partnerToken, tokensFile, commitTimes, headSeq, unitFor, record, ms, decodeEventCursor, state } =
    b;
  const SECONDS = Number(process.env.BENCH_F9_SECONDS ?? 60);
  // BENCH_F9_RATE: another rate than the issue's 50 changes/s, to find what the server keeps up with.
  const RATE = Number(process.env.BENCH_F9_RATE ?? 50);
  await prepare(sql);
  const technicianToken = (partner, n) => issueToken({ userId: technicianId(2 * (partner - 1) + n), orgId: partnerId(partner), role: 'TECHNICIAN' });

  // The crowd: staff boards, partner admins (other partners than the probes'), technicians (other than the probes').
  const crowdTokens = [
    ...Array.from({ length: CROWD.staff }, (_, i) => () => staffToken(1 + i)),
    ...Array.from({ length: CROWD.admins }, (_, i) => () => partnerToken(1 + PROBES.PARTNER_ADMIN + i)),
    ...Array.from({ length: CROWD.technicians }, (_, i) => [1 + (i % TECHNICIAN_PARTNERS), 1 + Math.floor(i / TECHNICIAN_PARTNERS)])
      .filter(([partner, n]) => !(n === 1 && partner <= PROBES.TECHNICIAN))
      .map(([partner, n]) => () => technicianToken(partner, n)),
  ];
  const crowd = loadProcess('idle', [serverA.wsUrl, await tokensFile('crowd', crowdTokens.length, (i) => crowdTokens[i]()), portal.liveQuery]);
  const [connected, failed] = (await crowd.ready).split(' ').slice(1).map(Number);

  const probeList = await Promise.all([
    ...Array.from({ length: PROBES.DISPATCHER }, async (_, i) => ({ role: 'DISPATCHER', token: await staffToken(4001 + i) })),
    ...Array.from({ length: PROBES.PARTNER_ADMIN }, async (_, i) => ({ role: 'PARTNER_ADMIN', token: await partnerToken(1 + i) })),
    ...Array.from({ length: PROBES.PARTS_CLERK }, async (_, i) => ({
      role: 'PARTS_CLERK',
      token: await issueToken({ userId: clerkId(1 + i), orgId: MAKER, role: 'PARTS_CLERK' }),
    })),
    ...Array.from({ length: PROBES.TECHNICIAN }, async (_, i) => ({ role: 'TECHNICIAN', token: await technicianToken(1 + i, 1) })),
  ]);
  const probesFile = join(root, '.data', 'bench', 'probes.json');
  writeFileSync(probesFile, JSON.stringify(probeList));
  const probes = loadProcess('portal', [portal.bundle, serverA.httpUrl.replace(/\/graphql$/, ''), probesFile]);
  await probes.ready;
  await sleep(1000);

  const jobs = await Promise.all(
    Array.from({ length: Math.ceil((SECONDS * RATE) / MIX_STEPS) + 2 }, async (_, k) => {
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
  );
  const mixFile = join(root, '.data', 'bench', 'mix.json');
  const clerk = await issueToken({ userId: clerkId(1), orgId: MAKER, role: 'PARTS_CLERK' });
  writeFileSync(mixFile, JSON.stringify({ dispatcher: b.dispatcher, clerk, sku: SKU, jobs }));

  // CPU is read over the steady part of the load: after the first jobs have reached their last step.
  const start = await headSeq();
  // The SQL the server makes per change: the writes, and the Live selection executed for each audience.
  await sql.query('select pg_stat_statements_reset()');
  const mix = loadProcess('mix', [serverA.httpUrl, mixFile, String(RATE), String(SECONDS)]);
  const pids = { server: serverA.process.pid, crowd: crowd.pid, probes: probes.pid, mix: mix.pid };
  const cpu = () => ({ at: performance.now(), cores: coreTimes(), postgres: postgresCpuMs(), ...Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, processCpuMs(pid)])) });
  const ramp = (MIX_STEPS - 1) * 1000 + 1000;
  await sleep(ramp);
  const steadyFrom = cpu();
  const steadyFromSeq = await headSeq();
  await sleep(Math.max(1000, SECONDS * 1000 - ramp));
  const steadyTo = cpu();
  const steadyToSeq = await headSeq();
  const load = JSON.parse(await mix.result);
  // The probes are stopped once the staff boards have applied the last event (or after a minute).
  const { probes: results, drained, utilization, delayP99 } = JSON.parse(await probes.stop(b.encodeEventCursor(await headSeq())));
  await crowd.stop();

  const commits = await commitTimes(start);
  const changes = commits.size;
  const statements = Number((await sql.query('select sum(calls) as n from pg_stat_statements')).rows[0].n);
  const wall = steadyTo.at - steadyFrom.at;
  const share = (key) => (steadyTo[key] - steadyFrom[key]) / wall;
  const busy = coreBusy(steadyFrom.cores, steadyTo.cores);
  const steadyRate = ((steadyToSeq - steadyFromSeq) * 1000) / wall;

  // Re-reads: every GraphQL operation a probe sent after its screens were read.
  const reads = results.flatMap((probe) => probe.reads);
  const readNames = Object.entries(Object.groupBy(reads, (name) => name)).map(([name, list]) => `${name} ×${list.length}`);
  const perChange = reads.length / (changes * results.length);

  // Commit → the event applied to the probe's cache, for every probe and event it received.
  const latencies = [];
  const windows = [];
  const first = Math.min(...commits.values());
  for (const probe of results)
    for (const [cursor, at] of probe.arrivals) {
      const committed = commits.get(decodeEventCursor(cursor));
      if (committed === undefined) continue;
      latencies.push(at - committed);
      (windows[Math.floor((committed - first) / 10000)] ??= []).push(at - committed);
    }
  latencies.sort((x, y) => x - y);
  for (const window of windows) window?.sort((x, y) => x - y);
  const byRole = Object.entries(Object.groupBy(results, (probe) => probe.role)).map(([role, list]) => {
    const lags = list.flatMap((probe) => probe.arrivals.map(([cursor, at]) => at - (commits.get(decodeEventCursor(cursor)) ?? Number.NaN))).filter((lag) => !Number.isNaN(lag));
    lags.sort((x, y) => x - y);
    return `${role.toLowerCase().replace('_', ' ')} ${lags.length ? `${percentile(lags, 50).toFixed(0)}/${percentile(lags, 99).toFixed(0)}` : '–'}`;
  });
  const staffProbes = results.filter((probe) => probe.role === 'DISPATCHER' || probe.role === 'PARTS_CLERK');
  const staffMissed = staffProbes.reduce((n, probe) => n + (changes - probe.arrivals.filter(([cursor]) => commits.has(decodeEventCursor(cursor))).length), 0);
  const disagreeing = results.flatMap((probe) => probe.agreement.filter((screen) => !screen.agree).map((screen) => `${probe.role} ${screen.name}: ${screen.shown} shown, ${screen.fresh} read`));
  const screensCompared = results.reduce((n, probe) => n + probe.agreement.length, 0);
  const ours = share('probes') + share('crowd') + share('mix');
  // The load saturates when its own processes fill core 1, or the probes' event loop is always busy.
  const saturated = ours >= 0.9 || utilization >= 0.9;

  record(
    'F9',
    `GraphQL reads per change per probe (${results.length} portal sessions, ${RATE} changes/s)`,
    `${perChange.toFixed(4)} (${reads.length} reads)`,
    '≤ 0.01',
    perChange <= 0.01 && load.errors === 0,
    `${changes} changes in ${load.seconds.toFixed(0)} s (${load.ok} of ${load.sent} requests answered, ${load.errors} errors${load.firstErrors.length ? `: ${load.firstErrors.join('; ')}` : ''}); ` +
      `probes: ${Object.entries(PROBES)
        .map(([role, n]) => `${n} ${role.toLowerCase().replace('_', ' ')}`)
        .join(', ')}; ${results.reduce((n, probe) => n + probe.applied, 0)} events applied, ${results.reduce((n, probe) => n + probe.resyncs, 0)} resyncs` +
      `${readNames.length ? `; reads: ${readNames.join(', ')}` : ''}; crowd ${connected} subscribers of the Live document (${failed} failed)`,
  );
  record(
    'F9',
    'commit → probe cache updated, p50 / p99',
    `${ms(percentile(latencies, 50))} / ${ms(percentile(latencies, 99))}`,
    'p99 ≤ 100 ms',
    percentile(latencies, 99) <= 100 && staffMissed === 0,
    `${latencies.length} samples (every event at every probe that received it); ${drained === null ? 'the staff probes had not applied the last event a minute after the load ended' : `the last event applied at every staff probe ${(drained / 1000).toFixed(1)} s after the load ended`}; p50/p99 by probe: ${byRole.join(', ')} ms; board and queue probes missed ${staffMissed} events; p99 per 10 s: ${windows
      .filter(Boolean)
      .map((w) => percentile(w, 99).toFixed(0))
      .join(', ')} ms`,
  );
  record(
    'F9',
    'screens agree with a fresh read after the run',
    `${screensCompared - disagreeing.length} of ${screensCompared}`,
    'every one',
    disagreeing.length === 0,
    disagreeing.length ? disagreeing.slice(0, 6).join('; ') : 'count and rows of every open list, against the same query read afresh',
  );
  record(
    'F9',
    `server CPU at ${RATE} changes/s with the crowd and the probes`,
    `${(share('server') * 100).toFixed(0)} % of its core`,
    '—',
    undefined,
    `over the steady ${(wall / 1000).toFixed(0)} s (${steadyRate.toFixed(0)} changes/s committed); ${(statements / changes).toFixed(0)} SQL statements per change (pg_stat_statements); core 0 ${(busy[0] * 100).toFixed(0)} % busy in all; PostgreSQL ${(share('postgres') * 100).toFixed(0)} % of a core; ` +
      `the load (core 1): probes ${(share('probes') * 100).toFixed(0)} %, crowd ${(share('crowd') * 100).toFixed(0)} %, mix ${(share('mix') * 100).toFixed(0)} % of the core, which was ${(busy[1] * 100).toFixed(0)} % busy in all; ` +
      `probes' event loop ${(utilization * 100).toFixed(0)} % busy, delay p99 ${delayP99.toFixed(0)} ms: ${saturated ? 'the load saturated its core, so latency includes the probes’ own queueing' : 'the load did not saturate its core'}`,
  );
  state.liveWindows = windows.filter(Boolean).map((w, i) => ({ window: `${i * 10}–${i * 10 + 10} s`, p50: percentile(w, 50), p99: percentile(w, 99) }));
}
