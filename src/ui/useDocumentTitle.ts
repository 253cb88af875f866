import { useEffect } from 'react';
import { documentTitle } from '../routing/documentTitle';

/**
 * Sets the document title to `title` (or the app's name alone). `null` leaves the title to a
 * nested view: a parent's effect runs after its children's and would otherwise overwrite theirs.
 * The prerendered page starts with the same title (routing/pageHead.ts).
 */
export function useDocumentTitle(title?: string | null): void {
  useEffect(() => {
    if (title === null) return;
    document.title = documentTitle(title);
  }, [title]);
}
