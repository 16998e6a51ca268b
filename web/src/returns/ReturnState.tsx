import type { ReturnRow_ReturnFragment } from '../gql/graphql';
import { useEnumLabel, useFormat, useT } from '../i18n';

const TONE: Record<string, string> = { REQUESTED: 'info', SHIPPED: 'busy', RECEIVED: 'calm', INSPECTED: 'good' };
const RESULT_TONE: Record<string, string> = { CONFIRMED_FAULT: 'good', NO_FAULT_FOUND: 'bad', MISUSE: 'bad' };

/** Where a return stands: its state (and result), the date that matters now, the tracking code. */
export function ReturnStateNote({ ra }: { ra: ReturnRow_ReturnFragment }) {
  const t = useT();
  const f = useFormat();
  const label = useEnumLabel();
  return (
    <span className="stack small">
      <span className="row">
        <span className={`badge badge-${TONE[ra.state] ?? 'calm'}`}>{label('ReturnState', ra.state)}</span>
        {ra.result && <span className={`badge badge-${RESULT_TONE[ra.result] ?? 'calm'}`}>{label('InspectionResult', ra.result)}</span>}
      </span>
      {ra.state === 'REQUESTED' && ra.returnBy && <span>{t('returns.returnBy', { date: f.date(ra.returnBy) })}</span>}
      {ra.trackingCode && <span>{t('returns.tracking', { code: ra.trackingCode })}</span>}
      {ra.inspectionNote && <span className="muted">{ra.inspectionNote}</span>}
    </span>
  );
}
