import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import type { OfferLinkBlock } from '../../gql/graphql';
import { describeError, type ErrorInfo } from '../../ui/errors';
import { T, useEnumLabel, useFormat, useT, type MessageId } from '../../i18n';
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
const BLOCKED: Record<OfferLinkBlock, MessageId> = {
  ALREADY_USED: 'offer.blocked.ALREADY_USED',
  ANSWERED: 'offer.blocked.ANSWERED',
  TAKEN: 'offer.blocked.TAKEN',
  WITHDRAWN: 'offer.blocked.WITHDRAWN',
  EXPIRED: 'offer.blocked.EXPIRED',
};

/** A refused link or answer, in words: the link's own reasons first, then the code's. */
function refusal(info: ErrorInfo, reason: unknown, t: ReturnType<typeof useT>): string {
  if (reason === 'EXPIRED') return t(BLOCKED.EXPIRED);
  if (reason === 'ALREADY_USED') return t(BLOCKED.ALREADY_USED);
  if (info.code === 'NOT_FOUND') return t('offer.invalidLink');
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
  const f = useFormat();
  const label = useEnumLabel();
  const { token = '' } = useParams();
  const { data, error, refetch } = useQuery(MAILED_OFFER, { variables: { token }, fetchPolicy: 'network-only' });
  const [answer, answered] = useMutation(ANSWER);
  const [reason, setReason] = useState('');
  const offer = data?.mailedOffer;
  usePageTitle(offer ? t('offer.titleOf', { number: offer.jobNumber }) : t('offer.title'));

  if (!offer) {
    return (
      <main className="customer">
        <h1>{t('offer.title')}</h1>
        {error ? (
          <p role="alert" className="note note-error">
            {refusal(describeError(error, t), reasonOf(error), t)}
          </p>
        ) : (
          <p className="muted">{t('offer.loading')}</p>
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
      <h1>{t('offer.titleOf', { number: offer.jobNumber })}</h1>
      <dl className="facts">
        <dt>{t('offer.for')}</dt>
        <dd>{offer.partnerName}</dd>
        <dt>{t('offer.work')}</dt>
        <dd>{label('JobType', offer.jobType)}</dd>
        <dt>{t('offer.unit')}</dt>
        <dd>
          {offer.productLine} · {offer.model}
        </dd>
        <dt>{t('offer.site')}</dt>
        <dd>{offer.siteCity ? `${offer.siteCity} (${offer.region})` : offer.region}</dd>
        <dt>{t('offer.problem')}</dt>
        <dd className="break">{offer.description}</dd>
        <dt>{t('offer.priority')}</dt>
        <dd>{f.number(offer.priority)}</dd>
        <dt>{t('offer.answerBy')}</dt>
        <dd>
          <time dateTime={offer.expiresAt}>{f.dateTime(offer.expiresAt)}</time>
        </dd>
        <dt>{t('offer.offer')}</dt>
        <dd>{label('OfferStatus', offer.status)}</dd>
      </dl>
      {done ? (
        <section className="note" role="status" aria-labelledby="answer-title">
          <h2 id="answer-title">{t(done.action === 'ACCEPT' ? 'offer.accepted' : 'offer.declined')}</h2>
          {done.action === 'ACCEPT' && (
            <p>
              <T id="offer.openJob" values={{ link: (chunks) => <Link to={`/jobs/${offer.jobId}`}>{chunks}</Link> }} />
            </p>
          )}
        </section>
      ) : !offer.usable && offer.blockedBy ? (
        <section className="note note-error" role="alert" aria-labelledby="blocked-title">
          <h2 id="blocked-title">{t(BLOCKED[offer.blockedBy])}</h2>
          <p>
            <T id="offer.blockedText" values={{ status: label('OfferStatus', offer.status), link: (chunks) => <Link to="/">{chunks}</Link> }} />
          </p>
        </section>
      ) : (
        <form onSubmit={send} className="stack" aria-label={t(accepting ? 'offer.accept' : 'offer.decline')}>
          {!accepting && (
            <label>
              {t('offer.why')}
              <textarea value={reason} required maxLength={10_000} rows={3} onChange={(e) => setReason(e.target.value)} />
            </label>
          )}
          {failed && (
            <p role="alert" className="note note-error">
              {refusal(failed, reasonOf(answered.error), t)}
            </p>
          )}
          <button type="submit" disabled={answered.loading || (!accepting && !reason.trim())}>
            {t(accepting ? 'offer.accept' : 'offer.decline')}
          </button>
        </form>
      )}
    </main>
  );
}
