import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { AbsenceKind, TechnicianSchedulesQuery } from '../../gql/graphql';
import { useEnumLabel, useFormat, useT } from '../../i18n';
import { ErrorNote } from '../../ui/ErrorNote';
import { WeekHoursFields } from '../calendar/WeekHoursFields';
import { weekHours, weekTexts } from '../calendar/week-hours';
import { ADD_ABSENCE, REMOVE_ABSENCE, SET_TECHNICIAN_HOURS } from './schedule.documents';
import { addAbsence, removeAbsence, writeHours } from './schedule-cache';
import { zonedInstant, zonedLocal } from './zoned-time';
import { EnumOptions } from '../../ui/EnumOptions';

type TechnicianSchedule = TechnicianSchedulesQuery['technicianSchedules'][number];

const KINDS: AbsenceKind[] = ['VACATION', 'SICK', 'TRAINING', 'OTHER'];

/** The technician's working hours (own, or the organization's) and absences, for the partner admin to set. */
export function TechnicianTime({ schedule }: { schedule: TechnicianSchedule }) {
  return (
    <div className="grid-2">
      <HoursForm schedule={schedule} />
      <Absences schedule={schedule} />
    </div>
  );
}

function HoursForm({ schedule }: { schedule: TechnicianSchedule }) {
  const t = useT();
  const [texts, setTexts] = useState(() => weekTexts(schedule.hours));
  // The answer shades the calendar at once (schedule-cache.ts): nothing is read again.
  const [save, saving] = useMutation(SET_TECHNICIAN_HOURS, { update: (cache, { data }) => data && writeHours(cache, data.setTechnicianHours) });
  const { hours, invalid } = weekHours(texts);
  const name = schedule.name;
  return (
    <section className="panel stack" aria-labelledby="technician-hours-title">
      <h2 id="technician-hours-title">{t('schedule.hours.title', { name })}</h2>
      <p className="small muted">{t(schedule.ownHours ? 'schedule.hours.own' : 'schedule.hours.organization', { zone: schedule.timeZone })}</p>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (invalid.length === 0) void save({ variables: { technicianId: schedule.technicianId, hours } }).catch(() => undefined);
        }}
      >
        <WeekHoursFields legend={t('schedule.hours.legend', { name })} texts={texts} onChange={setTexts} />
        <ErrorNote error={saving.error} />
        <div className="row">
          <button type="submit" disabled={saving.loading || invalid.length > 0 || hours.length === 0}>
            {t('schedule.hours.save')}
          </button>
          {schedule.ownHours && (
            <button
              type="button"
              className="secondary"
              disabled={saving.loading}
              onClick={() =>
                void save({ variables: { technicianId: schedule.technicianId, hours: null } })
                  .then((result) => result.data && setTexts(weekTexts(result.data.setTechnicianHours.hours)))
                  .catch(() => undefined)
              }
            >
              {t('schedule.hours.reset')}
            </button>
          )}
          {saving.data && !saving.error && (
            <span role="status" className="small">
              {t('schedule.hours.saved')}
            </span>
          )}
        </div>
      </form>
    </section>
  );
}

function Absences({ schedule }: { schedule: TechnicianSchedule }) {
  const t = useT();
  const f = useFormat();
  const label = useEnumLabel();
  const zone = schedule.timeZone;
  const tomorrow = (hour: number) => {
    const date = new Date(Date.now() + 86_400_000);
    return `${zonedLocal(date, zone).slice(0, 10)}T${String(hour).padStart(2, '0')}:00`;
  };
  const [startsAt, setStartsAt] = useState(() => tomorrow(8));
  const [endsAt, setEndsAt] = useState(() => tomorrow(17));
  const [kind, setKind] = useState<AbsenceKind>('VACATION');
  const [note, setNote] = useState('');
  const [add, adding] = useMutation(ADD_ABSENCE, { update: (cache, { data }) => data && addAbsence(cache, data.addTechnicianAbsence) });
  const [remove, removing] = useMutation(REMOVE_ABSENCE, { update: (cache, { data }) => data && removeAbsence(cache, data.removeTechnicianAbsence.id) });
  const name = schedule.name;
  return (
    <section className="panel stack" aria-labelledby="technician-absences-title">
      <h2 id="technician-absences-title">{t('schedule.absences.title', { name })}</h2>
      {schedule.absences.length === 0 ? (
        <p className="small muted">{t('schedule.absences.none')}</p>
      ) : (
        <ul className="day-list">
          {schedule.absences.map((absence) => {
            const what = t('schedule.absences.item', {
              kind: label('AbsenceKind', absence.kind),
              from: f.dateTime(absence.startsAt, zone),
              to: f.dateTime(absence.endsAt, zone),
            });
            return (
              <li key={absence.id} className="row">
                <span>
                  {what}
                  {absence.note && <span className="muted"> · {absence.note}</span>}
                </span>
                <button
                  type="button"
                  className="link"
                  disabled={removing.loading}
                  aria-label={t('schedule.absences.removeLabel', { what })}
                  onClick={() => void remove({ variables: { id: absence.id } }).catch(() => undefined)}
                >
                  {t('schedule.absences.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void add({
            variables: {
              input: {
                technicianId: schedule.technicianId,
                startsAt: zonedInstant(startsAt, zone).toISOString(),
                endsAt: zonedInstant(endsAt, zone).toISOString(),
                kind,
                note: note.trim() || null,
              },
            },
          })
            .then(() => setNote(''))
            .catch(() => undefined);
        }}
      >
        <p className="small muted">{t('schedule.absences.zone', { zone })}</p>
        <div className="row">
          <label>
            {t('schedule.absences.from')}
            <input type="datetime-local" required value={startsAt} onChange={(event) => setStartsAt(event.target.value)} />
          </label>
          <label>
            {t('schedule.absences.to')}
            <input type="datetime-local" required value={endsAt} min={startsAt} onChange={(event) => setEndsAt(event.target.value)} />
          </label>
          <label>
            {t('schedule.absences.kind')}
            <select value={kind} onChange={(event) => setKind(event.target.value as AbsenceKind)}>
              <EnumOptions of="AbsenceKind" values={KINDS} />
            </select>
          </label>
          <label>
            {t('schedule.absences.note')}
            <input value={note} maxLength={500} onChange={(event) => setNote(event.target.value)} />
          </label>
        </div>
        <ErrorNote error={adding.error ?? removing.error} />
        <button type="submit" disabled={adding.loading || endsAt <= startsAt}>
          {t('schedule.absences.add')}
        </button>
      </form>
    </section>
  );
}
