import { createStore } from 'zustand/vanilla';
import { clampYear, eventYear } from '../data/derive';
import type { EnergyData } from '../data/energyDataset';
import type { Locale } from '../data/locale';
import type { Model } from '../data/model';
import { localeModels, type Tracked } from './localeModels';
import {
  CATEGORIES,
  type Category,
  type LineId,
  type Reporter,
  type TradeSeries,
} from '../data/schema';

export type Scale = 'linear' | 'log';
/** Whose trade figures the trade figure draws: one reporter's, or both with the gap between. */
export type ReporterChoice = Reporter | 'both';
export const REPORTER_CHOICES: readonly ReporterChoice[] = ['china', 'mirror', 'both'];
export type EventOrder = 'oldest' | 'newest';
/** Playback speeds in years per second. */
export const SPEEDS = [0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

/** The part of the state that lives in the address (see src/routing/urlState.ts). */
export interface UrlState {
  year: number;
  reporter: ReporterChoice;
  scale: Scale;
  categories: Category[];
  query: string;
}

/**
 * What a view asks the others to emphasise (the story does, chapter by chapter): pipeline lines on
 * the map, series of the trade chart, article claims. Empty lists mean "nothing in particular".
 */
export interface Highlight {
  lines?: readonly LineId[];
  series?: readonly TradeSeries[];
  claims?: readonly string[];
}
export const NO_HIGHLIGHT: Highlight = Object.freeze({});

/** The energy part of the dataset, loaded on demand by the views that show it. */
export type EnergyState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; data: EnergyData }
  | { status: 'error'; errors: string[] };

export interface ExplorerState extends UrlState {
  model: Model;
  energy: EnergyState;
  playing: boolean;
  speed: Speed;
  selectedEventId: string | null;
  /** The history entry the open event details were opened from (see routing/closeDetails). */
  detailsOpener: number | null;
  eventOrder: EventOrder;
  onlyThisYear: boolean;
  highlight: Highlight;
  /** Whether the "Keyboard shortcuts" dialog is open. */
  shortcutsOpen: boolean;
}

export interface ExplorerActions {
  setYear: (year: number) => void;
  stepYear: (delta: number) => void;
  play: () => void;
  pause: () => void;
  togglePlay: () => void;
  setSpeed: (speed: Speed) => void;
  /** Opens an event (its year becomes the selected year) or closes it with `null`. */
  selectEvent: (eventId: string | null) => void;
  setDetailsOpener: (index: number | null) => void;
  setReporter: (reporter: ReporterChoice) => void;
  setScale: (scale: Scale) => void;
  setCategories: (categories: Category[]) => void;
  toggleCategory: (category: Category) => void;
  setQuery: (query: string) => void;
  setEventOrder: (order: EventOrder) => void;
  setOnlyThisYear: (only: boolean) => void;
  clearFilters: () => void;
  /** Sets what the views emphasise; `NO_HIGHLIGHT` clears it. */
  setHighlight: (highlight: Highlight) => void;
  /** Shows the same data in another language (`localizeModel`): same ids, years and figures. */
  setModel: (model: Model) => void;
  /**
   * A locale's model (its translated content and interface catalog), loaded once per store; a
   * settled promise (English, or a locale loaded before) is read without waiting.
   */
  prepareLocale: (locale: Locale) => Tracked<Model>;
  setShortcutsOpen: (open: boolean) => void;
  /** Applies the state read from the address in one update. */
  applyUrlState: (state: UrlState) => void;
  /** Loads and validates the energy data once (again after a failure). */
  loadEnergy: () => void;
}

export type ExplorerStore = ExplorerState & ExplorerActions;

export function defaultUrlState(model: Model): UrlState {
  return { year: model.defaultYear, reporter: 'china', scale: 'linear', categories: [], query: '' };
}

export function createExplorerStore(model: Model, initial: Partial<ExplorerState> = {}) {
  return createStore<ExplorerStore>()((set, get) => {
    const clamp = (y: number) => clampYear(y, model.minYear, model.maxYear);
    const prepareLocale = localeModels(model);
    return {
      model,
      energy: { status: 'idle' },
      ...defaultUrlState(model),
      playing: false,
      speed: 1,
      selectedEventId: null,
      detailsOpener: null,
      eventOrder: 'oldest',
      onlyThisYear: false,
      highlight: NO_HIGHLIGHT,
      shortcutsOpen: false,
      ...initial,

      setYear: (year) => {
        if (!Number.isFinite(year)) return;
        const next = clamp(year);
        if (next !== get().year) set({ year: next });
      },
      stepYear: (delta) => get().setYear(get().year + delta),
      play: () => {
        // Playing from the last year starts again from the first.
        const { year } = get();
        set({ playing: true, year: year >= model.maxYear ? model.minYear : year });
      },
      pause: () => set({ playing: false }),
      togglePlay: () => (get().playing ? get().pause() : get().play()),
      setSpeed: (speed) => set({ speed }),
      selectEvent: (eventId) => {
        if (eventId === null) {
          if (get().selectedEventId !== null) set({ selectedEventId: null });
          return;
        }
        const event = model.eventsById.get(eventId);
        if (!event) {
          set({ selectedEventId: null });
          return;
        }
        set({ selectedEventId: eventId, year: eventYear(event), playing: false });
      },
      setDetailsOpener: (detailsOpener) => set({ detailsOpener }),
      setReporter: (reporter) => set({ reporter }),
      setScale: (scale) => set({ scale }),
      setCategories: (categories) => set({ categories }),
      toggleCategory: (category) => {
        const next = new Set(get().categories);
        if (next.has(category)) next.delete(category);
        else next.add(category);
        // Canonical order, so equal selections give equal addresses.
        set({ categories: CATEGORIES.filter((c) => next.has(c)) });
      },
      setQuery: (query) => set({ query }),
      setEventOrder: (eventOrder) => set({ eventOrder }),
      setOnlyThisYear: (onlyThisYear) => set({ onlyThisYear }),
      clearFilters: () => set({ categories: [], query: '', onlyThisYear: false }),
      setHighlight: (highlight) => {
        if (highlight !== get().highlight) set({ highlight });
      },
      prepareLocale,
      setModel: (next) => {
        if (next !== get().model) set({ model: next });
      },
      loadEnergy: () => {
        const { status } = get().energy;
        if (status === 'loading' || status === 'ready') return;
        set({ energy: { status: 'loading' } });
        import('../data/energyDataset')
          .then((m) => m.loadEnergyData(model.dataset))
          .then(
            (result) =>
              set({
                energy: result.ok
                  ? { status: 'ready', data: result.data }
                  : { status: 'error', errors: result.errors },
              }),
            (err: unknown) =>
              set({
                energy: {
                  status: 'error',
                  errors: [`The energy data could not be loaded: ${String(err)}`],
                },
              }),
          );
      },
      setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
      applyUrlState: (state) => {
        const current = get();
        const patch: Partial<UrlState> = {};
        if (state.year !== current.year) patch.year = clamp(state.year);
        if (state.reporter !== current.reporter) patch.reporter = state.reporter;
        if (state.scale !== current.scale) patch.scale = state.scale;
        if (state.categories.join(',') !== current.categories.join(','))
          patch.categories = state.categories;
        if (state.query !== current.query) patch.query = state.query;
        if (Object.keys(patch).length) set(patch);
      },
    };
  });
}

export type ExplorerStoreApi = ReturnType<typeof createExplorerStore>;
