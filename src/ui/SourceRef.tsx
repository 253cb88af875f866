import { memo } from 'react';
import { AppLink } from '../routing/navigation';
import { paths } from '../routing/paths';
import type { Source } from '../data/schema';
import './SourceRef.css';
import { useExplorer } from '../store/StoreProvider';

/**
 * A source by id, read from the model in the store, or from the energy data's sources once that
 * chunk has arrived (`undefined` if unknown).
 */
export function useSource(id: string): Source | undefined {
  return useExplorer(
    (s) =>
      s.model.sourcesById.get(id) ??
      (s.energy.status === 'ready' ? s.energy.data.sourcesById.get(id) : undefined),
  );
}

/**
 * A short mention of a source by id, linked to its entry on the sources page; it looks its
 * source up itself. Memoized: its only prop is an id, so it never re-renders with the text
 * around it.
 */
export const SourceRef = memo(function SourceRef({ id }: { id: string }) {
  const source = useSource(id);
  return (
    <AppLink className="source-ref" to={paths.sources.href(id)} title={source?.title ?? id}>
      {id}
    </AppLink>
  );
});

/** Source links in a run, separated by commas: "GEM_GGIT_2024_10, KEBEV_CNPC". */
export function SourceRefList({ ids }: { ids: readonly string[] }) {
  return ids.map((id, i) => (
    <span key={id}>
      {i > 0 && ', '}
      <SourceRef id={id} />
    </span>
  ));
}
