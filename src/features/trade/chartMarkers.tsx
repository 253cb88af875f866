import '../../data/i18n/later';
import type { KeyboardEvent } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { formatClaimValue } from '../../data/claims';
import type { DatasetEvent } from '../../data/schema';
import type { CheckedClaim } from './tradeClaims';
import { useEventHref, useGo } from '../../routing/navigation';
import type { Translate } from '../../data/i18n/messages';
import type { Locale } from '../../data/locale';
import { useLocale, useT } from '../../routing/locale';
import { verdictNoteText } from '../../data/verdictNotes';
import { measureLabel, VERDICT_GLYPH, verdictLabel } from '../../ui/claimLabels';

/** A marker shows its hint on hover and on focus; pressing it does not start a scrub. */
function hintHandlers(show: () => void, onHint: (hint: MarkerHint | null) => void) {
  const hide = () => onHint(null);
  return {
    onMouseEnter: show,
    onMouseLeave: hide,
    onFocus: show,
    onBlur: hide,
    onPointerDown: (e: { stopPropagation: () => void }) => e.stopPropagation(),
  };
}

/** Things drawn inside the Recharts SVG with its own scales (so they come out in SVG/PNG too). */

export interface MarkerHint {
  chart: 'main' | 'share';
  x: number;
  y: number;
  side: 'above' | 'below';
  title: string;
  lines: string[];
}

const stop = (e: KeyboardEvent) => e.stopPropagation();
const activateOnKey = (action: () => void) => (e: KeyboardEvent) => {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    e.stopPropagation();
    action();
  } else if (e.key.startsWith('Arrow')) {
    // The chart's own keyboard tooltip listens on the SVG: do not move it from a marker.
    stop(e);
  }
};

export function SvgLegend({
  items,
  narrow,
}: {
  items: { label: string; color: string; dash?: string }[];
  narrow: boolean;
}) {
  const plot = usePlotArea();
  if (!plot) return null;
  const x0 = plot.x + 10;
  const y0 = plot.y + 10;
  return (
    <g className="trade-legend" aria-hidden="true">
      {items.map((item, i) => (
        <g key={item.label} transform={`translate(${x0} ${y0 + i * (narrow ? 18 : 20)})`}>
          <line
            x1={0}
            x2={22}
            y1={0}
            y2={0}
            stroke={item.color}
            strokeWidth={3}
            strokeDasharray={item.dash}
          />
          <text x={28} y={0} dominantBaseline="central" fill="var(--text)" fontSize={12}>
            {item.label}
          </text>
        </g>
      ))}
    </g>
  );
}

export function claimLabel(
  { claim, result }: CheckedClaim,
  t: Translate,
  locale: Locale,
  note: string = verdictNoteText(result.noteParts, t, locale),
): string {
  const data =
    result.dataValue === null
      ? ''
      : t('claims.markerData', {
          value: formatClaimValue(result.dataValue, claim.unit, locale),
          ids: result.sourceIds.join(' ÷ '),
        });
  return t('claims.markerLabel', {
    year: claim.year,
    measure: measureLabel(t, claim.measure),
    quote: claim.quote,
    verdict: verdictLabel(t, result.verdict),
    data,
    note,
  });
}

const VERDICT_COLOR = {
  matches: 'var(--ok)',
  differs: 'var(--warn)',
  'cannot be checked': 'var(--muted)',
} as const;

export function ClaimMarkers({
  claims,
  chart = 'main',
  highlighted,
  onHint,
  onSelectYear,
}: {
  claims: CheckedClaim[];
  chart?: 'main' | 'share';
  /** Claims another view (the story) asks to mark: drawn larger, with a ring. */
  highlighted?: readonly string[];
  onHint: (hint: MarkerHint | null) => void;
  onSelectYear: (year: number) => void;
}) {
  const xs = useXAxisScale();
  const ys = useYAxisScale();
  const plot = usePlotArea();
  const t = useT();
  const locale = useLocale();
  if (!xs || !ys || !plot) return null;
  return (
    <g className="trade-claims">
      {claims.map((c) => {
        const { claim, result } = c;
        const cx = xs(claim.year);
        const cy = ys(claim.value);
        if (cx === undefined || cy === undefined) return null;
        const dy = result.dataValue === null ? undefined : ys(result.dataValue);
        const color = VERDICT_COLOR[result.verdict];
        const marked = highlighted?.includes(claim.id) ?? false;
        const show = () =>
          onHint({
            chart,
            x: cx,
            y: cy,
            side: cy < plot.y + 90 ? 'below' : 'above',
            title: t('claims.markerTitle', {
              year: claim.year,
              quote: claim.quote,
              verdict: verdictLabel(t, result.verdict),
            }),
            lines: [
              measureLabel(t, claim.measure),
              ...(result.dataValue === null
                ? []
                : [
                    t('claims.markerDataLine', {
                      value: formatClaimValue(result.dataValue, claim.unit, locale),
                      ids: result.sourceIds.join(' ÷ '),
                    }),
                  ]),
              verdictNoteText(result.noteParts, t, locale),
            ],
          });
        return (
          <g
            key={claim.id}
            className={marked ? 'trade-claim trade-claim--marked' : 'trade-claim'}
            data-verdict={result.verdict}
            role="button"
            tabIndex={0}
            aria-label={claimLabel(c, t, locale)}
            {...hintHandlers(show, onHint)}
            onClick={() => onSelectYear(claim.year)}
            onKeyDown={activateOnKey(() => onSelectYear(claim.year))}
          >
            {dy !== undefined && (
              <>
                <line
                  x1={cx}
                  x2={cx}
                  y1={cy}
                  y2={dy}
                  stroke={color}
                  strokeWidth={1.5}
                  strokeDasharray="2 3"
                />
                <circle cx={cx} cy={dy} r={3.5} fill="var(--surface)" stroke={color} />
              </>
            )}
            {/* A larger transparent target: at least 24 × 24 px. */}
            <rect x={cx - 12} y={cy - 12} width={24} height={24} fill="transparent" />
            {marked && (
              <circle cx={cx} cy={cy} r={13} fill="none" stroke="var(--accent)" strokeWidth={2.5} />
            )}
            <path
              d={`M ${cx} ${cy - 8} L ${cx + 8} ${cy} L ${cx} ${cy + 8} L ${cx - 8} ${cy} Z`}
              fill={color}
              stroke="var(--surface)"
              strokeWidth={1.5}
            />
            <text
              x={cx}
              y={cy}
              dy="0.35em"
              textAnchor="middle"
              fontSize={10}
              fontWeight={700}
              fill="var(--surface)"
            >
              {VERDICT_GLYPH[result.verdict]}
            </text>
          </g>
        );
      })}
    </g>
  );
}

export function eventMarkerLabel(
  year: number,
  events: readonly DatasetEvent[],
  t: Translate,
): string {
  const titles = events.map((e) => e.title).join('; ');
  return events.length === 1
    ? t('events.markerOne', { year, titles })
    : t('events.markerMany', { count: events.length, year, titles });
}

/** Small triangles on the time axis for years with events; activating one opens its event. */
export function EventMarkers({
  eventYears,
  eventsByYear,
  onHint,
}: {
  eventYears: number[];
  eventsByYear: ReadonlyMap<number, DatasetEvent[]>;
  onHint: (hint: MarkerHint | null) => void;
}) {
  const xs = useXAxisScale();
  const plot = usePlotArea();
  const go = useGo();
  const eventHref = useEventHref();
  const t = useT();
  if (!xs || !plot) return null;
  const y = plot.y + plot.height;
  return (
    <g className="trade-events">
      {eventYears.map((year) => {
        const events = eventsByYear.get(year) ?? [];
        const first = events[0];
        const cx = xs(year);
        if (!first || cx === undefined) return null;
        const open = () => go(eventHref(first.id));
        const show = () =>
          onHint({
            chart: 'main',
            x: cx,
            y,
            side: 'above',
            title:
              events.length === 1
                ? t('events.markerOneTitle', { year })
                : t('events.markerManyTitle', { count: events.length, year }),
            lines: events.map((e) => e.title),
          });
        return (
          <g
            key={year}
            className="trade-event"
            role="link"
            tabIndex={0}
            aria-label={eventMarkerLabel(year, events, t)}
            {...hintHandlers(show, onHint)}
            onClick={open}
            onKeyDown={activateOnKey(open)}
          >
            <rect x={cx - 6} y={y - 2} width={12} height={24} fill="transparent" />
            <path
              d={`M ${cx} ${y + 1} L ${cx + 5} ${y + 10} L ${cx - 5} ${y + 10} Z`}
              fill="var(--accent)"
            />
          </g>
        );
      })}
    </g>
  );
}
