import { useState, type FormEvent } from 'react';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import type { JobType } from '../../gql/graphql';
import { ErrorNote } from '../../ui/ErrorNote';
import { useEnumLabel, useFormat, useT } from '../../i18n';
import { EnumOptions } from '../../ui/EnumOptions';

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
  const t = useT();
  const format = useFormat();
  const enumLabel = useEnumLabel();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await create({ variables: { input: { serial, type, description, idempotencyKey } } }).catch(() => null);
    if (result?.data) navigate(`/jobs/${result.data.createJob.id}`);
  }

  return (
    <section className="narrow" aria-labelledby="new-job-title">
      <h1 id="new-job-title">{t('board.new.title')}</h1>
      <form onSubmit={submit} className="stack">
        <div className="row">
          <label className="grow">
            {t('board.new.serial')}
            <input
              name="serial"
              value={serial}
              required
              onChange={(e) => setSerial(e.target.value)}
              onBlur={() => serial && void lookup({ variables: { serial } })}
            />
          </label>
          <button type="button" className="secondary" onClick={() => void lookup({ variables: { serial } })} disabled={!serial}>
            {t('board.new.lookUp')}
          </button>
        </div>
        {equipment.called && !equipment.loading && !unit && (
          <p role="alert" className="note note-error">
            {t('board.new.noUnit')}
          </p>
        )}
        {unit && (
          <section className="note" aria-label={t('board.new.equipment')}>
            <strong>{unit.model.name}</strong> · {unit.model.productLine.name} ({enumLabel('ServiceStrategy', unit.model.productLine.strategy)})
            <div>
              {unit.customer?.name ?? t('board.new.noCustomer')} · {unit.siteAddress} · {unit.region}
            </div>
            <div>
              {unit.underWarranty
                ? t('board.new.underWarranty', { until: format.date(unit.warrantyEndsOn) })
                : t(unit.underContract ? 'board.new.contract' : 'board.new.paid')}
            </div>
          </section>
        )}
        <label>
          {t('board.new.type')}
          <select name="type" value={type} onChange={(e) => setType(e.target.value as JobType)}>
            <EnumOptions of="JobType" values={TYPES} />
          </select>
        </label>
        <label>
          {t('board.new.description')}
          <textarea name="description" required maxLength={10_000} rows={4} value={description} onChange={(e) => setDescription(e.target.value)} />
        </label>
        <ErrorNote error={created.error} />
        <button type="submit" disabled={created.loading}>
          {t('board.new.register')}
        </button>
      </form>
    </section>
  );
}
