import type pg from 'pg';
import { OpsError } from './backup-format.js';

/** MikroORM's record of applied migrations. */
export const MIGRATIONS_TABLE = 'mikro_orm_migrations';

/** Read from PostgreSQL's catalog, so a table a later migration adds is backed up without a change here. */
export async function listTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    "select relname as name from pg_class where relkind = 'r' and relnamespace = current_schema()::regnamespace order by relname",
  );
  return rows.map((row) => row.name);
}

/**
 * The tables in an order that loads each after every table it references (self-references are fine
 * within one COPY; a deferred reference is checked at the restore's commit, so it does not order).
 */
export async function tablesInLoadOrder(client: pg.Client): Promise<string[]> {
  const tables = await listTables(client);
  const { rows } = await client.query<{ child: string; parent: string }>(
    `select c.relname as child, p.relname as parent
       from pg_constraint k
       join pg_class c on c.oid = k.conrelid
       join pg_class p on p.oid = k.confrelid
      where k.contype = 'f' and not k.condeferred and c.relnamespace = current_schema()::regnamespace and c.oid <> p.oid`,
  );
  const parents = new Map(tables.map((table) => [table, new Set<string>()]));
  for (const { child, parent } of rows) parents.get(child)?.add(parent);
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter((table) => !placed.has(table) && [...parents.get(table)!].every((parent) => placed.has(parent) || !parents.has(parent)));
    if (ready.length === 0) {
      const left = tables.filter((table) => !placed.has(table));
      throw new OpsError(`The tables ${left.join(', ')} reference each other in a cycle; they cannot be loaded one after another`);
    }
    for (const table of ready) {
      placed.add(table);
      ordered.push(table);
    }
  }
  return ordered;
}

/** Stored columns only: generated columns are computed again on load. */
export async function tableColumns(client: pg.Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `select attname as name from pg_attribute
      where attrelid = $1::regclass
        and attnum > 0 and not attisdropped and attgenerated = ''
      order by attnum`,
    [table],
  );
  return rows.map((row) => row.name);
}

export interface SequenceOwner {
  sequence: string;
  table: string;
  column: string;
}

export async function listSequences(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    "select relname as name from pg_class where relkind = 'S' and relnamespace = current_schema()::regnamespace order by relname",
  );
  return rows.map((row) => row.name);
}

/** Sequences behind serial and identity columns, with the column each one feeds. */
export async function sequenceOwners(client: pg.Client): Promise<Map<string, SequenceOwner>> {
  const { rows } = await client.query<SequenceOwner>(
    `select s.relname as sequence, t.relname as table, a.attname as column
       from pg_class s
       join pg_depend d on d.objid = s.oid and d.classid = 'pg_class'::regclass and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
       join pg_class t on t.oid = d.refobjid
       join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
      where s.relkind = 'S' and s.relnamespace = current_schema()::regnamespace`,
  );
  return new Map(rows.map((row) => [row.sequence, row]));
}

export async function appliedMigrations(client: pg.Client): Promise<string[] | null> {
  const tables = await listTables(client);
  if (!tables.includes(MIGRATIONS_TABLE)) return null;
  const { rows } = await client.query<{ name: string }>(`select name from ${MIGRATIONS_TABLE} order by id`);
  return rows.map((row) => row.name);
}

export const ident = (client: pg.Client, name: string): string => client.escapeIdentifier(name);

/** A table's name, schema-qualified when it is not in the current schema (`pgboss.job_common`). */
export const tableIdent = (client: pg.Client, name: string): string =>
  name
    .split('.')
    .map((part) => client.escapeIdentifier(part))
    .join('.');
