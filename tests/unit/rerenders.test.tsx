import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildTestModel } from '@tests/support/dataset';
import { renderExplorer } from '@tests/support/explorer';

// Stand-ins that count their renders. They read nothing from the store or the router, so any
// render after the first one comes from a parent re-rendering them.
const renders = vi.hoisted(() => ({ trade: 0, events: 0 }));
vi.mock('../../src/features/trade/TradeFigure', () => ({
  TradeFigure: () => {
    renders.trade += 1;
    return <figure aria-label="Trade stand-in" />;
  },
}));
vi.mock('../../src/features/events/EventList', () => ({
  EventList: () => {
    renders.events += 1;
    return <section aria-label="Events stand-in" />;
  },
}));

describe('re-renders on a change of address', () => {
  it('does not re-render the views when the year (and so the address) changes', async () => {
    const { store, location } = renderExplorer({
      model: buildTestModel({ years: [1995, 2010] }),
      path: '/?year=2000',
    });
    expect(screen.getByRole('figure', { name: 'Trade stand-in' })).toBeInTheDocument();
    await waitFor(() => expect(store.getState().year).toBe(2000));
    const before = { ...renders };

    for (const year of [2001, 2002, 2003]) {
      act(() => store.getState().setYear(year));
      await waitFor(() => expect(location()).toBe(`/?year=${year}`));
    }

    expect(renders).toEqual(before);
  });
});
