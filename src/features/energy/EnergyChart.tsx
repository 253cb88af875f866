import { memo, useCallback, useMemo } from 'react';
import {
  Bar,
  BarChart,
  Cell,
  ComposedChart,
  Line,
  Tooltip,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
} from 'recharts';
import { formatBcm } from '../../data/format';
import { AxisTick } from '../../ui/AxisTick';
import { ChartGrid } from '../../ui/ChartGrid';
import { TOOLTIP_STYLE } from '../../ui/chartTooltip';
import { NoScriptFigure } from '../../ui/NoScriptFigure';
import { useWidth } from '../../ui/useWidth';
import type { CheckedArticleClaim } from '../../data/claimsEnergy';
import { useExplorerInTransition } from '../../store/StoreProvider';
import { selectYear } from '../../store/selectors';
import { useLocale, useT } from '../../routing/locale';
import { VERDICT_GLYPH, verdictLabel } from '../../ui/claimLabels';
import type { Verdict } from '../../data/claims';
import {
  destinationColor,
  type DestinationName,
  type EnergyChartRow,
  type EnergyModel,
} from './energyModel';

// Recharts draws both charts of the energy view; they re-render only when the dataset or the
// width changes. On a year step only the `SelectedBand` marker inside each re-renders.

const MARGIN = { top: 16, right: 12, bottom: 4, left: 0 };
const Y_AXIS_WIDTH = 44;

/** The selected year's band: the only part of a chart that re-renders on a year step. */
function SelectedBand() {
  const year = useExplorerInTransition(selectYear);
  const xs = useXAxisScale();
  const plot = usePlotArea();
  const start = xs?.(year, { position: 'start' });
  const end = xs?.(year, { position: 'end' });
  if (!plot || start === undefined || end === undefined || !Number.isFinite(start)) return null;
  const pad = 2;
  return (
    <rect
      className="energy-selected"
      x={start - pad}
      y={plot.y - 4}
      width={Math.max(2, end - start + 2 * pad)}
      height={plot.height + 4}
      fill="none"
      stroke="var(--accent)"
      strokeWidth={2}
      rx={2}
      pointerEvents="none"
    />
  );
}

/**
 * A click target per year, the full height of the plot and as wide as the year's slot: clicking a
 * bar (or the space above it) selects its year, as clicking the trade chart does. Drawn last, over
 * the hatching and the marks; hover still reaches the chart, so the tooltip keeps working.
 */
function YearTargets({
  years,
  onSelectYear,
}: {
  years: readonly number[];
  onSelectYear: (year: number) => void;
}) {
  const xs = useXAxisScale();
  const plot = usePlotArea();
  if (!xs || !plot) return null;
  const mids = years.map((y) => xs(y, { position: 'middle' }));
  return (
    <g className="energy-year-targets">
      {years.map((year, i) => {
        const mid = mids[i];
        if (mid === undefined || !Number.isFinite(mid)) return null;
        const prev = mids[i - 1];
        const next = mids[i + 1];
        const half = (next ?? prev ?? mid + 20) - mid;
        const left = prev === undefined ? mid - Math.abs(half) / 2 : (prev + mid) / 2;
        const right = next === undefined ? mid + Math.abs(half) / 2 : (mid + next) / 2;
        return (
          <rect
            key={year}
            data-year={year}
            x={left}
            y={plot.y}
            width={Math.max(1, right - left)}
            height={plot.height}
            fill="transparent"
            onClick={() => onSelectYear(year)}
          />
        );
      })}
    </g>
  );
}

/** The incomplete years' hatching over their bars, and its label. */
function IncompleteYears({
  first,
  last,
  narrow,
}: {
  first: number;
  last: number;
  narrow: boolean;
}) {
  const t = useT();
  const xs = useXAxisScale();
  const plot = usePlotArea();
  const x0 = xs?.(first, { position: 'start' });
  const x1 = xs?.(last, { position: 'end' });
  if (!plot || x0 === undefined || x1 === undefined) return null;
  return (
    <g className="energy-incomplete" pointerEvents="none">
      <rect x={x0} y={plot.y} width={x1 - x0} height={plot.height} fill="url(#energy-hatch)" />
      <text
        x={(x0 + x1) / 2}
        y={plot.y + 12}
        textAnchor="middle"
        fill="var(--text)"
        stroke="var(--surface)"
        strokeWidth={3}
        paintOrder="stroke"
        fontSize={narrow ? 11 : 12}
      >
        {t(narrow ? 'energy.chart.incompleteShort' : 'energy.chart.incompleteLong')}
      </text>
    </g>
  );
}

interface ClaimMark {
  year: number;
  value: number;
  verdict: Verdict;
  label: string;
}

/** A claim's diamond at its year and `value` (bcm), labelled with its quote and verdict. */
function claimMark(
  checked: CheckedArticleClaim,
  value: number,
  label: (c: CheckedArticleClaim) => string,
): ClaimMark {
  return {
    year: checked.claim.year,
    value,
    verdict: checked.result.verdict,
    label: label(checked),
  };
}

/** Diamonds for the article's claims at their year and value, with the verdict glyph. */
function ClaimMarks({ claims }: { claims: ClaimMark[] }) {
  const xs = useXAxisScale();
  const ys = useYAxisScale();
  if (!xs || !ys) return null;
  return (
    <g className="energy-claim-marks" aria-hidden="true">
      {claims.map((c) => {
        const x = xs(c.year, { position: 'middle' });
        const y = ys(c.value);
        if (x === undefined || y === undefined) return null;
        return (
          <g key={c.label} transform={`translate(${x} ${y})`}>
            <title>{c.label}</title>
            <path
              d="M0 -7 L7 0 L0 7 L-7 0 Z"
              fill="var(--surface)"
              stroke="var(--text)"
              strokeWidth={2}
            />
            <text
              x={0}
              y={-11}
              textAnchor="middle"
              fontSize={12}
              fontWeight={700}
              fill="var(--text)"
              stroke="var(--surface)"
              strokeWidth={3}
              paintOrder="stroke"
            >
              {VERDICT_GLYPH[c.verdict]}
            </text>
          </g>
        );
      })}
    </g>
  );
}

function yearTicks(first: number, last: number, narrow: boolean): number[] {
  const step = narrow ? 5 : 2;
  const ticks: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) ticks.push(y);
  return ticks;
}

const bcmTick = (v: number) => `${v}`;

/**
 * The grid, the year axis, the bcm axis and the tooltip, drawn alike by both charts (Recharts 3
 * lets a component of ours render its parts). `domain` fixes the bcm axis; `labelFormatter`
 * words the tooltip's year.
 */
function YearBcmAxes({
  ticks,
  domain,
  labelFormatter,
}: {
  ticks: number[];
  domain?: [number, number];
  labelFormatter?: (label: unknown) => string;
}) {
  const locale = useLocale();
  const tooltipValue = useCallback(
    (value: unknown) => formatBcm(typeof value === 'number' ? value : null, locale),
    [locale],
  );
  return (
    <>
      <ChartGrid />
      <XAxis
        dataKey="year"
        ticks={ticks}
        interval={0}
        stroke="var(--muted)"
        tick={AxisTick}
        tickMargin={6}
      />
      <YAxis
        width={Y_AXIS_WIDTH}
        {...(domain && { domain })}
        stroke="var(--muted)"
        tick={AxisTick}
        tickFormatter={bcmTick}
        interval={0}
      />
      <Tooltip
        formatter={tooltipValue}
        {...(labelFormatter && { labelFormatter })}
        isAnimationActive={false}
        contentStyle={TOOLTIP_STYLE}
        cursor={{ fill: 'var(--highlight)', fillOpacity: 0.5 }}
      />
    </>
  );
}

export interface EnergyChartsProps {
  model: EnergyModel;
  claims: CheckedArticleClaim[];
  onSelectYear: (year: number) => void;
  name: DestinationName;
  /** A claim's quote as the mark's title gives it (its translation where there is one). */
  quoteOf: (claim: CheckedArticleClaim['claim']) => string;
}

/** Exports by destination (stacked bars), then capacity in service against gas sent to China. */
export const EnergyCharts = memo(function EnergyCharts({
  model,
  claims,
  onSelectYear,
  name,
  quoteOf,
}: EnergyChartsProps) {
  const t = useT();
  const [ref, width] = useWidth<HTMLDivElement>();
  const narrow = width > 0 && width < 520;
  const { rows, destinations, incompleteYears, use } = model;
  const ticks = useMemo(
    () => yearTicks(model.firstYear, model.lastYear, narrow),
    [model.firstYear, model.lastYear, narrow],
  );
  const useTicks = useMemo(
    () => yearTicks(use[0]?.year ?? 0, use.at(-1)?.year ?? 0, narrow),
    [use, narrow],
  );
  const incomplete = useMemo(() => new Set(incompleteYears), [incompleteYears]);
  const bars = useMemo(
    () =>
      destinations.map((d) => ({
        d,
        value: (r: EnergyChartRow): number | null => r.bcm[d] ?? null,
      })),
    [destinations],
  );
  // A diamond's name: the year, the article's words (translated beside them) and the verdict.
  const markLabel = useCallback(
    ({ claim, result }: CheckedArticleClaim) =>
      t('energy.chart.mark', {
        year: claim.year,
        quote: quoteOf(claim),
        verdict: verdictLabel(t, result.verdict),
      }),
    [t, quoteOf],
  );
  const shareMarks = useMemo(
    () =>
      claims
        .filter((c) => c.claim.unit === 'percent' && c.result.dataValue !== null)
        .flatMap((c) => {
          const row = rows.find((r) => r.year === c.claim.year);
          // The claimed share of that year's total, where the article's figure would put it.
          return row ? [claimMark(c, (row.total * c.claim.value) / 100, markLabel)] : [];
        })
        .filter((m) => m.value > 0),
    [claims, rows, markLabel],
  );
  const targetMarks = useMemo(
    () =>
      claims
        .filter((c) => c.claim.measure === 'gas-supply-target')
        .map((c) => claimMark(c, c.claim.value, markLabel)),
    [claims, markLabel],
  );
  const rowYears = useMemo(() => rows.map((r) => r.year), [rows]);
  const useYears = useMemo(() => use.map((u) => u.year), [use]);
  const useMax = Math.max(70, ...use.map((u) => u.capacityBcm));
  const firstIncomplete = incompleteYears[0];
  const lastIncomplete = incompleteYears.at(-1);

  return (
    <div className="energy-charts" ref={ref}>
      {width > 0 ? (
        <>
          <div className="energy-chart energy-chart__main">
            <BarChart
              width={width}
              height={narrow ? 260 : 300}
              data={rows}
              margin={MARGIN}
              barCategoryGap="18%"
              title={t('energy.chart.title', { from: model.firstYear, to: model.lastYear })}
            >
              <defs>
                <pattern
                  id="energy-hatch"
                  width="6"
                  height="6"
                  patternUnits="userSpaceOnUse"
                  patternTransform="rotate(45)"
                >
                  <line
                    x1="0"
                    y1="0"
                    x2="0"
                    y2="6"
                    stroke="var(--muted)"
                    strokeWidth="1.2"
                    strokeOpacity="0.45"
                  />
                </pattern>
              </defs>
              <YearBcmAxes
                ticks={ticks}
                labelFormatter={(y) =>
                  incomplete.has(Number(y))
                    ? t('energy.chart.tooltipIncomplete', { year: String(y) })
                    : String(y)
                }
              />
              {bars.map(({ d, value }) => (
                <Bar
                  key={d}
                  dataKey={value}
                  name={name(d)}
                  stackId="exports"
                  fill={destinationColor(d)}
                  stroke="var(--surface)"
                  strokeWidth={1}
                  isAnimationActive={false}
                >
                  {rows.map((r) => (
                    <Cell
                      key={r.year}
                      fillOpacity={r.incomplete ? 0.55 : 1}
                      strokeDasharray={r.incomplete ? '3 2' : undefined}
                    />
                  ))}
                </Bar>
              ))}
              {firstIncomplete !== undefined && lastIncomplete !== undefined && (
                <IncompleteYears first={firstIncomplete} last={lastIncomplete} narrow={narrow} />
              )}
              <ClaimMarks claims={shareMarks} />
              <SelectedBand />
              <YearTargets years={rowYears} onSelectYear={onSelectYear} />
            </BarChart>
          </div>
          <div className="energy-use" role="group" aria-labelledby="energy-use-title">
            <h3 id="energy-use-title">{t('energy.use.title')}</h3>
            <p className="energy-note">{t('energy.use.note')}</p>
            <div className="energy-chart energy-chart__use">
              <ComposedChart
                width={width}
                height={narrow ? 200 : 220}
                data={use}
                margin={MARGIN}
                title={t('energy.use.chartTitle')}
              >
                <YearBcmAxes ticks={useTicks} domain={[0, Math.ceil(useMax / 10) * 10]} />
                <Bar
                  dataKey="chinaBcm"
                  name={t('energy.use.seriesSent')}
                  fill="var(--gas-china)"
                  isAnimationActive={false}
                />
                <Line
                  dataKey="capacityBcm"
                  name={t('energy.use.seriesCapacity')}
                  type="step"
                  stroke="var(--text)"
                  strokeWidth={2}
                  strokeDasharray="5 3"
                  dot={false}
                  isAnimationActive={false}
                />
                <ClaimMarks claims={targetMarks} />
                <SelectedBand />
                <YearTargets years={useYears} onSelectYear={onSelectYear} />
              </ComposedChart>
            </div>
          </div>
        </>
      ) : (
        <>
          {/* Drawn once its width is known, in the browser: busy until then (or for ever,
              without JavaScript, which the alternative says). */}
          <div className="energy-chart__placeholder" aria-busy="true" />
          <NoScriptFigure figure="energy" />
        </>
      )}
    </div>
  );
});
