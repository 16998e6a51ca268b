import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { initOrm, migrate, type Orm } from '../../server/dist/db/orm.js';
import { seedIfEmpty } from '../../server/dist/seed/seed.js';
import { PostgresFileStorage } from '../../server/dist/modules/files/postgres-file-storage.js';
import { createLogger } from '../../server/dist/shared/logger.js';
import { createTestDatabase } from '../support/database.js';

/**
 * The seed writes its past in bulk (seed/written-steps.ts) and plays only the recent days through
 * the services. Seeded once with every walk written and once with every walk played, the same dice
 * give the same history: the same rows and the same events, id for id by natural key. A service
 * that changes what a step writes without the written steps following fails here.
 */
const log = createLogger('warn');
const NOW = new Date('2026-11-30T12:00:00Z');
const databases: { drop(): Promise<void> }[] = [];
const orms: Orm[] = [];

async function seeded(playedDays: number): Promise<Orm> {
  const database = await createTestDatabase(inject('adminDatabaseUrl'));
  databases.push(database);
  const orm = await initOrm(database.url, log, 2);
  orms.push(orm);
  await migrate(orm);
  await seedIfEmpty(orm, { now: () => NOW }, log, new PostgresFileStorage(orm), playedDays);
  return orm;
}

let written: string[];
let played: string[];

beforeAll(async () => {
  written = await history(await seeded(0));
  played = await history(await seeded(Number.POSITIVE_INFINITY));
});

afterAll(async () => {
  for (const orm of orms) await orm.close();
  for (const database of databases) await database.drop();
});

describe('the written past', () => {
  it('is the history the services write when every step is played through them', () => {
    expect(written.length).toBeGreaterThan(1_000);
    expect(written.filter((line) => line.startsWith('job ')).length).toBeGreaterThan(150);
    expect(written.length).toBe(played.length);
    const differing = written.flatMap((line, i) => (line === played[i] ? [] : [{ written: line, played: played[i] }]));
    expect(differing.slice(0, 3)).toEqual([]);
  });
});

/** Every job, offer, parts request and line, quote and line, survey, maintained unit and event, with ids as natural keys, in a stable order. */
async function history(orm: Orm): Promise<string[]> {
  const em = orm.em.fork();
  const rows = (sql: string) => em.execute<{ r: Record<string, unknown> }[]>(sql);
  const labels = new Map<string, string>();
  const keyed = await em.execute<{ id: string; label: string }[]>(`
    select id::text, 'org:' || slug as label from organization
    union all select id::text, 'user:' || email from app_user
    union all select id::text, 'job:' || number from service_job
    union all select id::text, 'unit:' || serial from equipment_unit
    union all select id::text, 'line:' || name from product_line
    union all select id::text, 'part:' || sku from part
    union all select s.id::text, 'standard:' || l.name || ':' || s.job_type from quality_standard s join product_line l on l.id = s.product_line_id
    union all select o.id::text, 'offer:' || j.number || ':' || p.slug || ':' || o.created_at
      from job_offer o join service_job j on j.id = o.job_id join organization p on p.id = o.partner_id
    union all select r.id::text, 'parts:' || j.number || ':' || r.created_at from parts_request r join service_job j on j.id = r.job_id
    union all select l.id::text, 'parts-line:' || j.number || ':' || r.created_at || ':' || p.sku
      from parts_request_line l join parts_request r on r.id = l.request_id join service_job j on j.id = r.job_id join part p on p.id = l.part_id
    union all select c.id::text, 'reason:' || m.slug || ':' || c.kind || ':' || c.code from reason_code c join organization m on m.id = c.manufacturer_id
    union all select id::text, 'claim:' || number from warranty_claim
    union all select l.id::text, 'claim-line:' || c.number || ':' || l.position from claim_line l join warranty_claim c on c.id = l.claim_id
    union all select b.id::text, 'payment-batch:' || m.slug || ':' || b.reference from payment_batch b join organization m on m.id = b.manufacturer_id
    union all select id::text, 'quote:' || number from quote
    union all select l.id::text, 'quote-line:' || q.number || ':' || l.position from quote_line l join quote q on q.id = l.quote_id
    union all select id::text, 'return:' || number from return_authorization`);
  for (const { id, label } of keyed) labels.set(id, label);
  const named = (value: unknown) =>
    JSON.stringify(value).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => labels.get(id) ?? `unknown:${id}`);
  const lines: string[] = [];
  const table = async (name: string, sql: string, normalise: (row: Record<string, unknown>) => unknown = (row) => row) => {
    for (const { r } of await rows(sql)) lines.push(`${name} ${named(normalise(r))}`);
  };
  // The customer's link token is random, the version and update time are the database's bookkeeping.
  await table(
    'job',
    `select to_jsonb(j) - 'id' - 'version' - 'updated_at' - 'customer_token' as r
     from service_job j order by j.number`,
  );
  await table(
    'offer',
    `select to_jsonb(o) - 'id' as r from job_offer o join service_job j on j.id = o.job_id join organization p on p.id = o.partner_id
     order by j.number, o.created_at, p.slug`,
  );
  await table('parts', `select to_jsonb(r) - 'id' as r from parts_request r join service_job j on j.id = r.job_id order by j.number, r.created_at`);
  await table(
    'parts line',
    `select to_jsonb(l) - 'id' as r from parts_request_line l join part p on p.id = l.part_id join parts_request r on r.id = l.request_id
     join service_job j on j.id = r.job_id order by j.number, p.sku`,
  );
  await table('quote', `select to_jsonb(q) - 'id' as r from quote q order by q.number`);
  await table('quote line', `select to_jsonb(l) - 'id' as r from quote_line l join quote q on q.id = l.quote_id order by q.number, l.position`);
  await table('return', `select to_jsonb(r) - 'id' as r from return_authorization r order by r.number`);
  await table('survey', `select to_jsonb(s) - 'id' as r from survey s join service_job j on j.id = s.job_id order by j.number`);
  await table('unit', `select jsonb_build_object('serial', serial, 'lastMaintenanceAt', last_maintenance_at) as r from equipment_unit order by serial`);
  // A decision lists the request's lines in the order the database returns them: compared by SKU.
  await table('event', `select to_jsonb(e) - 'seq' as r from service_event e order by e.seq`, (row) => {
    const data = row.data as { lines?: { sku: string }[] };
    if (row.kind === 'PARTS_DECIDED' && data.lines) data.lines.sort((a, b) => a.sku.localeCompare(b.sku));
    return row;
  });
  return lines;
}
