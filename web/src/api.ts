/** Until the portal's Apollo client lands: one small fetch for GraphQL over HTTP. */
export interface GraphQLError {
  message: string;
  extensions?: { code?: string };
}

export interface GraphQLResult<T> {
  data?: T | null;
  errors?: GraphQLError[];
}

/** What a failed request looks like when the server never answered in GraphQL. */
const UNREACHABLE: GraphQLError = { message: 'The server cannot be reached.', extensions: { code: 'NETWORK' } };

export async function graphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string | null,
): Promise<GraphQLResult<T>> {
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    // A proxy in front of a stopped server answers 502 with HTML, not GraphQL.
    if (!response.headers.get('content-type')?.includes('json')) return { errors: [UNREACHABLE] };
    return (await response.json()) as GraphQLResult<T>;
  } catch {
    return { errors: [UNREACHABLE] };
  }
}

const MESSAGES: Record<string, string> = {
  UNAUTHENTICATED: 'Wrong email or password.',
  FORBIDDEN: 'Your role may not do this.',
  NOT_FOUND: 'That no longer exists, or you may not see it.',
  BAD_USER_INPUT: 'Please check what you entered.',
  CONFLICT: 'Someone else changed this at the same time. Please try again.',
  PAYLOAD_TOO_LARGE: 'That is too much to send at once.',
  NETWORK: 'The server cannot be reached. Please try again in a moment.',
};

/** Errors by code, in words a person can act on; `overrides` words a code for one place. */
export function describeError(error: GraphQLError, overrides: Record<string, string> = {}): string {
  const code = error.extensions?.code ?? '';
  return overrides[code] ?? MESSAGES[code] ?? 'Something went wrong. Please try again.';
}
