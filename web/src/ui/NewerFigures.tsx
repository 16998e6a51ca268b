import { useT } from '../i18n/hooks';

/** Says that newer figures exist than the screen shows, with the button that reads them. */
export function NewerFigures({ newer, refresh }: { newer: boolean; refresh: () => void }) {
  const t = useT();
  if (!newer) return null;
  return (
    <p className="notice row" role="status">
      {t('ui.newer.notice')}{' '}
      <button type="button" className="secondary small" onClick={refresh}>
        {t('ui.newer.refresh')}
      </button>
    </p>
  );
}
