/**
 * The dependency rules of `pnpm check`. dependency-cruiser reads every import (with its swc parser:
 * TypeScript 7 has no JavaScript API) and judges the rules in .dependency-cruiser.mjs. Cycles between
 * server modules are judged here, on the module graph it found: dependency-cruiser's own cycle
 * rules see files, or folders (whose cycles also run through graphql/ and db/, and which its
 * baseline, --ignore-known, does not cover).
 *
 * A cycle is an import from module A to module B where B already reaches A. The ones that exist
 * are listed in the baseline, which may only shrink: a new one fails, and so does one that is
 * gone but still listed. `--update` rewrites the baseline, and only when nothing new was added.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cruise, format } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';

const SOURCES = ['server/src', 'web'];
const BASELINE = '.dependency-cruiser-known-cycles.json';
const BASELINE_COMMENT =
  'Imports between server modules that lie on a cycle (A → B where B reaches A back). It may only shrink: scripts/check-dependencies.mjs fails on a new one.';
const MODULE = /^server\/src\/modules\/([^/]+)\//;

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const options = await extractDepcruiseOptions('./.dependency-cruiser.mjs');
const { output: result } = await cruise(SOURCES, options);

const rules = await format(result, { outputType: 'err' });
let failed = rules.exitCode !== 0;
if (failed) process.stdout.write(rules.output);

/** module → module → the imports that make the edge ("file → file"). */
const graph = new Map();
for (const { source, dependencies } of result.modules) {
  const from = MODULE.exec(source)?.[1];
  if (!from) continue;
  for (const { resolved } of dependencies) {
    const to = MODULE.exec(resolved)?.[1];
    if (!to || to === from) continue;
    if (!graph.has(from)) graph.set(from, new Map());
    const edges = graph.get(from);
    edges.set(to, [...(edges.get(to) ?? []), `${source} → ${resolved}`]);
  }
}

/** The shortest chain of modules from `start` to `goal`, or null. */
function pathBetween(start, goal) {
  const cameFrom = new Map([[start, null]]);
  for (const queue = [start]; queue.length > 0; ) {
    const here = queue.shift();
    if (here === goal) {
      const path = [];
      for (let at = goal; at !== null; at = cameFrom.get(at)) path.unshift(at);
      return path;
    }
    for (const next of graph.get(here)?.keys() ?? []) {
      if (cameFrom.has(next)) continue;
      cameFrom.set(next, here);
      queue.push(next);
    }
  }
  return null;
}

const cycles = new Map();
for (const [from, edges] of graph) {
  for (const to of edges.keys()) {
    const back = pathBetween(to, from);
    if (back) cycles.set(`${from} → ${to}`, back);
  }
}

// Without a baseline file (only when it is first made), every cycle is new.
const known = new Set(existsSync(BASELINE) ? JSON.parse(readFileSync(BASELINE, 'utf8')).cycles : []);
const added = [...cycles.keys()].filter((edge) => !known.has(edge)).sort();
const gone = [...known].filter((edge) => !cycles.has(edge)).sort();

if (process.argv.includes('--update') && (added.length === 0 || !existsSync(BASELINE))) {
  const listed = [...cycles.keys()].sort();
  writeFileSync(BASELINE, `${JSON.stringify({ comment: BASELINE_COMMENT, cycles: listed }, null, 2)}\n`);
  console.log(`${BASELINE}: ${listed.length} imports on a cycle (${gone.length} removed)`);
  added.length = 0;
  gone.length = 0;
}

for (const edge of added) {
  const [from, to] = edge.split(' → ');
  console.log(`error new module cycle: ${edge} (back: ${cycles.get(edge).join(' → ')})`);
  for (const file of graph.get(from).get(to)) console.log(`    ${file}`);
}
for (const edge of gone) console.log(`error ${edge} is no longer on a cycle: remove it from ${BASELINE} (pnpm check:deps --update)`);
failed ||= added.length > 0 || gone.length > 0;

const pairs = [...cycles.keys()]
  .map((edge) => edge.split(' → '))
  .filter(([from, to]) => from < to && graph.get(to)?.has(from))
  .map(([a, b]) => `${a} ↔ ${b}`)
  .sort();
console.log(
  `${failed ? '✖' : '✔'} dependency rules: ${result.summary.totalCruised} files; ${cycles.size} imports between modules on a cycle, ` +
    `${added.length} new; modules importing each other: ${pairs.join(', ') || 'none'}`,
);
process.exitCode = failed ? 1 : 0;
