import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { BusinessCalendarFieldsFragment } from '../../gql/graphql';
import { useFormat, useT } from '../../i18n';
import { browserTimeZone } from '../../i18n/languages';
import { ErrorNote } from '../../ui/ErrorNote';
import { SET_BUSINESS_CALENDAR } from './calendar.documents';
import { TimeZoneField } from './TimeZoneField';
import { WeekHoursFields } from './WeekHoursFields';
import { DEFAULT_WEEK, intervalsText, parseIntervals, weekHours, weekTexts } from './week-hours';

interface ExtraDay {
  date: string;
  hours: string;
}

/** The calendar as a form: time zone, public holidays by country and region, working hours per weekday, and custom days. */
export function BusinessCalendarForm({ calendar }: { calendar: BusinessCalendarFieldsFragment | null }) {
  const t = useT();
  const f = useFormat();
  const [timeZone, setTimeZone] = useState(calendar?.timeZone ?? browserTimeZone());
  const [country, setCountry] = useState(calendar?.holidayCountry ?? '');
  const [region, setRegion] = useState(calendar?.holidayRegion ?? '');
  const [week, setWeek] = useState(calendar ? weekTexts(calendar.hours) : DEFAULT_WEEK);
  const [closedDays, setClosedDays] = useState<string[]>(calendar?.closedDays ?? []);
  const [closedDay, setClosedDay] = useState('');
  const [extraDays, setExtraDays] = useState<ExtraDay[]>(
    calendar?.extraWorkingDays.map((day) => ({ date: day.date, hours: intervalsText(day.intervals) })) ?? [],
  );
  const [extraDay, setExtraDay] = useState<ExtraDay>({ date: '', hours: '08:00-12:00' });
  const [save, saving] = useMutation(SET_BUSINESS_CALENDAR);

  const { hours, invalid } = weekHours(week);
  const extraValid = extraDays.every((day) => parseIntervals(day.hours)?.length);

  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        if (invalid.length > 0 || !extraValid) return;
        void save({
          variables: {
            calendar: {
              timeZone,
              holidayCountry: country.trim().toUpperCase() || null,
              holidayRegion: country.trim() && region.trim() ? region.trim().toUpperCase() : null,
              hours,
              closedDays,
              extraWorkingDays: extraDays.map((day) => ({ date: day.date, intervals: parseIntervals(day.hours) ?? [] })),
            },
          },
        }).catch(() => undefined);
      }}
    >
      {calendar ? (
        <p className="small muted">{t('calendar.version', { version: calendar.version, when: f.dateTime(calendar.updatedAt) })}</p>
      ) : (
        <p className="note">{t('calendar.none')}</p>
      )}
      <div className="row">
        <TimeZoneField value={timeZone} onChange={setTimeZone} />
        <label>
          {t('calendar.holidayCountry')}
          <input value={country} maxLength={2} size={4} placeholder="DE" onChange={(event) => setCountry(event.target.value)} />
        </label>
        <label>
          {t('calendar.holidayRegion')}
          <input value={region} maxLength={10} size={6} placeholder="BY" disabled={!country.trim()} onChange={(event) => setRegion(event.target.value)} />
        </label>
      </div>
      <p className="small muted">{t('calendar.holidayHint')}</p>

      <WeekHoursFields legend={t('calendar.hours.legend')} texts={week} onChange={setWeek} />

      <fieldset className="stack">
        <legend>{t('calendar.closedDays.legend')}</legend>
        <p className="small muted">{t('calendar.closedDays.hint')}</p>
        <DayList days={closedDays.map((date) => ({ date, hours: '' }))} onRemove={(date) => setClosedDays(closedDays.filter((day) => day !== date))} />
        <div className="row">
          <label>
            {t('calendar.closedDays.date')}
            <input type="date" value={closedDay} onChange={(event) => setClosedDay(event.target.value)} />
          </label>
          <button
            type="button"
            className="secondary"
            disabled={!closedDay || closedDays.includes(closedDay)}
            onClick={() => {
              setClosedDays([...closedDays, closedDay].sort());
              setClosedDay('');
            }}
          >
            {t('calendar.closedDays.add')}
          </button>
        </div>
      </fieldset>

      <fieldset className="stack">
        <legend>{t('calendar.extraDays.legend')}</legend>
        <p className="small muted">{t('calendar.extraDays.hint')}</p>
        <DayList days={extraDays} onRemove={(date) => setExtraDays(extraDays.filter((day) => day.date !== date))} />
        <div className="row">
          <label>
            {t('calendar.extraDays.date')}
            <input type="date" value={extraDay.date} onChange={(event) => setExtraDay({ ...extraDay, date: event.target.value })} />
          </label>
          <label>
            {t('calendar.extraDays.hours')}
            <input value={extraDay.hours} onChange={(event) => setExtraDay({ ...extraDay, hours: event.target.value })} />
          </label>
          <button
            type="button"
            className="secondary"
            disabled={!extraDay.date || !parseIntervals(extraDay.hours)?.length || extraDays.some((day) => day.date === extraDay.date)}
            onClick={() => {
              setExtraDays([...extraDays, extraDay].sort((a, b) => a.date.localeCompare(b.date)));
              setExtraDay({ date: '', hours: extraDay.hours });
            }}
          >
            {t('calendar.extraDays.add')}
          </button>
        </div>
      </fieldset>

      <ErrorNote error={saving.error} />
      <div className="row">
        <button type="submit" disabled={saving.loading || invalid.length > 0 || !extraValid}>
          {t('calendar.save')}
        </button>
        {saving.data && !saving.error && (
          <span role="status" className="small">
            {t('calendar.saved', { version: saving.data.setBusinessCalendar.version })}
          </span>
        )}
      </div>
    </form>
  );
}

/** Custom days, each with a button to take it out again. */
function DayList({ days, onRemove }: { days: ExtraDay[]; onRemove(date: string): void }) {
  const t = useT();
  const f = useFormat();
  if (days.length === 0) return <p className="small muted">{t('calendar.noDays')}</p>;
  return (
    <ul className="day-list">
      {days.map((day) => {
        // A local date: shown as written, at noon UTC so no zone moves it to another day.
        const label = f.date(`${day.date}T12:00:00Z`, 'UTC');
        return (
          <li key={day.date} className="row">
            <span>{day.hours ? t('calendar.extraDays.item', { day: label, hours: day.hours }) : label}</span>
            <button type="button" className="link" onClick={() => onRemove(day.date)} aria-label={t('calendar.removeDay', { day: label })}>
              {t('calendar.remove')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
