import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import { describeError } from '../../ui/errors';
import { useT } from '../../i18n';
import { usePageTitle } from '../../ui/usePageTitle';
import { STATUS_WORDS, STEP_WORDS, when } from './customer-words';

const TRACK = graphql(`
  query TrackJob($token: String!) {
    trackJob(token: $token) {
      number status receivedAt appointmentAt technicianFirstName reportUrl surveyOpen surveyAnswered
      equipment { serial model }
      responsible { organization name email }
      timeline { kind at }
    }
  }
`);

/** No subscription without an account: the page reads again every minute and when the customer comes back to it. */
const REFRESH_MS = 60_000;

/** The customer's view of their job by its link, no account needed; made for a phone. */
export function TrackPage() {
  const t = useT();
  const { token = '' } = useParams();
  const { data, error, refetch } = useQuery(TRACK, { variables: { token }, pollInterval: REFRESH_MS });
  usePageTitle('Your service request');
  useEffect(() => {
    const again = () => void refetch().catch(() => undefined);
    window.addEventListener('focus', again);
    return () => window.removeEventListener('focus', again);
  }, [refetch]);

  const view = data?.trackJob;
  if (!view) {
    const info = error ? describeError(error, t) : null;
    return (
      <main className="customer">
        <h1>Your service request</h1>
        {info ? (
          <p role="alert" className="note note-error">
            {info.code === 'NOT_FOUND' ? 'This tracking link is not valid, or it has expired.' : info.title}
          </p>
        ) : (
          <p className="muted">Loading…</p>
        )}
      </main>
    );
  }
  const status = STATUS_WORDS[view.status];
  return (
    <main className="customer stack">
      <h1>{view.number ? `Service job ${view.number}` : 'Your service request'}</h1>
      <section className="note" aria-labelledby="status-title">
        <h2 id="status-title">{status.title}</h2>
        <p>{status.detail}</p>
      </section>
      {view.surveyOpen && (
        <p>
          <Link className="button" to={`/survey/${encodeURIComponent(token)}`}>
            Rate our service
          </Link>
        </p>
      )}
      {view.surveyAnswered && <p>Thank you for your rating.</p>}
      {view.reportUrl && (
        <p>
          <a href={view.reportUrl}>Download the service report</a>
        </p>
      )}
      <dl className="facts">
        <dt>Unit</dt>
        <dd>
          {view.equipment.model ? `${view.equipment.model}, ` : ''}serial {view.equipment.serial}
        </dd>
        {view.appointmentAt && (
          <>
            <dt>Visit</dt>
            <dd>
              {when(view.appointmentAt)}
              {view.technicianFirstName ? ` with ${view.technicianFirstName}` : ''}
            </dd>
          </>
        )}
        <dt>Your contact</dt>
        <dd>
          {view.responsible.name ? `${view.responsible.name}, ` : ''}
          {view.responsible.organization}
          {view.responsible.email && (
            <>
              {' · '}
              <a href={`mailto:${view.responsible.email}`}>{view.responsible.email}</a>
            </>
          )}
        </dd>
      </dl>
      <section aria-labelledby="steps-title">
        <h2 id="steps-title">So far</h2>
        <ol className="timeline">
          {view.timeline.map((step) => (
            <li key={`${step.kind}-${step.at}`}>
              {STEP_WORDS[step.kind]} <time dateTime={step.at}>{when(step.at)}</time>
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
