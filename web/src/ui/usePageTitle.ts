import { useEffect } from 'react';

const PORTAL = 'Service-partner portal';

/** Names the browser tab after the screen (WCAG 2.4.2), so a screen reader announces where a link led. */
export function usePageTitle(title: string | null | undefined): void {
  useEffect(() => {
    if (title) document.title = `${title} · ${PORTAL}`;
  }, [title]);
}
