import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';
import { Dec, isDecimalText } from '../shared/money.js';

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

/**
 * `Decimal`: an exact amount as a string ("1234.50"): digits, an optional minus and fraction, no
 * exponent, NaN or Infinity. Resolvers get the validated string; the currency's rules (how many
 * decimals) are checked where the currency is known (shared/money.ts `parseMoney`). Output takes
 * a decimal.js value or a decimal string, never a JavaScript number, so no float reaches a client.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number as a string, e.g. "1234.50" (no exponent). Money is a Decimal with an ISO 4217 currency beside it.',
  serialize(value) {
    if (Dec.isDecimal(value) && (value as Dec).isFinite()) return (value as Dec).toFixed();
    if (typeof value === 'string' && isDecimalText(value)) return value;
    throw new GraphQLError(`Decimal cannot represent ${typeof value === 'number' ? 'a JavaScript number' : 'this value'}: amounts are exact strings`);
  },
  parseValue(value) {
    if (typeof value === 'string' && isDecimalText(value)) return value;
    throw new GraphQLError('Decimal: expected a string like "1234.50" (digits, an optional fraction, no exponent)', { extensions: { code: 'BAD_USER_INPUT' } });
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING && isDecimalText(ast.value)) return ast.value;
    throw new GraphQLError('Decimal: expected a string like "1234.50" (digits, an optional fraction, no exponent)', {
      nodes: [ast],
      extensions: { code: 'BAD_USER_INPUT' },
    });
  },
});
