import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useSession } from '../../session/session';
import { describeUpload, uploadFile } from './upload';
import { useT } from '../../i18n';

export interface UploadedPhoto {
  id: string;
  preview: string;
  name: string;
}

/**
 * Photos of the work, from a file or the phone's camera (`capture`), uploaded at once; each shows as a
 * thumbnail of the local file. The server checks the type, re-encodes it and removes the location.
 */
export function PhotoUpload({
  jobId,
  required,
  photos,
  onChange,
}: {
  jobId: string;
  required: number;
  photos: UploadedPhoto[];
  onChange(photos: UploadedPhoto[]): void;
}) {
  const { token } = useSession();
  const t = useT();
  const [busy, setBusy] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(photos);
  latest.current = photos;
  // Local previews are object URLs: released when the form goes away.
  useEffect(
    () => () => {
      for (const photo of latest.current) URL.revokeObjectURL(photo.preview);
    },
    [],
  );

  async function add(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    setError(null);
    for (const file of files) {
      setBusy((n) => n + 1);
      try {
        const id = await uploadFile(token, jobId, 'PHOTO', file);
        latest.current = [...latest.current, { id, preview: URL.createObjectURL(file), name: file.name }];
        onChange(latest.current);
      } catch (failure) {
        setError(t('work.photos.failed', { file: file.name, error: describeUpload(failure, t) }));
      } finally {
        setBusy((n) => n - 1);
      }
    }
  }

  return (
    <fieldset className="stack">
      <legend>{t('work.photos.legend', { required, uploaded: photos.length })}</legend>
      <label className="button-like">
        {t('work.photos.choose')}
        <input className="file-picker" type="file" accept="image/*" capture="environment" multiple onChange={(e) => void add(e)} data-testid="photo-input" />
      </label>
      {busy > 0 && <p className="small muted">{t('work.photos.uploading', { count: busy })}</p>}
      {error && (
        <p className="note note-error" role="alert">
          {error}
        </p>
      )}
      {photos.length > 0 && (
        <ul className="thumbnails">
          {photos.map((photo) => (
            <li key={photo.id}>
              <img src={photo.preview} alt={t('work.photos.uploaded', { name: photo.name })} width={96} height={96} />
              <button type="button" className="link" onClick={() => onChange(photos.filter((p) => p.id !== photo.id))}>
                {t('work.photos.leaveOut')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
