import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** What each error code means to the person in front of the screen. */
const BY_CODE: Record<string, string> = {
  UNAUTHENTICATED: 'Your session has ended or the sign-in was wrong. Please sign in again.',
  FORBIDDEN: 'Your role may not do this.',
  NOT_FOUND: 'This no longer exists, or it is not yours to see.',
  INVALID_TRANSITION: 'This step does not fit where the job is now.',
  OFFER_CLOSED: 'This offer is closed: another partner took the job, or it expired.',
  NOT_ELIGIBLE: 'This partner may not take the job.',
  QUALITY_GATE_FAILED: "The report does not meet the manufacturer's standard yet.",
  PRICE_ABOVE_LIST: 'The charges are above the price list.',
  CONFLICT: 'Someone changed this at the same time, or it was done already.',
  TOO_MANY_REQUESTS: 'Too many requests for now. Please try again later.',
};

export interface ErrorInfo {
  code: string | null;
  title: string;
  detail: string | null;
  missing: { kind: string; id: string; label: string }[];
}

/** The first GraphQL error of a failed operation, in words; the server's message adds the specifics. */
export function describeError(error: unknown): ErrorInfo {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = (first?.extensions?.code as string | undefined) ?? null;
    const missing = (first?.extensions?.missing as ErrorInfo['missing'] | undefined) ?? [];
    return { code, title: (code && BY_CODE[code]) || 'That did not work.', detail: first?.message ?? null, missing };
  }
  return { code: null, title: 'The server could not be reached. Check the connection and try again.', detail: null, missing: [] };
}
