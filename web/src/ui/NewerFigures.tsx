/** Says that newer figures exist than the screen shows, with the button that reads them. */
export function NewerFigures({ newer, refresh }: { newer: boolean; refresh: () => void }) {
  if (!newer) return null;
  return (
    <p className="notice row" role="status">
      Newer figures are available.{' '}
      <button type="button" className="secondary small" onClick={refresh}>
        Refresh
      </button>
    </p>
  );
}
