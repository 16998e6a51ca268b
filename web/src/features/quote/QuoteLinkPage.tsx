import { useQuery } from '@apollo/client/react';
import { useParams, useSearchParams } from 'react-router';
import { QUOTE_LINK } from './quote.documents';
import { CustomerQuote } from './CustomerQuote';
import { describeError } from '../../ui/errors';
import { useT } from '../../i18n';
import { usePageTitle } from '../../ui/usePageTitle';

/** The mailed quote's link (/quote/<token>?answer=accept|decline), no account needed; made for a phone. */
export function QuoteLinkPage() {
  const t = useT();
  const { token = '' } = useParams();
  const [search] = useSearchParams();
  const { data, error } = useQuery(QUOTE_LINK, { variables: { token }, fetchPolicy: 'network-only' });
  usePageTitle(t('quote.link.title'));
  const quote = data?.customerQuote;
  const answer = search.get('answer');
  if (!quote) {
    const info = error ? describeError(error, t) : null;
    return (
      <main className="customer">
        <h1>{t('quote.link.title')}</h1>
        {info ? (
          <p role="alert" className="note note-error">
            {info.code === 'OFFER_CLOSED' ? t('quote.customer.closed') : info.code === 'NOT_FOUND' ? t('quote.customer.invalid') : info.title}
          </p>
        ) : (
          <p className="muted">{t('quote.customer.loading')}</p>
        )}
      </main>
    );
  }
  return (
    <main className="customer stack">
      <h1>{t('quote.link.title')}</h1>
      <CustomerQuote quote={quote} intent={answer === 'decline' ? 'decline' : answer === 'accept' ? 'accept' : null} />
    </main>
  );
}
