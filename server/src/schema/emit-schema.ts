/**
 * Writes the SDL to schema/schema.graphql (pnpm schema). With `--check` (pnpm check) it writes
 * nothing and fails when the committed file differs from the code-first schema.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printedSchema } from '../graphql/schema.js';

const target = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'schema', 'schema.graphql');
const sdl = await printedSchema();

if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== sdl) {
    console.error(`${target} is stale: run \`pnpm schema\` and commit the result`);
    process.exitCode = 1;
  } else {
    console.log(`${target} matches the code-first schema`);
  }
} else {
  writeFileSync(target, sdl);
  console.log(`schema written to ${target}`);
}
