import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { buildTestModel, SOURCE } from '@tests/support/dataset';
import { renderWithStore as renderOn, type RenderOptions } from '@tests/support/render';
import type { ReactElement } from 'react';
import { useCommandKeys } from '../../ui/commands';
import { closeDetailsCommand } from './commands';
import { EventDetails } from './EventDetails';
import { EventList } from './EventList';

// Six events 2001–2009 (two in 2007); one with people, places and two sources, one about two
// pipeline lines with a note.
const model = buildTestModel({
  years: [2000, 2010],
  events: [
    { id: 'talks-begin', date: '2001-03', title: 'Talks begin' },
    {
      id: 'gas-agreement',
      date: '2003-04-03',
      title: 'Gas agreement',
      category: 'energy',
      people: ['First Person', 'Second Person'],
      places: ['Ashgabat', 'Beijing'],
      sourceIds: [SOURCE.news, SOURCE.gas],
    },
    {
      id: 'line-a-opens',
      date: '2005-12-14',
      title: 'Line A opens',
      category: 'pipeline',
      lines: ['A', 'B'],
      note: 'The sources disagree on the date.',
    },
    { id: 'summit', date: '2007', title: 'Summit' },
    { id: 'loan', date: '2007-09-01', title: 'Loan agreed', category: 'finance' },
    { id: 'record', date: '2009-05', title: 'Record year', category: 'energy' },
  ],
  lines: [
    { id: 'A', name: 'Gas Line A' },
    { id: 'B', name: 'Gas Line B' },
  ],
  sources: [{ id: SOURCE.news, url: 'https://news.example/story', confidence: 'low' }],
});
const renderWithStore = (ui: ReactElement, options: RenderOptions = {}) =>
  renderOn(ui, { model, ...options });

const commands = [closeDetailsCommand];

/** The list and, at /events/:eventId, the details, with Escape: as the explorer mounts them. */
function Explorer() {
  useCommandKeys(commands);
  return (
    <>
      <EventList />
      <Routes>
        <Route path="events/:eventId" element={<EventDetails />} />
        <Route path="*" element={null} />
      </Routes>
    </>
  );
}

const details = () => screen.getByRole('article');

describe('EventDetails', () => {
  it('shows the title, date, text, category, people, places and sources', () => {
    const event = model.events.find((e) => e.people.length && e.places.length)!;
    expect(event.id).toBe('gas-agreement');
    renderWithStore(<Explorer />, { path: `/events/${event.id}` });
    const panel = details();
    expect(within(panel).getByRole('heading', { level: 2, name: event.title })).toBeVisible();
    expect(panel.querySelector('time')).toHaveAttribute('datetime', event.date);
    expect(within(panel).getByText(event.summary)).toBeInTheDocument();
    expect(within(panel).getByText(event.people.join(', '))).toBeInTheDocument();
    expect(within(panel).getByText(event.places.join(', '))).toBeInTheDocument();
    const sources = within(panel).getByRole('region', { name: 'Sources' });
    const items = within(sources).getAllByRole('listitem');
    expect(items).toHaveLength(event.sourceIds.length);
    const source = model.sourcesById.get(event.sourceIds[0]!)!;
    expect(within(items[0]!).getByText(source.title)).toBeInTheDocument();
    // The credit line stays as its owner wrote it (marked as English in every language).
    const credit = within(items[0]!).getByText(source.credit!);
    expect(credit).toHaveAttribute('lang', 'en');
    expect(credit.parentElement).toHaveTextContent(`Credit: ${source.credit}`);
    expect(
      within(items[0]!).getByText(new RegExp(`confidence: ${source.confidence}`)),
    ).toBeVisible();
    expect(within(items[0]!).getByRole('link', { name: source.id })).toHaveAttribute(
      'href',
      `/sources#${source.id}`,
    );
    if (source.url) {
      const external = within(items[0]!).getByRole('link', { name: /^open at/i });
      expect(external).toHaveAttribute('href', source.url);
      expect(external).toHaveAttribute('rel', 'noopener noreferrer');
      expect(external).toHaveAttribute('target', '_blank');
    }
    expect(document.title).toContain(event.title);
  });

  it('lists the pipeline lines of a pipeline event, and a note when the sources disagree', () => {
    const event = model.events.find((e) => e.lines?.length && e.note)!;
    renderWithStore(<Explorer />, { path: `/events/${event.id}` });
    const lines = screen.getByRole('region', { name: 'Pipeline lines concerned' });
    for (const id of event.lines!)
      expect(within(lines).getByText(model.linesById.get(id)!.name)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /note/i })).toHaveTextContent(event.note!);
  });

  it('links to the previous and next events in date order, with none at the ends', () => {
    const { events } = model;
    const middle = events[2]!;
    const { unmount } = renderWithStore(<Explorer />, { path: `/events/${middle.id}?year=2001` });
    const panel = details();
    const href = (e: (typeof events)[number]) => `/events/${e.id}?year=${e.date.slice(0, 4)}`;
    expect(within(panel).getByRole('link', { name: 'Previous event' })).toHaveAttribute(
      'href',
      href(events[1]!),
    );
    expect(within(panel).getByRole('link', { name: 'Next event' })).toHaveAttribute(
      'href',
      href(events[3]!),
    );
    unmount();

    renderWithStore(<Explorer />, { path: `/events/${events[0]!.id}` });
    expect(within(details()).queryByRole('link', { name: 'Previous event' })).toBeNull();
    expect(within(details()).getByRole('link', { name: 'Next event' })).toBeVisible();
  });

  it('has no next event at the end of the list', () => {
    const { events } = model;
    renderWithStore(<Explorer />, { path: `/events/${events.at(-1)!.id}` });
    expect(within(details()).queryByRole('link', { name: 'Next event' })).toBeNull();
    expect(within(details()).getByRole('link', { name: 'Previous event' })).toBeVisible();
  });

  it('goes "Back to explorer" keeping the year and other parameters', async () => {
    const user = userEvent.setup();
    const event = model.eventsByYear.get(2005)![0]!;
    const { location } = renderWithStore(<Explorer />, {
      path: `/events/${event.id}?year=2005&scale=log`,
      initial: { year: 2005, scale: 'log' },
    });
    const back = within(details()).getByRole('link', { name: 'Back to explorer' });
    expect(back).toHaveAttribute('href', '/?year=2005&scale=log');
    await user.click(back);
    expect(location()).toBe('/?year=2005&scale=log');
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('moves focus to the heading on open; Escape closes and returns focus to the list link', async () => {
    const user = userEvent.setup();
    const event = model.eventsByYear.get(2007)![1]!;
    const { location } = renderWithStore(<Explorer />, {
      path: '/?year=2007',
      initial: { year: 2007 },
    });
    const link = screen.getByRole('link', { name: event.title });
    await user.click(link);
    expect(location()).toBe(`/events/${event.id}?year=2007`);
    const heading = within(details()).getByRole('heading', { level: 2, name: event.title });
    expect(heading).toHaveFocus();

    // Escape in the search box belongs to the search box.
    const box = screen.getByRole('searchbox', { name: 'Search events' });
    act(() => box.focus());
    await user.keyboard('{Escape}');
    expect(location()).toBe(`/events/${event.id}?year=2007`);

    act(() => heading.focus());
    await user.keyboard('{Escape}');
    expect(location()).toBe('/?year=2007');
    expect(screen.queryByRole('article')).toBeNull();
    await waitFor(() => expect(screen.getByRole('link', { name: event.title })).toHaveFocus());
  });

  it('shows a not-found heading and a way back for an unknown id', () => {
    renderWithStore(<Explorer />, {
      path: '/events/no-such-event?year=2001',
      initial: { year: 2001 },
    });
    expect(screen.getByRole('heading', { name: /not found/i })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Back to explorer' })).toHaveAttribute(
      'href',
      '/?year=2001',
    );
    expect(document.title).toMatch(/not found/i);
  });
});
