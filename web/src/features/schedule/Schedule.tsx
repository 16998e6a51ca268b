import { Suspense, lazy, useCallback, useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { EventChangeInfo } from '@fullcalendar/react';
import type { JobStatus, Schedule_JobFragment } from '../../gql/graphql';
import { useSession } from '../../session/session';
import { useFormat, useT } from '../../i18n';
import { ErrorNote } from '../../ui/ErrorNote';
import { Empty, Loading } from '../../ui/States';
import { RESCHEDULE, SCHEDULE_JOBS, SCHEDULE_PEOPLE } from './schedule.documents';
import { appointmentEvent, businessHoursOf, nextFreeSlots, type Slot } from './calendar-events';
import type { Range } from './ScheduleCalendar';
import { ConflictNote } from './ConflictNote';

/** Jobs whose appointment still matters to the technician's day. */
const PLANNED: JobStatus[] = ['ASSIGNED', 'SCHEDULED', 'IN_PROGRESS', 'AWAITING_PARTS'];
const PAGE = 200;

// The calendar component and its styles load with this screen only, not with the portal's first screen.
const ScheduleCalendar = lazy(() => import('./ScheduleCalendar').then((module) => ({ default: module.ScheduleCalendar })));

/** What the last move did: taken (with its time), or refused (reverted, with the server's next free slots). */
type Outcome = { job: Schedule_JobFragment; at: string; error?: undefined } | { job: Schedule_JobFragment; at: string; error: unknown; slots: Slot[] };

/**
 * The partner admin's calendar of its technicians, one at a time: appointments dragged to another
 * time are rescheduled (scheduleJob); a refusal reverts the drag and offers the next free slots.
 */
export function Schedule() {
  const t = useT();
  const f = useFormat();
  const { user } = useSession();
  const people = useQuery(SCHEDULE_PEOPLE);
  const jobs = useQuery(SCHEDULE_JOBS, { variables: { filter: { status: PLANNED }, first: PAGE } });
  const [reschedule, rescheduling] = useMutation(RESCHEDULE);
  const [chosen, setChosen] = useState<string | null>(null);
  const [, setRange] = useState<Range | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const technicians = useMemo(
    () =>
      [...(people.data?.colleagues ?? [])]
        .filter((person) => person.role === 'TECHNICIAN' || person.role === 'PARTNER_ADMIN')
        .sort((a, b) => (a.role === b.role ? a.name.localeCompare(b.name) : a.role === 'TECHNICIAN' ? -1 : 1)),
    [people.data],
  );
  const technicianId = chosen ?? technicians[0]?.id ?? null;
  const own = people.data?.businessCalendars.find((calendar) => calendar.organizationId === user?.organization.id);
  const timeZone = own?.timeZone ?? f.timeZone ?? 'UTC';
  const businessHours = useMemo(() => businessHoursOf(own?.hours ?? []), [own]);
  const events = useMemo(
    () =>
      (jobs.data?.jobs.edges ?? [])
        .map((edge) => edge.node)
        .filter((job) => job.technician?.id === technicianId)
        .flatMap((job) => appointmentEvent(job) ?? []),
    [jobs.data, technicianId],
  );

  const book = useCallback(
    async (job: Schedule_JobFragment, appointmentAt: string, revert?: () => void) => {
      try {
        await reschedule({ variables: { jobId: job.id, appointmentAt, technicianId, expectedVersion: job.version } });
        setOutcome({ job, at: appointmentAt });
      } catch (error) {
        revert?.();
        const extensions = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions : undefined;
        setOutcome({ job, at: job.appointmentAt ?? appointmentAt, error, slots: nextFreeSlots(extensions) });
      }
    },
    [reschedule, technicianId],
  );
  const onMove = useCallback(
    (info: EventChangeInfo) => {
      const job = (info.event.extendedProps as { job?: Schedule_JobFragment }).job;
      if (!job || !info.event.start) return info.revert();
      void book(job, info.event.start.toISOString(), info.revert);
    },
    [book],
  );

  if (people.loading && !people.data) return <Loading what={t('schedule.loading')} />;
  return (
    <section aria-labelledby="schedule-title" className="stack">
      <h1 id="schedule-title">{t('schedule.title')}</h1>
      <ErrorNote error={people.error ?? jobs.error} />
      {technicians.length === 0 ? (
        <Empty>{t('schedule.noTechnicians')}</Empty>
      ) : (
        <>
          <div className="row spread">
            <label>
              {t('schedule.technician')}
              <select value={technicianId ?? ''} onChange={(event) => setChosen(event.target.value)}>
                {technicians.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
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
            {outcome && !outcome.error && !rescheduling.loading && (
              <p role="status" className="note">
                {t('schedule.moved', { number: outcome.job.number, when: f.dateTime(outcome.at, timeZone) })}
              </p>
            )}
          </div>
          {outcome?.error !== undefined && outcome.error && (
            <ConflictNote
              error={outcome.error}
              number={outcome.job.number}
              stays={f.dateTime(outcome.at, timeZone)}
              slots={outcome.slots}
              timeZone={timeZone}
              onBook={(slot) => void book(outcome.job, slot.startsAt)}
            />
          )}
          <Suspense fallback={<Loading what={t('schedule.loading')} />}>
            <ScheduleCalendar timeZone={timeZone} events={events} businessHours={businessHours} onMove={onMove} onRange={setRange} resizable={false} />
          </Suspense>
        </>
      )}
    </section>
  );
}
