import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderExplorer } from '@tests/support/explorer';
import { realModel, renderWithRealData as renderWithStore } from '@tests/support/realData';
import { chapterHref, explorerHref, withYear } from '../../src/features/story/storyLinks';
import { StoryPanel } from '../../src/features/story/StoryPanel';

/** The panel as the app route renders it, with a stand-in for the linked views. */
function Route() {
  const { '*': rest = '' } = useParams();
  if (rest !== 'story' && !rest.startsWith('story/')) return <p>Left the story</p>;
  const chapter = rest.startsWith('story/') ? rest.slice('story/'.length) : undefined;
  return (
    <StoryPanel chapterId={chapter || undefined}>
      <p>The views</p>
    </StoryPanel>
  );
}

describe('StoryPanel', () => {
  it('shows a chapter as a region named by its heading, with progress and its sources', async () => {
    const { store } = renderWithStore(<Route />, { path: '/story/pipeline-2009' });
    const region = screen.getByRole('region', { name: '2009: The pipeline opens' });
    expect(region).toHaveAccessibleDescription('Chapter 5 of 10');
    expect(screen.getByRole('progressbar', { name: 'Story progress' })).toHaveAttribute(
      'aria-valuenow',
      '5',
    );
    expect(region).toHaveTextContent('inaugurated on 14 December 2009');
    expect(region).toHaveTextContent('brought China 3.6 bcm');
    expect(screen.getByRole('link', { name: 'PROFINANCE_KZ_2010' })).toHaveAttribute(
      'href',
      '/sources#PROFINANCE_KZ_2010',
    );
    expect(screen.getByText('The views')).toBeInTheDocument();
    // The chapter takes the focus, and puts the views in its state.
    await waitFor(() => expect(region).toHaveFocus());
    expect(store.getState()).toMatchObject({
      year: 2009,
      selectedEventId: '2009-central-asia-china-gas-pipeline-inaugurated',
      highlight: { lines: ['A'], claims: ['claim-2009-gas-exports-via-russia-share'] },
    });
  });

  it('steps with Next, Previous and the arrow keys, and leaves with Escape', async () => {
    const user = userEvent.setup();
    const { store, location } = renderWithStore(<Route />, { path: '/story/pipeline-2009' });
    await user.click(screen.getByRole('link', { name: /Next/ }));
    expect(location()).toBe('/story/gas-trade-2012?year=2012');
    const region = await screen.findByRole('region', { name: /Gas turns the balance/ });
    await waitFor(() => expect(region).toHaveFocus());
    expect(store.getState()).toMatchObject({ year: 2012, selectedEventId: null });
    expect(store.getState().highlight.series).toEqual(['imports', 'balance']);

    fireEvent.keyDown(region, { key: 'ArrowRight' });
    expect(location()).toBe('/story/partnership-2014?year=2014');
    fireEvent.keyDown(await screen.findByRole('region', { name: /Line C/ }), { key: 'ArrowLeft' });
    expect(location()).toBe('/story/gas-trade-2012?year=2012');

    await user.click(screen.getByRole('link', { name: /Previous/ }));
    expect(location()).toBe('/story/pipeline-2009?year=2009');
    fireEvent.keyDown(await screen.findByRole('region', { name: /pipeline opens/ }), {
      key: 'Escape',
    });
    expect(location()).toBe('/events/2009-central-asia-china-gas-pipeline-inaugurated?year=2009');
    // Leaving the story clears its emphasis.
    expect(await screen.findByText('Left the story')).toBeInTheDocument();
    expect(store.getState().highlight).toEqual({});
  });

  it('offers "Explore from here" at the chapter’s year, keeping the user’s choices', () => {
    renderWithStore(<Route />, {
      path: '/story/gas-trade-2012',
      initial: { reporter: 'mirror' },
    });
    expect(screen.getByRole('link', { name: 'Explore from here' })).toHaveAttribute(
      'href',
      '/?year=2012&reporter=mirror',
    );
    expect(screen.getByRole('link', { name: /Next/ })).toHaveAttribute(
      'href',
      '/story/partnership-2014?year=2014&reporter=mirror',
    );
  });

  it('lists every chapter and marks the current one', async () => {
    const user = userEvent.setup();
    renderWithStore(<Route />, { path: '/story/arms-2019' });
    await user.click(screen.getByText('All chapters'));
    const nav = screen.getByRole('navigation', { name: 'Chapters' });
    const links = nav.querySelectorAll('a');
    expect(links).toHaveLength(10);
    expect(nav.querySelector('[aria-current="step"]')).toHaveTextContent(
      '2019: Arms, gas and the Uyghur letter',
    );
  });

  it('shows the first chapter at /story and moves the address to it', async () => {
    const { location } = renderWithStore(<Route />, { path: '/story' });
    expect(screen.getByRole('heading', { name: '1992: Diplomatic relations' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Previous/ })).toBeNull();
    await waitFor(() => expect(location()).toBe('/story/relations-1992?year=1992'));
  });

  it('ends with a way into the explorer', () => {
    renderWithStore(<Route />, { path: '/story/the-2020s' });
    expect(screen.queryByRole('link', { name: /Next/ })).toBeNull();
    expect(screen.getByRole('link', { name: /Finish/ })).toHaveAttribute(
      'href',
      '/events/2023-comprehensive-strategic-partnership',
    );
  });

  it('says "not found" for an unknown chapter, with a way back, and no views', () => {
    renderWithStore(<Route />, { path: '/story/made-up' });
    expect(screen.getByRole('heading', { name: 'Chapter not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start the story' })).toHaveAttribute(
      'href',
      '/story/relations-1992?year=1992',
    );
    expect(screen.getByRole('link', { name: 'go to the explorer' })).toHaveAttribute('href', '/');
    expect(screen.queryByText('The views')).toBeNull();
  });
});

describe('story addresses', () => {
  it('carry the year first, leave out the default year and keep the choices', () => {
    expect(withYear('', 2009, 2023)).toBe('?year=2009');
    expect(withYear('?reporter=mirror&category=energy,pipeline', 2009, 2023)).toBe(
      '?year=2009&reporter=mirror&category=energy,pipeline',
    );
    expect(withYear('?year=1999&scale=log', 2023, 2023)).toBe('?scale=log');
    expect(chapterHref('arms-2019', 2019, '', 2023)).toBe('/story/arms-2019?year=2019');
    expect(explorerHref(2023, '', 2023)).toBe('/');
  });
});

describe('the story routes', () => {
  it('shows a story chapter beside the explorer’s views, in the chapter’s state', async () => {
    const { store, location } = renderExplorer({ model: realModel(), path: '/story/arms-2019' });
    expect(
      await screen.findByRole('region', { name: '2019: Arms, gas and the Uyghur letter' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Year' })).toHaveAttribute('aria-valuenow', '2019');
    expect(screen.getByRole('list', { name: 'Events' })).toBeInTheDocument();
    expect(store.getState().selectedEventId).toBe('2019-china-halts-arms-exports');
    await waitFor(() => expect(location()).toBe('/story/arms-2019?year=2019'));
  });

  it('says "not found" for an unknown story chapter', async () => {
    renderExplorer({ model: realModel(), path: '/story/made-up' });
    expect(
      await screen.findByRole('heading', { level: 1, name: /not found/i }),
    ).toBeInTheDocument();
  });
});
