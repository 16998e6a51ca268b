import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import type pg from 'pg';
import type { Context } from '../context.js';
import type { Orm } from '../db/orm.js';
import { unauthenticated } from '../shared/errors.js';
import type { Role } from '../shared/roles.js';
import { NotPlannable } from './compile.js';
import { compileRead, type CompiledRead } from './compile-read.js';
import { PLANNED_TYPES } from './planned-types.js';
import type { PageValues, RootRead } from './root-read.js';
import type { ReadInput } from './statement.js';

/** What `readPlanned` answers when the read is left to the resolvers and loaders. */
export const NOT_PLANNED = Symbol('not planned');

/**
 * Answers a root query field with one SQL statement built from its GraphQL selection, or
 * NOT_PLANNED when planning is off or the selection asks for something the planner does not know.
 * The value is plain JSON in the shape GraphQL reads (graphql/schema.ts lets planned values win
 * over field resolvers), with the viewer's visibility applied in SQL at every level.
 */
export async function readPlanned<Args, Values>(context: Context, info: GraphQLResolveInfo, read: RootRead<Args, Values>, args: Args): Promise<unknown> {
  if (!context.deps.config.planReads) return NOT_PLANNED;
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  const values = read.values(args);
  const plan = planFor(context, info, read, viewer.role, values);
  if (!plan) return NOT_PLANNED;
  const input: ReadInput<Values> = { viewer, now: context.deps.clock.now(), args: values };
  const started = performance.now();
  const { rows } = await (await poolOf(context.deps.orm)).query<{ value: unknown }>({
    name: plan.name,
    text: plan.text,
    values: plan.bindings.map((binding) => binding(input)),
  });
  if (context.log.isLevelEnabled('trace')) context.log.trace({ sql: plan.text, name: plan.name, ms: performance.now() - started }, 'planned read');
  return rows[0]?.value ?? null;
}

// Documents are parsed once per query text (Apollo's document store), so a field node names one
// selection; @skip/@include with variables can still change it, so their values join the key.
const plans = new WeakMap<FieldNode, Map<string, CompiledRead<never> | null>>();
const shapeVariables = new WeakMap<FieldNode, string[]>();

function planFor<Args, Values>(
  context: Context,
  info: GraphQLResolveInfo,
  read: RootRead<Args, Values>,
  role: Role,
  values: Values,
): CompiledRead<Values> | null {
  const node = info.fieldNodes[0];
  let variables = shapeVariables.get(node);
  if (!variables) shapeVariables.set(node, (variables = directiveVariables(info)));
  // A page after a cursor has one condition more.
  const paged = read.form === 'connection' && (values as PageValues).after ? 'after' : '';
  const key = `${read.name}|${role}|${read.shape(values)}|${paged}|${variables.map((name) => (info.variableValues[name] ? 1 : 0)).join('')}`;
  let byKey = plans.get(node);
  if (!byKey) plans.set(node, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, compile(context, info, read, role, values) as CompiledRead<never> | null);
  return byKey.get(key) as CompiledRead<Values> | null;
}

function compile<Args, Values>(
  context: Context,
  info: GraphQLResolveInfo,
  read: RootRead<Args, Values>,
  role: Role,
  values: Values,
): CompiledRead<Values> | null {
  const root = parseResolveInfo(info) as ResolveTree | null;
  if (!root) return null;
  try {
    return compileRead(PLANNED_TYPES, read, root, role, values);
  } catch (error) {
    if (!(error instanceof NotPlannable)) throw error;
    // Once per selection shape: the read goes to the resolvers and loaders.
    context.log.debug({ read: read.name, reason: error.message }, 'read not planned');
    return null;
  }
}

/** The variables of @skip/@include (or any directive) within the field's selection, fragments included. */
function directiveVariables(info: GraphQLResolveInfo): string[] {
  const names = new Set<string>();
  const visited = new Set<string>();
  const walk = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      for (const directive of selection.directives ?? []) {
        for (const argument of directive.arguments ?? []) if (argument.value.kind === Kind.VARIABLE) names.add(argument.value.name.value);
      }
      if (selection.kind !== Kind.FRAGMENT_SPREAD) walk(selection.selectionSet);
      else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        walk(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet);
  return [...names].sort();
}

/** The ORM's own connection pool: planned reads share its connections. */
const pools = new WeakMap<Orm, Promise<pg.Pool>>();
function poolOf(orm: Orm): Promise<pg.Pool> {
  let pool = pools.get(orm);
  if (!pool) pools.set(orm, (pool = orm.em.getConnection().getNativeClient() as Promise<pg.Pool>));
  return pool;
}
