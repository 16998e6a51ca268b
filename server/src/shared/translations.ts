import { badInput } from './errors.js';
import { LANGUAGES, isLanguage, type Language } from './languages.js';

export { LANGUAGES, isLanguage, type Language };

/**
 * Text the manufacturer writes (checklist items, a standard's instructions, reason labels) in the
 * reader's language: the text as written, plus translations by language code, stored beside it as
 * JSON (`{ "de": "…", "ru": "…" }`). A reader whose language has no translation reads the text as
 * written. Text people type (a decline's reason, a finding's text) is never translated.
 */

export const DEFAULT_LANGUAGE: Language = 'en';

export type Translations = Partial<Record<Language, string>>;

/** The text in `language`, or as written. */
export function translate(text: string, translations: Translations | null | undefined, language: Language): string {
  return translations?.[language] ?? text;
}

export interface TranslationEntry {
  language: Language;
  text: string;
}

/** The translations as a list in the portal's language order (for editing screens). */
export function translationList(translations: Translations | null | undefined): TranslationEntry[] {
  return LANGUAGES.flatMap((language) => {
    const text = translations?.[language];
    return text === undefined ? [] : [{ language, text }];
  });
}

export const TRANSLATION_MAX = 1_000;

/**
 * A manufacturer's list of translations as stored: each language once, a supported one, the text
 * trimmed; an empty text leaves the language out (the reader falls back to the text as written).
 */
export function parseTranslations(entries: readonly { language: string; text: string }[], field: string): Translations {
  const parsed: Translations = {};
  for (const { language, text } of entries) {
    if (!isLanguage(language)) throw badInput(`Unknown language "${language}": one of ${LANGUAGES.join(', ')}`, { field });
    if (language in parsed) throw badInput(`The ${language} translation is given twice`, { field });
    const trimmed = text.trim();
    if (trimmed.length > TRANSLATION_MAX) throw badInput(`A translation has at most ${TRANSLATION_MAX} characters`, { field });
    if (trimmed !== '') parsed[language] = trimmed;
  }
  return parsed;
}
