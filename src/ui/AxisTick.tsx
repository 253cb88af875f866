import type { XAxisTickContentProps } from 'recharts';

/** How far below its anchor a tick label's baseline sits, as Recharts' own `Text` places it. */
const TICK_DY = { start: '0.71em', middle: '0.355em', end: '0em' } as const;

/**
 * An axis tick label as plain SVG text, for Recharts' `tick` prop. Recharts' own tick text reads
 * its computed style when the chart mounts (to measure labels, which `interval={0}` makes
 * needless); that forced the page's style to be recalculated in the middle of the chart's first
 * commit. Also used for the y axis, whose tick props have the same shape. Every Recharts chart of
 * the app (trade, energy) draws its ticks with it.
 */
export function AxisTick({
  x,
  y,
  textAnchor,
  verticalAnchor,
  payload,
  tickFormatter,
  index,
}: Pick<
  XAxisTickContentProps,
  'x' | 'y' | 'textAnchor' | 'verticalAnchor' | 'payload' | 'tickFormatter' | 'index'
>) {
  const value: unknown = payload.value;
  return (
    <text
      x={x}
      y={y}
      dy={TICK_DY[verticalAnchor]}
      textAnchor={textAnchor}
      fill="var(--muted)"
      fontSize={12}
      className="axis-tick"
    >
      {tickFormatter ? tickFormatter(value, index) : String(value)}
    </text>
  );
}
