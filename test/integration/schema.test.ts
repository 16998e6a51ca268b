import { describe, expect, it } from 'vitest';
import { isObjectType, parse, specifiedRules, validate } from 'graphql';
import { getSchema, objectTypeResolution } from '../../server/dist/graphql/schema.js';
import { toEventRecord } from '../../server/dist/modules/events/event-record.js';
import { armor } from '../../server/dist/graphql/armor.js';
import { buildNetwork } from '../support/factory.js';
import { useServer } from '../support/use-network.js';
import { portalDocuments } from '../support/portal-documents.js';

const running = useServer();

// The committed SDL and the typed documents of the portal and of the tests are checked by
// `pnpm check` (check:drift), which needs no database.
describe('generated artefacts fit the server and the database', () => {
  it("every document the portal sends passes the server's validation and query limits", async () => {
    const sources = [...portalDocuments().values()].map((document) => document.source);
    expect(sources.length).toBeGreaterThan(30);
    const schema = await getSchema();
    const rules = [...specifiedRules, ...armor().validationRules];
    for (const source of sources) {
      const errors = validate(schema, parse(source), rules).map((e) => e.message);
      expect({ source: source.slice(0, 60), errors }).toEqual({ source: source.slice(0, 60), errors: [] });
    }
  });

  it('reads every field of an object type without a resolver as a property, with no guard that would be skipped', async () => {
    await getSchema();
    const types = objectTypeResolution();
    expect(types.length).toBeGreaterThan(30);
    // simpleResolvers: type-graphql wraps no such field (nor does Apollo: its cache-control plugin is off), so a
    // guard on one would never run. Guards belong on operations and on field resolvers.
    expect(types.filter((type) => !type.simple).map((type) => type.name)).toEqual([]);
    expect(types.filter((type) => type.guardedPlainFields.length > 0)).toEqual([]);
  });

  it('an event record, plain like a planned row, carries no key of a ServiceEvent field its resolvers answer', async () => {
    // Planned values win over field resolvers when the plain object has the field's key (planner/planned-values.ts).
    const type = (await getSchema()).getType('ServiceEvent');
    if (!isObjectType(type)) throw new Error('ServiceEvent is not an object type');
    const resolved = Object.values(type.getFields())
      .filter((field) => field.resolve)
      .map((field) => field.name);
    expect(resolved).toEqual(expect.arrayContaining(['cursor', 'job', 'actor', 'jobMove']));
    const record = toEventRecord({
      seq: '1',
      kind: 'JOB_CREATED',
      at: new Date(),
      manufacturer_id: 'm',
      job_id: 'j',
      offer_id: null,
      parts_request_id: null,
      partner_id: null,
      actor_id: null,
      audience: [],
      data: {},
    } as Parameters<typeof toEventRecord>[0]);
    expect(Object.keys(record).filter((key) => resolved.includes(key))).toEqual([]);
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
