/** Writes the SDL to schema/schema.graphql (pnpm schema). A test fails when the committed file is stale. */
import { writeFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printedSchema } from '../graphql/schema.js';

const target = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'schema', 'schema.graphql');
writeFileSync(target, await printedSchema());
console.log(`schema written to ${target}`);
