import { memo } from 'react';

const ITEMS: { className: string; label: string }[] = [
  { className: 'map-line map-line--in-service', label: 'in service' },
  { className: 'map-line map-line--under-construction', label: 'under construction' },
  { className: 'map-line map-line--planned', label: 'planned' },
  { className: 'map-line map-line--not-yet-agreed', label: 'not yet agreed (barely shown)' },
  { className: 'map-line map-line--status-unknown', label: 'status unknown (grey)' },
  {
    className: 'map-line map-line--under-construction map-line--schematic',
    label: 'schematic route (Line D)',
  },
  {
    className: 'map-line map-line--in-service map-line--highlighted',
    label: 'in the selected event',
  },
];

/** What the line styles mean. Static: memoized, it never re-renders. */
export const MapLegend = memo(function MapLegend() {
  return (
    <ul className="map-legend" aria-label="Map legend">
      {ITEMS.map((item) => (
        <li key={item.label}>
          <svg className="map-swatch" viewBox="0 0 28 10" aria-hidden="true">
            <g className={item.className}>
              <path className="map-line__halo" d="M2 5H26" />
              <path className="map-line__stroke" d="M2 5H26" />
            </g>
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
});
