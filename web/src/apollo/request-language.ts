import { useEffect, useRef } from 'react';
import { ApolloLink, type ApolloClient } from '@apollo/client';
import { useLocaleSettings } from '../i18n';

/**
 * The portal's language, sent with every request (Accept-Language over HTTP, `locale` when the
 * socket connects), so the server answers the manufacturer's texts (checklists, reason labels) in
 * it. Null until the portal has chosen: the browser's own header goes then.
 */
let current: string | null = null;

export const requestLanguage = (): string | null => current;

/** Sets the request language on each HTTP operation. */
export const requestLanguageLink = new ApolloLink((operation, forward) => {
  const language = current;
  if (language) operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({ headers: { ...headers, 'accept-language': language } }));
  return forward(operation);
});

/** Keeps the request language the portal's; a switch reads the screen's queries again in the new language. */
export function useRequestLanguage(apollo: ApolloClient): void {
  const { language } = useLocaleSettings();
  // Set while rendering, before any child's query goes out.
  current = language;
  const shown = useRef(language);
  useEffect(() => {
    if (shown.current === language) return;
    shown.current = language;
    void apollo.refetchQueries({ include: 'active' }).catch(() => undefined);
  }, [language, apollo]);
}
