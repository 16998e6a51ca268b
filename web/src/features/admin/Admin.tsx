import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { PartnerStatus } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { ErrorNote } from '../../ui/ErrorNote';
import { Loading } from '../../ui/States';
import { AddPartner, AddUser, EditStandard, GrantCertification, SetPrice } from './AdminForms';
import { TextsEditor } from './TextsEditor';
import { PartnerInvitations } from '../onboarding/PartnerInvitations';
import { useSession } from '../../session/session';
import { useEnumLabel, useFormat, useT } from '../../i18n';
import { EnumOptions } from '../../ui/EnumOptions';

// The standards' checklist as written (label: labelAsWritten): the admin edits the text itself, not a translation of it.
const NETWORK = graphql(`
  query Network {
    partners { id slug name kind status regions capacity latitude longitude serviceRadiusKm certifications { id productLineName jobTypes expiresAt valid } }
    productLines {
      id name strategy maintenanceIntervalMonths
      models { id name warrantyMonths }
      standards { id jobType responseMinutes resolutionMinutes minPhotos keepPhotoLocation requiresSignature requiresCertifiedTechnician maxLaborMinutes laborRateCeiling { amount currency } requiredReportFields checklist { id label: labelAsWritten } }
    }
  }
`);

const UPDATE_PARTNER = graphql(`
  mutation UpdatePartner($id: ID!, $changes: PartnerChangesInput!) { updatePartner(id: $id, changes: $changes) { id status capacity regions latitude longitude serviceRadiusKm } }
`);

/** The admin's view of the network: partners with their status, regions, capacity and certifications; lines and standards. */
export function Admin() {
  const { user } = useSession();
  const { data, loading, error } = useQuery(NETWORK);
  const t = useT();
  const f = useFormat();
  const label = useEnumLabel();
  if (loading && !data) return <Loading what={t('admin.loading')} />;
  const partners = data?.partners ?? [];
  const lines = data?.productLines ?? [];
  return (
    <div className="stack">
      <h1>{t('admin.title')}</h1>
      <ErrorNote error={error} />
      <div className="cards">
        <AddPartner />
        <GrantCertification partners={partners} lines={lines} />
        <SetPrice />
        <AddUser organizations={[...(user ? [{ id: user.organization.id, name: user.organization.name }] : []), ...partners]} />
      </div>
      <PartnerInvitations />
      <section aria-labelledby="partners-title">
        <h2 id="partners-title">{t('admin.partners.title')}</h2>
        <div className="scroll">
          <table className="table">
            <thead>
              <tr>
                <th>{t('admin.partners.partner')}</th>
                <th>{t('admin.partners.kind')}</th>
                <th>{t('admin.partners.status')}</th>
                <th>{t('admin.partners.regions')}</th>
                <th>{t('admin.partners.capacity')}</th>
                <th>{t('admin.partners.certifications')}</th>
                <th>{t('admin.partners.change')}</th>
              </tr>
            </thead>
            <tbody>
              {data?.partners.map((partner) => (
                <tr key={partner.id}>
                  <td>
                    {partner.name}
                    <div className="small muted">{partner.slug}</div>
                  </td>
                  <td>{label('OrgKind', partner.kind)}</td>
                  <td>
                    <Badge value={partner.status} />
                  </td>
                  <td>{partner.regions.join(', ')}</td>
                  <td>
                    {partner.capacity}
                    {partner.serviceRadiusKm ? <div className="small muted">{t('admin.partners.within', { km: partner.serviceRadiusKm })}</div> : null}
                  </td>
                  <td className="small">
                    {partner.certifications.map((c) => (
                      <div key={c.id} className={c.valid ? '' : 'muted'}>
                        {t('admin.partners.certification', {
                          line: c.productLineName,
                          jobTypes: f.list(c.jobTypes.map((jobType) => label('JobType', jobType))),
                          until: f.dateTime(c.expiresAt),
                        })}
                      </div>
                    ))}
                  </td>
                  <td>
                    <PartnerChange partner={partner} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="lines-title">
        <h2 id="lines-title">{t('admin.lines.title')}</h2>
        {data?.productLines.map((line) => (
          <details key={line.id} className="panel">
            <summary>
              <strong>{line.name}</strong> · {label('ServiceStrategy', line.strategy)}
              {line.maintenanceIntervalMonths ? ` · ${t('admin.lines.maintenance', { months: line.maintenanceIntervalMonths })}` : ''} ·{' '}
              {line.models.map((m) => m.name).join(', ')}
            </summary>
            <table className="table small">
              <thead>
                <tr>
                  <th>{t('admin.lines.jobType')}</th>
                  <th>{t('admin.lines.response')}</th>
                  <th>{t('admin.lines.resolution')}</th>
                  <th>{t('admin.lines.checklist')}</th>
                  <th>{t('admin.lines.photos')}</th>
                  <th>{t('admin.lines.signature')}</th>
                  <th>{t('admin.lines.certifiedTechnician')}</th>
                  <th>{t('admin.lines.laborCeiling')}</th>
                </tr>
              </thead>
              <tbody>
                {line.standards.map((standard) => (
                  <tr key={standard.id}>
                    <td>{label('JobType', standard.jobType)}</td>
                    <td>{t('admin.minutes', { minutes: standard.responseMinutes })}</td>
                    <td>{t('admin.minutes', { minutes: standard.resolutionMinutes })}</td>
                    <td>{standard.checklist.map((item) => item.label).join('; ')}</td>
                    <td>{standard.minPhotos > 0 ? standard.minPhotos : t('admin.no')}</td>
                    <td>{t(standard.requiresSignature ? 'admin.yes' : 'admin.no')}</td>
                    <td>{t(standard.requiresCertifiedTechnician ? 'admin.yes' : 'admin.no')}</td>
                    <td>{t('admin.lines.ceiling', { rate: f.money(standard.laborRateCeiling), minutes: standard.maxLaborMinutes })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="cards">
              {line.standards.map((standard) => (
                <EditStandard key={standard.id} productLineId={line.id} standard={standard} />
              ))}
            </div>
          </details>
        ))}
      </section>
      <TextsEditor />
    </div>
  );
}

interface PartnerTerms {
  id: string;
  name: string;
  status?: PartnerStatus | null;
  capacity: number;
  latitude?: number | null;
  longitude?: number | null;
  serviceRadiusKm?: number | null;
}

const STATUSES: PartnerStatus[] = ['ACTIVE', 'PROBATION', 'SUSPENDED'];

const text = (value?: number | null) => (value === null || value === undefined ? '' : String(value));

function PartnerChange({ partner }: { partner: PartnerTerms }) {
  const [update, { loading, error }] = useMutation(UPDATE_PARTNER, { refetchQueries: ['Network'] });
  const [capacity, setCapacity] = useState(partner.capacity);
  const [point, setPoint] = useState({ latitude: text(partner.latitude), longitude: text(partner.longitude) });
  const [radius, setRadius] = useState(text(partner.serviceRadiusKm));
  // Both coordinates or none: the server takes a whole point.
  const location = point.latitude !== '' && point.longitude !== '' ? { latitude: Number(point.latitude), longitude: Number(point.longitude) } : null;
  const [status, setStatus] = useState<PartnerStatus>(partner.status ?? 'ACTIVE');
  const [reason, setReason] = useState('');
  const statusChanged = status !== partner.status;
  const t = useT();
  return (
    <form
      className="stack small"
      aria-label={t('admin.change.label', { partner: partner.name })}
      onSubmit={(event) => {
        event.preventDefault();
        const changes = { capacity, location, serviceRadiusKm: radius === '' ? 0 : Number(radius) };
        void update({ variables: { id: partner.id, changes: { ...changes, ...(statusChanged ? { status, statusReason: reason } : {}) } } }).catch(
          () => undefined,
        );
      }}
    >
      <label>
        {t('admin.change.capacity')}
        <input type="number" min={0} value={capacity} onChange={(e) => setCapacity(Number(e.target.value))} />
      </label>
      <fieldset className="row">
        <legend>{t('admin.change.point')}</legend>
        <label>
          {t('admin.change.latitude')}
          <input type="number" min={-90} max={90} step="any" value={point.latitude} onChange={(e) => setPoint({ ...point, latitude: e.target.value })} />
        </label>
        <label>
          {t('admin.change.longitude')}
          <input type="number" min={-180} max={180} step="any" value={point.longitude} onChange={(e) => setPoint({ ...point, longitude: e.target.value })} />
        </label>
      </fieldset>
      <label>
        {t('admin.change.radius')}
        <input type="number" min={1} value={radius} onChange={(e) => setRadius(e.target.value)} />
      </label>
      <label>
        {t('admin.change.status')}
        <select value={status} onChange={(e) => setStatus(e.target.value as PartnerStatus)}>
          <EnumOptions of="PartnerStatus" values={STATUSES} />
        </select>
      </label>
      {statusChanged && (
        <label>
          {t('admin.change.why')}
          <input value={reason} required onChange={(e) => setReason(e.target.value)} />
        </label>
      )}
      <button type="submit" disabled={loading}>
        {t('admin.save')}
      </button>
      <ErrorNote error={error} />
    </form>
  );
}
