import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildTestModel } from '@tests/support/dataset';
import { renderWithStore as renderOn, type RenderOptions } from '@tests/support/render';
import type { ReactElement } from 'react';
import { EventList } from './EventList';

// Eight events 2000–2010: three pipeline and two energy ones, a month-only date, two years with
// two events each, and no events in 2004.
const model = buildTestModel({
  years: [2000, 2010],
  events: [
    { id: 'embassies-open', date: '2001-01-06', title: 'Embassies open' },
    { id: 'pipeline-agreed', date: '2003-04', title: 'Pipeline agreed', category: 'pipeline' },
    { id: 'gas-deal', date: '2003-04-03', title: 'Gas deal signed', category: 'energy' },
    {
      id: 'pipeline-opens',
      date: '2005-12-14',
      title: 'Pipeline inaugurated',
      summary: 'Gas flows east.',
      category: 'pipeline',
    },
    {
      id: 'institute-opens',
      date: '2005',
      title: 'Institute opens',
      category: 'culture-science',
      people: ['Gurbanguly Berdimuhamedov'],
    },
    { id: 'border-talks', date: '2007-06-01', title: 'Border talks', category: 'security' },
    {
      id: 'second-line',
      date: '2007-09',
      title: 'Second line',
      category: 'pipeline',
      people: ['Serdar Berdimuhamedov'],
    },
    { id: 'supply-record', date: '2010-02-02', title: 'Supply record', category: 'energy' },
  ],
});
const ALL = model.events.length;
const renderWithStore = (ui: ReactElement, options: RenderOptions = {}) =>
  renderOn(ui, { model, ...options });

const eventsList = () => screen.getByRole('list', { name: 'Events' });
/** The event links of the list (an `a` with an href is a link; role queries over many are slow). */
const eventLinks = () => [
  ...eventsList().querySelectorAll<HTMLAnchorElement>('a[href^="/events/"]'),
];

describe('EventList', () => {
  it('lists every event with a link to its address whose name is its title', () => {
    renderWithStore(<EventList />);
    const { events } = model;
    const links = eventLinks();
    expect(links).toHaveLength(events.length);
    // Names by text content (computing many accessible names in jsdom is slow); one checked fully.
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
    expect(screen.getByRole('heading', { level: 3, name: /^2005/ })).toBeInTheDocument();
    const group2005 = screen.getByRole('list', { name: /^2005/ });
    const link = within(group2005).getByRole('link', { name: /pipeline inaugurated/i });
    const item = link.closest('li')!;
    expect(item.querySelector('time')).toHaveAttribute('datetime', '2005-12-14');
    expect(within(item).getByText('14 December 2005')).toBeInTheDocument();
    expect(within(item).getByText('Pipeline')).toBeInTheDocument();
    // A date the source gives to the month only stays a month.
    const monthOnly = model.events.find((e) => e.date.length === 7)!;
    const monthItem = within(eventsList())
      .getByRole('link', { name: monthOnly.title })
      .closest('li')!;
    expect(monthItem.querySelector('time')).toHaveAttribute('datetime', monthOnly.date);
  });

  it('marks the links of the selected year with aria-current and follows the year', () => {
    const { store } = renderWithStore(<EventList />, { initial: { year: 2003 } });
    const current = () =>
      eventLinks()
        .filter((a) => a.getAttribute('aria-current') === 'true')
        .map((a) => a.pathname);
    const { eventsByYear } = model;
    expect(current()).toEqual(['/events/pipeline-agreed', '/events/gas-deal']);
    expect(eventsByYear.get(2003)!.map((e) => `/events/${e.id}`)).toEqual(current());
    expect(screen.getByText(/2003: 2 events highlighted/)).toBeInTheDocument();
    act(() => store.getState().setYear(2005));
    expect(current()).toEqual(eventsByYear.get(2005)!.map((e) => `/events/${e.id}`));
    expect(current()).toHaveLength(2);
    act(() => store.getState().setYear(2004));
    expect(current()).toEqual([]);
    expect(screen.getByText('No events in 2004.')).toBeInTheDocument();
  });

  it("links to each event's canonical address: the other parameters and the event's year", () => {
    renderWithStore(<EventList />, {
      path: '/?year=2005&scale=log&category=pipeline&q=gas',
      initial: { scale: 'log', categories: ['pipeline'], query: 'gas' },
    });
    expect(eventLinks()).toHaveLength(1);
    for (const a of eventLinks()) {
      const year = a.closest('li')!.querySelector('time')!.getAttribute('datetime')!.slice(0, 4);
      const yearParam = year === String(model.defaultYear) ? '' : `year=${year}&`;
      expect(a.search).toBe(`?${yearParam}scale=log&category=pipeline&q=gas`);
    }
  });

  it('filters by category with counts, and says how many are shown', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<EventList />);
    const group = screen.getByRole('group', { name: 'Categories' });
    const pipeline = within(group).getByRole('checkbox', { name: /^pipeline \(3\)/i });
    expect(within(group).getByRole('checkbox', { name: /culture and science/i })).toBeVisible();
    await user.click(pipeline);
    expect(store.getState().categories).toEqual(['pipeline']);
    expect(eventLinks()).toHaveLength(3);
    expect(screen.getByText(`3 of ${ALL} events`)).toBeInTheDocument();
    await user.click(within(group).getByRole('checkbox', { name: /^energy/i }));
    expect(store.getState().categories).toEqual(['energy', 'pipeline']);
    expect(eventLinks()).toHaveLength(5);
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
    expect(found).toBe(2);
    expect(screen.getByText(`${found} of ${ALL} events`)).toBeInTheDocument();
    await user.type(box, 'zzzz');
    expect(eventLinks()).toHaveLength(0);
    expect(screen.getByText('No events match these filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(store.getState().query).toBe('');
    expect(box).toHaveValue('');
    expect(eventLinks()).toHaveLength(ALL);
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
  });

  it('shows only the selected year on request, and follows the year', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<EventList />, { initial: { year: 2003 } });
    await user.click(screen.getByRole('checkbox', { name: 'Only this year' }));
    expect(eventLinks()).toHaveLength(2);
    act(() => store.getState().setYear(2007));
    expect(eventLinks()).toHaveLength(model.eventsByYear.get(2007)!.length);
    act(() => store.getState().setYear(2004));
    expect(eventLinks()).toHaveLength(0);
    expect(screen.getByText('No events in 2004.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(store.getState().onlyThisYear).toBe(false);
    expect(eventLinks()).toHaveLength(ALL);
  });

  it('flips the order between oldest and newest first', async () => {
    const user = userEvent.setup();
    renderWithStore(<EventList />);
    const { events } = model;
    expect(eventLinks()[0]).toHaveAccessibleName(events[0]!.title);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Order' }), 'Newest first');
    expect(eventLinks()[0]).toHaveAccessibleName(events[events.length - 1]!.title);
    expect(screen.getAllByRole('heading', { level: 3 })[0]).toHaveTextContent(
      String(model.eventYears.at(-1)),
    );
  });
});
