import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { PartnerStatus } from '../../gql/graphql';
import { Badge, humanize } from '../../ui/Badge';
import { ErrorNote } from '../../ui/ErrorNote';
import { Loading, formatTime } from '../../ui/States';
import { AddPartner, AddUser, EditStandard, GrantCertification, SetPrice } from './AdminForms';
import { TextsEditor } from './TextsEditor';
import { useSession } from '../../session/session';
import { formatMoney } from '../../ui/money';

// The standards' checklist as written (label: labelAsWritten): the admin edits the text itself, not a translation of it.
const NETWORK = graphql(`
  query Network {
    partners { id slug name kind status regions capacity latitude longitude serviceRadiusKm certifications { id productLineName jobTypes expiresAt valid } }
    productLines {
      id name strategy maintenanceIntervalMonths
      models { id name warrantyMonths }
      standards { id jobType responseMinutes resolutionMinutes minPhotos keepPhotoLocation requiresSignature maxLaborMinutes laborRateCeiling { amount currency } requiredReportFields checklist { id label: labelAsWritten } }
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
  if (loading && !data) return <Loading what="Loading the network" />;
  const partners = data?.partners ?? [];
  const lines = data?.productLines ?? [];
  return (
    <div className="stack">
      <h1>Network</h1>
      <ErrorNote error={error} />
      <div className="cards">
        <AddPartner />
        <GrantCertification partners={partners} lines={lines} />
        <SetPrice />
        <AddUser organizations={[...(user ? [{ id: user.organization.id, name: user.organization.name }] : []), ...partners]} />
      </div>
      <section aria-labelledby="partners-title">
        <h2 id="partners-title">Partners</h2>
        <div className="scroll">
          <table className="table">
            <thead>
              <tr>
                <th>Partner</th>
                <th>Kind</th>
                <th>Status</th>
                <th>Regions</th>
                <th>Capacity</th>
                <th>Certifications</th>
                <th>Change</th>
              </tr>
            </thead>
            <tbody>
              {data?.partners.map((partner) => (
                <tr key={partner.id}>
                  <td>
                    {partner.name}
                    <div className="small muted">{partner.slug}</div>
                  </td>
                  <td>{humanize(partner.kind)}</td>
                  <td>
                    <Badge value={partner.status} />
                  </td>
                  <td>{partner.regions.join(', ')}</td>
                  <td>
                    {partner.capacity}
                    {partner.serviceRadiusKm ? <div className="small muted">within {partner.serviceRadiusKm} km</div> : null}
                  </td>
                  <td className="small">
                    {partner.certifications.map((c) => (
                      <div key={c.id} className={c.valid ? '' : 'muted'}>
                        {c.productLineName}: {c.jobTypes.map((t) => humanize(t)).join(', ')} (until {formatTime(c.expiresAt)})
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
        <h2 id="lines-title">Product lines and standards</h2>
        {data?.productLines.map((line) => (
          <details key={line.id} className="panel">
            <summary>
              <strong>{line.name}</strong> · {humanize(line.strategy)}
              {line.maintenanceIntervalMonths ? ` · maintenance every ${line.maintenanceIntervalMonths} months` : ''} ·{' '}
              {line.models.map((m) => m.name).join(', ')}
            </summary>
            <table className="table small">
              <thead>
                <tr>
                  <th>Job type</th>
                  <th>Response</th>
                  <th>Resolution</th>
                  <th>Checklist</th>
                  <th>Photos</th>
                  <th>Signature</th>
                  <th>Labour ceiling</th>
                </tr>
              </thead>
              <tbody>
                {line.standards.map((standard) => (
                  <tr key={standard.id}>
                    <td>{humanize(standard.jobType)}</td>
                    <td>{standard.responseMinutes} min</td>
                    <td>{standard.resolutionMinutes} min</td>
                    <td>{standard.checklist.map((item) => item.label).join('; ')}</td>
                    <td>{standard.minPhotos > 0 ? standard.minPhotos : 'no'}</td>
                    <td>{standard.requiresSignature ? 'yes' : 'no'}</td>
                    <td>
                      {formatMoney(standard.laborRateCeiling)}/h, {standard.maxLaborMinutes} min
                    </td>
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
  return (
    <form
      className="stack small"
      aria-label={`Change ${partner.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        const changes = { capacity, location, serviceRadiusKm: radius === '' ? 0 : Number(radius) };
        void update({ variables: { id: partner.id, changes: { ...changes, ...(statusChanged ? { status, statusReason: reason } : {}) } } }).catch(
          () => undefined,
        );
      }}
    >
      <label>
        Capacity
        <input type="number" min={0} value={capacity} onChange={(e) => setCapacity(Number(e.target.value))} />
      </label>
      <fieldset className="row">
        <legend>Service point</legend>
        <label>
          Latitude
          <input type="number" min={-90} max={90} step="any" value={point.latitude} onChange={(e) => setPoint({ ...point, latitude: e.target.value })} />
        </label>
        <label>
          Longitude
          <input type="number" min={-180} max={180} step="any" value={point.longitude} onChange={(e) => setPoint({ ...point, longitude: e.target.value })} />
        </label>
      </fieldset>
      <label>
        Service radius, km (empty: no limit)
        <input type="number" min={1} value={radius} onChange={(e) => setRadius(e.target.value)} />
      </label>
      <label>
        Status
        <select value={status} onChange={(e) => setStatus(e.target.value as PartnerStatus)}>
          <option value="ACTIVE">Active</option>
          <option value="PROBATION">Probation</option>
          <option value="SUSPENDED">Suspended</option>
        </select>
      </label>
      {statusChanged && (
        <label>
          Why
          <input value={reason} required onChange={(e) => setReason(e.target.value)} />
        </label>
      )}
      <button type="submit" disabled={loading}>
        Save
      </button>
      <ErrorNote error={error} />
    </form>
  );
}
