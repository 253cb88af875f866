import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestModel, SOURCE } from '@tests/support/dataset';
import { renderWithStore } from '@tests/support/render';
import { TradeFigure } from './TradeFigure';

// Trade 2000–2006. In year n (2000 is n = 1) China exports $100 million × n and imports
// $1 billion × n; the mirror reports half of each. 2004 has no figures at all; 2005 has China's
// figures but no mirror row.
const model = buildTestModel({
  years: [2000, 2006],
  gaps: [2004],
  edit: (d) => {
    d.trade = d.trade.filter((r) => !(r.reporter === 'mirror' && r.year === 2005));
  },
});

const LAZY = { timeout: 20_000 };
const figure = () => screen.getByRole('figure', { name: /trade/i });
const readout = (label: RegExp) =>
  within(figure()).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;

describe('TradeFigure with Reporter "Both"', { timeout: 30_000 }, () => {
  beforeAll(async () => {
    await import('./TradeChart');
  });

  it('is a third option of the Reporter group that sets the store', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<TradeFigure />, { model, initial: { year: 2003 } });
    const group = screen.getByRole('radiogroup', { name: 'Reporter' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['china', 'mirror', 'both']);
    await user.click(within(group).getByRole('radio', { name: 'Both' }));
    expect(store.getState().reporter).toBe('both');
    expect(within(group).getByRole('radio', { name: 'Both' })).toBeChecked();
    expect(screen.getByRole('figure', { name: /trade/i })).toBeInTheDocument();
    await screen.findByRole('application', { name: /China–Turkmenistan trade/ }, LAZY);
  });

  it('reads out both values and the gap, and explains why they differ', async () => {
    renderWithStore(<TradeFigure />, { model, initial: { year: 2003, reporter: 'both' } });
    expect(readout(/exports to Turkmenistan, 2003/)).toBe(
      'China: $400 millionMirror: $200 millionGap: −$200 million',
    );
    expect(readout(/imports from Turkmenistan, 2003/)).toBe(
      'China: $4.00 billionMirror: $2.00 billionGap: −$2.00 billion',
    );
    expect(readout(/Balance.*2003/)).toBe(
      'China: $3.60 billionMirror: $1.80 billionGap: −$1.80 billion',
    );
    expect(within(figure()).getByText(/Why they differ/).parentElement).toHaveTextContent(
      /imports CIF.*exports FOB.*IMF estimates/,
    );
    expect(within(figure()).getAllByRole('link', { name: SOURCE.mirror })[0]).toBeVisible();
    await screen.findByRole('application', { name: /China–Turkmenistan trade/ }, LAZY);
  });

  it('shows a gap in one series as a gap, not as zero', async () => {
    renderWithStore(<TradeFigure />, { model, initial: { year: 2005, reporter: 'both' } });
    expect(readout(/exports to Turkmenistan, 2005/)).toBe(
      'China: $600 millionMirror: no dataGap: no data',
    );
    expect(figure()).toHaveTextContent(/no mirror figures: the chart shows a gap for 2005/);
    await screen.findByRole('application', { name: /China–Turkmenistan trade/ }, LAZY);
  });

  it('tabulates both values and the gap per year', async () => {
    const user = userEvent.setup();
    renderWithStore(<TradeFigure />, { model, initial: { year: 2003, reporter: 'both' } });
    await user.click(screen.getByRole('button', { name: 'Table' }));
    const table = await screen.findByRole('table', { name: /trade/i }, LAZY);
    expect(within(table).getByRole('columnheader', { name: 'China’s exports' })).toBeVisible();
    expect(within(table).getAllByRole('columnheader', { name: 'Gap' })).toHaveLength(2);
    const cells = (year: RegExp) =>
      within(within(table).getByRole('row', { name: year }))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells(/^2003/).slice(0, 6)).toEqual([
      '$400 million',
      '$200 million',
      '−$200 million',
      '$4.00 billion',
      '$2.00 billion',
      '−$2.00 billion',
    ]);
    expect(cells(/^2005/).slice(0, 3)).toEqual(['$600 million', 'no data', 'no data']);
    await screen.findByRole('application', { name: /China–Turkmenistan trade/ }, LAZY);
  });
});
