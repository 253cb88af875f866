import '../../data/i18n/later';
import { useCallback, useMemo, useRef, useState, type PointerEvent, type ReactNode } from 'react';
import {
  Area,
  ComposedChart,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  usePlotArea,
  useXAxisScale,
  XAxis,
  YAxis,
} from 'recharts';
import { formatPercent, formatUsd, formatUsdShort } from '../../data/format';
import type { DatasetEvent, TradeSeries } from '../../data/schema';
import type { MessageId } from '../../data/i18n/messages';
import type { ReporterChoice, Scale } from '../../store/explorerStore';
import { useExplorer } from '../../store/StoreProvider';
import { useLocale, useT } from '../../routing/locale';
import { selectHighlightedSeries, selectYear } from '../../store/selectors';
import { selectCheckedClaims } from './tradeClaims';
import { AxisTick } from '../../ui/AxisTick';
import { ChartGrid } from '../../ui/ChartGrid';
import { TOOLTIP_STYLE } from '../../ui/chartTooltip';
import { useWidth } from '../../ui/useWidth';
import { ClaimMarkers, EventMarkers, SvgLegend, type MarkerHint } from './chartMarkers';
import { CHART_HEIGHT, CHART_HEIGHT_NARROW, isNarrowChart } from './chartSize';
import {
  isIsolated,
  linearDomain,
  linearTicks,
  logDomain,
  logTicks,
  yearAtX,
  yearTicks,
  type BothRow,
  type ChartRow,
  type ShareRow,
} from './tradeModel';

// Recharts draws the chart; everything here is only in the lazily loaded chunk.

const MARGIN = { top: 12, right: 24, bottom: 4, left: 4 };
const Y_AXIS_WIDTH = 60;
/** What both charts' value axes have in common. */
const VALUE_AXIS = { width: Y_AXIS_WIDTH, stroke: 'var(--muted)', tick: AxisTick, interval: 0 };

/**
 * The selected year's marker: the only part of the chart that re-renders on a year step.
 * Drawn from the chart's own x scale rather than as a Recharts `ReferenceLine`, which registers
 * itself in the chart's store and so makes the whole chart re-render on every year step.
 */
function SelectedYear({ label = true }: { label?: boolean }) {
  const year = useExplorer(selectYear);
  const xs = useXAxisScale();
  const plot = usePlotArea();
  const x = xs?.(year);
  if (!plot || x === undefined || !Number.isFinite(x)) return null;
  return (
    <g className="trade-selected-year" pointerEvents="none">
      <line
        x1={x}
        x2={x}
        y1={plot.y}
        y2={plot.y + plot.height}
        stroke="var(--accent)"
        strokeWidth={2}
      />
      {label && (
        <text x={x - 4} y={plot.y + 14} textAnchor="end" fill="var(--text)" fontSize={12}>
          {year}
        </text>
      )}
    </g>
  );
}

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
  stroke?: string;
  payload?: Partial<Record<SourceField, string | null>>;
}

/** The field of a chart row that names the source of the series a dot belongs to. */
type SourceField = 'sourceId' | 'chinaSourceId' | 'mirrorSourceId';

/**
 * Dots only where a line alone would not show a point (an isolated year), hollow when rounded.
 * Elsewhere nothing at all: an empty element per year and series would only make the chart's
 * SVG larger to lay out and paint.
 */
function makeDot(
  values: (number | null)[],
  lowConfidence: ReadonlySet<string>,
  key: string,
  sourceField: SourceField = 'sourceId',
) {
  function GapDot(props: DotProps) {
    const { cx, cy, index = -1, stroke, payload } = props;
    if (cx === undefined || cy === undefined || !isIsolated(values, index)) return null;
    const source = payload?.[sourceField];
    const hollow = source ? lowConfidence.has(source) : false;
    return (
      <circle
        key={`${key}-${index}`}
        cx={cx}
        cy={cy}
        r={4.5}
        stroke={stroke}
        strokeWidth={2}
        fill={hollow ? 'var(--surface)' : stroke}
      />
    );
  }
  return GapDot;
}

/**
 * A line of the main chart and its legend entry. A dashed line (the mirror's figures, the
 * balance) is drawn thinner than the solid ones, with a smaller active dot.
 */
interface SeriesLine {
  key: 'exports' | 'imports' | 'balance' | keyof BothValues;
  series: TradeSeries;
  name: MessageId;
  legend: MessageId;
  /** The legend's label on a narrow chart, where it differs. */
  legendShort?: MessageId;
  dash?: string;
}

/** One reporter's lines; the balance (the last) only on a linear scale. */
const ONE_REPORTER_LINES: readonly SeriesLine[] = [
  {
    key: 'exports',
    series: 'exports',
    name: 'trade.series.exports',
    legend: 'trade.legend.exports',
    legendShort: 'trade.legend.exportsShort',
  },
  {
    key: 'imports',
    series: 'imports',
    name: 'trade.series.imports',
    legend: 'trade.legend.imports',
    legendShort: 'trade.legend.importsShort',
  },
  {
    key: 'balance',
    series: 'balance',
    name: 'trade.legend.balance',
    legend: 'trade.legend.balance',
    legendShort: 'trade.legend.balanceShort',
    dash: '6 4',
  },
];

/** "Both": each flow as China reports it and as the mirror gives it (dashed). */
const BOTH_LINES: readonly SeriesLine[] = [
  {
    key: 'chinaExports',
    series: 'exports',
    name: 'trade.series.exportsChina',
    legend: 'trade.legend.exportsChina',
    legendShort: 'trade.legend.exportsChinaShort',
  },
  {
    key: 'mirrorExports',
    series: 'exports',
    name: 'trade.series.exportsMirror',
    legend: 'trade.legend.exportsMirror',
    dash: '5 4',
  },
  {
    key: 'chinaImports',
    series: 'imports',
    name: 'trade.series.importsChina',
    legend: 'trade.legend.importsChina',
    legendShort: 'trade.legend.importsChinaShort',
  },
  {
    key: 'mirrorImports',
    series: 'imports',
    name: 'trade.series.importsMirror',
    legend: 'trade.legend.importsMirror',
    dash: '5 4',
  },
];

/** The shaded gap between the two reporters' figures of a flow ("Both"). */
const GAP_NAMES = {
  exports: 'trade.series.exportsGap',
  imports: 'trade.series.importsGap',
} as const satisfies Record<string, MessageId>;

type BothValues = Pick<
  BothRow,
  'chinaExports' | 'mirrorExports' | 'chinaImports' | 'mirrorImports'
>;

export interface TradeChartProps {
  rows: ChartRow[];
  /** With "Both": both reporters' rows, drawn instead of `rows`; otherwise `null`. */
  bothRows: BothRow[] | null;
  shareRows: ShareRow[];
  showShare: boolean;
  reporter: ReporterChoice;
  scale: Scale;
  /** Claims another view (the story) asks to mark. */
  highlightedClaims: readonly string[];
  minYear: number;
  maxYear: number;
  eventYears: number[];
  eventsByYear: ReadonlyMap<number, DatasetEvent[]>;
  lowConfidence: ReadonlySet<string>;
  onSelectYear: (year: number) => void;
}

/**
 * Click or drag on the chart to select a year (a second way to scrub). Pointer events cover mouse,
 * pen and touch; `touch-action: pan-y` keeps vertical page scrolling on phones.
 */
function usePointerScrub(
  width: number,
  minYear: number,
  maxYear: number,
  onSelectYear: (year: number) => void,
) {
  const dragging = useRef(false);
  const pick = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const left = MARGIN.left + Y_AXIS_WIDTH;
    onSelectYear(
      yearAtX(e.clientX - box.left, left, width - left - MARGIN.right, minYear, maxYear),
    );
  };
  return {
    onPointerDown: (e: PointerEvent<HTMLDivElement>) => {
      if (e.button !== 0) return;
      dragging.current = true;
      e.currentTarget.setPointerCapture?.(e.pointerId);
      pick(e);
    },
    onPointerMove: (e: PointerEvent<HTMLDivElement>) => {
      if (dragging.current) pick(e);
    },
    onPointerUp: () => {
      dragging.current = false;
    },
    onPointerCancel: () => {
      dragging.current = false;
    },
  };
}

function Hint({ hint }: { hint: MarkerHint | null }) {
  if (!hint) return null;
  return (
    <div
      className="trade-hint"
      role="tooltip"
      id="trade-hint"
      style={{ left: `${hint.x}px`, top: `${hint.y}px` }}
      data-side={hint.side}
    >
      <strong>{hint.title}</strong>
      {hint.lines.map((l) => (
        <span key={l}>{l}</span>
      ))}
    </div>
  );
}

export default function TradeChart(props: TradeChartProps) {
  const { rows, scale, minYear, maxYear, lowConfidence, onSelectYear } = props;
  const claims = useExplorer(selectCheckedClaims);
  const [ref, width] = useWidth<HTMLDivElement>();
  const [hint, setHint] = useState<MarkerHint | null>(null);
  const locale = useLocale();
  const t = useT();
  const narrow = isNarrowChart(width);
  const height = narrow ? CHART_HEIGHT_NARROW : CHART_HEIGHT;
  const log = scale === 'log';
  const usdClaims = useMemo(() => claims.filter((c) => c.claim.unit === 'usd'), [claims]);
  const shareClaims = useMemo(
    () => claims.filter((c) => c.claim.measure === 'china-share-of-tkm-trade'),
    [claims],
  );
  const ticks = useMemo(() => yearTicks(minYear, maxYear, width), [minYear, maxYear, width]);
  // Both charts share the years' axis, so the share's years stand under the trade's.
  const yearAxis = {
    dataKey: 'year',
    type: 'number',
    domain: [minYear, maxYear],
    ticks,
    stroke: 'var(--muted)',
    tick: AxisTick,
    interval: 0,
  } as const;
  const both = props.bothRows;
  const exportsValues = useMemo(() => rows.map((r) => r.exports), [rows]);
  const importsValues = useMemo(() => rows.map((r) => r.imports), [rows]);
  const balanceValues = useMemo(() => (both ? [] : rows.map((r) => r.balance)), [rows, both]);
  const bothValues = useMemo(
    () =>
      both
        ? {
            chinaExports: both.map((r) => r.chinaExports),
            mirrorExports: both.map((r) => r.mirrorExports),
            chinaImports: both.map((r) => r.chinaImports),
            mirrorImports: both.map((r) => r.mirrorImports),
          }
        : null,
    [both],
  );
  const mirrorValues = useMemo(
    () => (bothValues ? [...bothValues.mirrorExports, ...bothValues.mirrorImports] : []),
    [bothValues],
  );
  const claimValues = useMemo(() => usdClaims.map((c) => c.claim.value), [usdClaims]);
  const { yDomain, yTicks } = useMemo(() => {
    if (log) {
      const domain = logDomain([
        ...exportsValues,
        ...importsValues,
        ...mirrorValues,
        ...claimValues,
      ]);
      return { yDomain: domain, yTicks: logTicks(domain, narrow) };
    }
    const all = [
      ...exportsValues,
      ...importsValues,
      ...balanceValues,
      ...mirrorValues,
      ...claimValues,
    ].filter((v): v is number => v !== null);
    const [lo, hi] = linearDomain(all, narrow ? 5 : 6);
    return {
      yDomain: [lo, hi] as [number, number],
      yTicks: linearTicks(lo, hi, narrow ? 5 : 6).filter((t) => t >= lo && t <= hi),
    };
  }, [log, narrow, exportsValues, importsValues, balanceValues, mirrorValues, claimValues]);
  const dots = useMemo(
    () => ({
      exports: makeDot(exportsValues, lowConfidence, 'e'),
      imports: makeDot(importsValues, lowConfidence, 'i'),
      balance: makeDot(balanceValues, lowConfidence, 'b'),
      ...(bothValues && {
        chinaExports: makeDot(bothValues.chinaExports, lowConfidence, 'ce', 'chinaSourceId'),
        mirrorExports: makeDot(bothValues.mirrorExports, lowConfidence, 'me', 'mirrorSourceId'),
        chinaImports: makeDot(bothValues.chinaImports, lowConfidence, 'ci', 'chinaSourceId'),
        mirrorImports: makeDot(bothValues.mirrorImports, lowConfidence, 'mi', 'mirrorSourceId'),
      }),
    }),
    [exportsValues, importsValues, balanceValues, bothValues, lowConfidence],
  );
  const scrub = usePointerScrub(width, minYear, maxYear, onSelectYear);
  // Series another view (the story) asks to emphasise: drawn thicker, the others faded.
  const emphasised = useExplorer(selectHighlightedSeries);
  const look = (series: TradeSeries, width: number) =>
    emphasised.length === 0
      ? { strokeWidth: width }
      : emphasised.includes(series)
        ? { strokeWidth: width + 1.5 }
        : { strokeWidth: width, strokeOpacity: 0.3 };
  const tooltipFormatter = useCallback(
    (value: unknown): ReactNode => formatUsd(typeof value === 'number' ? value : null, locale),
    [locale],
  );
  const shareFormatter = useCallback(
    (value: unknown): ReactNode =>
      formatPercent(typeof value === 'number' ? value : null, 0, locale),
    [locale],
  );
  const lines = both ? BOTH_LINES : log ? ONE_REPORTER_LINES.slice(0, 2) : ONE_REPORTER_LINES;
  const legend = lines.map((l) => ({
    label: t(narrow && l.legendShort ? l.legendShort : l.legend),
    color: `var(--series-${l.series})`,
    ...(l.dash && { dash: l.dash }),
  }));

  return (
    <div className="trade-chart" ref={ref}>
      {width > 0 && (
        <div className="trade-chart__plot trade-chart__main" data-scale={scale} {...scrub}>
          <ComposedChart<ChartRow | BothRow>
            width={width}
            height={height}
            data={both ?? rows}
            margin={MARGIN}
            title={t(log ? 'trade.chartTitleLog' : 'trade.chartTitle', {
              from: minYear,
              to: maxYear,
            })}
          >
            <ChartGrid />
            <XAxis {...yearAxis} allowDecimals={false} tickMargin={14} />
            <YAxis
              {...VALUE_AXIS}
              scale={log ? 'log' : 'linear'}
              domain={yDomain}
              ticks={yTicks}
              allowDataOverflow={log}
              tickFormatter={(v: number) => formatUsdShort(v, locale)}
            />
            {!log && <ReferenceLine y={0} stroke="var(--muted)" />}
            <Tooltip
              formatter={tooltipFormatter}
              labelFormatter={(y) => t('year.label', { year: String(y) })}
              isAnimationActive={false}
              contentStyle={TOOLTIP_STYLE}
              cursor={{ stroke: 'var(--muted)', strokeDasharray: '3 3' }}
            />
            {both &&
              (['exports', 'imports'] as const).map((flow) => (
                <Area
                  key={flow}
                  dataKey={`${flow}Band`}
                  name={t(GAP_NAMES[flow])}
                  fill={`var(--series-${flow})`}
                  fillOpacity={0.2}
                  stroke="none"
                  tooltipType="none"
                  connectNulls={false}
                  dot={false}
                  activeDot={false}
                  isAnimationActive={false}
                />
              ))}
            {lines.map((l) => (
              <Line
                key={l.key}
                dataKey={l.key}
                name={t(l.name)}
                stroke={`var(--series-${l.series})`}
                {...look(l.series, l.dash ? 2 : 2.5)}
                strokeDasharray={l.dash}
                connectNulls={false}
                dot={dots[l.key]}
                activeDot={{ r: l.dash ? 3 : 4 }}
                isAnimationActive={false}
              />
            ))}
            <SelectedYear />
            <SvgLegend items={legend} narrow={narrow} />
            <ClaimMarkers
              claims={usdClaims}
              highlighted={props.highlightedClaims}
              onHint={setHint}
              onSelectYear={onSelectYear}
            />
            <EventMarkers
              eventYears={props.eventYears}
              eventsByYear={props.eventsByYear}
              onHint={setHint}
            />
          </ComposedChart>
          <Hint hint={hint?.chart === 'main' ? hint : null} />
        </div>
      )}
      {width > 0 && props.showShare && (
        <div className="trade-share" role="group" aria-labelledby="trade-share-title">
          <h3 id="trade-share-title">{t('trade.shareTitle')}</h3>
          <div className="trade-chart__plot">
            <LineChart
              width={width}
              height={170}
              data={props.shareRows}
              margin={MARGIN}
              title={t('trade.shareChartTitle')}
            >
              <ChartGrid />
              <XAxis {...yearAxis} />
              <YAxis
                {...VALUE_AXIS}
                domain={[0, 100]}
                ticks={[0, 25, 50, 75, 100]}
                tickFormatter={(v: number) => `${v}%`}
              />
              <Tooltip
                formatter={shareFormatter}
                labelFormatter={(y) => t('year.label', { year: String(y) })}
                isAnimationActive={false}
                contentStyle={TOOLTIP_STYLE}
              />
              <Line
                dataKey="share"
                name={t('trade.shareSeries')}
                stroke="var(--text)"
                strokeWidth={2}
                connectNulls={false}
                dot={false}
                isAnimationActive={false}
              />
              <SelectedYear label={false} />
              <ClaimMarkers
                claims={shareClaims}
                chart="share"
                onHint={setHint}
                onSelectYear={onSelectYear}
              />
            </LineChart>
            <Hint hint={hint?.chart === 'share' ? hint : null} />
          </div>
        </div>
      )}
      {width === 0 && <div className="trade-chart__placeholder" />}
    </div>
  );
}
