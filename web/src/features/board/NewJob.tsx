import { useState, type FormEvent } from 'react';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import type { JobType } from '../../gql/graphql';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatTime } from '../../ui/States';
import { humanize } from '../../ui/Badge';

const EQUIPMENT = graphql(`
  query EquipmentBySerial($serial: String!) {
    equipmentBySerial(serial: $serial) {
      id serial siteAddress region underWarranty warrantyEndsOn underContract
      model { id name productLine { id name strategy } }
      customer { id name phone email }
    }
  }
`);

const CREATE = graphql(`
  mutation CreateJob($input: CreateJobInput!) {
    createJob(input: $input) { id number coverage priority }
  }
`);

const TYPES: JobType[] = ['REPAIR', 'MAINTENANCE', 'INSPECTION', 'INSTALLATION', 'TRAINING', 'DELIVERY'];

/** Registers a customer call: the unit is found by serial, warranty and customer shown; the rest is derived. */
export function NewJob() {
  const navigate = useNavigate();
  const [serial, setSerial] = useState('');
  const [type, setType] = useState<JobType>('REPAIR');
  const [description, setDescription] = useState('');
  // One key per form, so a double submit or a retry creates the job once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [lookup, equipment] = useLazyQuery(EQUIPMENT);
  const [create, created] = useMutation(CREATE);
  const unit = equipment.data?.equipmentBySerial;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await create({ variables: { input: { serial, type, description, idempotencyKey } } }).catch(() => null);
    if (result?.data) navigate(`/jobs/${result.data.createJob.id}`);
  }

  return (
    <section className="narrow" aria-labelledby="new-job-title">
      <h1 id="new-job-title">New job</h1>
      <form onSubmit={submit} className="stack">
        <div className="row">
          <label className="grow">
            Serial number
            <input
              name="serial"
              value={serial}
              required
              onChange={(e) => setSerial(e.target.value)}
              onBlur={() => serial && void lookup({ variables: { serial } })}
            />
          </label>
          <button type="button" className="secondary" onClick={() => void lookup({ variables: { serial } })} disabled={!serial}>
            Look up
          </button>
        </div>
        {equipment.called && !equipment.loading && !unit && (
          <p role="alert" className="note note-error">
            No unit with this serial in your network.
          </p>
        )}
        {unit && (
          <section className="note" aria-label="Equipment">
            <strong>{unit.model.name}</strong> · {unit.model.productLine.name} ({humanize(unit.model.productLine.strategy)})
            <div>
              {unit.customer?.name ?? 'No customer'} · {unit.siteAddress} · {unit.region}
            </div>
            <div>
              {unit.underWarranty
                ? `Under warranty until ${formatTime(unit.warrantyEndsOn)}`
                : unit.underContract
                  ? 'Service contract'
                  : 'Paid work: warranty ended'}
            </div>
          </section>
        )}
        <label>
          Job type
          <select name="type" value={type} onChange={(e) => setType(e.target.value as JobType)}>
            {TYPES.map((t) => (
              <option key={t} value={t}>
                {humanize(t)}
              </option>
            ))}
          </select>
        </label>
        <label>
          What the customer reports
          <textarea name="description" required maxLength={10_000} rows={4} value={description} onChange={(e) => setDescription(e.target.value)} />
        </label>
        <ErrorNote error={created.error} />
        <button type="submit" disabled={created.loading}>
          Register job
        </button>
      </form>
    </section>
  );
}
