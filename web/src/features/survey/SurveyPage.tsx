import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useParams } from 'react-router';
import { graphql } from '../../gql';
import { describeError } from '../../ui/errors';
import { useT } from '../../i18n';
import { usePageTitle } from '../../ui/usePageTitle';

const SUBMIT = graphql(`
  mutation SubmitSurvey($token: String!, $rating: Int!, $comment: String) {
    submitSurvey(token: $token, rating: $rating, comment: $comment) { id rating }
  }
`);

/** The customer's survey by link, no account needed; made for a phone. */
export function SurveyPage() {
  const t = useT();
  const { token = '' } = useParams();
  const [submit, { data, loading, error }] = useMutation(SUBMIT);
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const info = error ? describeError(error, t) : null;
  usePageTitle('Your rating of our service');

  function send(event: FormEvent) {
    event.preventDefault();
    void submit({ variables: { token, rating, comment: comment || null } }).catch(() => undefined);
  }

  if (data) {
    return (
      <main className="survey">
        <h1>Thank you!</h1>
        <p>Your answer helps us keep the service right.</p>
      </main>
    );
  }
  return (
    <main className="survey">
      <h1>How was our service?</h1>
      <form onSubmit={send} className="stack">
        <fieldset className="stars">
          <legend>Your rating</legend>
          {[1, 2, 3, 4, 5].map((value) => (
            <label key={value} className={value <= rating ? 'star on' : 'star'}>
              <input type="radio" name="rating" value={value} checked={rating === value} onChange={() => setRating(value)} aria-label={`${value} of 5`} />
              {/* Filled or hollow, so the rating does not rest on color alone. */}
              <span aria-hidden="true">{value <= rating ? '★' : '☆'}</span>
            </label>
          ))}
        </fieldset>
        <label>
          Anything to add? (optional)
          <textarea value={comment} maxLength={10_000} rows={4} onChange={(e) => setComment(e.target.value)} />
        </label>
        {info && (
          <p role="alert" className="note note-error">
            {info.code === 'CONFLICT'
              ? 'This survey has already been answered. Thank you!'
              : info.code === 'NOT_FOUND'
                ? 'This survey link is not valid.'
                : info.title}
          </p>
        )}
        <button type="submit" disabled={loading || rating === 0}>
          Send
        </button>
      </form>
    </main>
  );
}
