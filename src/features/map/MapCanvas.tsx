import '../../data/i18n/later';
import {
  memo,
  useCallback,
  useId,
  useMemo,
  useRef,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import type { LineStatus } from '../../data/derive';
import type { LineId, PipelineLine } from '../../data/schema';
import basemap from './basemap.json';
import { lineHref, lineLabel, statusSlug, type MapLineState } from './lineInfo';
import {
  arrowTowards,
  type Arrow,
  linePaths,
  MAP_HEIGHT,
  MAP_WIDTH,
  mapLabels,
  type MapLabels,
  type ProjectedLine,
  type projectPlaces,
} from './mapLayout';
import { useElementWidth } from './useElementWidth';
import { useOnScreen } from '../../ui/useOnScreen';
import { useT } from '../../routing/locale';
import { useExplorer } from '../../store/StoreProvider';

/** The country outlines: drawn once, never re-rendered. */
const Basemap = memo(function Basemap() {
  return (
    <g className="map-countries">
      {basemap.countries.map((c) => (
        <path key={c.id} d={c.d} />
      ))}
    </g>
  );
});

/** The country names: they depend on the width only. */
const CountryLabels = memo(function CountryLabels({ labels }: { labels: MapLabels }) {
  return (
    <g
      className="map-country-labels"
      aria-hidden="true"
      style={{ fontSize: labels.countryFontSize }}
    >
      {labels.countries.map((l) => (
        <text key={l.id} x={l.x} y={l.y} textAnchor={l.anchor}>
          {l.text}
        </text>
      ))}
    </g>
  );
});

/** Places, their names and the arrow towards Beijing: they depend on the width only. */
const MapMarks = memo(function MapMarks({
  labels,
  arrow,
  scale,
}: {
  labels: MapLabels;
  arrow: Arrow | null;
  scale: number;
}) {
  return (
    <g className="map-places" aria-hidden="true">
      {labels.marks.map((p) => (
        <circle
          key={p.id}
          className={`map-place map-place--${p.kind.replace(/\s+/g, '-')}`}
          cx={p.x}
          cy={p.y}
          r={labels.markerRadius}
        />
      ))}
      <g className="map-place-labels" style={{ fontSize: labels.fontSize }}>
        {labels.places.map((l) => (
          <text key={l.id} x={l.x} y={l.y} textAnchor={l.anchor}>
            {l.text}
          </text>
        ))}
      </g>
      {arrow && (
        <g className="map-arrow" style={{ fontSize: labels.fontSize }}>
          <line x1={arrow.from[0]} y1={arrow.from[1]} x2={arrow.to[0]} y2={arrow.to[1]} />
          <path
            d={`M0 0L-8 -4.5L-8 4.5Z`}
            transform={`translate(${arrow.to[0]} ${arrow.to[1]}) rotate(${
              Math.atan2(arrow.to[1] - arrow.from[1], arrow.to[0] - arrow.from[0]) * (180 / Math.PI)
            }) scale(${1 / scale})`}
          />
          <text x={arrow.label.x} y={arrow.label.y} textAnchor={arrow.label.anchor}>
            {arrow.text}
          </text>
        </g>
      )}
    </g>
  );
});

const isModified = (e: MouseEvent | KeyboardEvent) =>
  e.metaKey || e.ctrlKey || e.shiftKey || e.altKey;

/**
 * One line: a link with a wide hit area, a halo and the stroke. Memoized with plain props, so a
 * year step re-renders only the lines whose status or address changed.
 */
const MapLine = memo(function MapLine({
  id,
  d,
  status,
  highlighted,
  href,
  active,
  schematic,
  onShow,
  onActivate,
}: {
  id: LineId;
  d: string;
  status: LineStatus;
  highlighted: boolean;
  href: string;
  active: boolean;
  schematic: boolean;
  onShow: (id: LineId) => void;
  onActivate: (href: string) => void;
}) {
  const t = useT();
  const className = [
    'map-line',
    `map-line--${statusSlug(status)}`,
    schematic ? 'map-line--schematic' : '',
    id.startsWith('WEPP') ? 'map-line--onward' : '',
    highlighted ? 'map-line--highlighted' : '',
    active ? 'map-line--active' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <a
      href={href}
      className={className}
      data-line={id}
      aria-label={lineLabel(id, status, highlighted, t)}
      tabIndex={0}
      onClick={(e: MouseEvent) => {
        if (e.button !== 0 || isModified(e)) return;
        e.preventDefault();
        onActivate(href);
      }}
      // SVG links are not activated by Enter everywhere (jsdom, some browsers): do it here, once.
      onKeyDown={(e: KeyboardEvent) => {
        if (e.key !== 'Enter' || isModified(e)) return;
        e.preventDefault();
        onActivate(href);
      }}
      onMouseEnter={() => onShow(id)}
      onFocus={() => onShow(id)}
    >
      <path className="map-line__hit" d={d} />
      <path className="map-line__halo" d={d} />
      <path className="map-line__stroke" d={d} />
    </a>
  );
});

export interface MapCanvasProps {
  lines: readonly PipelineLine[];
  /** The lines and places projected onto the map (they depend on the dataset only). */
  projected: readonly ProjectedLine[];
  marks: ReturnType<typeof projectPlaces>;
  /** Per line: its status this year, whether the selected event concerns it, where it leads. */
  state: ReadonlyMap<LineId, MapLineState>;
  /** The address of an event, keeping the user's choices. */
  eventHref: (eventId: string) => string;
  activeId: LineId | null;
  onShow: (id: LineId) => void;
  onActivate: (href: string) => void;
}

/** The SVG map. Geometry depends on the dataset and the width only; a year step changes classes. */
export const MapCanvas = memo(function MapCanvas({
  lines,
  projected,
  marks,
  state,
  eventHref,
  activeId,
  onShow,
  onActivate,
}: MapCanvasProps) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref, MAP_WIDTH);
  // Lines fade to a new status; off screen nobody sees it, and each frame of it costs paint.
  const onScreen = useOnScreen(ref);
  const scale = width / MAP_WIDTH;
  const clipId = useId();
  const titleId = useId();

  // Layout for the measured width: it changes with the width only, never with the year.
  const paths = useMemo(() => linePaths(projected, scale), [projected, scale]);
  const t = useT();
  const towards = useCallback((name: string) => t('mapCanvas.towards', { name }), [t]);
  const arrow = useMemo(() => {
    const beijing = marks.outside.find((m) => m.id === 'beijing');
    const origin = marks.inside.find((m) => m.id === 'urumqi') ?? marks.inside[0];
    return beijing && origin
      ? arrowTowards([origin.x, origin.y], beijing, scale, towards(beijing.name))
      : null;
  }, [marks, scale, towards]);
  // The countries' names as the page's language writes them (the basemap's are English).
  const names = useExplorer((s) => s.model.localization?.content.names);
  const countries = useMemo(
    () => basemap.countries.map((c) => ({ ...c, name: names?.[c.name] ?? c.name })),
    [names],
  );
  const labels = useMemo(
    () => mapLabels(marks.inside, countries, scale, arrow ? [arrow.box] : []),
    [marks, countries, scale, arrow],
  );

  return (
    <div ref={ref} className={onScreen ? 'map-canvas' : 'map-canvas map-canvas--off-screen'}>
      <svg
        className="map-svg"
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="group"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{t('mapCanvas.title')}</title>
        <defs>
          <clipPath id={clipId}>
            <rect width={MAP_WIDTH} height={MAP_HEIGHT} />
          </clipPath>
        </defs>
        <rect className="map-sea" width={MAP_WIDTH} height={MAP_HEIGHT} aria-hidden="true" />
        <g aria-hidden="true">
          <Basemap />
        </g>
        <CountryLabels labels={labels} />
        <g className="map-lines" clipPath={`url(#${clipId})`}>
          {lines.map((line) => {
            const s = state.get(line.id);
            const d = paths.get(line.id);
            if (!s || !d) return null;
            return (
              <MapLine
                key={line.id}
                id={line.id}
                d={d}
                status={s.status}
                highlighted={s.highlighted}
                href={lineHref(s, eventHref)}
                active={activeId === line.id}
                schematic={line.schematic}
                onShow={onShow}
                onActivate={onActivate}
              />
            );
          })}
        </g>
        <MapMarks labels={labels} arrow={arrow} scale={scale} />
        <rect className="map-frame" width={MAP_WIDTH} height={MAP_HEIGHT} aria-hidden="true" />
      </svg>
    </div>
  );
});
