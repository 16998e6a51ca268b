import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';

/** How `Date.toISOString()` writes a time, and how planned reads (planner/) send one from SQL. */
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * `DateTime` as the contract names it: ISO 8601 strings on the wire, Date in resolvers. A string
 * already in `toISOString()`'s form goes out as it is (graphql-scalars would validate it, make a
 * Date of it and write the same string again); everything else is graphql-scalars' own.
 */
export const DateTime = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  serialize: (value) => (typeof value === 'string' && ISO_UTC.test(value) ? value : DateTimeResolver.serialize(value)),
});
export const JSONObject = JSONObjectResolver;
