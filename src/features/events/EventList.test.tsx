import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore, testModel } from '../../../tests/unit/render';
import { EventList } from './EventList';

const eventsList = () => screen.getByRole('list', { name: 'Events' });
/** The event links of the list (an `a` with an href is a link; role queries over 51 are slow). */
const eventLinks = () => [
  ...eventsList().querySelectorAll<HTMLAnchorElement>('a[href^="/events/"]'),
];

describe('EventList', () => {
  it('lists every event with a link to its address whose name is its title', () => {
    renderWithStore(<EventList />);
    const { events } = testModel();
    const links = eventLinks();
    expect(links).toHaveLength(events.length);
    // Names by text content (computing 51 accessible names in jsdom is slow); one checked fully.
    const byPath = new Map(links.map((a) => [a.pathname, a.textContent]));
    for (const e of events) expect(byPath.get(`/events/${e.id}`)).toBe(e.title);
    expect(within(eventsList()).getByRole('link', { name: events[0]!.title })).toHaveAttribute(
      'href',
      `/events/${events[0]!.id}?year=${events[0]!.date.slice(0, 4)}`,
    );
    expect(screen.getByText(`${events.length} events`)).toBeInTheDocument();
  });

  it('groups by year with headings and shows dates at the source precision', () => {
    renderWithStore(<EventList />);
    expect(screen.getByRole('heading', { level: 3, name: /^2009/ })).toBeInTheDocument();
    const group2009 = screen.getByRole('list', { name: /^2009/ });
    const link = within(group2009).getByRole('link', { name: /pipeline inaugurated/i });
    const item = link.closest('li')!;
    expect(item.querySelector('time')).toHaveAttribute('datetime', '2009-12-14');
    expect(within(item).getByText('14 December 2009')).toBeInTheDocument();
    expect(within(item).getByText('Pipeline')).toBeInTheDocument();
    // A date the source gives to the month only stays a month.
    const monthOnly = testModel().events.find((e) => e.date.length === 7)!;
    const monthItem = within(eventsList())
      .getByRole('link', { name: monthOnly.title })
      .closest('li')!;
    expect(monthItem.querySelector('time')).toHaveAttribute('datetime', monthOnly.date);
  });

  it('marks the links of the selected year with aria-current and follows the year', () => {
    const { store } = renderWithStore(<EventList />, { initial: { year: 2013 } });
    const current = () =>
      eventLinks()
        .filter((a) => a.getAttribute('aria-current') === 'true')
        .map((a) => a.pathname);
    const { eventsByYear } = testModel();
    expect(current()).toEqual(eventsByYear.get(2013)!.map((e) => `/events/${e.id}`));
    expect(screen.getByText(/2013: 6 events highlighted/)).toBeInTheDocument();
    act(() => store.getState().setYear(2009));
    expect(current()).toEqual(eventsByYear.get(2009)!.map((e) => `/events/${e.id}`));
    act(() => store.getState().setYear(1995));
    expect(current()).toEqual([]);
    expect(screen.getByText('No events in 1995.')).toBeInTheDocument();
  });

  it("links to each event's canonical address: the other parameters and the event's year", () => {
    renderWithStore(<EventList />, {
      path: '/?year=2009&scale=log&category=pipeline&q=gas',
      initial: { scale: 'log', categories: ['pipeline'], query: 'gas' },
    });
    for (const a of eventLinks()) {
      const year = a.closest('li')!.querySelector('time')!.getAttribute('datetime')!.slice(0, 4);
      const yearParam = year === String(testModel().defaultYear) ? '' : `year=${year}&`;
      expect(a.search).toBe(`?${yearParam}scale=log&category=pipeline&q=gas`);
    }
  });

  it('filters by category with counts, and says how many are shown', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<EventList />);
    const group = screen.getByRole('group', { name: 'Categories' });
    const pipeline = within(group).getByRole('checkbox', { name: /^pipeline \(17\)/i });
    expect(within(group).getByRole('checkbox', { name: /culture and science/i })).toBeVisible();
    await user.click(pipeline);
    expect(store.getState().categories).toEqual(['pipeline']);
    expect(eventLinks()).toHaveLength(17);
    expect(screen.getByText('17 of 51 events')).toBeInTheDocument();
    await user.click(within(group).getByRole('checkbox', { name: /^energy/i }));
    expect(store.getState().categories).toEqual(['energy', 'pipeline']);
    expect(eventLinks()).toHaveLength(28);
  });

  it('searches without case or accents, and offers to clear filters when nothing matches', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<EventList />);
    const box = screen.getByRole('searchbox', { name: 'Search events' });
    await user.type(box, 'BERDIMUHAMEDOV ');
    // What the user types stays as typed; the store gets the trimmed text.
    expect(box).toHaveValue('BERDIMUHAMEDOV ');
    expect(store.getState().query).toBe('BERDIMUHAMEDOV');
    const found = eventLinks().length;
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(51);
    expect(screen.getByText(`${found} of 51 events`)).toBeInTheDocument();
    await user.type(box, 'zzzz');
    expect(eventLinks()).toHaveLength(0);
    expect(screen.getByText('No events match these filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(store.getState().query).toBe('');
    expect(box).toHaveValue('');
    expect(eventLinks()).toHaveLength(51);
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
  });

  it('shows only the selected year on request, and follows the year', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<EventList />, { initial: { year: 2013 } });
    await user.click(screen.getByRole('checkbox', { name: 'Only this year' }));
    expect(eventLinks()).toHaveLength(6);
    act(() => store.getState().setYear(2009));
    expect(eventLinks()).toHaveLength(testModel().eventsByYear.get(2009)!.length);
    act(() => store.getState().setYear(1995));
    expect(eventLinks()).toHaveLength(0);
    expect(screen.getByText('No events in 1995.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(store.getState().onlyThisYear).toBe(false);
    expect(eventLinks()).toHaveLength(51);
  });

  it('flips the order between oldest and newest first', async () => {
    const user = userEvent.setup();
    renderWithStore(<EventList />);
    const { events } = testModel();
    expect(eventLinks()[0]).toHaveAccessibleName(events[0]!.title);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Order' }), 'Newest first');
    expect(eventLinks()[0]).toHaveAccessibleName(events[events.length - 1]!.title);
    expect(screen.getAllByRole('heading', { level: 3 })[0]).toHaveTextContent(
      String(testModel().eventYears.at(-1)),
    );
  });
});
