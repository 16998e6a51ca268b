import { createHash } from 'node:crypto';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import type { Role } from '../shared/roles.js';
import { NotPlannable, fieldsOf, jsonObject, objectSql, type PlannedTypes } from './compile.js';
import { isoTimestamp } from './planned-type.js';
import type { PageValues, RootRead } from './root-read.js';
import { Statement, type Binding, type ReadInput } from './statement.js';

/** One read's statement: made once per selection shape and role, run per request with the bindings' values. */
export interface CompiledRead<Values> {
  /** The prepared statement's name (PostgreSQL plans it once per connection). */
  name: string;
  text: string;
  bindings: Binding<Values>[];
}

/** Compiles a read for one root field's selection; throws NotPlannable when the selection asks for more than the planner knows. */
export function compileRead<Args, Values>(
  types: PlannedTypes,
  read: RootRead<Args, Values>,
  root: ResolveTree,
  role: Role,
  values: Values,
): CompiledRead<Values> {
  const statement = new Statement<Values>(role);
  const where = (row: string) => read.where(statement, row, values).join(' and ') || 'true';
  let text: string;
  if (read.form === 'connection') {
    text = connectionSql(types, read.type, read.table, root, statement, where, values as PageValues);
  } else {
    const rows = read.rows ? read.rows(root) : [root];
    const object = objectSql(types, read.type, rows, 'a', statement, read.keys);
    if (read.form === 'one') {
      text = `select ${object} as value from ${read.table} a where ${where('a')}`;
    } else {
      const ordered = read.orderBy ? ` order by ${read.orderBy('a')}` : '';
      const limited = read.limit !== undefined ? ` limit ${read.limit}` : '';
      text = `select coalesce(json_agg(${object}${ordered}), '[]'::json) as value from (select * from ${read.table} a where ${where('a')}${ordered}${limited}) a`;
    }
  }
  const name = `plan_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
  return { name, text, bindings: statement.bindings };
}

const NEWEST_FIRST = (row: string) => `${row}.created_at desc, ${row}.id desc`;

/** The opaque cursor of a row, as shared/keyset.ts encodes it: base64url of `["<createdAt ISO>","<id>"]`. */
const cursorSql = (row: string) =>
  `translate(encode(convert_to('["' || ${isoTimestamp(`${row}.created_at`)} || '","' || ${row}.id || '"]', 'UTF8'), 'base64'), E'+/=\\n', '-_')`;

/**
 * A keyset page as one value: the page's rows (limit + 1, to know whether more follow) numbered
 * newest first; edges and pageInfo from the first `limit` of them; totalCount only when selected.
 */
function connectionSql<Values>(
  types: PlannedTypes,
  type: string,
  table: string,
  root: ResolveTree,
  statement: Statement<Values>,
  where: (row: string) => string,
  values: PageValues,
): string {
  const page = (input: ReadInput<Values>) => input.args as PageValues;
  const connection = fieldsOf([root], typeOf(root));
  // Made on first use: a read of totalCount alone binds no limit.
  const limit = () => statement.param('limit', 'int', (input) => page(input).limit);
  const parts: [string, string][] = [];
  for (const [name, group] of connection) {
    if (name === 'edges') {
      const edge: [string, string][] = [];
      for (const [field, nodes] of fieldsOf(group, typeOf(group[0]))) {
        if (field === 'cursor') edge.push(['cursor', cursorSql('p')]);
        else if (field === 'node') edge.push(['node', objectSql(types, type, nodes, 'p', statement)]);
        else throw new NotPlannable(`edge field ${field}`);
      }
      parts.push(['edges', `coalesce(json_agg(${jsonObject(edge)} order by p.n) filter (where p.n <= ${limit()}), '[]'::json)`]);
    } else if (name === 'pageInfo') {
      const info: [string, string][] = [];
      for (const field of fieldsOf(group, typeOf(group[0])).keys()) {
        if (field === 'hasNextPage') info.push(['hasNextPage', `count(*) > ${limit()}`]);
        else if (field === 'endCursor') info.push(['endCursor', `(array_agg(${cursorSql('p')} order by p.n desc) filter (where p.n <= ${limit()}))[1]`]);
        else throw new NotPlannable(`pageInfo field ${field}`);
      }
      parts.push(['pageInfo', jsonObject(info)]);
    } else if (name === 'totalCount') {
      parts.push(['totalCount', `(select count(*) from ${table} c where ${where('c')})`]);
    } else {
      throw new NotPlannable(`connection field ${name}`);
    }
  }
  if (!connection.has('edges') && !connection.has('pageInfo')) return `select ${jsonObject(parts)} as value`;
  let after = '';
  if (values.after) {
    const createdAt = statement.param('after.createdAt', 'timestamptz', (input) => page(input).after!.createdAt.toISOString());
    const id = statement.param('after.id', 'uuid', (input) => page(input).after!.id);
    after = ` and (a.created_at < ${createdAt} or (a.created_at = ${createdAt} and a.id < ${id}))`;
  }
  const rows = `select * from ${table} a where ${where('a')}${after} order by ${NEWEST_FIRST('a')} limit ${limit()} + 1`;
  return `select ${jsonObject(parts)} as value from (select k.*, row_number() over (order by ${NEWEST_FIRST('k')}) as n from (${rows}) k) p`;
}

/** The GraphQL type a field's selection is on. */
function typeOf(tree: ResolveTree): string {
  const [type] = Object.keys(tree.fieldsByTypeName);
  if (!type) throw new NotPlannable(`the type of ${tree.name}`);
  return type;
}
