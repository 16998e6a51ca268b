import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { COLLEAGUES, SCHEDULE, START } from './job.documents';
import { ErrorNote } from '../../ui/ErrorNote';
import { useT } from '../../i18n';
import type { CaseFileStatus_JobFragment } from '../../gql/graphql';

const inAnHour = () => {
  const date = new Date(Date.now() + 60 * 60_000);
  date.setSeconds(0, 0);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

/** The partner plans the visit and who goes; the technician starts the work on site. What the viewer may do comes from the server. */
export function SchedulePanel({ job }: { job: Pick<CaseFileStatus_JobFragment, 'id' | 'status' | 'technician' | 'viewerCan'> }) {
  const can = job.viewerCan;
  const t = useT();
  const canAssign = can.assignTechnician;
  const people = useQuery(COLLEAGUES, { skip: !canAssign });
  const [schedule, scheduled] = useMutation(SCHEDULE);
  const [start, started] = useMutation(START);
  const [when, setWhen] = useState(inAnHour);
  const [technicianId, setTechnicianId] = useState(job.technician?.id ?? '');
  // A partner's people are all field roles (the server refuses staff roles there and judges who may go).
  const technicians = people.data?.colleagues ?? [];

  return (
    <section className="panel" aria-labelledby="schedule-title">
      <h2 id="schedule-title">{t('job.schedule.title')}</h2>
      {can.schedule && (
        <form
          className="row"
          onSubmit={(event) => {
            event.preventDefault();
            void schedule({ variables: { jobId: job.id, appointmentAt: new Date(when).toISOString(), technicianId: technicianId || null } }).catch(
              () => undefined,
            );
          }}
        >
          <label>
            {t('job.appointment')}
            <input type="datetime-local" value={when} required onChange={(e) => setWhen(e.target.value)} />
          </label>
          {canAssign && (
            <label>
              {t('job.technician')}
              <select value={technicianId} onChange={(e) => setTechnicianId(e.target.value)}>
                <option value="">{t('job.schedule.notYet')}</option>
                {technicians.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button type="submit" disabled={scheduled.loading}>
            {t(job.status === 'SCHEDULED' ? 'job.schedule.reschedule' : 'job.schedule.schedule')}
          </button>
        </form>
      )}
      {can.start && (
        <button type="button" onClick={() => void start({ variables: { jobId: job.id } }).catch(() => undefined)} disabled={started.loading}>
          {t('job.schedule.start')}
        </button>
      )}
      <ErrorNote error={scheduled.error ?? started.error} />
    </section>
  );
}
