import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { isMessageId, type MessageId, type MessageValues } from '../i18n/hooks';

export interface ErrorInfo {
  code: string | null;
  /** What the code means to the person in front of the screen, in their language. */
  title: string;
  /** The server's own words (English, the API's): the specifics, shown beneath. */
  detail: string | null;
  missing: { kind: string; id: string; label: string }[];
}

/** The first GraphQL error of a failed operation, titled by its code in the reader's language (`t` from useT). */
export function describeError(error: unknown, t: (id: MessageId, values?: MessageValues) => string): ErrorInfo {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = (first?.extensions?.code as string | undefined) ?? null;
    const missing = (first?.extensions?.missing as ErrorInfo['missing'] | undefined) ?? [];
    const id = `errors.${code}`;
    return { code, title: t(isMessageId(id) ? id : 'errors.unknown'), detail: first?.message ?? null, missing };
  }
  return { code: null, title: t('errors.offline'), detail: null, missing: [] };
}
