import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { AUTO_DISPATCH, CANCEL, CANDIDATES, CLOSE, OFFER, REOPEN } from './job.documents';
import { CandidateList } from './CandidateList';
import type { CaseFileStatus_JobFragment } from '../../gql/graphql';
import { ErrorNote } from '../../ui/ErrorNote';
import { Loading } from '../../ui/States';
import { useT } from '../../i18n';

/** The dispatcher's side of a case file: offer or broadcast, automatic dispatch, close, reopen, cancel; each as the server allows it now. */
export function DispatchPanel({ job }: { job: Pick<CaseFileStatus_JobFragment, 'id' | 'viewerCan'> }) {
  const can = job.viewerCan;
  const t = useT();
  const dispatchable = can.offer || can.autoDispatch;
  const candidates = useQuery(CANDIDATES, { variables: { jobId: job.id }, skip: !dispatchable });
  const [offer, offered] = useMutation(OFFER);
  const [auto, autoDispatched] = useMutation(AUTO_DISPATCH);
  const [close, closed] = useMutation(CLOSE);
  const [reopen, reopened] = useMutation(REOPEN);
  const [cancel, cancelled] = useMutation(CANCEL);
  const [minutes, setMinutes] = useState(60);
  const [reason, setReason] = useState('');
  // The case file follows from the events; the ranking (pending offers count in it) is read again.
  const refetch = { refetchQueries: ['Candidates'] };

  return (
    <section className="panel" aria-labelledby="dispatch-title">
      <h2 id="dispatch-title">{t('job.dispatch.title')}</h2>
      {dispatchable && (
        <>
          <div className="row">
            <label>
              {t('job.dispatch.expiresAfter')}
              <input type="number" min={1} max={10080} value={minutes} onChange={(e) => setMinutes(Number(e.target.value))} />
            </label>
            <button
              type="button"
              className="secondary"
              hidden={!can.autoDispatch}
              disabled={autoDispatched.loading}
              onClick={() => void auto({ variables: { jobId: job.id }, ...refetch }).catch(() => undefined)}
            >
              {t('job.dispatch.auto')}
            </button>
          </div>
          {!can.offer ? null : candidates.loading && !candidates.data ? (
            <Loading what={t('job.dispatch.ranking')} />
          ) : (
            <CandidateList
              candidates={candidates.data?.dispatchCandidates ?? []}
              busy={offered.loading}
              onOffer={(partnerIds) => void offer({ variables: { jobId: job.id, partnerIds, expiresInMinutes: minutes }, ...refetch }).catch(() => undefined)}
            />
          )}
        </>
      )}
      <ErrorNote error={offered.error ?? autoDispatched.error ?? candidates.error} />
      {can.close && (
        <button type="button" onClick={() => void close({ variables: { jobId: job.id }, ...refetch }).catch(() => undefined)} disabled={closed.loading}>
          {t('job.dispatch.close')}
        </button>
      )}
      {(can.cancel || can.reopen) && (
        <div className="row">
          <label className="grow">
            {t('job.dispatch.reason')}
            <input
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              placeholder={t(can.cancel ? 'job.dispatch.whyCancel' : 'job.dispatch.whatRework')}
            />
          </label>
          {can.cancel ? (
            <button
              type="button"
              className="danger"
              disabled={!reason.trim()}
              onClick={() => void cancel({ variables: { jobId: job.id, reason }, ...refetch }).catch(() => undefined)}
            >
              {t('job.dispatch.cancel')}
            </button>
          ) : (
            <button
              type="button"
              className="secondary"
              disabled={!reason.trim()}
              onClick={() => void reopen({ variables: { jobId: job.id, reason }, ...refetch }).catch(() => undefined)}
            >
              {t('job.dispatch.reopen')}
            </button>
          )}
        </div>
      )}
      <ErrorNote error={closed.error ?? reopened.error ?? cancelled.error} />
    </section>
  );
}
