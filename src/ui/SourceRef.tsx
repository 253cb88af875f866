import { Link } from 'react-router';
import type { Source } from '../data/schema';

/** A short mention of a source by id, linked to its entry on the sources page. */
export function SourceRef({ id, source }: { id: string; source?: Source | undefined }) {
  return (
    <Link
      className="source-ref"
      to={{ pathname: '/sources', hash: id }}
      title={source?.title ?? id}
    >
      {id}
    </Link>
  );
}
