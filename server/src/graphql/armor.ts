import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits on what one operation may ask, from graphql-armor (a maintained set of validation
 * rules, rather than our own): depth, cost, aliases, directives and tokens, and no field
 * suggestions that would map the schema for an attacker. armor's cost grows 1.5× per level: the
 * portal's heaviest queries (inbox, case file) cost about 31,000; a test checks every portal
 * document against these limits.
 */
export const QUERY_LIMITS = { maxDepth: 10, maxAliases: 15, maxDirectives: 20, maxTokens: 3000, maxCost: 250_000 } as const;

export function armor() {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
