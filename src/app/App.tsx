import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { LOCALES, type Locale } from '../data/locale';
import { useT } from '../routing/locale';
import { localizePath, paths } from '../routing/paths';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { usePrefetch } from '../ui/idle';
import { ExplorerPage } from './ExplorerPage';
import { NotFoundPage } from './NotFoundPage';
import { LocaleRoot } from './LocaleRoot';

// Not needed for the first screen: loaded on demand, and fetched early when the browser is idle.
const loadEventDetails = () => import('../features/events/EventDetails');
const loadSourcesPage = () => import('../features/sources/SourcesPage');
const loadClaimsPage = () => import('../features/claims/ClaimsPage');
const EventDetails = lazy(() => loadEventDetails().then((m) => ({ default: m.EventDetails })));
const SourcesPage = lazy(() => loadSourcesPage().then((m) => ({ default: m.SourcesPage })));
// The story is its own chunk, fetched only when a story address is opened.
const StoryPage = lazy(() => import('./StoryPage'));
const ClaimsPage = lazy(() => loadClaimsPage().then((m) => ({ default: m.ClaimsPage })));

function Loading({ what }: { what: 'event' | 'sources' | 'story' | 'claims' }) {
  const t = useT();
  return (
    <div className="panel route-loading" aria-busy="true">
      <p>{t(`loading.${what}`)}</p>
    </div>
  );
}

function StoryRoute() {
  return (
    <Suspense fallback={<Loading what="story" />}>
      <StoryPage />
    </Suspense>
  );
}

/** Both lazily loaded routes, fetched once the first screen is idle so opening them is instant. */
const loadRoutes = () => Promise.all([loadEventDetails(), loadSourcesPage()]);

/** One locale's routes, every pattern under its prefix (`/ru/events/:eventId`). */
function localeRoutes(locale: Locale) {
  const at = (pattern: string) => localizePath(pattern, locale);
  return (
    <Route key={locale} path={at('/')} element={<LocaleRoot locale={locale} />}>
      <Route path={at(paths.explorer.pattern)} element={<ExplorerPage />}>
        <Route index element={null} />
        <Route
          path={at(paths.event.pattern)}
          element={
            <Suspense fallback={<Loading what="event" />}>
              <EventDetails />
            </Suspense>
          }
        />
      </Route>
      <Route
        path={at(paths.sources.pattern)}
        element={
          <ErrorBoundary name="The sources page">
            <Suspense fallback={<Loading what="sources" />}>
              <SourcesPage />
            </Suspense>
          </ErrorBoundary>
        }
      />
      <Route path={at(paths.story.pattern)} element={<StoryRoute />} />
      <Route path={at(paths.story.chapterPattern)} element={<StoryRoute />} />
      <Route
        path={at(paths.claims.pattern)}
        element={
          <Suspense fallback={<Loading what="claims" />}>
            <ClaimsPage />
          </Suspense>
        }
      />
      {/* Anything else, an unknown locale prefix (`/de/…`) included, is not found. */}
      <Route path={at('/*')} element={<NotFoundPage />} />
    </Route>
  );
}

export function AppRoutes() {
  usePrefetch(loadRoutes, 4000);
  return (
    <Suspense fallback={<div className="route-loading" aria-busy="true" />}>
      <Routes>{LOCALES.map(localeRoutes)}</Routes>
    </Suspense>
  );
}
