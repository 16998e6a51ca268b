import type { ReactNode } from 'react';
import { useT } from '../i18n/hooks';

/** "Loading…", or what is loading (`what`, already in the reader's language), while a screen reads. */
export function Loading({ what }: { what?: string }) {
  const t = useT();
  return (
    <p className="muted" role="status" aria-live="polite">
      {what ?? t('ui.loading')}…
    </p>
  );
}

export const Empty = ({ children }: { children: ReactNode }) => <p className="empty">{children}</p>;
