import { useCallback, useEffect } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import { useLocaleSettings, type Language } from '../i18n';
import { useSession, type SessionUser } from './session';

const SET_MY_LANGUAGE = graphql(`
  mutation SetMyLanguage($input: PreferencesInput!) { setMyPreferences(input: $input) { id locale timeZone } }
`);

/**
 * The portal in the signed-in user's stored language and time zone, from sign-in (and a reload of
 * the tab) on; where they chose none, the browser's stay.
 */
export function useUserLocale(user: SessionUser): void {
  const { adopt } = useLocaleSettings();
  useEffect(() => adopt({ locale: user.locale, timeZone: user.timeZone }), [adopt, user.locale, user.timeZone]);
}

/**
 * Stores a language chosen in the header with the user (the switch itself has already changed the
 * screen), so their next sign-in, in any browser, and their mails use it. A failed save leaves the
 * screen in the chosen language: only the next sign-in would not know it.
 */
export function useSaveLanguage(): (language: Language) => void {
  const { token, user, signIn } = useSession();
  const [save] = useMutation(SET_MY_LANGUAGE);
  return useCallback(
    (language: Language) => {
      void save({ variables: { input: { locale: language } } })
        .then(({ data }) => {
          const saved = data?.setMyPreferences;
          if (saved && token && user) signIn(token, { ...user, locale: saved.locale, timeZone: saved.timeZone });
        })
        .catch(() => undefined);
    },
    [save, token, user, signIn],
  );
}
