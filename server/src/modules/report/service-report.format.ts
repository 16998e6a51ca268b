import { DEFAULT_LANGUAGE, type Language } from '../../shared/translations.js';
import { REPORT_TEXTS, type ReportTexts } from './service-report.texts.js';

/** Whom the report is for: their language, and the time zone its times are shown in. */
export interface ReportLocale {
  language: Language;
  /** IANA name; UTC when the site's zone is unknown. */
  timeZone: string;
}

export const UTC_LOCALE: ReportLocale = { language: DEFAULT_LANGUAGE, timeZone: 'UTC' };

/** How values read in the report, in the recipient's language and time zone. */
export interface ReportFormat {
  texts: ReportTexts;
  timeZone: string;
  /** A moment in the report's time zone: "29.11.2026, 12:05". */
  time(at: Date | null): string;
  /** A calendar date (a sale, a warranty's end), as stored: "29.11.2026". */
  date(at: Date | string): string;
  /** 95 → "95 min (1 h 35 min)". */
  minutes(minutes: number | null): string;
  /** An enum value in words: POST_WARRANTY → "Post warranty". */
  word(value: string): string;
  answer(done: boolean | null): string;
}

export function reportFormat({ language, timeZone }: ReportLocale): ReportFormat {
  const texts = REPORT_TEXTS[language];
  // English as written in Europe (day month year, 24 hours): the network's customers are there.
  const locale = language === 'en' ? 'en-GB' : language;
  const zone = isTimeZone(timeZone) ? timeZone : 'UTC';
  const times = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone });
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return {
    texts,
    timeZone: zone,
    time: (at) => (at === null ? '—' : times.format(at)),
    date: (at) => dates.format(typeof at === 'string' ? new Date(`${at}T00:00:00Z`) : at),
    minutes: (minutes) => {
      if (minutes === null) return '—';
      const { minutes: min, hours: h } = texts;
      if (minutes < 60) return `${minutes} ${min}`;
      const rest = minutes % 60;
      return `${minutes} ${min} (${Math.floor(minutes / 60)} ${h}${rest > 0 ? ` ${rest} ${min}` : ''})`;
    },
    word: (value) => texts.words[value] ?? humanize(value),
    answer: (done) => (done === null ? texts.notAnswered : done ? texts.done : texts.notDone),
  };
}

/** An enum value as words: POST_WARRANTY → "Post warranty" (for a value the texts do not name). */
export function humanize(value: string): string {
  const words = value.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
