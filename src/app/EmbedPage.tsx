import '../data/i18n/later';
import { Suspense, useLayoutEffect, type ReactNode } from 'react';
import { useLocation, useParams } from 'react-router';
import { eventYear } from '../data/derive';
import type { MessageId } from '../data/i18n/messages';
import type { DatasetEvent } from '../data/schema';
import { EventEmbed } from '../features/events/EventEmbed';
import { YearSlider } from '../features/timeline/YearSlider';
import '../features/timeline/timeline.css';
import { TradeFigure } from '../features/trade/TradeFigure';
import { NavigationProvider } from '../routing/navigation';
import { useLocale, useT } from '../routing/locale';
import { isEmbedFigure, localizePath, paths, type EmbedFigure } from '../routing/paths';
import { parseUrlState, serializeUrlState } from '../routing/urlState';
import { useExplorer, useExplorerStoreApi } from '../store/StoreProvider';
import { selectModel, selectYear } from '../store/selectors';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { EMBED_TITLES } from '../routing/pageHead';
import { lazyPreload } from '../ui/lazyPreload';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { LiveRegion } from './LiveRegion';
import { NotFoundPage } from './NotFoundPage';
import { applyTheme, storedTheme, type Theme } from './theme';
import './embed.css';

// Lazily loaded, as in the explorer; a baked embed page fetches its figure's first (preloadFigure).
const pipelineMap = lazyPreload(() =>
  import('../features/map/PipelineMap').then((m) => m.PipelineMap),
);
const energyView = lazyPreload(() =>
  import('../features/energy/EnergyView').then((m) => m.EnergyView),
);
const PipelineMap = pipelineMap.Component;
const EnergyView = energyView.Component;

/** Fetches the lazily loaded chunk of the figure `figure` (`/embed/:figure`) shows, if any. */
export function preloadFigure(figure: string | undefined): Promise<unknown> {
  if (figure === 'map') return pipelineMap.preload();
  if (figure === 'energy') return energyView.preload();
  return Promise.resolve();
}

type Shown = EmbedFigure | 'event';

/** Who the figure's numbers come from, as the explorer's footer says it. */
const SOURCE_LINE: Readonly<Record<Shown, MessageId>> = {
  trade: 'embed.source.trade',
  map: 'embed.source.map',
  energy: 'embed.source.energy',
  event: 'embed.source.event',
};

/** `theme=light|dark` in the address, or nothing (the reader's system theme). */
function themeOf(search: string): Theme | null {
  const value = new URLSearchParams(search).get('theme');
  return value === 'light' || value === 'dark' ? value : null;
}

/** The year, large, and the slider: the explorer's year controls, compact. */
function EmbedYear() {
  const year = useExplorer(selectYear);
  const t = useT();
  return (
    <section className="embed__year" aria-label={t('embed.year')}>
      <div className="embed__year-value" aria-hidden="true">
        {year}
      </div>
      <YearSlider />
    </section>
  );
}

/** "Open in the explorer": the full explorer at the state shown here, in a new tab. */
function OpenInExplorer({ shown, event }: { shown: Shown; event: DatasetEvent | undefined }) {
  const search = useExplorer((s) =>
    serializeUrlState(s, s.model, event ? eventYear(event) : undefined),
  );
  const t = useT();
  const locale = useLocale();
  const href = localizePath(
    event
      ? paths.event.href(event.id, search)
      : `${paths.explorer.href(search)}${shown === 'energy' ? '#energy' : ''}`,
    locale,
  );
  return (
    <a className="embed__open" href={href} target="_blank" rel="noopener">
      {t('embed.open')}
      <span className="visually-hidden">{t('share.newTab')}</span>
    </a>
  );
}

function Loading({ what }: { what: 'map' | 'energy' }) {
  const t = useT();
  return (
    <div className="panel route-loading" aria-busy="true">
      <p>{t(what === 'map' ? 'loading.map' : 'loading.energy')}</p>
    </div>
  );
}

function Figure({ shown, event }: { shown: Shown; event: DatasetEvent | undefined }): ReactNode {
  if (event) return <EventEmbed event={event} />;
  if (shown === 'trade') return <TradeFigure />;
  if (shown === 'map')
    return (
      <Suspense fallback={<Loading what="map" />}>
        <PipelineMap />
      </Suspense>
    );
  return (
    <Suspense fallback={<Loading what="energy" />}>
      <EnergyView />
    </Suspense>
  );
}

/**
 * An embed address (`/embed/trade`, `/embed/map`, `/embed/energy`, `/embed/events/:id`): one
 * figure for another site's `<iframe>`, with the year and choices of its address (read once; the
 * address is not rewritten, the frame's owner chose it), its `theme`, the source line and a link
 * back to the full explorer. No header, navigation or footer; every link opens in a new tab.
 * Hosts let any site frame these addresses only (src/app/csp.ts, docs/security.md).
 */
export default function EmbedPage() {
  const { figure, eventId } = useParams();
  const { search } = useLocation();
  const api = useExplorerStoreApi();
  const model = useExplorer(selectModel);
  const event = eventId === undefined ? undefined : model.eventsById.get(eventId);
  const shown: Shown | null =
    eventId !== undefined ? (event ? 'event' : null) : isEmbedFigure(figure) ? figure : null;
  const theme = themeOf(search);
  const t = useT();

  useLayoutEffect(() => {
    applyTheme(theme ?? storedTheme());
    return () => applyTheme(storedTheme());
  }, [theme]);

  useLayoutEffect(() => {
    const state = api.getState();
    state.selectEvent(event ? event.id : null);
    state.applyUrlState(parseUrlState(search, state.model, event ? eventYear(event) : undefined));
  }, [api, search, event]);

  const figureTitle =
    shown === null || shown === 'event' ? t('embed.title.event') : t(EMBED_TITLES[shown]);
  useDocumentTitle(shown === null ? null : event ? event.title : figureTitle);

  if (shown === null)
    return (
      <main id="main" className="embed embed--missing">
        <NotFoundPage />
      </main>
    );

  return (
    <NavigationProvider newTab>
      <div className={`embed embed--${shown}`}>
        <main id="main" className="embed__main">
          <h1 className="embed__site">{t('app.title')}</h1>
          {shown !== 'event' && <EmbedYear />}
          <ErrorBoundary
            name={
              shown === 'event'
                ? t('embed.errorEvent')
                : t('embed.errorName', { what: figureTitle })
            }
          >
            <Figure shown={shown} event={event} />
          </ErrorBoundary>
        </main>
        <footer className="embed__footer">
          <p>{t(SOURCE_LINE[shown])}</p>
          <p>
            <OpenInExplorer shown={shown} event={event} />
          </p>
        </footer>
        {shown !== 'event' && <LiveRegion />}
      </div>
    </NavigationProvider>
  );
}
