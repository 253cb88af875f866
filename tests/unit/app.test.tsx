import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildTestModel, SOURCE } from '@tests/support/dataset';
import { renderExplorer } from '@tests/support/explorer';

// Data 2000–2012; one event about Line C, in 2006; a credit line shared by two sources.
const model = buildTestModel({
  years: [2000, 2012],
  lines: [{ id: 'C' }],
  events: [
    { id: 'early-talks', date: '2001', title: 'Early talks' },
    { id: 'line-c-starts', date: '2006-05-31', title: 'Line C starts', lines: ['C'] },
  ],
  sources: [
    { id: SOURCE.china, credit: 'Trade statistics office' },
    { id: SOURCE.mirror, credit: 'Trade statistics office' },
  ],
});
const renderApp = (path: string) => renderExplorer({ model, path });

describe('routes and address state', () => {
  it('reads the year and options from the address', async () => {
    const { store } = renderApp('/?year=2010&reporter=mirror&scale=log');
    await waitFor(() =>
      expect(store.getState()).toMatchObject({ year: 2010, reporter: 'mirror', scale: 'log' }),
    );
    expect(screen.getByRole('slider', { name: 'Year' })).toHaveAttribute('aria-valuenow', '2010');
  });

  it('rewrites invalid parameters to the defaults', async () => {
    const { location } = renderApp('/?year=banana&scale=cubic');
    await waitFor(() => expect(location()).toBe('/'));
  });

  it("opens an event at its address and selects its year, or the address's year", async () => {
    const { store, location } = renderApp('/events/line-c-starts');
    expect(await screen.findByRole('heading', { name: /Line C starts/ })).toBeInTheDocument();
    await waitFor(() => expect(store.getState().year).toBe(2006));
    await waitFor(() => expect(location()).toBe('/events/line-c-starts?year=2006'));
    expect(screen.getByRole('status')).toHaveTextContent('Year 2006. Line C starts');
  });

  it('honours the year of an event address, so that it reproduces what was on screen', async () => {
    const { store, location } = renderApp('/events/line-c-starts?year=2001');
    expect(await screen.findByRole('heading', { name: /Line C starts/ })).toBeInTheDocument();
    await waitFor(() => expect(store.getState().year).toBe(2001));
    expect(location()).toBe('/events/line-c-starts?year=2001');
    expect(screen.getByRole('status')).toHaveTextContent('Year 2001. Line C starts');
  });

  it('says "not found" for an unknown event', async () => {
    renderApp('/events/made-up');
    expect(await screen.findByRole('heading', { name: /not found/i })).toBeInTheDocument();
  });

  it('shows a not-found page with a link home', () => {
    renderApp('/what/ever');
    expect(screen.getByRole('heading', { level: 1, name: /not found/i })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the explorer' })).toHaveAttribute('href', '/');
  });

  it('lists every source with its credit line on /sources', async () => {
    renderApp('/sources');
    const list = await screen.findByRole('list', { name: 'Sources' });
    expect(list.children).toHaveLength(model.dataset.sources.length);
    expect(screen.getAllByText('Trade statistics office')).toHaveLength(2);
    expect(screen.getByText(`Credit for ${SOURCE.gas}`)).toBeInTheDocument();
  });
});
