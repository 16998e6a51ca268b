/** Until the portal's Apollo client lands: one small fetch for GraphQL over HTTP. */
export interface GraphQLResult<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, token?: string | null): Promise<GraphQLResult<T>> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResult<T>;
}

const MESSAGES: Record<string, string> = {
  UNAUTHENTICATED: 'Wrong email or password.',
  FORBIDDEN: 'Your role may not do this.',
  BAD_USER_INPUT: 'Please check what you entered.',
};

/** Errors by code, in words a person can act on. */
export const describeError = (error: { message: string; extensions?: { code?: string } }): string =>
  MESSAGES[error.extensions?.code ?? ''] ?? error.message;
