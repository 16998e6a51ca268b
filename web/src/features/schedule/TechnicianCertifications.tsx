import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { JobType } from '../../gql/graphql';
import { useEnumLabel, useFormat, useT } from '../../i18n';
import { ErrorNote } from '../../ui/ErrorNote';
import { ADD_TECHNICIAN_CERTIFICATION, REMOVE_TECHNICIAN_CERTIFICATION, TECHNICIAN_CERTIFICATIONS } from './schedule.documents';

const JOB_TYPES: JobType[] = ['REPAIR', 'MAINTENANCE', 'INSPECTION', 'INSTALLATION', 'TRAINING', 'DELIVERY'];
/** The list is one technician's: the answer of a change is read again with it (a small list, on this panel only). */
const REFETCH = { refetchQueries: ['TechnicianCertifications'], awaitRefetchQueries: true };
const inAYear = () => new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);

/**
 * The partner admin adds and removes a technician's certifications: a product line the
 * organization itself is certified for, the job types, until when. A standard that requires a
 * certified technician asks for one of these.
 */
export function TechnicianCertifications({ technicianId, name }: { technicianId: string; name: string }) {
  const t = useT();
  const f = useFormat();
  const label = useEnumLabel();
  const { data, error } = useQuery(TECHNICIAN_CERTIFICATIONS, { variables: { technicianId } });
  const [add, adding] = useMutation(ADD_TECHNICIAN_CERTIFICATION, REFETCH);
  const [remove, removing] = useMutation(REMOVE_TECHNICIAN_CERTIFICATION, REFETCH);
  const [productLineId, setLine] = useState('');
  const [jobTypes, setJobTypes] = useState<JobType[]>(['REPAIR']);
  const [until, setUntil] = useState(inAYear);
  const lines = [...new Map((data?.me.organization.certifications ?? []).map((c) => [c.productLineId, c.productLineName])).entries()];
  const held = data?.technicianCertifications ?? [];
  return (
    <section className="panel stack" aria-labelledby="technician-certifications-title">
      <h2 id="technician-certifications-title">{t('schedule.certifications.title', { name })}</h2>
      <ErrorNote error={error} />
      {held.length === 0 ? (
        <p className="small muted">{t('schedule.certifications.none')}</p>
      ) : (
        <ul className="stack small">
          {held.map((c) => {
            const what = t('schedule.certifications.item', {
              line: c.productLineName,
              jobTypes: f.list(c.jobTypes.map((jobType) => label('JobType', jobType))),
              until: f.date(c.expiresAt),
            });
            return (
              <li key={c.id} className={`row ${c.valid ? '' : 'muted'}`}>
                <span>{what}</span>
                {!c.valid && <span className="badge badge-bad">{t('schedule.certifications.expired')}</span>}
                <button
                  type="button"
                  className="secondary"
                  disabled={removing.loading}
                  aria-label={t('schedule.certifications.removeLabel', { what })}
                  onClick={() => void remove({ variables: { id: c.id } }).catch(() => undefined)}
                >
                  {t('schedule.certifications.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form
        className="stack"
        aria-label={t('schedule.certifications.addLabel', { name })}
        onSubmit={(event) => {
          event.preventDefault();
          const expiresAt = new Date(`${until}T23:59:00`).toISOString();
          void add({ variables: { input: { technicianId, productLineId, jobTypes, expiresAt } } }).catch(() => undefined);
        }}
      >
        <label>
          {t('schedule.certifications.line')}
          <select required value={productLineId} onChange={(e) => setLine(e.target.value)}>
            <option value="">{t('schedule.certifications.choose')}</option>
            {lines.map(([id, lineName]) => (
              <option key={id} value={id}>
                {lineName}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{t('schedule.certifications.jobTypes')}</legend>
          {JOB_TYPES.map((jobType) => (
            <label key={jobType} className="row">
              <input
                type="checkbox"
                checked={jobTypes.includes(jobType)}
                onChange={(e) => setJobTypes(e.target.checked ? [...jobTypes, jobType] : jobTypes.filter((x) => x !== jobType))}
              />{' '}
              {label('JobType', jobType)}
            </label>
          ))}
        </fieldset>
        <label>
          {t('schedule.certifications.until')}
          <input type="date" required value={until} onChange={(e) => setUntil(e.target.value)} />
        </label>
        <ErrorNote error={adding.error ?? removing.error} />
        <button type="submit" disabled={adding.loading || jobTypes.length === 0}>
          {t('schedule.certifications.add')}
        </button>
      </form>
    </section>
  );
}
