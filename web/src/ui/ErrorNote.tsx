import { useT } from '../i18n/hooks';
import { describeError } from './errors';
import { usePhrase } from '../i18n/phrase';

/** An error shown by its code, with the server's specifics and, for the quality gate, each missing item. */
export function ErrorNote({ error }: { error: unknown }) {
  const t = useT();
  const say = usePhrase();
  if (!error) return null;
  const info = describeError(error, t);
  return (
    <div role="alert" className="note note-error">
      <strong>{info.title}</strong>
      {info.reasons.length === 0 && info.detail && info.detail !== info.title && <div className="muted">{info.detail}</div>}
      {info.reasons.map((reason) => (
        <div key={`${reason.subject ?? ''}:${reason.phrases.map((p) => p.code).join()}`} className="muted">
          {reason.subject && <strong>{reason.subject}: </strong>}
          {reason.phrases.map(say).join('; ')}
        </div>
      ))}
      {info.missing.length > 0 && (
        <ul aria-label={t('errors.missingLabel')}>
          {info.missing.map((item) => (
            <li key={`${item.kind}:${item.id}`}>{item.code ? say({ code: item.code, params: item.params ?? {}, text: item.label }) : item.label}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
