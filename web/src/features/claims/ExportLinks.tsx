import { useState } from 'react';
import { useSession } from '../../session/session';
import { useT } from '../../i18n';

/**
 * CSV and PDF buttons for an export (`path` without its extension, with its query). The export
 * wants the bearer token, which a plain link cannot carry: the file is fetched and handed to the
 * browser as a download.
 */
export function ExportLinks({ path, name }: { path: string; name: string }) {
  const { token } = useSession();
  const [failed, setFailed] = useState(false);
  const t = useT();
  const download = async (format: 'csv' | 'pdf') => {
    setFailed(false);
    const [base, query] = path.split('?');
    const response = await fetch(`${base}.${format}${query ? `?${query}` : ''}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    if (!response.ok) return setFailed(true);
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = `${name}.${format}`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <span className="row">
      <button type="button" onClick={() => void download('csv').catch(() => setFailed(true))}>
        {t('claims.export.csv')}
      </button>
      <button type="button" onClick={() => void download('pdf').catch(() => setFailed(true))}>
        {t('claims.export.pdf')}
      </button>
      {failed && (
        <span role="alert" className="small">
          {t('claims.export.failed')}
        </span>
      )}
    </span>
  );
}
