import { AppLink } from './navigation';
import type { Source } from '../data/schema';

/** A short mention of a source by id, linked to its entry on the sources page. */
export function SourceRef({ id, source }: { id: string; source?: Source | undefined }) {
  return (
    <AppLink className="source-ref" to={`/sources#${id}`} title={source?.title ?? id}>
      {id}
    </AppLink>
  );
}
