import { badInput } from './errors.js';

/**
 * Text the manufacturer writes (checklist items, a standard's instructions, reason labels) in the
 * reader's language: the text as written, plus translations by language code, stored beside it as
 * JSON (`{ "de": "…", "ru": "…" }`). A reader whose language has no translation reads the text as
 * written. Text people type (a decline's reason, a finding's text) is never translated.
 */

/** The portal's languages (web/src/i18n uses the same list). */
export const LANGUAGES = ['en', 'de', 'da', 'nl', 'ru', 'ms', 'sq'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

export type Translations = Partial<Record<Language, string>>;

export const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** The first supported language of an Accept-Language header (or a bare code such as "de-AT"), by its q order; null when none is. */
export function languageOf(header: unknown): Language | null {
  if (typeof header !== 'string' || header.length > 500) return null;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { code: tag.trim().toLowerCase().split('-')[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((entry) => entry.code).find(isLanguage) ?? null;
}

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
