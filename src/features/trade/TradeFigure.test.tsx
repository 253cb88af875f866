import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestModel, SOURCE } from '@tests/support/dataset';
import { renderWithStore } from '@tests/support/render';
import { TradeFigure } from './TradeFigure';

// Trade 2000–2006 with a gap in 2004. In year n (2000 is n = 1) China exports $100 million × n and
// imports $1 billion × n; the mirror reports half of each; China's share is always 50%.
// 2006 comes from a low-confidence news report. Three claims: one matching, one off by a year,
// one in the gap.
const model = buildTestModel({
  years: [2000, 2006],
  gaps: [2004],
  edit: (d) => {
    d.trade.find((r) => r.reporter === 'china' && r.year === 2006)!.sourceId = SOURCE.news;
  },
  sources: [{ id: SOURCE.news, confidence: 'low', kind: 'news' }],
  claims: [
    { year: 2001, value: 2_200_000_000, quote: 'Trade reached $2.2 billion' },
    { year: 2002, value: 4_400_000_000, quote: 'Trade reached $4.4 billion' },
    { year: 2004, value: 1_000_000_000, quote: 'Trade fell to $1 billion' },
  ],
  events: [
    { id: 'talks', date: '2001-05', title: 'Trade talks' },
    { id: 'pipeline-opens', date: '2005-12-14', title: 'Pipeline inaugurated' },
  ],
});

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
    await import('./TradeChart');
  });

  it('reads out the selected year with three significant digits and names the source', async () => {
    renderWithStore(<TradeFigure />, { model, initial: { year: 2003 } });
    expect(readout(/exports to Turkmenistan, 2003/)).toBe('$400 million');
    expect(readout(/imports from Turkmenistan, 2003/)).toBe('$4.00 billion');
    expect(readout(/Balance.*2003/)).toBe('$3.60 billion');
    expect(readout(/share of Turkmenistan’s trade, 2003/)).toBe('50%');
    expect(within(figure()).getAllByRole('link', { name: SOURCE.china })[0]).toHaveAttribute(
      'href',
      `/sources#${SOURCE.china}`,
    );
    expect(
      await screen.findByRole('button', { name: /Article claim, 2002/ }, LAZY),
    ).toBeInTheDocument();
  });

  it('reads "no data" in a gap and flags a low-confidence row', async () => {
    const { store } = renderWithStore(<TradeFigure />, { model, initial: { year: 2004 } });
    expect(readout(/exports to Turkmenistan, 2004/)).toBe('no data');
    expect(readout(/imports from Turkmenistan, 2004/)).toBe('no data');
    expect(readout(/Balance.*2004/)).toBe('no data');
    expect(readout(/share of Turkmenistan’s trade, 2004/)).toBe('no data');
    expect(within(figure()).queryByText(/low confidence: a rounded figure/)).toBeNull();
    act(() => store.getState().setYear(2006));
    expect(readout(/exports to Turkmenistan, 2006/)).toBe('$700 million');
    expect(within(figure()).getAllByRole('link', { name: SOURCE.news })).not.toHaveLength(0);
    expect(within(figure()).getByText(/low confidence: a rounded figure/)).toBeInTheDocument();
    await screen.findByRole('button', { name: /Article claim, 2001/ }, LAZY);
  });

  it('switches scale and reporter through the store', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<TradeFigure />, { model, initial: { year: 2003 } });
    await user.click(screen.getByRole('switch', { name: 'Log scale' }));
    expect(store.getState().scale).toBe('log');
    const group = screen.getByRole('radiogroup', { name: 'Reporter' });
    await user.click(within(group).getByRole('radio', { name: 'Turkmenistan (mirror)' }));
    expect(store.getState().reporter).toBe('mirror');
    expect(readout(/imports from Turkmenistan, 2003/)).toBe('$2.00 billion');
    expect(within(figure()).getAllByRole('link', { name: SOURCE.mirror })[0]).toBeVisible();
    expect(within(group).getByRole('radio', { name: 'China' })).not.toBeChecked();
    await screen.findByRole('button', { name: /Article claim, 2001/ }, LAZY);
  });

  it('shows the numbers as a table named with "trade", gaps as "no data"', async () => {
    const user = userEvent.setup();
    renderWithStore(<TradeFigure />, { model, initial: { year: 2003 } });
    const toggle = screen.getByRole('button', { name: 'Table' });
    expect(screen.queryByRole('table', { name: /trade/i })).toBeNull();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const table = await screen.findByRole('table', { name: /trade/i }, LAZY);
    const row = within(table).getByRole('row', { name: /^2003/ });
    expect(row).toHaveTextContent('$400 million');
    expect(row).toHaveTextContent('$4.00 billion');
    expect(within(table).getByRole('row', { name: /^2004/ })).toHaveTextContent('no data');
    await screen.findByRole('button', { name: /Article claim, 2002/ }, LAZY);
  });

  it('lists the claims with computed verdicts', async () => {
    renderWithStore(<TradeFigure />, { model });
    const table = await screen.findByRole('table', { name: /article claims/i }, LAZY);
    expect(within(table).getByRole('row', { name: /^2001/ })).toHaveTextContent('matches');
    const row2002 = within(table).getByRole('row', { name: /^2002 Bilateral/ });
    expect(row2002).toHaveTextContent('differs');
    expect(row2002).toHaveTextContent('matches the 2003 figure');
    expect(within(table).getByRole('row', { name: /^2004/ })).toHaveTextContent(
      'cannot be checked',
    );
    await screen.findByRole('button', { name: /Article claim, 2002/ }, LAZY);
  });

  it('selects a claim’s year and opens an event from its marker, keeping the query', async () => {
    const user = userEvent.setup();
    const { store, location } = renderWithStore(<TradeFigure />, {
      model,
      path: '/?reporter=mirror',
      initial: { year: 2003, reporter: 'mirror' },
    });
    const claim = await screen.findByRole('button', { name: /Article claim, 2001/ }, LAZY);
    fireEvent.click(claim);
    expect(store.getState().year).toBe(2001);
    const marker = screen.getByRole('link', { name: /events?, 2005:.*inaugurated/i });
    act(() => marker.focus());
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/inaugurated/);
    await user.keyboard('{Enter}');
    expect(location()).toBe('/events/pipeline-opens?year=2005&reporter=mirror');
  });
});
