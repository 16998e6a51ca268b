import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, specifiedRules, validate } from 'graphql';
import { getSchema, printedSchema } from '../../server/dist/graphql/schema.js';
import { armor } from '../../server/dist/graphql/armor.js';
import { buildNetwork } from '../support/factory.js';
import { useServer } from '../support/use-network.js';

const running = useServer();

/** `graphql-codegen --check` in a package (relative to this file): whether its generated documents are current. */
function codegenCheck(folder: string): { status: number | null; output: string } {
  const cwd = fileURLToPath(new URL(folder, import.meta.url));
  const result = spawnSync(process.execPath, [join(cwd, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'codegen.ts', '--check'], { cwd, encoding: 'utf8' });
  return { status: result.status, output: result.status === 0 ? '' : result.stdout + result.stderr };
}

describe('generated artefacts are current', () => {
  it('schema/schema.graphql matches the code-first schema (run `pnpm schema` after changing it)', async () => {
    const committed = readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(await printedSchema());
  });

  it("the portal's typed documents match the schema (run `pnpm schema` after changing it)", () => {
    expect(codegenCheck('../../web/')).toEqual({ status: 0, output: '' });
  });

  it("the tests' typed documents match the schema and the tests' documents (run `pnpm schema` after changing either)", () => {
    expect(codegenCheck('../')).toEqual({ status: 0, output: '' });
  });

  it("every document the portal sends passes the server's validation and query limits", async () => {
    const generated = readFileSync(new URL('../../web/src/gql/gql.ts', import.meta.url), 'utf8');
    const sources = [...generated.matchAll(/^    "(\\n  (?:query|mutation|subscription)[^]*?)": typeof types\./gm)].map((m) => JSON.parse(`"${m[1]}"`) as string);
    expect(sources.length).toBeGreaterThan(30);
    const schema = await getSchema();
    const rules = [...specifiedRules, ...armor().validationRules];
    for (const source of sources) {
      const errors = validate(schema, parse(source), rules).map((e) => e.message);
      expect({ source: source.slice(0, 60), errors }).toEqual({ source: source.slice(0, 60), errors: [] });
    }
  });

  it('the committed migrations produce exactly the schema the entities describe', async () => {
    const diff = await running.server.deps.orm.schema.getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  });

  it('keeps the event log append-only in the database itself', async () => {
    const { server, api } = running;
    await api.createJob(await buildNetwork(server, { partners: 1 }));
    const em = server.deps.orm.em.fork();
    await expect(em.execute('update service_event set kind = kind')).rejects.toThrow(/append-only/);
    await expect(em.execute('delete from service_event')).rejects.toThrow(/append-only/);
    await expect(em.execute('truncate service_event')).rejects.toThrow(/append-only/);
  });
});
