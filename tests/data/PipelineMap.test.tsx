import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithRealData } from '@tests/support/realData';
import { PipelineMap } from '../../src/features/map/PipelineMap';

const items = () =>
  within(screen.getByRole('list', { name: 'Pipeline lines' })).getAllByRole('listitem');
const itemOf = (name: RegExp) => items().find((li) => name.test(li.textContent ?? ''))!;

describe('PipelineMap', () => {
  it('is a figure named with "pipeline", with one focusable named element per line', () => {
    renderWithRealData(<PipelineMap />, { initial: { year: 2015 } });
    expect(screen.getByRole('figure', { name: /pipeline/i })).toBeInTheDocument();
    const map = screen.getByRole('group', { name: /map of the pipeline lines/i });
    const links = within(map).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('aria-label'))).toEqual([
      'Line A: in service',
      'Line B: in service',
      'Line C: in service',
      'Line D: under construction',
      'West–East Gas Pipeline 2: in service',
      'West–East Gas Pipeline 4: status unknown',
      'West–East Gas Pipeline 3 (west section): in service',
    ]);
    for (const l of links) expect(l).toHaveAttribute('tabindex', '0');
  });

  it('lists every line with its status in the year, and changes with the year', () => {
    const { store } = renderWithRealData(<PipelineMap />, { initial: { year: 2008 } });
    expect(items()).toHaveLength(7);
    expect(itemOf(/^Line A/).textContent).toContain('Line A: under construction');
    expect(itemOf(/^Line C/).textContent).toContain('status unknown');
    expect(itemOf(/^Line D/).textContent).toContain('not yet agreed');
    act(() => store.getState().setYear(2014));
    expect(itemOf(/^Line A/).textContent).toContain('in service');
    expect(itemOf(/^Line C/).textContent).toContain('Line C: in service');
    expect(itemOf(/^Line D/).textContent).toContain('under construction');
  });

  it('shows the gas sent and the capacity in service, with sources, or "no data"', () => {
    const { store } = renderWithRealData(<PipelineMap />, { initial: { year: 2023 } });
    const figure = screen.getByRole('figure', { name: /pipeline/i });
    expect(figure).toHaveTextContent('30.5 bcm');
    expect(figure).toHaveTextContent('55.0 bcm/yr');
    expect(screen.getByRole('link', { name: 'EI_SR_2024' })).toHaveAttribute(
      'href',
      '/sources#EI_SR_2024',
    );
    act(() => store.getState().setYear(2009));
    expect(figure).toHaveTextContent(/Gas sent to China, 2009\s*no data/);
    expect(figure).toHaveTextContent('15.0 bcm/yr');
    act(() => store.getState().setYear(2005));
    expect(figure).toHaveTextContent('none in service');
  });

  it('shows a line’s details on focus and opens its event on Enter, keeping the query', async () => {
    const user = userEvent.setup();
    const { location } = renderWithRealData(<PipelineMap />, {
      path: '/?year=2015',
      initial: { year: 2015 },
    });
    const lineC = screen.getByRole('link', { name: 'Line C: in service' });
    act(() => lineC.focus());
    const details = screen.getByRole('region', { name: 'Line details' });
    expect(details).toHaveTextContent('Central Asia-China Gas Pipeline - Line C');
    expect(details).toHaveTextContent('25.0 bcm/yr');
    expect(details).toHaveTextContent('1,830 km');
    expect(details).toHaveTextContent('Turkmenistan, Uzbekistan, Kazakhstan, China');
    expect(details).toHaveTextContent('since 31 May 2014');
    expect(within(details).getAllByRole('link', { name: 'RFERL_2014' }).length).toBeGreaterThan(0);
    await user.keyboard('{Enter}');
    // The event's own address: its year, and the user's other choices.
    expect(location()).toBe('/events/2014-line-c-starts-flowing?year=2014');
  });

  it('says Line D is schematic and delayed', async () => {
    const user = userEvent.setup();
    renderWithRealData(<PipelineMap />, { initial: { year: 2024 } });
    await user.hover(screen.getByRole('link', { name: 'Line D: under construction' }));
    const details = screen.getByRole('region', { name: 'Line details' });
    expect(details).toHaveTextContent(/schematic/i);
    expect(details).toHaveTextContent('delays reported 6 February 2024');
    expect(itemOf(/^Line D/)).toHaveTextContent('schematic route');
    expect(screen.getByRole('list', { name: 'Map legend' })).toHaveTextContent(
      'schematic route (Line D)',
    );
  });

  it('highlights the lines of the selected event on the map and in the list', () => {
    renderWithRealData(<PipelineMap />, {
      initial: { year: 2014, selectedEventId: '2014-line-c-starts-flowing' },
    });
    expect(
      screen.getByRole('link', { name: 'Line C: in service (highlighted)' }),
    ).toBeInTheDocument();
    expect(itemOf(/^Line C/)).toHaveTextContent('highlighted');
    expect(itemOf(/^Line A/)).not.toHaveTextContent('highlighted');
  });

  it('credits Global Energy Monitor and Natural Earth', () => {
    renderWithRealData(<PipelineMap />);
    const gem = screen.getByRole('link', {
      name: 'Global Energy Monitor, Global Gas Infrastructure Tracker (CC BY 4.0)',
    });
    expect(gem).toHaveAttribute('rel', 'noopener noreferrer');
    expect(gem).toHaveAttribute('target', '_blank');
    expect(screen.getByRole('link', { name: 'Natural Earth' })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
  });
});
