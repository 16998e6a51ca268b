/** A PostgreSQL array literal of ids or enum names, for `= any(?::uuid[])`: MikroORM's `execute` expands a JS array parameter into a list. */
export const pgArray = (values: readonly string[]): string => `{${values.join(',')}}`;
