import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { buildTestModel, SOURCE } from '@tests/support/dataset';
import { renderWithStore as renderOn, type RenderOptions } from '@tests/support/render';
import type { ReactElement } from 'react';
import { PipelineMap } from './PipelineMap';

// Three lines, 2000–2010. Line A: agreed 2001, built from July 2002, in service from 31 May 2003
// (an event). Line B: in service from 2006, nothing dated before. Line D (schematic): agreed
// September 2004, built from 2005, delays reported 6 February 2008. Gas sent: 10 bcm + 1 a year,
// none reported for 2002.
const model = buildTestModel({
  years: [2000, 2010],
  edit: (d) => {
    d.gas = d.gas.filter((g) => g.year !== 2002);
  },
  lines: [
    {
      id: 'A',
      name: 'Test Pipeline Line A',
      capacityBcm: 10,
      lengthKm: 1500,
      countries: ['Turkmenistan', 'Uzbekistan', 'China'],
    },
    { id: 'B', name: 'Test Pipeline Line B', capacityBcm: 20 },
    { id: 'D', name: 'Test Pipeline Line D', capacityBcm: 30, schematic: true },
  ],
  milestones: [
    { lineId: 'A', date: '2001', kind: 'agreed' },
    { lineId: 'A', date: '2002-07', kind: 'construction-started' },
    {
      lineId: 'A',
      date: '2003-05-31',
      kind: 'in-service',
      eventId: 'line-a-opens',
      sourceIds: ['OPENING_NEWS'],
    },
    { lineId: 'B', date: '2006', kind: 'in-service' },
    { lineId: 'D', date: '2004-09', kind: 'agreed' },
    { lineId: 'D', date: '2005', kind: 'construction-started' },
    { lineId: 'D', date: '2008-02-06', kind: 'delayed' },
  ],
  events: [
    { id: 'line-a-opens', date: '2003-05-31', title: 'Line A opens', lines: ['A'] },
    { id: 'talks', date: '2001', title: 'Talks' },
  ],
  // The credits name the lines' source and the sources of kind "map".
  sources: [
    { id: SOURCE.lines, credit: 'Route Tracker (CC BY 4.0)', url: 'https://routes.example/' },
    { id: 'OUTLINES', kind: 'map', url: 'https://outlines.example/' },
  ],
});
const renderWithStore = (ui: ReactElement, options: RenderOptions = {}) =>
  renderOn(ui, { model, ...options });

const items = () =>
  within(screen.getByRole('list', { name: 'Pipeline lines' })).getAllByRole('listitem');
const itemOf = (name: RegExp) => items().find((li) => name.test(li.textContent ?? ''))!;

describe('PipelineMap', () => {
  it('is a figure named with "pipeline", with one focusable named element per line', () => {
    renderWithStore(<PipelineMap />, { initial: { year: 2006 } });
    expect(screen.getByRole('figure', { name: /pipeline/i })).toBeInTheDocument();
    const map = screen.getByRole('group', { name: /map of the pipeline lines/i });
    const links = within(map).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('aria-label'))).toEqual([
      'Line A: in service',
      'Line B: in service',
      'Line D: under construction',
    ]);
    for (const l of links) expect(l).toHaveAttribute('tabindex', '0');
  });

  it('lists every line with its status in the year, and changes with the year', () => {
    const { store } = renderWithStore(<PipelineMap />, { initial: { year: 2002 } });
    expect(items()).toHaveLength(3);
    expect(itemOf(/^Line A/).textContent).toContain('Line A: under construction');
    expect(itemOf(/^Line B/).textContent).toContain('status unknown');
    expect(itemOf(/^Line D/).textContent).toContain('not yet agreed');
    act(() => store.getState().setYear(2006));
    expect(itemOf(/^Line A/).textContent).toContain('in service');
    expect(itemOf(/^Line B/).textContent).toContain('Line B: in service');
    expect(itemOf(/^Line D/).textContent).toContain('under construction');
  });

  it('shows the gas sent and the capacity in service, with sources, or "no data"', () => {
    const { store } = renderWithStore(<PipelineMap />, { initial: { year: 2006 } });
    const figure = screen.getByRole('figure', { name: /pipeline/i });
    expect(figure).toHaveTextContent('16.0 bcm');
    expect(figure).toHaveTextContent('30.0 bcm/yr');
    expect(screen.getByRole('link', { name: SOURCE.gas })).toHaveAttribute(
      'href',
      `/sources#${SOURCE.gas}`,
    );
    act(() => store.getState().setYear(2003));
    expect(figure).toHaveTextContent('13.0 bcm');
    expect(figure).toHaveTextContent('10.0 bcm/yr');
    act(() => store.getState().setYear(2002));
    expect(figure).toHaveTextContent(/Gas sent to China, 2002\s*no data/);
    expect(figure).toHaveTextContent('none in service');
  });

  it('shows a line’s details on focus and opens its event on Enter, keeping the query', async () => {
    const user = userEvent.setup();
    const { location } = renderWithStore(<PipelineMap />, {
      path: '/?year=2006&scale=log',
      initial: { year: 2006, scale: 'log' },
    });
    const lineA = screen.getByRole('link', { name: 'Line A: in service' });
    act(() => lineA.focus());
    const details = screen.getByRole('region', { name: 'Line details' });
    expect(details).toHaveTextContent('Test Pipeline Line A');
    expect(details).toHaveTextContent('10.0 bcm/yr');
    expect(details).toHaveTextContent('1,500 km');
    expect(details).toHaveTextContent('Turkmenistan, Uzbekistan, China');
    expect(details).toHaveTextContent('since 31 May 2003');
    expect(within(details).getAllByRole('link', { name: 'OPENING_NEWS' }).length).toBeGreaterThan(
      0,
    );
    await user.keyboard('{Enter}');
    // The event's own address: its year, and the user's other choices.
    expect(location()).toBe('/events/line-a-opens?year=2003&scale=log');
  });

  it('says a schematic line is schematic, and when delays were reported', async () => {
    const user = userEvent.setup();
    renderWithStore(<PipelineMap />, { initial: { year: 2009 } });
    await user.hover(screen.getByRole('link', { name: 'Line D: under construction' }));
    const details = screen.getByRole('region', { name: 'Line details' });
    expect(details).toHaveTextContent(/schematic/i);
    expect(details).toHaveTextContent('delays reported 6 February 2008');
    expect(itemOf(/^Line D/)).toHaveTextContent('schematic route');
    expect(itemOf(/^Line A/)).not.toHaveTextContent('schematic route');
  });

  it('highlights the lines of the selected event on the map and in the list', () => {
    renderWithStore(<PipelineMap />, {
      initial: { year: 2003, selectedEventId: 'line-a-opens' },
    });
    expect(
      screen.getByRole('link', { name: 'Line A: in service (highlighted)' }),
    ).toBeInTheDocument();
    expect(itemOf(/^Line A/)).toHaveTextContent('highlighted');
    expect(itemOf(/^Line B/)).not.toHaveTextContent('highlighted');
  });

  it('credits the route and outline sources as outside links', () => {
    renderWithStore(<PipelineMap />);
    const gem = screen.getByRole('link', { name: 'Route Tracker (CC BY 4.0)' });
    expect(gem).toHaveAttribute('href', 'https://routes.example/');
    expect(gem).toHaveAttribute('rel', 'noopener noreferrer');
    expect(gem).toHaveAttribute('target', '_blank');
    const outlines = screen.getByRole('link', { name: 'Natural Earth' });
    expect(outlines).toHaveAttribute('href', 'https://outlines.example/');
    expect(outlines).toHaveAttribute('rel', 'noopener noreferrer');
  });
});
