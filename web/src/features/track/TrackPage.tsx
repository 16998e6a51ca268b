import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import { describeError } from '../../ui/errors';
import { useFormat, useT, type MessageId } from '../../i18n';
import { usePageTitle } from '../../ui/usePageTitle';
import { CustomerQuote } from '../quote/CustomerQuote';

const TRACK = graphql(`
  query TrackJob($token: String!) {
    trackJob(token: $token) {
      number status receivedAt appointmentAt technicianFirstName reportUrl surveyOpen surveyAnswered
      equipment { serial model }
      responsible { organization name email }
      timeline { kind at }
      quote { ...CustomerQuote_quote }
    }
  }
`);

/** No subscription without an account: the page reads again every minute and when the customer comes back to it. */
const REFRESH_MS = 60_000;

/** The customer's view of their job by its link, no account needed; made for a phone. */
export function TrackPage() {
  const t = useT();
  const format = useFormat();
  const { token = '' } = useParams();
  const { data, error, refetch } = useQuery(TRACK, { variables: { token }, pollInterval: REFRESH_MS });
  usePageTitle(t('public.track.title'));
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
        <h1>{t('public.track.title')}</h1>
        {info ? (
          <p role="alert" className="note note-error">
            {info.code === 'NOT_FOUND' ? t('public.track.invalid') : info.title}
          </p>
        ) : (
          <p className="muted">{t('public.track.loading')}</p>
        )}
      </main>
    );
  }
  const status = { title: t(`public.status.${view.status}.title` as MessageId), detail: t(`public.status.${view.status}.detail` as MessageId) };
  return (
    <main className="customer stack">
      <h1>{view.number ? t('public.track.jobTitle', { number: view.number }) : t('public.track.title')}</h1>
      <section className="note" aria-labelledby="status-title">
        <h2 id="status-title">{status.title}</h2>
        <p>{status.detail}</p>
      </section>
      {view.quote && <CustomerQuote quote={view.quote} onAnswered={() => void refetch().catch(() => undefined)} />}
      {view.surveyOpen && (
        <p>
          <Link className="button" to={`/survey/${encodeURIComponent(token)}`}>
            {t('public.track.rate')}
          </Link>
        </p>
      )}
      {view.surveyAnswered && <p>{t('public.track.rated')}</p>}
      {view.reportUrl && (
        <p>
          <a href={view.reportUrl}>{t('public.track.report')}</a>
        </p>
      )}
      <dl className="facts">
        <dt>{t('public.track.unit')}</dt>
        <dd>
          {view.equipment.model
            ? t('public.track.unitWithModel', { model: view.equipment.model, serial: view.equipment.serial })
            : t('public.track.unitSerial', { serial: view.equipment.serial })}
        </dd>
        {view.appointmentAt && (
          <>
            <dt>{t('public.track.visit')}</dt>
            <dd>
              {view.technicianFirstName
                ? t('public.track.visitWith', { when: format.dateTime(view.appointmentAt), name: view.technicianFirstName })
                : format.dateTime(view.appointmentAt)}
            </dd>
          </>
        )}
        <dt>{t('public.track.contact')}</dt>
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
        <h2 id="steps-title">{t('public.track.soFar')}</h2>
        <ol className="timeline">
          {view.timeline.map((step) => (
            <li key={`${step.kind}-${step.at}`}>
              {t(`public.step.${step.kind}` as MessageId)} <time dateTime={step.at}>{format.dateTime(step.at)}</time>
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
