import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../../gql';
import type { ServiceRequestsQuery } from '../../gql/graphql';
import { ErrorNote } from '../../ui/ErrorNote';
import { Empty, Loading } from '../../ui/States';
import { useFormat, useT } from '../../i18n';

const REQUESTS = graphql(`
  query ServiceRequests($status: ServiceRequestStatus) {
    serviceRequests(status: $status) { id status serial description contactName contactEmail contactPhone address createdAt handledAt jobId jobNumber }
  }
`);

const FROM_REQUEST = graphql(`
  mutation CreateJobFromServiceRequest($id: ID!, $serial: String!) { createJobFromServiceRequest(id: $id, serial: $serial) { id } }
`);

const HANDLED = graphql(`
  mutation MarkServiceRequestHandled($id: ID!) { markServiceRequestHandled(id: $id) { id status handledAt } }
`);

/** Requests are no live events: the list reads again when the dispatcher comes back to it, and every minute. */
const REFRESH_MS = 60_000;

/**
 * The customers' requests whose unit was not found by its serial: the dispatcher finds the unit
 * and opens the job (the customer's link then shows it), or marks the request handled. Requests
 * whose unit was found are already jobs on the board.
 */
export function ServiceRequests() {
  const { data, loading, error } = useQuery(REQUESTS, { variables: { status: 'NEW' }, pollInterval: REFRESH_MS });
  const requests = data?.serviceRequests ?? [];
  const t = useT();
  return (
    <section aria-labelledby="requests-title" className="stack">
      <h1 id="requests-title">{t('requests.title')}</h1>
      <p className="muted">{t('requests.intro')}</p>
      <ErrorNote error={error} />
      {loading && !data ? (
        <Loading what={t('requests.loading')} />
      ) : requests.length === 0 ? (
        <Empty>{t('requests.none')}</Empty>
      ) : (
        <div className="cards">
          {requests.map((request) => (
            <RequestCard key={request.id} request={request} />
          ))}
        </div>
      )}
    </section>
  );
}

function RequestCard({ request }: { request: ServiceRequestsQuery['serviceRequests'][number] }) {
  const navigate = useNavigate();
  const [serial, setSerial] = useState(request.serial);
  const [open, opening] = useMutation(FROM_REQUEST, { refetchQueries: [REQUESTS] });
  const [handle, handling] = useMutation(HANDLED, { refetchQueries: [REQUESTS] });
  const serialId = `serial-${request.id}`;
  const t = useT();
  const format = useFormat();

  function openJob(event: FormEvent) {
    event.preventDefault();
    void open({ variables: { id: request.id, serial } })
      .then((result) => result.data && navigate(`/jobs/${result.data.createJobFromServiceRequest.id}`))
      .catch(() => undefined);
  }
  return (
    <article className="card" aria-label={t('requests.card.label', { serial: request.serial })}>
      <div className="row spread">
        <strong>{t('requests.card.serialAsTyped', { serial: request.serial })}</strong>
        <time className="small muted" dateTime={request.createdAt}>
          {format.dateTime(request.createdAt)}
        </time>
      </div>
      <p>{request.description}</p>
      <div className="small">
        {request.contactName ?? t('requests.card.contactRemoved')}
        {request.contactEmail && (
          <>
            {' · '}
            <a href={`mailto:${request.contactEmail}`}>{request.contactEmail}</a>
          </>
        )}
        {request.contactPhone && ` · ${request.contactPhone}`}
      </div>
      {request.address && <div className="small muted">{request.address}</div>}
      {request.jobId ? (
        <Link to={`/jobs/${request.jobId}`}>{request.jobNumber}</Link>
      ) : (
        <form className="row" onSubmit={openJob}>
          <label htmlFor={serialId}>{t('requests.card.serial')}</label>
          <input id={serialId} value={serial} onChange={(e) => setSerial(e.target.value)} required maxLength={64} />
          <button type="submit" disabled={opening.loading}>
            {t('requests.card.openJob')}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={handling.loading}
            onClick={() => void handle({ variables: { id: request.id } }).catch(() => undefined)}
          >
            {t('requests.card.markHandled')}
          </button>
        </form>
      )}
      <ErrorNote error={opening.error ?? handling.error} />
    </article>
  );
}
