import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { FindingSeverity } from '../../gql/graphql';
import { ErrorNote } from '../../ui/ErrorNote';
import { useT } from '../../i18n';
import { EnumOptions } from '../../ui/EnumOptions';

const SEVERITIES: FindingSeverity[] = ['MINOR', 'MAJOR', 'CRITICAL'];

const RECORD = graphql(`
  mutation RecordFinding($input: RecordFindingInput!) { recordFinding(input: $input) { id } }
`);

/** The auditor records a finding with a due date for the corrective action. */
export function RecordFinding({ partnerId }: { partnerId: string }) {
  const [record, { loading, error }] = useMutation(RECORD, { refetchQueries: ['Findings'] });
  const [severity, setSeverity] = useState<FindingSeverity>('MINOR');
  const [text, setText] = useState('');
  const [due, setDue] = useState(() => new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10));
  const t = useT();
  function submit(event: FormEvent) {
    event.preventDefault();
    void record({ variables: { input: { partnerId, severity, text, correctiveActionDueAt: new Date(`${due}T17:00:00`).toISOString() } } })
      .then(() => setText(''))
      .catch(() => undefined);
  }
  return (
    <form className="panel row" onSubmit={submit} aria-label={t('audit.record.label')}>
      <label>
        {t('audit.record.severity')}
        <select value={severity} onChange={(e) => setSeverity(e.target.value as FindingSeverity)}>
          <EnumOptions of="FindingSeverity" values={SEVERITIES} />
        </select>
      </label>
      <label className="grow">
        {t('audit.record.finding')}
        <input value={text} required onChange={(e) => setText(e.target.value)} />
      </label>
      <label>
        {t('audit.record.due')}
        <input type="date" value={due} onChange={(e) => setDue(e.target.value)} />
      </label>
      <button type="submit" disabled={loading || !text.trim()}>
        {t('audit.record.submit')}
      </button>
      <ErrorNote error={error} />
    </form>
  );
}
