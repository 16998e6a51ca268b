import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { JobType, Role } from '../../gql/graphql';
import { useSession } from '../../session/session';
import { ErrorNote } from '../../ui/ErrorNote';
import { Loading } from '../../ui/States';
import { describeUpload, uploadFile } from '../work/upload';
import { useEnumLabel, useFormat, useT } from '../../i18n';
import { EnumOptions } from '../../ui/EnumOptions';

const TEAM = graphql(`
  query Team {
    colleagues { id name email role }
    technicianCertifications { id technicianId productLineName jobTypes expiresAt valid certificate { id url } }
    certifiableProductLines { id name }
  }
`);

const ADD_PERSON = graphql(`
  mutation AddTeamMember($input: UserInput!) { createUser(input: $input) { id name email role } }
`);

const ADD_CERTIFICATION = graphql(`
  mutation AddTeamCertification($input: TechnicianCertificationInput!) {
    addTechnicianCertification(input: $input) { id technicianId productLineName jobTypes expiresAt valid certificate { id url } }
  }
`);

const ROLES: Role[] = ['TECHNICIAN', 'PARTNER_ADMIN'];
const JOB_TYPES: JobType[] = ['REPAIR', 'MAINTENANCE', 'INSPECTION', 'INSTALLATION', 'TRAINING', 'DELIVERY'];

/** A firm's admin's team: its people, and its technicians' certifications with their uploaded certificates. */
export function TeamPage() {
  const t = useT();
  const f = useFormat();
  const label = useEnumLabel();
  const { data, loading, error } = useQuery(TEAM);
  if (loading && !data) return <Loading what={t('onboarding.team.loading')} />;
  const people = data?.colleagues ?? [];
  const certifications = data?.technicianCertifications ?? [];
  const technicians = people.filter((person) => person.role === 'TECHNICIAN');
  return (
    <div className="stack">
      <h1>{t('onboarding.team.title')}</h1>
      <ErrorNote error={error} />
      <div className="cards">
        <AddPerson />
        <AddCertification technicians={technicians} lines={data?.certifiableProductLines ?? []} />
      </div>
      <section aria-labelledby="team-title">
        <h2 id="team-title">{t('onboarding.team.people')}</h2>
        <table className="table">
          <thead>
            <tr>
              <th>{t('onboarding.team.name')}</th>
              <th>{t('onboarding.team.role')}</th>
              <th>{t('onboarding.team.certifications')}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id}>
                <td>
                  {person.name}
                  <div className="small muted">{person.email}</div>
                </td>
                <td>{label('Role', person.role)}</td>
                <td className="small">
                  {certifications
                    .filter((c) => c.technicianId === person.id)
                    .map((c) => (
                      <div key={c.id} className={c.valid ? '' : 'muted'}>
                        {t('onboarding.certification.line', {
                          line: c.productLineName,
                          jobTypes: f.list(c.jobTypes.map((jobType) => label('JobType', jobType))),
                          until: f.date(c.expiresAt),
                        })}{' '}
                        {c.certificate && (
                          <a href={c.certificate.url} target="_blank" rel="noreferrer">
                            {t('onboarding.certification.file')}
                          </a>
                        )}
                      </div>
                    ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

function AddPerson() {
  const t = useT();
  const { user } = useSession();
  const [create, { loading, error }] = useMutation(ADD_PERSON, {
    update(cache, { data }) {
      const person = data?.createUser;
      if (person) cache.updateQuery({ query: TEAM }, (team) => (team ? { ...team, colleagues: [...team.colleagues, person] } : team));
    },
  });
  const empty = { name: '', email: '', password: '', role: 'TECHNICIAN' as Role };
  const [v, set] = useState(empty);
  return (
    <form
      className="panel stack"
      aria-label={t('onboarding.team.addPerson')}
      onSubmit={(event) => {
        event.preventDefault();
        if (!user) return;
        void create({ variables: { input: { ...v, organizationId: user.organization.id } } })
          .then(() => set(empty))
          .catch(() => undefined);
      }}
    >
      <h2>{t('onboarding.team.addPerson')}</h2>
      <label>
        {t('onboarding.team.name')}
        <input required value={v.name} onChange={(e) => set({ ...v, name: e.target.value })} />
      </label>
      <label>
        {t('onboarding.team.email')}
        <input required type="email" value={v.email} onChange={(e) => set({ ...v, email: e.target.value })} />
      </label>
      <label>
        {t('onboarding.team.password')}
        <input
          required
          type="password"
          minLength={8}
          autoComplete="new-password"
          value={v.password}
          onChange={(e) => set({ ...v, password: e.target.value })}
        />
      </label>
      <label>
        {t('onboarding.team.role')}
        <select value={v.role} onChange={(e) => set({ ...v, role: e.target.value as Role })}>
          <EnumOptions of="Role" values={ROLES} />
        </select>
      </label>
      <ErrorNote error={error} />
      <button type="submit" disabled={loading}>
        {t('onboarding.team.add')}
      </button>
    </form>
  );
}

function AddCertification({ technicians, lines }: { technicians: { id: string; name: string }[]; lines: { id: string; name: string }[] }) {
  const t = useT();
  const label = useEnumLabel();
  const { token } = useSession();
  const [add, { loading, error }] = useMutation(ADD_CERTIFICATION, {
    update(cache, { data }) {
      const added = data?.addTechnicianCertification;
      if (added) cache.updateQuery({ query: TEAM }, (team) => (team ? { ...team, technicianCertifications: [...team.technicianCertifications, added] } : team));
    },
  });
  const [technicianId, setTechnician] = useState('');
  const [productLineId, setLine] = useState('');
  const [jobTypes, setJobTypes] = useState<JobType[]>(['REPAIR']);
  const [expires, setExpires] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const chosenTechnician = technicianId || technicians[0]?.id || '';
  const chosenLine = productLineId || lines[0]?.id || '';
  async function submit() {
    setUploadError(null);
    let certificateId: string | null = null;
    if (file) {
      setUploading(true);
      certificateId = await uploadFile(token, '', 'CERTIFICATE', file).catch((failure: unknown) => {
        setUploadError(describeUpload(failure, t));
        return null;
      });
      setUploading(false);
      if (!certificateId) return;
    }
    await add({
      variables: {
        input: { technicianId: chosenTechnician, productLineId: chosenLine, jobTypes, expiresAt: new Date(`${expires}T23:59:59`).toISOString(), certificateId },
      },
    }).catch(() => undefined);
  }
  return (
    <form
      className="panel stack"
      aria-label={t('onboarding.team.addCertification')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2>{t('onboarding.team.addCertification')}</h2>
      <label>
        {t('onboarding.team.technician')}
        <select required value={chosenTechnician} onChange={(e) => setTechnician(e.target.value)}>
          {technicians.map((technician) => (
            <option key={technician.id} value={technician.id}>
              {technician.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('onboarding.team.line')}
        <select required value={chosenLine} onChange={(e) => setLine(e.target.value)}>
          {lines.map((line) => (
            <option key={line.id} value={line.id}>
              {line.name}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="row">
        <legend>{t('onboarding.team.jobTypes')}</legend>
        {JOB_TYPES.map((jobType) => (
          <label key={jobType}>
            <input
              type="checkbox"
              checked={jobTypes.includes(jobType)}
              onChange={(e) => setJobTypes(e.target.checked ? [...jobTypes, jobType] : jobTypes.filter((x) => x !== jobType))}
            />
            {label('JobType', jobType)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('onboarding.team.expires')}
        <input required type="date" value={expires} onChange={(e) => setExpires(e.target.value)} />
      </label>
      <label>
        {t('onboarding.team.certificate')}
        <input type="file" accept="application/pdf,image/jpeg,image/png,image/webp" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </label>
      {uploadError && (
        <p role="alert" className="note note-error">
          {uploadError}
        </p>
      )}
      <ErrorNote error={error} />
      <button type="submit" disabled={loading || uploading || technicians.length === 0 || lines.length === 0}>
        {t(uploading ? 'onboarding.team.uploading' : 'onboarding.team.add')}
      </button>
    </form>
  );
}
