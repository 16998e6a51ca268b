// CPU time from Linux's /proc: of a process, of PostgreSQL's processes, and of each core, so a
// figure can say what the server used and whether the load's core was saturated.
import { readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const TICKS = Number(spawnSync('getconf', ['CLK_TCK']).stdout.toString()) || 100;

/** User and system CPU time of a process, in ms, and its command name. */
function statOf(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), ms: ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS };
}

export const processCpuMs = (pid) => statOf(pid).ms;

/** All PostgreSQL processes together (backends that ended within the window are not counted). */
export function postgresCpuMs() {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = statOf(pid);
      if (stat.name === 'postgres') total += stat.ms;
    } catch {
      // The process ended meanwhile.
    }
  }
  return total;
}

/** Per core: busy and total time in ticks since boot (busy excludes idle and iowait). */
export function coreTimes() {
  const cores = {};
  for (const line of readFileSync('/proc/stat', 'utf8').split('\n')) {
    const match = /^cpu(\d+) (.*)$/.exec(line);
    if (!match) continue;
    const ticks = match[2].trim().split(/\s+/).map(Number);
    const total = ticks.slice(0, 8).reduce((a, b) => a + b, 0);
    cores[match[1]] = { busy: total - ticks[3] - ticks[4], total };
  }
  return cores;
}

/** Share of each core busy between two readings of coreTimes(), 0–1. */
export const coreBusy = (before, after) =>
  Object.fromEntries(Object.keys(after).map((core) => [core, (after[core].busy - before[core].busy) / Math.max(1, after[core].total - before[core].total)]));

/** Every process's CPU time (ms) by pid, with its name: what else ran. */
export function everyProcessCpu() {
  const all = new Map();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      all.set(pid, statOf(pid));
    } catch {
      // The process ended meanwhile.
    }
  }
  return all;
}
