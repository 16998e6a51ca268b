import type { Catalogue } from './mail-catalogue.types.js';
import { en } from './catalogues/en.js';
import { de } from './catalogues/de.js';
import { da } from './catalogues/da.js';
import { nl } from './catalogues/nl.js';
import { ru } from './catalogues/ru.js';
import { ms } from './catalogues/ms.js';
import { sq } from './catalogues/sq.js';

export type { Catalogue, MailBody, TimeText } from './mail-catalogue.types.js';

export const DEFAULT_LANGUAGE = 'en';

/** One catalogue per language the portal speaks (shared/languages.ts); all but English are machine translations awaiting review. */
export const CATALOGUES: Record<string, Catalogue> = { en, de, da, nl, ru, ms, sq };

/** The recipient's language when it has a catalogue, else English. */
export function pickLanguage(preferred: string | null | undefined): string {
  return preferred && Object.hasOwn(CATALOGUES, preferred) ? preferred : DEFAULT_LANGUAGE;
}

export const catalogueOf = (language: string): Catalogue => CATALOGUES[pickLanguage(language)];
