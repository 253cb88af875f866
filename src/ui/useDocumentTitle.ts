import { useEffect } from 'react';
import { documentTitle } from '../routing/documentTitle';
import { useT } from '../routing/locale';

/**
 * Sets the document title to `title` (or the app's name alone), in the current language. `null`
 * leaves the title to a nested view: a parent's effect runs after its children's and would
 * otherwise overwrite theirs. The prerendered page starts with the same title (routing/pageHead.ts).
 */
export function useDocumentTitle(title?: string | null): void {
  const app = useT()('app.title');
  useEffect(() => {
    if (title === null) return;
    document.title = documentTitle(title, app);
  }, [title, app]);
}
