/** The languages the portal and its mails speak (web/src/i18n/languages.ts lists the same codes). */
export const LANGUAGES = ['en', 'de', 'da', 'nl', 'ru', 'ms', 'sq'] as const;

export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (code: string | null | undefined): code is Language => code != null && (LANGUAGES as readonly string[]).includes(code);

/** The first of a reader's preferred languages (BCP 47 tags, "de-CH" → de) that the portal speaks; null when none is. */
export function languageOf(tags: readonly (string | null | undefined)[]): Language | null {
  for (const tag of tags) {
    const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
    if (isLanguage(base)) return base;
  }
  return null;
}

/** The first supported language of an Accept-Language header (or a bare code such as "de-AT"), by its q order; null when none is. */
export function languageOfHeader(header: unknown): Language | null {
  if (typeof header !== 'string' || header.length > 500) return null;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { tag, q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return languageOf(ranked.map((entry) => entry.tag));
}

/** An IANA time zone as Intl names it canonically ("europe/berlin" → "Europe/Berlin"), or null when Intl does not know it. */
export function canonicalTimeZone(zone: string): string | null {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(zone)) return null;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
