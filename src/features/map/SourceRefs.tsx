import { SourceRefList } from '../../ui/SourceRef';

/** A run of source links: " (GEM_GGIT_2024_10, KEBEV_CNPC)"; nothing for no ids. */
export function SourceRefs({ ids }: { ids: readonly string[] }) {
  if (!ids.length) return null;
  return (
    <span className="map-sources">
      {' ('}
      <SourceRefList ids={ids} />
      {')'}
    </span>
  );
}
