import type { ResolveTree } from 'graphql-parse-resolve-info';
import type { FieldPlan, PlannedType } from './planned-type.js';
import type { SqlContext } from './statement.js';

/** A selection the planner does not know how to read: the read goes to the resolvers and loaders instead. */
export class NotPlannable extends Error {}

/** The planned types by GraphQL type name. */
export type PlannedTypes = ReadonlyMap<string, PlannedType>;

/**
 * The fields selected on `typeName` under these selections, by field name: aliases of one field
 * read the same value, so their sub-selections are merged (GraphQL picks each alias's own part).
 */
export function fieldsOf(trees: readonly ResolveTree[], typeName: string): Map<string, ResolveTree[]> {
  const fields = new Map<string, ResolveTree[]>();
  for (const tree of trees) {
    for (const [type, selected] of Object.entries(tree.fieldsByTypeName)) {
      // A fragment on another type (an interface, say) is more than a planned read knows.
      if (type !== typeName) {
        if (Object.keys(selected).length > 0) throw new NotPlannable(`a selection on ${type} inside ${typeName}`);
        continue;
      }
      for (const field of Object.values(selected)) {
        const group = fields.get(field.name);
        if (group) group.push(field);
        else fields.set(field.name, [field]);
      }
    }
  }
  return fields;
}

/** A JSON object from keys and SQL values. json_build_object takes at most 100 arguments; wider objects are built from a row. */
export function jsonObject(entries: ReadonlyMap<string, string> | [string, string][]): string {
  const pairs = [...entries];
  if (pairs.length <= 50) return `json_build_object(${pairs.map(([key, value]) => `'${key}', ${value}`).join(', ')})`;
  return `(select to_json(x) from (select ${pairs.map(([key, value]) => `${value} as "${key}"`).join(', ')}) as x)`;
}

/**
 * The SQL expression of one row of `typeName` (alias `row`) as the JSON object the selection
 * needs: only the fields selected (and `keys`, which the caller reads), nested relations as
 * correlated subqueries within the viewer's visibility. Throws NotPlannable for a field the type
 * does not plan.
 */
export function objectSql(
  types: PlannedTypes,
  typeName: string,
  trees: readonly ResolveTree[],
  row: string,
  statement: SqlContext,
  keys: readonly string[] = [],
): string {
  const type = types.get(typeName);
  if (!type) throw new NotPlannable(`type ${typeName}`);
  const entries = new Map<string, string>();
  const add = (key: string, group: readonly ResolveTree[]) => {
    if (entries.has(key)) return;
    const plan = type.fields[key];
    if (!plan) throw new NotPlannable(`${typeName}.${key}`);
    if ('needs' in plan) {
      for (const need of plan.needs) {
        if (!('sql' in (type.fields[need] ?? {}))) throw new NotPlannable(`${typeName}.${key} needs ${need}, which is not a value`);
        add(need, []);
      }
      return;
    }
    entries.set(key, valueSql(types, plan, group, row, statement));
  };
  for (const key of keys) add(key, []);
  for (const [name, group] of fieldsOf(trees, typeName)) {
    // Planned fields take no arguments; one that does would need its values in the plan's identity.
    if (group.some((field) => Object.keys(field.args).length > 0)) throw new NotPlannable(`${typeName}.${name} with arguments`);
    add(name, group);
  }
  return jsonObject(entries);
}

function valueSql(
  types: PlannedTypes,
  plan: Exclude<FieldPlan, { needs: string[] }>,
  group: readonly ResolveTree[],
  row: string,
  statement: SqlContext,
): string {
  if ('sql' in plan) return plan.sql(row, statement);
  const targetName = 'one' in plan ? plan.one : plan.many;
  const target = types.get(targetName);
  if (!target) throw new NotPlannable(`type ${targetName}`);
  const alias = statement.alias();
  const where = [plan.join(row, alias), ...(plan.scope ? [plan.scope(statement.viewer, alias)] : [])].join(' and ');
  const object = objectSql(types, targetName, group, alias, statement);
  if ('one' in plan) return `(select ${object} from ${target.table} ${alias} where ${where})`;
  return `coalesce((select json_agg(${object} order by ${plan.orderBy(alias)}) from ${target.table} ${alias} where ${where}), '[]'::json)`;
}
