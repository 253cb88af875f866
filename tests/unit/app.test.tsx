import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../src/app/App';
import { renderWithStore } from './render';

describe('routes and address state', () => {
  it('reads the year and options from the address', async () => {
    const { store } = renderWithStore(<AppRoutes />, {
      path: '/?year=2010&reporter=mirror&scale=log',
    });
    await waitFor(() =>
      expect(store.getState()).toMatchObject({ year: 2010, reporter: 'mirror', scale: 'log' }),
    );
    expect(screen.getByRole('slider', { name: 'Year' })).toHaveAttribute('aria-valuenow', '2010');
  });

  it('rewrites invalid parameters to the defaults', async () => {
    const { location } = renderWithStore(<AppRoutes />, { path: '/?year=banana&scale=cubic' });
    await waitFor(() => expect(location()).toBe('/'));
  });

  it("opens an event at its address and selects its year, or the address's year", async () => {
    const { store, location } = renderWithStore(<AppRoutes />, {
      path: '/events/2014-line-c-starts-flowing',
    });
    expect(
      await screen.findByRole('heading', { name: /Line C starts flowing/ }),
    ).toBeInTheDocument();
    await waitFor(() => expect(store.getState().year).toBe(2014));
    await waitFor(() => expect(location()).toBe('/events/2014-line-c-starts-flowing?year=2014'));
    expect(screen.getByRole('status')).toHaveTextContent('Year 2014. Line C starts flowing');
  });

  it('honours the year of an event address, so that it reproduces what was on screen', async () => {
    const { store, location } = renderWithStore(<AppRoutes />, {
      path: '/events/2014-line-c-starts-flowing?year=1995',
    });
    expect(
      await screen.findByRole('heading', { name: /Line C starts flowing/ }),
    ).toBeInTheDocument();
    await waitFor(() => expect(store.getState().year).toBe(1995));
    expect(location()).toBe('/events/2014-line-c-starts-flowing?year=1995');
    expect(screen.getByRole('status')).toHaveTextContent('Year 1995. Line C starts flowing');
  });

  it('says "not found" for an unknown event', async () => {
    renderWithStore(<AppRoutes />, { path: '/events/made-up' });
    expect(await screen.findByRole('heading', { name: /not found/i })).toBeInTheDocument();
  });

  it('shows a not-found page with a link home', () => {
    renderWithStore(<AppRoutes />, { path: '/what/ever' });
    expect(screen.getByRole('heading', { level: 1, name: /not found/i })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the explorer' })).toHaveAttribute('href', '/');
  });

  it('lists every source with its credit line on /sources', async () => {
    renderWithStore(<AppRoutes />, { path: '/sources' });
    const list = await screen.findByRole('list', { name: 'Sources' });
    expect(list.children.length).toBeGreaterThan(80);
    expect(screen.getAllByText('IMF, Direction of Trade Statistics (DOTS)').length).toBeGreaterThan(
      0,
    );
  });
});
