import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { paths } from '../routing/paths';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { usePrefetch } from '../ui/idle';
import { ShareButton } from '../features/share/ShareButton';
import { ExplorerPage } from './ExplorerPage';
import { NotFoundPage } from './NotFoundPage';
import { Shell } from './Shell';
import { currentTheme } from './theme';

// Not needed for the first screen: loaded on demand, and fetched early when the browser is idle.
const loadEventDetails = () => import('../features/events/EventDetails');
const loadSourcesPage = () => import('../features/sources/SourcesPage');
const loadClaimsPage = () => import('../features/claims/ClaimsPage');
const EventDetails = lazy(() => loadEventDetails().then((m) => ({ default: m.EventDetails })));
// An embed address: one figure with minimal chrome, for other sites' frames (its own chunk).
const EmbedPage = lazy(() => import('./EmbedPage'));
const SourcesPage = lazy(() => loadSourcesPage().then((m) => ({ default: m.SourcesPage })));
// The story is its own chunk, fetched only when a story address is opened.
const StoryPage = lazy(() => import('./StoryPage'));
const ClaimsPage = lazy(() => loadClaimsPage().then((m) => ({ default: m.ClaimsPage })));

function Loading({ what }: { what: string }) {
  return (
    <div className="panel route-loading" aria-busy="true">
      <p>Loading {what}…</p>
    </div>
  );
}

/** A lazily loaded page, with a "Loading …" panel until its chunk arrives. */
function Lazy({ what, children }: { what: string; children: ReactNode }) {
  return <Suspense fallback={<Loading what={what} />}>{children}</Suspense>;
}

function StoryRoute() {
  return (
    <Lazy what="the story">
      <StoryPage />
    </Lazy>
  );
}

function EmbedRoute() {
  return (
    <Lazy what="the figure">
      <EmbedPage />
    </Lazy>
  );
}

/** Both lazily loaded routes, fetched once the first screen is idle so opening them is instant. */
const loadRoutes = () => Promise.all([loadEventDetails(), loadSourcesPage()]);

export function AppRoutes() {
  usePrefetch(loadRoutes, 4000);
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route path={paths.explorer.pattern} element={<ExplorerPage />}>
          <Route index element={null} />
          <Route
            path={paths.event.pattern}
            element={
              <Lazy what="the event">
                <EventDetails
                  share={<ShareButton theme={currentTheme} label="Share this event" />}
                />
              </Lazy>
            }
          />
        </Route>
        <Route
          path={paths.sources.pattern}
          element={
            <ErrorBoundary name="The sources page">
              <Lazy what="the sources">
                <SourcesPage />
              </Lazy>
            </ErrorBoundary>
          }
        />
        <Route path={paths.story.pattern} element={<StoryRoute />} />
        <Route path={paths.story.chapterPattern} element={<StoryRoute />} />
        <Route
          path={paths.claims.pattern}
          element={
            <Lazy what="the claims">
              <ClaimsPage />
            </Lazy>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      {/* Outside the shell: no header, navigation or footer. */}
      <Route path={paths.embed.pattern} element={<EmbedRoute />} />
      <Route path={paths.embed.eventPattern} element={<EmbedRoute />} />
    </Routes>
  );
}
