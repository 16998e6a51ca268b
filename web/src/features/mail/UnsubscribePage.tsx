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
  usePageTitle('Unsubscribe');

  if (data) {
    return (
      <main className="survey">
        <h1>You are unsubscribed</h1>
        <p>We will send no more emails about service requests to {data.unsubscribeMail.address}.</p>
      </main>
    );
  }
  return (
    <main className="survey">
      <h1>Stop these emails?</h1>
      <p>We write when your service request is registered, when the visit is set, when the work is done, and to ask for your rating.</p>
      {info && (
        <p role="alert" className="note note-error">
          {info.code === 'NOT_FOUND' ? (info.detail ?? 'This link is not valid.') : info.title}
        </p>
      )}
      <button type="button" disabled={loading} onClick={() => void unsubscribe({ variables: { token } }).catch(() => undefined)}>
        Unsubscribe
      </button>
    </main>
  );
}
