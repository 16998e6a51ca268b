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

/** Old: a screen formats through useFormat() (the reader's locale and time zone); kept while screens move over. */
export const formatTime = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' }) : '—');
/** Old: screens use useFormat().percent. */
export const percent = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${Math.round(value * 100)} %`);
