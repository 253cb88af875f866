import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { describe, expect, it } from 'vitest';
import { ChartGrid } from './ChartGrid';

const DATA = [
  { year: 2000, v: 10 },
  { year: 2001, v: 80 },
  { year: 2002, v: 35 },
];

/** The y of every grid line a chart draws. */
function gridLines(grid: ReactNode, yAxis: ReactNode): string[] {
  const { container, unmount } = render(
    <LineChart width={480} height={300} data={DATA}>
      {grid}
      <XAxis dataKey="year" type="number" domain={[2000, 2002]} ticks={[2000, 2001, 2002]} />
      {yAxis}
      <Line dataKey="v" isAnimationActive={false} />
    </LineChart>,
  );
  const ys = [...container.querySelectorAll('.recharts-cartesian-grid line')].map(
    (line) => `${line.getAttribute('x1')}→${line.getAttribute('x2')} @ ${line.getAttribute('y1')}`,
  );
  unmount();
  return ys;
}

describe('ChartGrid', () => {
  it('draws the lines Recharts’ own grid draws, at the ticks the axis is given', () => {
    const axis = <YAxis ticks={[0, 25, 50, 75, 100]} domain={[0, 100]} interval={0} />;
    const ours = gridLines(<ChartGrid />, axis);
    expect(ours).toHaveLength(5);
    expect(ours).toEqual(gridLines(<CartesianGrid vertical={false} />, axis));
  });

  it('follows the ticks Recharts chose when the axis is given none', () => {
    const axis = <YAxis domain={[0, 100]} tickCount={3} />;
    const ours = gridLines(<ChartGrid />, axis);
    expect(ours.length).toBeGreaterThan(2);
    expect(ours).toEqual(gridLines(<CartesianGrid vertical={false} />, axis));
  });

  it('draws no vertical lines', () => {
    const axis = <YAxis ticks={[0, 100]} domain={[0, 100]} />;
    const xs = gridLines(<ChartGrid />, axis).map((line) => line.split(' @ ')[0]);
    expect(new Set(xs).size).toBe(1);
  });
});
