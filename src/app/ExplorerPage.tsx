import { lazy, memo, Suspense } from 'react';
import { Outlet, useMatch } from 'react-router';
import { EventList } from '../features/events/EventList';
import { YearControls } from '../features/timeline/YearControls';
import { TradeFigure } from '../features/trade/TradeFigure';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { useDocumentTitle } from '../ui/useDocumentTitle';

// The map (with its country outlines) is below the trade figure at every width: it loads as its
// own chunk right after the first screen, in a placeholder of the same shape.
const PipelineMap = lazy(() =>
  import('../features/map/PipelineMap').then((m) => ({ default: m.PipelineMap })),
);

function MapPlaceholder() {
  return (
    <section className="panel map-placeholder" aria-busy="true" aria-labelledby="map-loading-title">
      <h2 id="map-loading-title">Central Asia–China gas pipeline</h2>
      <p>Loading the map…</p>
    </section>
  );
}

/**
 * The year controls and the linked views. They read the store, not the address: memoised, they
 * do not re-render when the page does (on every change of address, which the page reads).
 */
const ExplorerViews = memo(function ExplorerViews() {
  return (
    <>
      <ErrorBoundary name="The year controls">
        <YearControls />
      </ErrorBoundary>
      <div className="explorer__views">
        <div className="explorer__trade">
          <ErrorBoundary name="The trade figure">
            <TradeFigure />
          </ErrorBoundary>
        </div>
        <div className="explorer__map">
          <ErrorBoundary name="The pipeline map">
            <Suspense fallback={<MapPlaceholder />}>
              <PipelineMap />
            </Suspense>
          </ErrorBoundary>
        </div>
        <div className="explorer__events">
          <ErrorBoundary name="The event list">
            <EventList />
          </ErrorBoundary>
        </div>
      </div>
    </>
  );
});

/** The explorer: year controls on top, then the linked views; event details beside them. */
export function ExplorerPage() {
  const detailsOpen = useMatch('/events/:eventId') !== null;
  // The event details set the title while they are open.
  useDocumentTitle(detailsOpen ? null : undefined);
  return (
    <div className={detailsOpen ? 'explorer explorer--details' : 'explorer'}>
      <h1 className="visually-hidden">China–Turkmenistan Relations Explorer</h1>
      <ExplorerViews />
      {detailsOpen && (
        <div className="explorer__details">
          <ErrorBoundary name="The event details">
            <Outlet />
          </ErrorBoundary>
        </div>
      )}
    </div>
  );
}
