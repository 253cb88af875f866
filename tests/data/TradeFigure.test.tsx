import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderWithRealData } from '@tests/support/realData';
import { TradeFigure } from '../../src/features/trade/TradeFigure';

// The chart is a lazy chunk: its first import can take a while in a busy test run.
const LAZY = { timeout: 20_000 };
const figure = () => screen.getByRole('figure', { name: /trade/i });
const readout = (label: RegExp) => {
  const term = within(figure()).getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent;
};

// Recharts in jsdom is slow on a busy two-core machine: allow each test some time.
describe('TradeFigure', { timeout: 30_000 }, () => {
  beforeAll(async () => {
    // Load the lazy chart chunk once, so each test waits only for rendering.
    await import('../../src/features/trade/TradeChart');
  });

  it('reads out the selected year with three significant digits and names the source', async () => {
    renderWithRealData(<TradeFigure />, { initial: { year: 2020 } });
    expect(readout(/exports to Turkmenistan, 2020/)).toBe('$445 million');
    expect(readout(/imports from Turkmenistan, 2020/)).toBe('$6.07 billion');
    expect(readout(/Balance.*2020/)).toBe('$5.63 billion');
    expect(readout(/share of Turkmenistan’s trade, 2020/)).toBe('67%');
    expect(within(figure()).getAllByRole('link', { name: 'IMF_DOTS_CHN' })[0]).toHaveAttribute(
      'href',
      '/sources#IMF_DOTS_CHN',
    );
    // The chart loads lazily and draws in jsdom thanks to the ResizeObserver stub.
    expect(
      await screen.findByRole('button', { name: /Article claim, 2012/ }, LAZY),
    ).toBeInTheDocument();
  });

  it('reads "no data" in a gap and flags the low-confidence 2023 row', async () => {
    const { store } = renderWithRealData(<TradeFigure />, { initial: { year: 2022 } });
    expect(readout(/exports to Turkmenistan, 2022/)).toBe('no data');
    expect(readout(/imports from Turkmenistan, 2022/)).toBe('no data');
    expect(readout(/Balance.*2022/)).toBe('no data');
    act(() => store.getState().setYear(2023));
    expect(readout(/exports to Turkmenistan, 2023/)).toBe('$1.00 billion');
    expect(within(figure()).getAllByRole('link', { name: 'NEWS_GACC_2023' })).not.toHaveLength(0);
    expect(within(figure()).getByText(/low confidence: a rounded figure/)).toBeInTheDocument();
    await screen.findByRole('button', { name: /Article claim, 1998/ }, LAZY);
  });

  it('switches scale and reporter through the store', async () => {
    const user = userEvent.setup();
    const { store } = renderWithRealData(<TradeFigure />, { initial: { year: 2020 } });
    await user.click(screen.getByRole('switch', { name: 'Log scale' }));
    expect(store.getState().scale).toBe('log');
    const group = screen.getByRole('radiogroup', { name: 'Reporter' });
    await user.click(within(group).getByRole('radio', { name: 'Turkmenistan (mirror)' }));
    expect(store.getState().reporter).toBe('mirror');
    expect(readout(/imports from Turkmenistan, 2020/)).toBe('$4.44 billion');
    expect(within(figure()).getByText(/most years are IMF estimates/)).toBeInTheDocument();
    expect(within(group).getByRole('radio', { name: 'China' })).not.toBeChecked();
    await screen.findByRole('button', { name: /Article claim, 2020: China’s imports/ }, LAZY);
  });

  it('shows the numbers as a table named with "trade"', async () => {
    const user = userEvent.setup();
    renderWithRealData(<TradeFigure />, { initial: { year: 2020 } });
    const toggle = screen.getByRole('button', { name: 'Table' });
    expect(screen.queryByRole('table', { name: /trade/i })).toBeNull();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const table = await screen.findByRole('table', { name: /trade/i }, LAZY);
    const row = within(table).getByRole('row', { name: /^2020/ });
    expect(row).toHaveTextContent('$445 million');
    expect(row).toHaveTextContent('$6.07 billion');
    expect(within(table).getByRole('row', { name: /^2021/ })).toHaveTextContent('no data');
    await screen.findByRole('button', { name: /Article claim, 2012/ }, LAZY);
  });

  it('lists the article’s claims with computed verdicts', async () => {
    renderWithRealData(<TradeFigure />);
    const table = await screen.findByRole('table', { name: /article claims/i }, LAZY);
    expect(within(table).getByRole('row', { name: /^1998/ })).toHaveTextContent('matches');
    const row2012 = within(table).getByRole('row', { name: /^2012 Bilateral/ });
    expect(row2012).toHaveTextContent('differs');
    expect(row2012).toHaveTextContent('matches the 2013 figure');
    expect(within(table).getByRole('row', { name: /^2022/ })).toHaveTextContent(
      'cannot be checked',
    );
    await screen.findByRole('button', { name: /Article claim, 2012/ }, LAZY);
  });

  it('selects a claim’s year and opens an event from its marker, keeping the query', async () => {
    const user = userEvent.setup();
    const { store, location } = renderWithRealData(<TradeFigure />, {
      path: '/?reporter=mirror',
      initial: { year: 2020, reporter: 'mirror' },
    });
    const claim = await screen.findByRole('button', { name: /Article claim, 1998/ }, LAZY);
    fireEvent.click(claim);
    expect(store.getState().year).toBe(1998);
    const marker = screen.getByRole('link', { name: /events?, 2009:.*inaugurated/i });
    act(() => marker.focus());
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/inaugurated/);
    await user.keyboard('{Enter}');
    expect(location()).toMatch(/^\/events\/[a-z0-9-]+\?year=2009&reporter=mirror$/);
  });
});
