import { useEffect } from 'react';

export const APP_TITLE = 'China–Turkmenistan Relations Explorer';

/**
 * Sets the document title to `title` (or the app's name alone). `null` leaves the title to a
 * nested view: a parent's effect runs after its children's and would otherwise overwrite theirs.
 */
export function useDocumentTitle(title?: string | null): void {
  useEffect(() => {
    if (title === null) return;
    document.title = title ? `${title} · ${APP_TITLE}` : APP_TITLE;
  }, [title]);
}
