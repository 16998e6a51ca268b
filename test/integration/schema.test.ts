import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, specifiedRules, validate } from 'graphql';
import { getSchema } from '../../server/dist/graphql/schema.js';
import { armor } from '../../server/dist/graphql/armor.js';
import { buildNetwork } from '../support/factory.js';
import { useServer } from '../support/use-network.js';

const running = useServer();

// The committed SDL and the typed documents of the portal and of the tests are checked by
// `pnpm check` (check:drift), which needs no database.
describe('generated artefacts fit the server and the database', () => {
  it("every document the portal sends passes the server's validation and query limits", async () => {
    const generated = readFileSync(new URL('../../web/src/gql/gql.ts', import.meta.url), 'utf8');
    const sources = [...generated.matchAll(/^ {4}"(\\n {2}(?:query|mutation|subscription)[\s\S]*?)": typeof types\./gm)].map(
      (m) => JSON.parse(`"${m[1]}"`) as string,
    );
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
