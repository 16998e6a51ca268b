import { isObjectType, type GraphQLSchema } from 'graphql';

/**
 * A planned value is plain JSON; entities are not. The event hub's records are plain too, but carry
 * no key named like a ServiceEvent field with a resolver (the schema test holds them so).
 */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/**
 * Lets planned values win over field resolvers: on the planned types, a field whose value the
 * planner put into the row is read from it; any other field goes to its resolver as before (with
 * an entity, or with the planned row for fields the planner leaves to it, reading its `id` or the
 * hidden keys it asked for).
 */
export function preferPlannedValues(schema: GraphQLSchema, typeNames: Iterable<string>): void {
  for (const name of typeNames) {
    const type = schema.getType(name);
    if (!isObjectType(type)) throw new Error(`The planner plans ${name}, which is not an object type of the schema`);
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      const key = field.name;
      field.resolve = (source, args, context, info) =>
        isPlainObject(source) && Object.hasOwn(source, key) ? source[key] : resolve(source, args, context, info);
    }
  }
}
