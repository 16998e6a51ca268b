import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import type { OfferLinkBlock } from '../../gql/graphql';
import { describeError, type ErrorInfo } from '../../ui/errors';
import { useT } from '../../i18n';
import { usePageTitle } from '../../ui/usePageTitle';

const MAILED_OFFER = graphql(`
  query MailedOffer($token: String!) {
    mailedOffer(token: $token) {
      action offerId jobId jobNumber jobType productLine model siteCity region description priority partnerName status expiresAt usable blockedBy
    }
  }
`);

const ANSWER = graphql(`
  mutation AnswerMailedOffer($token: String!, $reason: String) {
    answerMailedOffer(token: $token, reason: $reason) { action offer { offerId status usable blockedBy } }
  }
`);

/** Why the link can no longer act, in the partner's words. */
const BLOCKED: Record<OfferLinkBlock, string> = {
  ALREADY_USED: 'This link has already been used.',
  ANSWERED: 'This offer has already been answered.',
  TAKEN: 'Another partner took this job first.',
  WITHDRAWN: 'The dispatcher withdrew this offer.',
  EXPIRED: 'This offer has expired.',
};

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const words = (value: string) => value.replaceAll('_', ' ').toLowerCase();

/** A refused link or answer, in words: the link's own reasons first, then the code's. */
function refusal(info: ErrorInfo, reason: unknown): string {
  if (reason === 'EXPIRED') return BLOCKED.EXPIRED;
  if (reason === 'ALREADY_USED') return BLOCKED.ALREADY_USED;
  if (info.code === 'NOT_FOUND') return 'This offer link is not valid. Use the link from the mail as it is, or sign in to the portal.';
  if (info.code === 'OFFER_CLOSED' || info.code === 'NOT_ELIGIBLE' || info.code === 'FORBIDDEN') return info.detail ?? info.title;
  return info.title;
}

const reasonOf = (error: unknown): unknown =>
  error && typeof error === 'object' && 'errors' in error
    ? (error as { errors: { extensions?: { reason?: unknown } }[] }).errors[0]?.extensions?.reason
    : undefined;

/**
 * A mailed offer's accept or decline link, no account needed; made for a phone. Opening it only
 * shows the offer (a mail scanner that follows the link changes nothing); the button answers.
 */
export function OfferLinkPage() {
  const t = useT();
  const { token = '' } = useParams();
  const { data, error, refetch } = useQuery(MAILED_OFFER, { variables: { token }, fetchPolicy: 'network-only' });
  const [answer, answered] = useMutation(ANSWER);
  const [reason, setReason] = useState('');
  const offer = data?.mailedOffer;
  usePageTitle(offer ? `Job offer ${offer.jobNumber}` : 'Job offer');

  if (!offer) {
    return (
      <main className="customer">
        <h1>Job offer</h1>
        {error ? (
          <p role="alert" className="note note-error">
            {refusal(describeError(error, t), reasonOf(error))}
          </p>
        ) : (
          <p className="muted">Loading…</p>
        )}
      </main>
    );
  }

  const accepting = offer.action === 'ACCEPT';
  const done = answered.data?.answerMailedOffer;
  const failed = answered.error ? describeError(answered.error, t) : null;

  function send(event: FormEvent) {
    event.preventDefault();
    void answer({ variables: { token, reason: accepting ? null : reason } })
      // A refusal may come from a change since the page was read (taken, expired): show the offer as it is now.
      .catch(() => refetch())
      .catch(() => undefined);
  }

  return (
    <main className="customer stack">
      <h1>Job offer {offer.jobNumber}</h1>
      <dl className="facts">
        <dt>For</dt>
        <dd>{offer.partnerName}</dd>
        <dt>Work</dt>
        <dd>{words(offer.jobType)}</dd>
        <dt>Unit</dt>
        <dd>
          {offer.productLine} · {offer.model}
        </dd>
        <dt>Site</dt>
        <dd>{offer.siteCity ? `${offer.siteCity} (${offer.region})` : offer.region}</dd>
        <dt>Problem</dt>
        <dd className="break">{offer.description}</dd>
        <dt>Priority</dt>
        <dd>{offer.priority}</dd>
        <dt>Answer by</dt>
        <dd>
          <time dateTime={offer.expiresAt}>{when(offer.expiresAt)}</time>
        </dd>
        <dt>Offer</dt>
        <dd>{words(offer.status)}</dd>
      </dl>
      {done ? (
        <section className="note" role="status" aria-labelledby="answer-title">
          <h2 id="answer-title">{done.action === 'ACCEPT' ? 'Accepted: the job is yours' : 'Declined: the dispatcher has been told'}</h2>
          {done.action === 'ACCEPT' && (
            <p>
              <Link to={`/jobs/${offer.jobId}`}>Open the job in the portal</Link> to schedule the visit.
            </p>
          )}
        </section>
      ) : !offer.usable && offer.blockedBy ? (
        <section className="note note-error" role="alert" aria-labelledby="blocked-title">
          <h2 id="blocked-title">{BLOCKED[offer.blockedBy]}</h2>
          <p>
            The offer is {words(offer.status)}. <Link to="/">Sign in to the portal</Link> to see your jobs and offers.
          </p>
        </section>
      ) : (
        <form onSubmit={send} className="stack" aria-label={accepting ? 'Accept the job' : 'Decline the job'}>
          {!accepting && (
            <label>
              Why do you decline?
              <textarea value={reason} required maxLength={10_000} rows={3} onChange={(e) => setReason(e.target.value)} />
            </label>
          )}
          {failed && (
            <p role="alert" className="note note-error">
              {refusal(failed, reasonOf(answered.error))}
            </p>
          )}
          <button type="submit" disabled={answered.loading || (!accepting && !reason.trim())}>
            {accepting ? 'Accept the job' : 'Decline the job'}
          </button>
        </form>
      )}
    </main>
  );
}
