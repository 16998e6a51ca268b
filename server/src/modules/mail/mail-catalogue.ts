import type { Catalogue } from './mail-catalogue.types.js';
import { languageOf, type Language } from '../../shared/languages.js';
import { en } from './catalogues/en.js';
import { de } from './catalogues/de.js';
import { da } from './catalogues/da.js';
import { nl } from './catalogues/nl.js';
import { ru } from './catalogues/ru.js';
import { ms } from './catalogues/ms.js';
import { sq } from './catalogues/sq.js';

export type { Catalogue, MailBody, TimeText } from './mail-catalogue.types.js';

export const DEFAULT_LANGUAGE: Language = 'en';

/** One catalogue per language the portal speaks (shared/languages.ts); all but English are machine translations awaiting review. */
export const CATALOGUES: Record<Language, Catalogue> = { en, de, da, nl, ru, ms, sq };

/** The recipient's language when the portal speaks it (the one rule, shared/languages.ts), else English. */
export function pickLanguage(preferred: string | null | undefined): Language {
  return languageOf([preferred]) ?? DEFAULT_LANGUAGE;
}

export const catalogueOf = (language: string): Catalogue => CATALOGUES[pickLanguage(language)];
