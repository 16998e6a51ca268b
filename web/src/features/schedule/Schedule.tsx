import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { EventChangeInfo } from '@fullcalendar/react';
import { useEnumLabel, useFormat, useT } from '../../i18n';
import { useLive } from '../../live/live-events';
import { ErrorNote } from '../../ui/ErrorNote';
import { Empty, Loading } from '../../ui/States';
import { RESCHEDULE, TECHNICIAN_SCHEDULES } from './schedule.documents';
import {
  absenceEvent,
  appointmentEvent,
  appointmentRowOf,
  businessHoursOf,
  nextFreeSlots,
  visibleHours,
  type AppointmentRow,
  type Slot,
} from './calendar-events';
import { ScheduleCalendar, type Range } from './ScheduleCalendar';
import { ConflictNote } from './ConflictNote';
import { TechnicianTime } from './TechnicianTime';
import { TechnicianCertifications } from './TechnicianCertifications';

const DAY = 86_400_000;

/** Until the calendar says which days it shows: a fortnight around today (enough to learn the zone and fill this week). */
const firstRange = (): Range => {
  const now = Date.now();
  return { start: new Date(now - 7 * DAY), end: new Date(now + 8 * DAY) };
};

/** What the last move did: taken (with its time), or refused (reverted, with the server's next free slots). */
type Outcome =
  | { number: string; at: string; refused: false }
  | { number: string; at: string; refused: true; error: unknown; slots: Slot[]; row: AppointmentRow };

/**
 * The partner admin's calendar of its technicians, one at a time: appointments dragged to another
 * time (or resized) are rescheduled with scheduleJob; a refusal reverts the drag and offers the
 * server's next free slots. Below, the technician's working hours and absences.
 */
export function Schedule() {
  const t = useT();
  const f = useFormat();
  const enumLabel = useEnumLabel();
  const [range, setRange] = useState<Range>(firstRange);
  const schedules = useQuery(TECHNICIAN_SCHEDULES, { variables: { from: range.start.toISOString(), to: range.end.toISOString() } });
  const [reschedule, rescheduling] = useMutation(RESCHEDULE);
  const [chosen, setChosen] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  // A job's own event moves its appointment in the cache at once (the rows hold the cached job), and
  // a job finished, cancelled or given to another technician leaves by its cached fields. A job
  // booked since the read arrives with its event, which carries the job as the calendar shows it:
  // it is added from the event, not by reading the schedule again.
  const { recent } = useLive();
  const latest = recent[0];
  // Events from before the screen opened are in what it read.
  const handled = useRef<string | null>(latest?.cursor ?? null);
  const [booked, setBooked] = useState<ReadonlyMap<string, AppointmentRow>>(() => new Map());
  useEffect(() => {
    if (!latest || handled.current === latest.cursor) return;
    handled.current = latest.cursor;
    const row = latest.kind === 'JOB_SCHEDULED' && latest.job ? appointmentRowOf(latest.job) : null;
    if (row) setBooked((rows) => new Map(rows).set(row.jobId, row));
  }, [latest]);

  const all = (schedules.data ?? schedules.previousData)?.technicianSchedules;
  const schedule = all?.find((one) => one.technicianId === chosen) ?? all?.[0];
  const technicianId = schedule?.technicianId ?? null;
  const timeZone = schedule?.timeZone ?? f.timeZone ?? 'UTC';
  const businessHours = useMemo(() => businessHoursOf(schedule?.hours ?? []), [schedule]);
  const appointments = useMemo(() => {
    if (!schedule || !technicianId) return [];
    const read = new Set(schedule.appointments.map((row) => row.jobId));
    const rows = [...schedule.appointments, ...[...booked.values()].filter((row) => !read.has(row.jobId))];
    return rows.flatMap((row) => appointmentEvent(row, technicianId) ?? []);
  }, [schedule, technicianId, booked]);
  const events = useMemo(
    () => [...(schedule?.absences.map((absence) => absenceEvent(absence, absence.note ?? enumLabel('AbsenceKind', absence.kind))) ?? []), ...appointments],
    [schedule, appointments, enumLabel],
  );
  const shownHours = useMemo(
    () =>
      visibleHours(
        schedule?.hours ?? [],
        appointments.map((event) => ({ start: Number(event.start), end: Number(event.end) })),
        timeZone,
      ),
    [schedule, appointments, timeZone],
  );

  const book = useCallback(
    async (row: AppointmentRow, appointmentAt: string, minutes: number, revert?: () => void) => {
      try {
        await reschedule({ variables: { jobId: row.jobId, appointmentAt, durationMinutes: minutes, technicianId, expectedVersion: row.job?.version } });
        setOutcome({ number: row.jobNumber, at: appointmentAt, refused: false });
      } catch (error) {
        revert?.();
        const extensions = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions : undefined;
        setOutcome({ number: row.jobNumber, at: row.job?.appointmentAt ?? row.startsAt, refused: true, error, slots: nextFreeSlots(extensions), row });
      }
    },
    [reschedule, technicianId],
  );
  const onMove = useCallback(
    (info: EventChangeInfo) => {
      const row = (info.event.extendedProps as { row?: AppointmentRow }).row;
      const { start, end } = info.event;
      if (!row || !start || !end) return info.revert();
      void book(row, start.toISOString(), Math.round((end.getTime() - start.getTime()) / 60_000), info.revert);
    },
    [book],
  );

  if (!all && schedules.loading) return <Loading what={t('schedule.loading')} />;
  return (
    <section aria-labelledby="schedule-title" className="stack">
      <h1 id="schedule-title">{t('schedule.title')}</h1>
      <ErrorNote error={schedules.error} />
      {!all || all.length === 0 || !schedule || !technicianId ? (
        <Empty>{t('schedule.noTechnicians')}</Empty>
      ) : (
        <>
          <div className="row spread">
            <label>
              {t('schedule.technician')}
              <select value={technicianId} onChange={(event) => setChosen(event.target.value)}>
                {all.map((one) => (
                  <option key={one.technicianId} value={one.technicianId}>
                    {one.name}
                  </option>
                ))}
              </select>
            </label>
            <p className="small muted">
              {timeZone === f.timeZone ? t('schedule.zone', { zone: timeZone }) : t('schedule.zoneDiffers', { zone: timeZone, own: f.timeZone ?? '' })}
            </p>
          </div>
          <p className="small muted">{t('schedule.dragHint')}</p>
          <div aria-live="polite">
            {rescheduling.loading && <p className="small">{t('schedule.saving')}</p>}
            {outcome && !outcome.refused && !rescheduling.loading && (
              <p role="status" className="note">
                {t('schedule.moved', { number: outcome.number, when: f.dateTime(outcome.at, timeZone) })}
              </p>
            )}
          </div>
          {outcome?.refused && (
            <ConflictNote
              error={outcome.error}
              number={outcome.number}
              stays={f.dateTime(outcome.at, timeZone)}
              slots={outcome.slots}
              timeZone={timeZone}
              onBook={(slot) => void book(outcome.row, slot.startsAt, Math.round((Date.parse(slot.endsAt) - Date.parse(slot.startsAt)) / 60_000))}
            />
          )}
          <ScheduleCalendar timeZone={timeZone} events={events} businessHours={businessHours} hours={shownHours} onMove={onMove} onRange={setRange} resizable />
          <TechnicianTime key={technicianId} schedule={schedule} />
          <TechnicianCertifications key={`certifications-${technicianId}`} technicianId={technicianId} name={schedule.name} />
        </>
      )}
    </section>
  );
}
