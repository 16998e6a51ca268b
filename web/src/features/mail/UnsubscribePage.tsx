import { useMutation } from '@apollo/client/react';
import { useParams } from 'react-router';
import { graphql } from '../../gql';
import { describeError } from '../../ui/errors';
import { useT } from '../../i18n';
import { usePageTitle } from '../../ui/usePageTitle';

const UNSUBSCRIBE = graphql(`
  mutation UnsubscribeMail($token: String!) { unsubscribeMail(token: $token) { address } }
`);

/**
 * The unsubscribe link of a customer's mail, no account needed. Nothing happens on opening the
 * page (mail scanners open links): the button does it.
 */
export function UnsubscribePage() {
  const t = useT();
  const { token = '' } = useParams();
  const [unsubscribe, { data, loading, error }] = useMutation(UNSUBSCRIBE);
  const info = error ? describeError(error, t) : null;
  usePageTitle(t('mail.unsubscribe.pageTitle'));

  if (data) {
    return (
      <main className="survey">
        <h1>{t('mail.unsubscribe.done')}</h1>
        <p>{t('mail.unsubscribe.doneText', { address: data.unsubscribeMail.address })}</p>
      </main>
    );
  }
  return (
    <main className="survey">
      <h1>{t('mail.unsubscribe.ask')}</h1>
      <p>{t('mail.unsubscribe.askText')}</p>
      {info && (
        <p role="alert" className="note note-error">
          {info.code === 'NOT_FOUND' ? (info.detail ?? t('mail.unsubscribe.invalid')) : info.title}
        </p>
      )}
      <button type="button" disabled={loading} onClick={() => void unsubscribe({ variables: { token } }).catch(() => undefined)}>
        {t('mail.unsubscribe.button')}
      </button>
    </main>
  );
}
