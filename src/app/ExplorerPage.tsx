import { lazy, memo, Suspense, useEffect } from 'react';
import { Outlet, useMatch } from 'react-router';
import { EventList } from '../features/events/EventList';
import { YearControls } from '../features/timeline/YearControls';
import { TradeFigure } from '../features/trade/TradeFigure';
import { localizePath, paths } from '../routing/paths';
import { useLocale, useT } from '../routing/locale';
import { useExplorer } from '../store/StoreProvider';
import { useCommandKeys } from '../ui/commands';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { usePrefetch, useWantedWhenNear } from '../ui/idle';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { explorerCommands } from './commands';
import { JumpBar, type JumpView } from './JumpBar';
import { useDetailsCover } from './useDetailsCover';

// The map (with its country outlines) is below the trade figure at every width: its chunk is
// fetched once the first screen has painted, the browser is idle and its placeholder, of about
// the map's height, is within a screen of the viewport; it is drawn when that comes into view.
const loadPipelineMap = () => import('../features/map/PipelineMap');
const PipelineMap = lazy(() => loadPipelineMap().then((m) => ({ default: m.PipelineMap })));

// The energy view (Recharts, like the trade chart) is further down still: the same treatment.
// Its data (gas by destination, composition) is a chunk of its own, fetched along with it.
const loadEnergyView = () => import('../features/energy/EnergyView');
const EnergyView = lazy(() => loadEnergyView().then((m) => ({ default: m.EnergyView })));
const prefetchEnergy = () => Promise.all([loadEnergyView(), import('../data/energyDataset')]);

function EnergyPlaceholder() {
  const t = useT();
  return (
    <section
      className="panel explorer__energy-placeholder"
      aria-busy="true"
      aria-labelledby="energy-loading-title"
    >
      <h2 id="energy-loading-title">{t('loading.energyTitle')}</h2>
      <p>{t('loading.energy')}</p>
    </section>
  );
}

/** The energy view's place, drawn when it comes near the viewport (see MapSlot). */
function EnergySlot() {
  const t = useT();
  const [boxRef, wanted] = useWantedWhenNear<HTMLDivElement>(undefined, prefetchEnergy);
  // A link to `/#energy` (from the claims page) scrolls here, which draws the view.
  useEffect(() => {
    if (window.location.hash === '#energy')
      document.getElementById('energy')?.scrollIntoView({ block: 'start' });
  }, []);
  return (
    <div className="explorer__energy jump-target" id="energy" tabIndex={-1} ref={boxRef}>
      <ErrorBoundary name={t('error.name.energy')}>
        <Suspense fallback={<EnergyPlaceholder />}>
          {wanted ? <EnergyView /> : <EnergyPlaceholder />}
        </Suspense>
      </ErrorBoundary>
    </div>
  );
}
// The "Keyboard shortcuts" dialog is its own chunk, fetched when the browser is idle (so `?`
// opens it at once, offline too): the first screen does not show it.
const loadShortcutsDialog = () => import('./ShortcutsDialog');
const ShortcutsDialog = lazy(() =>
  loadShortcutsDialog().then((m) => ({ default: m.ShortcutsDialog })),
);

/** The explorer's one keydown listener for its commands, and the "Keyboard shortcuts" dialog. */
export const ExplorerCommands = memo(function ExplorerCommands() {
  useCommandKeys(explorerCommands);
  const t = useT();
  usePrefetch(loadShortcutsDialog);
  const open = useExplorer((s) => s.shortcutsOpen);
  const setOpen = useExplorer((s) => s.setShortcutsOpen);
  return open ? (
    <ErrorBoundary name={t('error.name.shortcuts')}>
      <Suspense fallback={null}>
        <ShortcutsDialog commands={explorerCommands} onClose={() => setOpen(false)} />
      </Suspense>
    </ErrorBoundary>
  ) : null;
});

function MapPlaceholder() {
  const t = useT();
  return (
    <section
      className="panel explorer__map-placeholder"
      aria-busy="true"
      aria-labelledby="map-loading-title"
    >
      <h2 id="map-loading-title">{t('loading.mapTitle')}</h2>
      <p>{t('loading.map')}</p>
    </section>
  );
}

/**
 * Marks the moment the explorer's first screen is on the page and answers input, as a User
 * Timing mark (`explorer-first-screen`): the benchmark counts the code requested before it as
 * first-screen code, and real-user monitoring can read it too.
 */
function useFirstScreenMark() {
  useEffect(() => {
    if (performance.getEntriesByName(FIRST_SCREEN_MARK).length === 0) {
      performance.mark(FIRST_SCREEN_MARK);
    }
  }, []);
}
const FIRST_SCREEN_MARK = 'explorer-first-screen';

/** The map's place: a placeholder until the map is wanted (its own component, so that only it
 * re-renders when that changes). */
function MapSlot() {
  const t = useT();
  const [mapBoxRef, mapWanted] = useWantedWhenNear<HTMLDivElement>(undefined, loadPipelineMap);
  return (
    <div className="explorer__map jump-target" id="map" tabIndex={-1} ref={mapBoxRef}>
      <ErrorBoundary name={t('error.name.map')}>
        <Suspense fallback={<MapPlaceholder />}>
          {mapWanted ? <PipelineMap /> : <MapPlaceholder />}
        </Suspense>
      </ErrorBoundary>
    </div>
  );
}

/** The views the phone's "Jump to" bar offers, in page order (the ids of their boxes below). */
const JUMP_VIEWS: readonly JumpView[] = [
  { id: 'trade', label: 'jump.trade' },
  { id: 'map', label: 'jump.map' },
  { id: 'energy', label: 'jump.energy' },
  { id: 'events', label: 'jump.events' },
];

/**
 * The year controls and the linked views. They read the store only, not the address: memoized so
 * that an address change (written when the user pauses while scrubbing) re-renders the page around
 * them and not every view.
 */
export const ExplorerViews = memo(function ExplorerViews() {
  useFirstScreenMark();
  const t = useT();
  return (
    <>
      <ErrorBoundary name={t('error.name.year')}>
        <YearControls />
      </ErrorBoundary>
      <JumpBar views={JUMP_VIEWS} />
      <div className="explorer__views">
        <div className="explorer__trade jump-target" id="trade" tabIndex={-1}>
          <ErrorBoundary name={t('error.name.trade')}>
            <TradeFigure />
          </ErrorBoundary>
        </div>
        <div className="explorer__column">
          <MapSlot />
          <EnergySlot />
        </div>
        <div className="explorer__events jump-target" id="events" tabIndex={-1}>
          <ErrorBoundary name={t('error.name.events')}>
            <EventList />
          </ErrorBoundary>
        </div>
      </div>
    </>
  );
});

/** The explorer: year controls on top, then the linked views; event details beside them. */
export function ExplorerPage() {
  const t = useT();
  const detailsOpen = useMatch(localizePath(paths.event.pattern, useLocale())) !== null;
  const covered = useDetailsCover();
  // The event details set the title while they are open.
  useDocumentTitle(detailsOpen ? null : undefined);
  return (
    <div className={detailsOpen ? 'explorer explorer--details' : 'explorer'}>
      <h1 className="visually-hidden">{t('app.heading')}</h1>
      <ExplorerCommands />
      {/* `display: contents`: a box for `inert` only, the views stay items of the page's grid. */}
      <div className="explorer__behind" inert={covered}>
        <ExplorerViews />
      </div>
      {detailsOpen && (
        <div className="explorer__details">
          <ErrorBoundary name={t('error.name.details')}>
            <Outlet />
          </ErrorBoundary>
        </div>
      )}
    </div>
  );
}
