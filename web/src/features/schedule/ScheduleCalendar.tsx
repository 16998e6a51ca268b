import { useMemo, useRef, useState } from 'react';
import FullCalendar, { type BusinessHoursInput, type CalendarRef, type EventChangeInfo, type EventDisplayInfo, type EventInput } from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import interactionPlugin from '@fullcalendar/react/interaction';
import classicTheme from '@fullcalendar/react/themes/classic';
import da from '@fullcalendar/react/locales/da';
import de from '@fullcalendar/react/locales/de';
import ms from '@fullcalendar/react/locales/ms';
import nl from '@fullcalendar/react/locales/nl';
import ru from '@fullcalendar/react/locales/ru';
import sq from '@fullcalendar/react/locales/sq';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import { useFormat, useT } from '../../i18n';
import type { AppointmentRow } from './calendar-events';

/** FullCalendar's own rules per language (first day of the week, day names); our catalogue words the rest. */
const LOCALES = { da, de, ms, nl, ru, sq };

export type ViewName = 'timeGridWeek' | 'timeGridDay';

export interface Range {
  start: Date;
  end: Date;
}

interface Props {
  timeZone: string;
  events: EventInput[];
  businessHours: BusinessHoursInput;
  /** The hours of the day the grid shows ("06:00" to "22:00", or wider). */
  hours: { min: string; max: string };
  /** A drop or a resize: resolves when the server took it; the caller reverts (`info.revert`) a refusal. */
  onMove(info: EventChangeInfo): void;
  onRange(range: Range): void;
  /** Durations can be changed (the API takes one). */
  resizable: boolean;
}

/**
 * One technician's week or day (FullCalendar's free time-grid views): appointments as events that
 * can be dragged (and resized), absences behind them, time outside working hours shaded. The
 * calendar runs in the zone the technician works in; the toolbar is ours, in the reader's language.
 */
export function ScheduleCalendar({ timeZone, events, businessHours, hours, onMove, onRange, resizable }: Props) {
  const t = useT();
  const f = useFormat();
  const calendar = useRef<CalendarRef>(null);
  const [view, setView] = useState<ViewName>('timeGridWeek');
  const [range, setRange] = useState<Range | null>(null);
  const api = () => calendar.current?.getApi();
  const locale = LOCALES[f.locale as keyof typeof LOCALES] ?? 'en';
  const heading = useMemo(() => {
    if (!range) return '';
    const last = new Date(range.end.getTime() - 1);
    const from = f.date(range.start, timeZone);
    const to = f.date(last, timeZone);
    return from === to ? from : t('schedule.range', { from, to });
  }, [range, f, t, timeZone]);

  return (
    <div className="schedule-calendar">
      <div className="row spread schedule-toolbar">
        <fieldset className="row bare">
          <legend className="visually-hidden">{t('schedule.navigate')}</legend>
          <button type="button" className="secondary" onClick={() => api()?.prev()}>
            {t('schedule.previous', { view: view === 'timeGridDay' ? 'day' : 'week' })}
          </button>
          <button type="button" className="secondary" onClick={() => api()?.today()}>
            {t('schedule.today')}
          </button>
          <button type="button" className="secondary" onClick={() => api()?.next()}>
            {t('schedule.next', { view: view === 'timeGridDay' ? 'day' : 'week' })}
          </button>
        </fieldset>
        <h2 className="schedule-range" aria-live="polite">
          {heading}
        </h2>
        <fieldset className="row bare">
          <legend className="visually-hidden">{t('schedule.view')}</legend>
          {(['timeGridWeek', 'timeGridDay'] as const).map((name) => (
            <button
              key={name}
              type="button"
              className={view === name ? '' : 'secondary'}
              aria-pressed={view === name}
              onClick={() => {
                setView(name);
                api()?.changeView(name);
              }}
            >
              {t(name === 'timeGridWeek' ? 'schedule.week' : 'schedule.day')}
            </button>
          ))}
        </fieldset>
      </div>
      <FullCalendar
        ref={calendar}
        plugins={[timeGridPlugin, interactionPlugin, classicTheme]}
        initialView={view}
        headerToolbar={false}
        timeZone={timeZone}
        locale={locale}
        allDaySlot={false}
        nowIndicator
        height="auto"
        slotMinTime={hours.min}
        slotMaxTime={hours.max}
        slotDuration="00:30"
        snapDuration="00:15"
        businessHours={businessHours}
        events={events}
        // The portal's accent: white text on it meets WCAG AA (the theme's default blue does not).
        eventColor="#1f5fbf"
        editable
        eventStartEditable
        eventDurationEditable={resizable}
        eventDrop={onMove}
        eventResize={onMove}
        eventContent={(info) => <AppointmentContent info={info} timeZone={timeZone} />}
        datesSet={(info) => {
          const next = { start: info.start, end: info.end };
          setRange(next);
          onRange(next);
        }}
      />
    </div>
  );
}

/** What an appointment shows: job number, model and site; the site's own time when its zone is another. */
function AppointmentContent({ info, timeZone }: { info: EventDisplayInfo; timeZone: string }) {
  const t = useT();
  const f = useFormat();
  const props = info.event.extendedProps as { kind: string; row?: AppointmentRow };
  if (props.kind !== 'appointment' || !props.row) return <span className="small">{info.event.title}</span>;
  const { row } = props;
  const start = info.event.start;
  const siteZone = row.job?.siteTimeZone ?? row.siteTimeZone;
  return (
    <div className="appointment-content" data-job={row.jobNumber}>
      <div className="small">{t('schedule.timeRange', { from: f.time(start, timeZone), to: f.time(info.event.end, timeZone) })}</div>
      <strong>{row.jobNumber}</strong>
      {row.job && <div className="small">{row.job.equipment.model.name}</div>}
      <div className="small">{row.siteAddress}</div>
      {siteZone && siteZone !== timeZone && <div className="small">{t('schedule.siteTime', { time: f.time(start, siteZone), zone: siteZone })}</div>}
    </div>
  );
}
