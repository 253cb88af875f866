import { Suspense, type ReactNode } from 'react';
import { matchPath, Route, Routes } from 'react-router';
import type { Model } from '../data/model';
import type { MessageId } from '../data/i18n/messages';
import {
  createExplorerStore,
  type ExplorerState,
  type ExplorerStoreApi,
} from '../store/explorerStore';
import { createAppStore } from '../store/StoreProvider';
import { localeModels } from '../store/localeModels';
import { lazyPreload } from '../ui/lazyPreload';
import { LOCALES, type Locale } from '../data/locale';
import { useT } from '../routing/locale';
import { localizePath, paths, splitLocale } from '../routing/paths';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { usePrefetch } from '../ui/idle';
import { ShareButton } from '../features/share/ShareButton';
import { ExplorerPage } from './ExplorerPage';
import { LocaleRoot } from './LocaleRoot';
import { NotFoundPage } from './NotFoundPage';
import { currentTheme } from './theme';

// Not needed for the first screen: loaded on demand, and fetched early when the browser is idle.
// A prerendered page of one of these routes is hydrated once its chunk is in (preloadRoute).
const eventDetails = lazyPreload(() =>
  import('../features/events/EventDetails').then((m) => m.EventDetails),
);
const sourcesPage = lazyPreload(() =>
  import('../features/sources/SourcesPage').then((m) => m.SourcesPage),
);
const claimsPage = lazyPreload(() =>
  import('../features/claims/ClaimsPage').then((m) => m.ClaimsPage),
);
// An embed address: one figure with minimal chrome, for other sites' frames (its own chunk).
const loadEmbedPage = () => import('./EmbedPage');
const embedPage = lazyPreload(() => loadEmbedPage().then((m) => m.default));
// The story is its own chunk, fetched only when a story address is opened.
const storyPage = lazyPreload(() => import('./StoryPage').then((m) => m.default));
const EventDetails = eventDetails.Component;
const SourcesPage = sourcesPage.Component;
const ClaimsPage = claimsPage.Component;
const StoryPage = storyPage.Component;
const EmbedPage = embedPage.Component;

/** Fetches the lazily loaded chunk the page at `pathname` (in any locale) shows on its first
 * screen, if any. */
export function preloadRoute(localized: string): Promise<unknown> {
  const pathname = splitLocale(localized).rest;
  if (paths.event.match(pathname) !== undefined) return eventDetails.preload();
  if (paths.story.match(pathname) !== null) return storyPage.preload();
  if (matchPath(paths.sources.pattern, pathname)) return sourcesPage.preload();
  if (matchPath(paths.claims.pattern, pathname)) return claimsPage.preload();
  if (paths.embed.match(pathname)) {
    const figure = matchPath(paths.embed.pattern, pathname)?.params.figure;
    return Promise.all([embedPage.preload(), loadEmbedPage().then((m) => m.preloadFigure(figure))]);
  }
  return Promise.resolve();
}

/** Starts loading the energy data; resolves once it is in (or has failed, which views show). */
function energyLoaded(api: ExplorerStoreApi): Promise<void> {
  api.getState().loadEnergy();
  return new Promise((resolve) => {
    const settled = () => api.getState().energy.status !== 'loading';
    if (settled()) return resolve();
    const unsubscribe = api.subscribe(() => {
      if (!settled()) return;
      unsubscribe();
      resolve();
    });
  });
}

/**
 * Puts the store in the state the page at `pathname` shows first, before anything renders (the
 * same on the server and in the browser, so a prerendered page hydrates without a mismatch):
 * an event's address opens the event (and its year), a chapter's address the chapter's state.
 * The query string is left to `useUrlSync`, which applies it after hydrating.
 */
async function preparePage(api: ExplorerStoreApi, pathname: string): Promise<void> {
  // The claims and the sources pages show the energy data (its claims, its sources) at once.
  if (
    matchPath(paths.claims.pattern, pathname) ||
    matchPath(paths.sources.pattern, pathname) ||
    pathname === paths.embed.href('energy')
  )
    await energyLoaded(api);
  const eventId = paths.event.match(pathname);
  if (eventId !== undefined) api.getState().selectEvent(eventId);
  const chapterId = paths.story.match(pathname);
  if (chapterId !== null) {
    const { prepareChapter } = await import('./StoryPage');
    prepareChapter(api, chapterId);
  }
}

/**
 * The app's store, made in the state of the page at `localized` (see preparePage), with the
 * model in the page's language (its catalog loaded too, see store/localeModels). That state is the
 * store's *initial* state: the one zustand gives React while it renders on the server and while
 * it hydrates (`getInitialState`), so the baked HTML shows it and the browser matches it.
 */
export async function preparedStore(
  english: Model,
  localized: string,
  prepare = localeModels(english),
): Promise<ExplorerStoreApi> {
  const { locale, rest: pathname } = splitLocale(localized);
  const model = await prepare(locale);
  const draft = createExplorerStore(model);
  await preparePage(draft, pathname);
  const initial = Object.fromEntries(
    Object.entries(draft.getState()).filter(([, value]) => typeof value !== 'function'),
  ) as Partial<ExplorerState>;
  return createAppStore(model, initial);
}

/** What a "Loading …" panel names, by message. */
const LOADING = {
  event: 'loading.event',
  sources: 'loading.sources',
  story: 'loading.story',
  claims: 'loading.claims',
  figure: 'loading.figure',
} as const satisfies Record<string, MessageId>;
type Loadable = keyof typeof LOADING;

function Loading({ what }: { what: Loadable }) {
  const t = useT();
  return (
    <div className="panel route-loading" aria-busy="true">
      <p>{t(LOADING[what])}</p>
    </div>
  );
}

/** The sources page's error boundary, named in the page's language. */
function SourcesBoundary({ children }: { children: ReactNode }) {
  const t = useT();
  return <ErrorBoundary name={t('error.name.sources')}>{children}</ErrorBoundary>;
}

/** A lazily loaded page, with a "Loading …" panel until its chunk arrives. */
function Lazy({ what, children }: { what: Loadable; children: ReactNode }) {
  return <Suspense fallback={<Loading what={what} />}>{children}</Suspense>;
}

function StoryRoute() {
  return (
    <Lazy what="story">
      <StoryPage />
    </Lazy>
  );
}

function EmbedRoute() {
  return (
    <Lazy what="figure">
      <EmbedPage />
    </Lazy>
  );
}

/** Both lazily loaded routes, fetched once the first screen is idle so opening them is instant. */
const loadRoutes = () => Promise.all([eventDetails.preload(), sourcesPage.preload()]);

/** One locale's routes, every pattern under its prefix (`/ru/events/:eventId`). */
function localeRoutes(locale: Locale) {
  const at = (pattern: string) => localizePath(pattern, locale);
  return [
    <Route key={locale} path={at('/')} element={<LocaleRoot locale={locale} />}>
      <Route path={at(paths.explorer.pattern)} element={<ExplorerPage />}>
        <Route index element={null} />
        <Route
          path={at(paths.event.pattern)}
          element={
            <Lazy what="event">
              <EventDetails share={<ShareButton theme={currentTheme} forEvent />} />
            </Lazy>
          }
        />
      </Route>
      <Route
        path={at(paths.sources.pattern)}
        element={
          <SourcesBoundary>
            <Lazy what="sources">
              <SourcesPage />
            </Lazy>
          </SourcesBoundary>
        }
      />
      <Route path={at(paths.story.pattern)} element={<StoryRoute />} />
      <Route path={at(paths.story.chapterPattern)} element={<StoryRoute />} />
      <Route
        path={at(paths.claims.pattern)}
        element={
          <Lazy what="claims">
            <ClaimsPage />
          </Lazy>
        }
      />
      {/* Anything else, an unknown locale prefix (`/de/…`) included, is not found. */}
      <Route path={at('/*')} element={<NotFoundPage />} />
    </Route>,
    // Outside the shell: no header, navigation or footer.
    ...[paths.embed.pattern, paths.embed.eventPattern].map((pattern) => (
      <Route
        key={`${locale}${pattern}`}
        path={at(pattern)}
        element={
          <LocaleRoot locale={locale}>
            <EmbedRoute />
          </LocaleRoot>
        }
      />
    )),
  ];
}

/**
 * Made once: the address's query string changes with every year the reader settles on, and the
 * routes then render again; the same elements each time let React skip the pages below them,
 * which read the store themselves.
 */
const ROUTES = LOCALES.flatMap(localeRoutes);

export function AppRoutes() {
  usePrefetch(loadRoutes, 4000);
  return <Routes>{ROUTES}</Routes>;
}
