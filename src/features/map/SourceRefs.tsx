import type { Source } from '../../data/schema';
import { SourceRef } from '../../ui/SourceRef';

/** A run of source links: "(GEM_GGIT_2024_10, KEBEV_CNPC)". */
export function SourceRefs({
  ids,
  sourcesById,
}: {
  ids: readonly string[];
  sourcesById: ReadonlyMap<string, Source>;
}) {
  if (!ids.length) return null;
  return (
    <span className="map-sources">
      {' ('}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <SourceRef id={id} source={sourcesById.get(id)} />
        </span>
      ))}
      {')'}
    </span>
  );
}
