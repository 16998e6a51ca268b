import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { CustomerQuote_QuoteFragment } from '../../gql/graphql';
import { ANSWER_QUOTE } from './quote.documents';
import { QuoteLines } from './QuoteLines';
import { describeError } from '../../ui/errors';
import { useFormat, useT } from '../../i18n';

/**
 * The quote as the customer reads it (tracking page, the mailed link's page), with Accept and
 * Decline while it awaits the answer. `intent` opens the decline form at once (the mail's decline
 * link); nothing is answered until a button is pressed, so a mail scanner opening the link does nothing.
 */
export function CustomerQuote({
  quote,
  intent,
  onAnswered,
}: {
  quote: CustomerQuote_QuoteFragment;
  intent?: 'accept' | 'decline' | null;
  onAnswered?: (quote: CustomerQuote_QuoteFragment) => void;
}) {
  const t = useT();
  const f = useFormat();
  const [answer, answered] = useMutation(ANSWER_QUOTE);
  const [declining, setDeclining] = useState(intent === 'decline');
  const [reason, setReason] = useState('');
  const shown = answered.data?.answerQuote ?? quote;
  const token = quote.answerToken;
  const failed = answered.error ? describeError(answered.error, t) : null;

  function send(accept: boolean) {
    if (!token) return;
    void answer({ variables: { token, accept, reason: accept ? null : reason.trim() || null } })
      .then(({ data }) => data && onAnswered?.(data.answerQuote))
      .catch(() => undefined);
  }

  return (
    <section className="note stack" aria-labelledby="customer-quote-title">
      <h2 id="customer-quote-title">{t('quote.customer.title', { number: shown.number })}</h2>
      <p>{t('quote.customer.intro', { partner: shown.partnerName })}</p>
      <QuoteLines quote={shown} />
      <p className="small muted">{t('quote.validUntil', { when: f.dateTime(shown.validUntil) })}</p>
      {shown.state === 'ACCEPTED' && (
        <p role="status">
          <strong>{t('quote.customer.acceptedNote')}</strong>
        </p>
      )}
      {shown.state === 'DECLINED' && (
        <p role="status">
          <strong>{t('quote.customer.declinedNote')}</strong>
        </p>
      )}
      {shown.state === 'SUPERSEDED' && <p role="status">{t('quote.customer.superseded')}</p>}
      {shown.state === 'SENT' && !shown.answerToken && <p role="status">{t('quote.customer.closed')}</p>}
      {failed && (
        <p role="alert" className="note note-error">
          {failed.code === 'OFFER_CLOSED' ? t('quote.customer.closed') : failed.code === 'NOT_FOUND' ? t('quote.customer.invalid') : failed.title}
        </p>
      )}
      {shown.state === 'SENT' && shown.answerToken && !answered.data && (
        <div className="stack">
          {declining ? (
            <form
              className="stack"
              aria-label={t('quote.customer.decline')}
              onSubmit={(event) => {
                event.preventDefault();
                send(false);
              }}
            >
              <label>
                {t('quote.customer.reason')}
                <textarea value={reason} maxLength={1000} rows={3} onChange={(e) => setReason(e.target.value)} />
              </label>
              <div className="row">
                <button type="submit" disabled={answered.loading}>
                  {t('quote.customer.confirmDecline')}
                </button>
                <button type="button" className="link" onClick={() => setDeclining(false)}>
                  {t('quote.customer.back')}
                </button>
              </div>
            </form>
          ) : (
            <div className="row">
              <button type="button" disabled={answered.loading} onClick={() => send(true)}>
                {t('quote.customer.accept')}
              </button>
              <button type="button" className="secondary" onClick={() => setDeclining(true)}>
                {t('quote.customer.decline')}
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
