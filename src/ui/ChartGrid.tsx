import { CartesianGrid, type CartesianGridProps } from 'recharts';

type HorizontalLines = NonNullable<CartesianGridProps['horizontalCoordinatesGenerator']>;

/**
 * Where the horizontal grid lines go: at the y axis's ticks, and at the plot's top and bottom
 * edges, as Recharts' own generator puts them. Recharts' own generator runs the axis's tick
 * filter on the way, which measures every tick label in the DOM (the grid's copy of the axis
 * settings has no `interval`, so `interval={0}` on the axis does not reach it); on the trade
 * chart's first draw that measuring was the largest single cost. The lines sit where the ticks
 * are, so nothing needs measuring.
 */
export const horizontalLinesAtTicks: HorizontalLines = ({ yAxis, offset }) => {
  const scale = yAxis?.scale;
  // The ticks the chart gives, or else the ones Recharts chose for the axis.
  const ticks = yAxis?.ticks ?? yAxis?.niceTicks;
  if (!scale || !ticks) return [];
  const ys: number[] = [];
  for (const tick of ticks) {
    const y = scale.map(tick);
    if (typeof y === 'number' && Number.isFinite(y)) ys.push(y);
  }
  const top = offset.top ?? 0;
  const bottom = top + (offset.height ?? 0);
  if (!ys.includes(top)) ys.push(top);
  if (!ys.includes(bottom)) ys.push(bottom);
  return ys;
};

/** No vertical lines are drawn, so none need placing (nor their labels measuring). */
const noLines = () => [];

/** The charts' grid: dashed horizontal lines at the y ticks, no vertical lines. */
export function ChartGrid() {
  return (
    <CartesianGrid
      stroke="var(--border)"
      strokeDasharray="2 4"
      vertical={false}
      horizontalCoordinatesGenerator={horizontalLinesAtTicks}
      verticalCoordinatesGenerator={noLines}
    />
  );
}
