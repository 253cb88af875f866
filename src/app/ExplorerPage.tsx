import { lazy, memo, Suspense, useEffect, type ComponentType } from 'react';
import { Outlet } from 'react-router';
import { EventList } from '../features/events/EventList';
import { YearControls } from '../features/timeline/YearControls';
import { TradeFigure } from '../features/trade/TradeFigure';
import { useT } from '../routing/locale';
import { useExplorer } from '../store/StoreProvider';
import { useCommandKeys } from '../ui/commands';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { NoScriptFigure } from '../ui/NoScriptFigure';
import { usePrefetch, useWantedWhenNear } from '../ui/idle';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { explorerCommands } from './commands';
import { JumpBar, type JumpView } from './JumpBar';
import { useDetailsCover, useDetailsOpen } from './useDetailsCover';

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

/** A lazy view's texts: its placeholder's title and words, and its error boundary's name. */
const SLOT_TEXT = {
  map: { title: 'loading.mapTitle', text: 'loading.map', error: 'error.name.map' },
  energy: { title: 'loading.energyTitle', text: 'loading.energy', error: 'error.name.energy' },
} as const;
type SlotView = keyof typeof SLOT_TEXT;

/** A lazy view's place while it is not drawn: about its height, busy, with its title; without
 * JavaScript, which never draws it, the view's alternative instead. */
function SlotPlaceholder({ view }: { view: SlotView }) {
  const t = useT();
  return (
    <>
      <section
        className={`panel explorer__${view}-placeholder`}
        aria-busy="true"
        aria-labelledby={`${view}-loading-title`}
      >
        <h2 id={`${view}-loading-title`}>{t(SLOT_TEXT[view].title)}</h2>
        <p>{t(SLOT_TEXT[view].text)}</p>
      </section>
      <NoScriptFigure figure={view} heading />
    </>
  );
}

/**
 * A lazy view's place below the first screen: its chunk is fetched once the browser is idle and
 * the place is within a screen of the viewport, and the view is drawn when it comes into view (its own component, so that only it
 * re-renders when that changes); a placeholder until then and while it loads.
 */
function ViewSlot({
  view,
  View,
  prefetch,
}: {
  view: SlotView;
  View: ComponentType;
  prefetch: () => Promise<unknown>;
}) {
  const t = useT();
  const [boxRef, wanted] = useWantedWhenNear<HTMLDivElement>(undefined, prefetch);
  return (
    <div className={`explorer__${view} jump-target`} id={view} tabIndex={-1} ref={boxRef}>
      <ErrorBoundary name={t(SLOT_TEXT[view].error)}>
        <Suspense fallback={<SlotPlaceholder view={view} />}>
          {wanted ? <View /> : <SlotPlaceholder view={view} />}
        </Suspense>
      </ErrorBoundary>
    </div>
  );
}

/** The energy view's place. */
function EnergySlot() {
  // A link to `/#energy` (from the claims page) scrolls here, which draws the view.
  useEffect(() => {
    if (window.location.hash === '#energy')
      document.getElementById('energy')?.scrollIntoView({ block: 'start' });
  }, []);
  return <ViewSlot view="energy" View={EnergyView} prefetch={prefetchEnergy} />;
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
          <ViewSlot view="map" View={PipelineMap} prefetch={loadPipelineMap} />
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
  const detailsOpen = useDetailsOpen();
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
