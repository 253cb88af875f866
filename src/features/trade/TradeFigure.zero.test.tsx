import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '@tests/support/dataset';
import { renderWithStore } from '@tests/support/render';
import { buildModel } from '../../data/model';
import { TradeFigure } from './TradeFigure';

/** A small dataset (2000–2005) with China's exports in 2000 set to zero. */
function modelWithZero() {
  const dataset = structuredClone(buildDataset());
  const row = dataset.trade.find((r) => r.reporter === 'china' && r.year === 2000);
  if (!row) throw new Error('no 2000 row');
  row.exportsUsd = 0;
  return buildModel(dataset);
}

function renderAt(scale: 'log' | 'linear') {
  renderWithStore(<TradeFigure />, { model: modelWithZero(), initial: { year: 2000, scale } });
  return within(screen.getByRole('figure', { name: /trade/i }));
}

describe('a zero on the log scale', { timeout: 30_000 }, () => {
  it('is named in the "No figures" note on the log scale', () => {
    const figure = renderAt('log');
    expect(
      figure.getByText(/On the log scale a zero cannot be drawn: China’s exports in 2000 is \$0/),
    ).toBeInTheDocument();
  });

  it('needs no note on the linear scale, where a zero is drawn', () => {
    const figure = renderAt('linear');
    expect(figure.queryByText(/a zero cannot be drawn/)).toBeNull();
  });
});
