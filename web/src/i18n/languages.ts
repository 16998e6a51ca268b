/** The portal's languages, each named in itself (a language switch lists them so). The server uses the same codes. */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'de', name: 'Deutsch' },
  { code: 'da', name: 'Dansk' },
  { code: 'nl', name: 'Nederlands' },
  { code: 'ru', name: 'Русский' },
  { code: 'ms', name: 'Bahasa Melayu' },
  { code: 'sq', name: 'Shqip' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

const CODES: readonly string[] = LANGUAGES.map((language) => language.code);

export const isLanguage = (code: string | null | undefined): code is Language => code != null && CODES.includes(code);

/** The first of the reader's preferred languages (BCP 47 tags, "de-CH" → de) the portal speaks; English otherwise. */
export function pickLanguage(tags: readonly (string | null | undefined)[]): Language {
  for (const tag of tags) {
    const base = tag?.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** The browser's time zone (IANA), which a user's own setting overrides. */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Whether Intl knows the zone (a stored zone may come from another browser). */
export function isTimeZone(zone: string | null | undefined): zone is string {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
