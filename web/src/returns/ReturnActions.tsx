import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { InspectionResult, ReturnRow_ReturnFragment } from '../gql/graphql';
import { useT } from '../i18n';
import { ErrorNote } from '../ui/ErrorNote';
import { INSPECT_RETURN, RECEIVE_RETURN, SHIP_RETURN } from './returns.documents';
import { EnumOptions } from '../ui/EnumOptions';

const RESULTS: InspectionResult[] = ['CONFIRMED_FAULT', 'NO_FAULT_FOUND', 'MISUSE'];

/**
 * The step the viewer may take on a return now (the server says which): the partner ships it with
 * a tracking code, the manufacturer records its arrival, then inspects it with a result and a note.
 * The answer updates the return in the cache (and its claim line, on an inspection).
 */
export function ReturnActions({ ra }: { ra: ReturnRow_ReturnFragment }) {
  const t = useT();
  const [ship, shipping] = useMutation(SHIP_RETURN);
  const [receive, receiving] = useMutation(RECEIVE_RETURN);
  const [inspect, inspecting] = useMutation(INSPECT_RETURN);
  const [tracking, setTracking] = useState('');
  const [result, setResult] = useState<InspectionResult>('CONFIRMED_FAULT');
  const [note, setNote] = useState('');
  const can = ra.viewerCan;
  return (
    <div className="stack small">
      {can.ship && (
        <form
          className="row"
          aria-label={t('returns.ship.label', { number: ra.number })}
          onSubmit={(event) => {
            event.preventDefault();
            void ship({ variables: { returnId: ra.id, trackingCode: tracking } }).catch(() => undefined);
          }}
        >
          <label className="grow">
            {t('returns.ship.tracking')}
            <input required maxLength={200} value={tracking} onChange={(e) => setTracking(e.target.value)} />
          </label>
          <button type="submit" disabled={shipping.loading}>
            {t('returns.ship.submit')}
          </button>
        </form>
      )}
      {can.receive && (
        <button type="button" disabled={receiving.loading} onClick={() => void receive({ variables: { returnId: ra.id } }).catch(() => undefined)}>
          {t('returns.receive')}
        </button>
      )}
      {can.inspect && (
        <form
          className="stack"
          aria-label={t('returns.inspect.label', { number: ra.number })}
          onSubmit={(event) => {
            event.preventDefault();
            void inspect({ variables: { returnId: ra.id, result, note: note.trim() || null } }).catch(() => undefined);
          }}
        >
          <label>
            {t('returns.inspect.result')}
            <select value={result} onChange={(e) => setResult(e.target.value as InspectionResult)}>
              <EnumOptions of="InspectionResult" values={RESULTS} />
            </select>
          </label>
          {result !== 'CONFIRMED_FAULT' && <p className="small muted">{t('returns.inspect.rejects')}</p>}
          <label>
            {t('returns.inspect.note')}
            <input maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          <button type="submit" disabled={inspecting.loading}>
            {t('returns.inspect.submit')}
          </button>
        </form>
      )}
      <ErrorNote error={shipping.error ?? receiving.error ?? inspecting.error} />
    </div>
  );
}
