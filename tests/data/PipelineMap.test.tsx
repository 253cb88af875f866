// The map's real figures: line names, statuses by year, the gas and capacity readouts, Line C's
// attributes and Line D's caveats in the shipped data. How the map behaves (focus, hover, Enter,
// highlighting, credits as outside links) is tested on synthetic lines beside the component.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithRealData } from '@tests/support/realData';
import { PipelineMap } from '../../src/features/map/PipelineMap';

const renderIn = (year: number, { path = '/', selectedEventId = null as string | null } = {}) =>
  renderWithRealData(<PipelineMap />, { path, initial: { year, selectedEventId } });

/** The "Pipeline lines" list entry that starts with `name`. */
const listed = (name: string) =>
  within(screen.getByRole('list', { name: 'Pipeline lines' }))
    .getAllByRole('listitem')
    .find((li) => li.textContent?.startsWith(name));

describe('PipelineMap on the shipped data', () => {
  it('draws the seven lines, with their status in 2015', () => {
    renderIn(2015);
    const map = screen.getByRole('group', { name: /map of the pipeline lines/i });
    expect(
      within(map)
        .getAllByRole('link')
        .map((l) => l.getAttribute('aria-label')),
    ).toEqual([
      'Line A: in service',
      'Line B: in service',
      'Line C: in service',
      'Line D: under construction',
      'West–East Gas Pipeline 2: in service',
      'West–East Gas Pipeline 4: status unknown',
      'West–East Gas Pipeline 3 (west section): in service',
    ]);
  });

  it.each([
    [2008, 'Line A', 'under construction'],
    [2008, 'Line C', 'status unknown'],
    [2008, 'Line D', 'not yet agreed'],
    [2014, 'Line A', 'in service'],
    [2014, 'Line C', 'in service'],
    [2014, 'Line D', 'under construction'],
  ])('lists, in %i, %s as %s', (year, line, status) => {
    renderIn(year);
    expect(listed(line)).toHaveTextContent(`${line}: ${status}`);
  });

  it.each([
    [2023, '30.5 bcm', '55.0 bcm/yr'],
    [2009, /Gas sent to China, 2009\s*no data/, '15.0 bcm/yr'],
    [2005, /Gas sent to China, 2005/, 'none in service'],
  ])('reads, for %i, the gas sent (%s) and the capacity in service (%s)', (year, gas, capacity) => {
    renderIn(year);
    const figure = screen.getByRole('figure', { name: /pipeline/i });
    expect(figure).toHaveTextContent(gas);
    expect(figure).toHaveTextContent(capacity);
  });

  it('cites the Statistical Review for the gas sent in 2023', () => {
    renderIn(2023);
    expect(screen.getByRole('link', { name: 'EI_SR_2024' })).toHaveAttribute(
      'href',
      '/sources#EI_SR_2024',
    );
  });

  it('gives Line C’s length, capacity, countries and start, and opens its event', async () => {
    const user = userEvent.setup();
    const { location } = renderIn(2015, { path: '/?year=2015' });
    const lineC = screen.getByRole('link', { name: 'Line C: in service' });
    act(() => lineC.focus());
    const details = screen.getByRole('region', { name: 'Line details' });
    for (const text of [
      'Central Asia-China Gas Pipeline - Line C',
      '25.0 bcm/yr',
      '1,830 km',
      'Turkmenistan, Uzbekistan, Kazakhstan, China',
      'since 31 May 2014',
    ])
      expect(details).toHaveTextContent(text);
    expect(within(details).getAllByRole('link', { name: 'RFERL_2014' }).length).toBeGreaterThan(0);
    await user.keyboard('{Enter}');
    expect(location()).toBe('/events/2014-line-c-starts-flowing?year=2014');
  });

  it('says Line D is schematic, with the delays reported on 6 February 2024', async () => {
    const user = userEvent.setup();
    renderIn(2024);
    await user.hover(screen.getByRole('link', { name: 'Line D: under construction' }));
    expect(screen.getByRole('region', { name: 'Line details' })).toHaveTextContent(
      'delays reported 6 February 2024',
    );
    expect(listed('Line D')).toHaveTextContent('schematic route');
    expect(screen.getByRole('list', { name: 'Map legend' })).toHaveTextContent(
      'schematic route (Line D)',
    );
  });

  it('highlights Line C for the event of its first gas', () => {
    renderIn(2014, { selectedEventId: '2014-line-c-starts-flowing' });
    expect(screen.getByRole('link', { name: /^Line C: .*\(highlighted\)$/ })).toBeInTheDocument();
    expect(listed('Line A')).not.toHaveTextContent('highlighted');
  });

  it('credits Global Energy Monitor for the routes', () => {
    renderIn(2015);
    expect(
      screen.getByRole('link', {
        name: 'Global Energy Monitor, Global Gas Infrastructure Tracker (CC BY 4.0)',
      }),
    ).toHaveAttribute('target', '_blank');
  });
});
