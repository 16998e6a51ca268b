import type { ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { loadMessages, type Messages } from './catalogues';
import type { Language } from './languages';

interface SpecLocale {
  language: Language;
  messages: Messages;
  timeZone: string;
}

function I18nForSpecs({ locale, children }: { locale: SpecLocale; children: ReactNode }) {
  return (
    <IntlProvider locale={locale.language} messages={locale.messages} timeZone={locale.timeZone} defaultLocale="en">
      {children}
    </IntlProvider>
  );
}

/** A wrapper for component specs: the real catalogue of a language, in a fixed time zone (`render(ui, { wrapper })`). */
export async function i18nWrapper(language: Language = 'en', timeZone = 'UTC') {
  const locale = { language, timeZone, messages: await loadMessages(language) };
  return ({ children }: { children: ReactNode }) => <I18nForSpecs locale={locale}>{children}</I18nForSpecs>;
}
