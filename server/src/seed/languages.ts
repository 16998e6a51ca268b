import type { Language } from '../shared/languages.js';
import { demoTimeZone } from './calendars.js';

/**
 * The demo people's languages, by organization: the partners in Germany, Switzerland and Austria
 * speak German, the Copenhagen specialist Danish, the Eindhoven consortium partner's team Russian,
 * the second manufacturer (Amsterdam) Dutch; everyone else English. Each person's time zone is their
 * organization's calendar's.
 */
const LANGUAGE_OF: Record<string, Language> = {
  other: 'nl',
  'maker-north': 'de',
  'maker-south': 'de',
  'alpine-service': 'de',
  'riverside-tech': 'de',
  'kessler-kaelte': 'de',
  'meier-sons': 'de',
  'quickfix-24': 'de',
  'drivetrain-consortium': 'de',
  'hydra-consortium': 'de',
  'precision-field': 'da',
  'controlsys-consortium': 'ru',
};

/** A demo user's language and time zone, by their organization's slug. */
export const demoPreferences = (slug: string): { locale: Language; timeZone: string | null } => ({
  locale: LANGUAGE_OF[slug] ?? 'en',
  timeZone: demoTimeZone(slug),
});
