import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { rawDataset } from '../../data/dataset';
import { buildModel } from '../../data/model';
import type { Dataset } from '../../data/schema';
import { parseDataset } from '../../data/validate';
import { createExplorerStore } from '../../store/explorerStore';
import { StoreProvider } from '../../store/StoreProvider';
import { NavigationProvider } from '../../routing/navigation';
import { TradeFigure } from './TradeFigure';

// The notes are what this test reads: the chart itself stands aside.
vi.mock('./TradeChart', () => ({ default: () => <div>Chart stand-in</div> }));

/** The shipped dataset with some facts changed, as a data refresh would change them. */
function refreshed(): Dataset {
  const parsed = parseDataset(rawDataset);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const d = structuredClone(parsed.dataset);
  // The IMF now derives only 2004–2006 of the mirror from China's figures.
  d.trade = d.trade.map((r) =>
    r.reporter === 'mirror' && r.year > 2006 ? { ...r, basis: 'Turkmenistan (mirror)' } : r,
  );
  // The low-confidence news figure is for 2022 instead of 2023.
  d.trade = d.trade.map((r) => (r.sourceId === 'NEWS_GACC_2023' ? { ...r, year: 2022 } : r));
  // Turkmenistan's DOTS world totals cover 1995–2010 only; no other total series.
  d.totalTrade = d.totalTrade.filter(
    (t) => t.sourceId === 'IMF_DOTS_TKM_WORLD' && t.year >= 1995 && t.year <= 2010,
  );
  // Gas starts a year later.
  d.gas = d.gas.filter((g) => g.year !== 2010);
  const again = parseDataset(d);
  if (!again.ok) throw new Error(again.errors.join('\n'));
  return again.dataset;
}

function renderFigure(dataset: Dataset) {
  const store = createExplorerStore(buildModel(dataset), { reporter: 'china' });
  render(
    <StoreProvider store={store}>
      <MemoryRouter>
        <NavigationProvider>
          <TradeFigure />
        </NavigationProvider>
      </MemoryRouter>
    </StoreProvider>,
  );
  return store;
}

const figure = () => screen.getByRole('figure', { name: /trade/i });

describe('TradeFigure’s notes read their facts from the data', () => {
  it('states the shipped dataset’s years and sources', async () => {
    const parsed = parseDataset(rawDataset);
    if (!parsed.ok) throw new Error('invalid dataset');
    const store = renderFigure(parsed.dataset);
    expect(figure()).toHaveTextContent('mostly pipeline gas since 2010');
    expect(figure()).toHaveTextContent(
      '2023 is a rounded news report of China’s customs data (low confidence)',
    );
    await userEvent.click(within(figure()).getByRole('checkbox', { name: /Share of/ }));
    expect(figure()).toHaveTextContent(/IMF_DOTS_TKM_WORLD \(1992–2020\)/);
    expect(within(figure()).getByRole('link', { name: 'COW_NATIONAL_4' })).toBeInTheDocument();
    act(() => store.getState().setReporter('mirror'));
    expect(
      await within(figure()).findByText(/2004–2019 derived from China’s figures/),
    ).toBeInTheDocument();
    expect(within(figure()).getAllByRole('link', { name: 'IMF_DOTS_TKM' })[0]).toBeInTheDocument();
  });

  it('follows a data refresh: no year or source in the notes is typed in', async () => {
    const store = renderFigure(refreshed());
    expect(figure()).toHaveTextContent('mostly pipeline gas since 2011');
    expect(figure()).toHaveTextContent(
      '2022 is a rounded news report of China’s customs data (low confidence)',
    );
    expect(figure()).not.toHaveTextContent('2023 is a rounded news report');
    await userEvent.click(within(figure()).getByRole('checkbox', { name: /Share of/ }));
    expect(figure()).toHaveTextContent(/IMF_DOTS_TKM_WORLD \(1995–2010\)/);
    expect(figure()).not.toHaveTextContent('COW');
    act(() => store.getState().setReporter('mirror'));
    expect(
      await within(figure()).findByText(/2004–2006 derived from China’s figures/),
    ).toBeInTheDocument();
  });
});
