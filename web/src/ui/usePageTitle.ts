import { useEffect } from 'react';
import { useT } from '../i18n/hooks';

/** Names the browser tab after the screen (WCAG 2.4.2), so a screen reader announces where a link led. */
export function usePageTitle(title: string | null | undefined): void {
  const portal = useT()('app.name');
  useEffect(() => {
    if (title) document.title = `${title} · ${portal}`;
  }, [title, portal]);
}
