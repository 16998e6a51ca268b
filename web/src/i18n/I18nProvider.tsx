import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { loadMessages, type Messages } from './catalogues';
import { browserTimeZone, isLanguage, isTimeZone, pickLanguage, type Language } from './languages';

interface LocaleState {
  language: Language;
  timeZone: string;
}

export interface LocaleSettings extends LocaleState {
  /** Changes the portal's language at once (and remembers it for this browser). */
  setLanguage(language: Language): void;
  /** Adopts a user's stored settings (null: the browser's), e.g. at sign-in. */
  adopt(settings: { locale?: string | null; timeZone?: string | null }): void;
}

const LocaleContext = createContext<LocaleSettings | null>(null);
const KEY = 'portal.locale';

/** The browser's choice: one made in this browser before, else its preferred languages; its own time zone. */
function initialState(): LocaleState {
  const stored = localStorage.getItem(KEY);
  return { language: isLanguage(stored) ? stored : pickLanguage(navigator.languages ?? [navigator.language]), timeZone: browserTimeZone() };
}

/**
 * The portal in the reader's language and time zone: react-intl's provider with that language's
 * catalogue, which is loaded before the screen shows (no flash of English). Dates, numbers and money
 * are formatted by the same provider (see useFormat), so a screen never formats by hand.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<LocaleState>(initialState);
  const [loaded, setLoaded] = useState<{ language: Language; messages: Messages } | null>(null);

  useEffect(() => {
    let current = true;
    void loadMessages(state.language).then((messages) => {
      if (current) setLoaded({ language: state.language, messages });
    });
    document.documentElement.lang = state.language;
    return () => {
      current = false;
    };
  }, [state.language]);

  const setLanguage = useCallback((language: Language) => {
    localStorage.setItem(KEY, language);
    setState((previous) => ({ ...previous, language }));
  }, []);
  const adopt = useCallback((settings: { locale?: string | null; timeZone?: string | null }) => {
    setState((previous) => ({
      language: isLanguage(settings.locale) ? settings.locale : previous.language,
      timeZone: isTimeZone(settings.timeZone) ? settings.timeZone : browserTimeZone(),
    }));
  }, []);
  const value = useMemo(() => ({ ...state, setLanguage, adopt }), [state, setLanguage, adopt]);

  // The previous language stays on screen while the next one's catalogue loads.
  if (!loaded) return null;
  return (
    <LocaleContext value={value}>
      <IntlProvider locale={loaded.language} messages={loaded.messages} timeZone={state.timeZone} defaultLocale="en">
        {children}
      </IntlProvider>
    </LocaleContext>
  );
}

export function useLocaleSettings(): LocaleSettings {
  const settings = useContext(LocaleContext);
  if (!settings) throw new Error('useLocaleSettings outside I18nProvider');
  return settings;
}
