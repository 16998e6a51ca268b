import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';

/** `DateTime` as the contract names it: ISO 8601 strings on the wire, Date in resolvers. */
export const DateTime = DateTimeResolver;
export const JSONObject = JSONObjectResolver;
