import { memo } from 'react';
import { AppLink } from '../routing/navigation';
import type { Source } from '../data/schema';

/**
 * A short mention of a source by id, linked to its entry on the sources page. Memoized: its props
 * are an id and a dataset record, so it never re-renders with the text around it.
 */
export const SourceRef = memo(function SourceRef({
  id,
  source,
}: {
  id: string;
  source?: Source | undefined;
}) {
  return (
    <AppLink className="source-ref" to={`/sources#${id}`} title={source?.title ?? id}>
      {id}
    </AppLink>
  );
});
