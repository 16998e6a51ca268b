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
  usePageTitle(t('public.survey.pageTitle'));

  function send(event: FormEvent) {
    event.preventDefault();
    void submit({ variables: { token, rating, comment: comment || null } }).catch(() => undefined);
  }

  if (data) {
    return (
      <main className="survey">
        <h1>{t('public.survey.thanks')}</h1>
        <p>{t('public.survey.helps')}</p>
      </main>
    );
  }
  return (
    <main className="survey">
      <h1>{t('public.survey.question')}</h1>
      <form onSubmit={send} className="stack">
        <fieldset className="stars">
          <legend>{t('public.survey.rating')}</legend>
          {[1, 2, 3, 4, 5].map((value) => (
            <label key={value} className={value <= rating ? 'star on' : 'star'}>
              <input
                type="radio"
                name="rating"
                value={value}
                checked={rating === value}
                onChange={() => setRating(value)}
                aria-label={t('public.survey.star', { value })}
              />
              {/* Filled or hollow, so the rating does not rest on color alone. */}
              <span aria-hidden="true">{value <= rating ? '★' : '☆'}</span>
            </label>
          ))}
        </fieldset>
        <label>
          {t('public.survey.comment')}
          <textarea value={comment} maxLength={10_000} rows={4} onChange={(e) => setComment(e.target.value)} />
        </label>
        {info && (
          <p role="alert" className="note note-error">
            {info.code === 'CONFLICT' ? t('public.survey.answered') : info.code === 'NOT_FOUND' ? t('public.survey.invalid') : info.title}
          </p>
        )}
        <button type="submit" disabled={loading || rating === 0}>
          {t('public.survey.send')}
        </button>
      </form>
    </main>
  );
}
