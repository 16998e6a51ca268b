import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { RETURN_LOANER } from '../job/job.documents';
import type { PartsRequestCard_RequestFragment } from '../../gql/graphql';
import { ErrorNote } from '../../ui/ErrorNote';
import { useFormat, useT } from '../../i18n';

type Line = PartsRequestCard_RequestFragment['lines'][number];

/**
 * A loaner that went out: its return-by date (Overdue once the scheduler says so), and for the
 * partner a "Returned" action that asks for the tracking code it goes back with (optional).
 */
export function LoanerReturn({ line, mayReturn }: { line: Line; mayReturn: boolean }) {
  const t = useT();
  const format = useFormat();
  const [giveBack, givenBack] = useMutation(RETURN_LOANER);
  const [asking, setAsking] = useState(false);
  const [tracking, setTracking] = useState('');
  const sku = line.part.sku;
  if (line.loanerReturnedAt) {
    return (
      <div className="row small">
        {t('parts.card.loanerReturned', { sku, date: format.date(line.loanerReturnedAt) })}
        {line.loanerReturnTrackingCode && <span className="muted">{t('parts.card.tracking', { code: line.loanerReturnTrackingCode })}</span>}
      </div>
    );
  }
  return (
    <div className="stack small">
      <div className="row">
        {t('parts.card.loanerDue', { sku, date: format.date(line.loanerReturnBy) })}
        {line.loanerOverdue && <span className="badge badge-bad">{t('parts.card.overdue')}</span>}
        {mayReturn && !asking && (
          <button type="button" aria-label={t('parts.card.markReturnedLabel', { sku })} onClick={() => setAsking(true)}>
            {t('parts.card.markReturned')}
          </button>
        )}
      </div>
      {mayReturn && asking && (
        <form
          className="row"
          aria-label={t('parts.card.returnForm', { sku })}
          onSubmit={(event) => {
            event.preventDefault();
            void giveBack({ variables: { lineId: line.id, trackingCode: tracking.trim() || null } }).catch(() => undefined);
          }}
        >
          <label className="grow">
            {t('parts.card.returnTracking')}
            <input value={tracking} maxLength={200} onChange={(e) => setTracking(e.target.value)} />
          </label>
          <button type="submit" disabled={givenBack.loading}>
            {t('parts.card.confirmReturned')}
          </button>
          <button type="button" className="secondary" onClick={() => setAsking(false)}>
            {t('parts.card.cancel')}
          </button>
        </form>
      )}
      <ErrorNote error={givenBack.error} />
    </div>
  );
}
