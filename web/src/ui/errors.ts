import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { isMessageId, type MessageId, type MessageValues } from '../i18n/hooks';
import type { PhraseView } from '../i18n/phrase';

export interface ErrorInfo {
  code: string | null;
  /** What the code means to the person in front of the screen, in their language. */
  title: string;
  /** The server's own words (English, the API's): the specifics, shown beneath. */
  detail: string | null;
  /** The quality gate's refusal: each item in English (`label`) and as a code with parameters. */
  missing: { kind: string; id: string; label: string; code?: string; params?: Record<string, unknown> }[];
  /** Why, as phrases the portal renders in the reader's language (then `detail` is not shown): per partner refused an offer, or the error's own. */
  reasons: { subject: string | null; phrases: PhraseView[] }[];
}

interface RefusedPartner {
  partnerName?: string;
  reasonCodes?: PhraseView[];
}

/** The error's reasons as phrases: NOT_ELIGIBLE names each refused partner with its blockers; other errors may carry `reasons` of their own. */
function reasonsOf(extensions: Record<string, unknown> | undefined): ErrorInfo['reasons'] {
  const partners = (extensions?.partners as RefusedPartner[] | undefined) ?? [];
  const own = (extensions?.reasons as unknown[] | undefined)?.filter(isPhrase) ?? [];
  return [
    ...partners.map((partner) => ({ subject: partner.partnerName ?? null, phrases: (partner.reasonCodes ?? []).filter(isPhrase) })),
    ...(own.length > 0 ? [{ subject: null, phrases: own }] : []),
  ].filter((reason) => reason.phrases.length > 0);
}

const isPhrase = (value: unknown): value is PhraseView =>
  typeof value === 'object' && value !== null && typeof (value as PhraseView).code === 'string' && typeof (value as PhraseView).text === 'string';

/** The first GraphQL error of a failed operation, titled by its code in the reader's language (`t` from useT). */
export function describeError(error: unknown, t: (id: MessageId, values?: MessageValues) => string): ErrorInfo {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = (first?.extensions?.code as string | undefined) ?? null;
    const missing = (first?.extensions?.missing as ErrorInfo['missing'] | undefined) ?? [];
    const id = `errors.${code}`;
    return { code, title: t(isMessageId(id) ? id : 'errors.unknown'), detail: first?.message ?? null, missing, reasons: reasonsOf(first?.extensions) };
  }
  return { code: null, title: t('errors.offline'), detail: null, missing: [], reasons: [] };
}
