import { useT } from '../i18n/hooks';
import { describeError } from './errors';

/** An error shown by its code, with the server's specifics and, for the quality gate, each missing item. */
export function ErrorNote({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  const info = describeError(error, t);
  return (
    <div role="alert" className="note note-error">
      <strong>{info.title}</strong>
      {info.detail && info.detail !== info.title && <div className="muted">{info.detail}</div>}
      {info.missing.length > 0 && (
        <ul aria-label={t('errors.missingLabel')}>
          {info.missing.map((item) => (
            <li key={`${item.kind}:${item.id}`}>{item.label}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
