import '../../data/i18n/later';
import { memo } from 'react';
import type { MessageId } from '../../data/i18n/messages';
import { useT } from '../../routing/locale';

const ITEMS: { className: string; label: MessageId }[] = [
  { className: 'map-line map-line--in-service', label: 'legend.in-service' },
  { className: 'map-line map-line--under-construction', label: 'legend.under-construction' },
  { className: 'map-line map-line--planned', label: 'legend.planned' },
  { className: 'map-line map-line--not-yet-agreed', label: 'legend.not-yet-agreed' },
  { className: 'map-line map-line--status-unknown', label: 'legend.status-unknown' },
  {
    className: 'map-line map-line--under-construction map-line--schematic',
    label: 'legend.schematic',
  },
  {
    className: 'map-line map-line--in-service map-line--highlighted',
    label: 'legend.highlighted',
  },
];

/** What the line styles mean. Static: memoized, it never re-renders. */
export const MapLegend = memo(function MapLegend() {
  const t = useT();
  return (
    <ul className="map-legend" aria-label={t('map.legend')}>
      {ITEMS.map((item) => (
        <li key={item.label}>
          <svg className="map-swatch" viewBox="0 0 28 10" aria-hidden="true">
            <g className={item.className}>
              <path className="map-line__halo" d="M2 5H26" />
              <path className="map-line__stroke" d="M2 5H26" />
            </g>
          </svg>
          {t(item.label)}
        </li>
      ))}
    </ul>
  );
});
