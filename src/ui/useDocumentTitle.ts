import { useEffect } from 'react';
import { useT } from '../routing/locale';

/**
 * Sets the document title to `title` (or the app's name alone), in the current language. `null`
 * leaves the title to a nested view: a parent's effect runs after its children's and would
 * otherwise overwrite theirs.
 */
export function useDocumentTitle(title?: string | null): void {
  const app = useT()('app.title');
  useEffect(() => {
    if (title === null) return;
    document.title = title ? `${title} · ${app}` : app;
  }, [title, app]);
}
