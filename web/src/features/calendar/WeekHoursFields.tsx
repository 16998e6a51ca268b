import { useId, useMemo } from 'react';
import { useIntl } from 'react-intl';
import type { Weekday } from '../../gql/graphql';
import { useT } from '../../i18n';
import { WEEKDAYS, parseIntervals, type WeekTexts } from './week-hours';

/** A Monday (2024-01-01) from which the weekdays are named in the reader's language. */
const MONDAY = Date.UTC(2024, 0, 1);

/** Each weekday's name in the reader's language (Intl names them; no catalogue entry needed). */
export function useWeekdayNames(): Record<Weekday, string> {
  const intl = useIntl();
  return useMemo(
    () =>
      Object.fromEntries(WEEKDAYS.map((day, index) => [day, intl.formatDate(MONDAY + index * 86_400_000, { weekday: 'long', timeZone: 'UTC' })])) as Record<
        Weekday,
        string
      >,
    [intl],
  );
}

/** A working week, one field per weekday with its intervals ("08:00-12:00, 13:00-17:00"; empty: not working). */
export function WeekHoursFields({ legend, texts, onChange }: { legend: string; texts: WeekTexts; onChange(texts: WeekTexts): void }) {
  const t = useT();
  const names = useWeekdayNames();
  const id = useId();
  return (
    <fieldset className="stack week-hours">
      <legend>{legend}</legend>
      <p className="small muted">{t('calendar.hours.hint')}</p>
      {WEEKDAYS.map((day) => {
        const valid = parseIntervals(texts[day]) !== null;
        return (
          <div key={day} className="week-hours-day">
            <label htmlFor={`${id}-${day}`}>{names[day]}</label>
            <input
              id={`${id}-${day}`}
              value={texts[day]}
              placeholder={t('calendar.hours.closed')}
              aria-invalid={!valid}
              aria-describedby={valid ? undefined : `${id}-${day}-error`}
              onChange={(event) => onChange({ ...texts, [day]: event.target.value })}
            />
            {!valid && (
              <span id={`${id}-${day}-error`} className="small bad">
                {t('calendar.hours.invalid')}
              </span>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
