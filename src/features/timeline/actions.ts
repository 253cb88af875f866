import type { ExplorerStore } from '../../store/explorerStore';

/**
 * One definition per user action, shared by the buttons and the keyboard shortcuts.
 * (The slider's own arrow, Home and End keys are the native range input's.)
 */
export interface TimelineAction {
  id: string;
  label: (state: ExplorerStore) => string;
  /** A compact visible label for narrow screens; the accessible name stays `label`. */
  shortLabel?: string;
  /** `KeyboardEvent.key` values that trigger the action when focus is not in a text field. */
  keys: string[];
  perform: (state: ExplorerStore) => void;
  disabled?: (state: ExplorerStore) => boolean;
}

export const togglePlayAction: TimelineAction = {
  id: 'toggle-play',
  label: (s) => (s.playing ? 'Pause' : 'Play'),
  keys: ['k'],
  perform: (s) => s.togglePlay(),
};

export const previousYearAction: TimelineAction = {
  id: 'previous-year',
  label: () => 'Previous year',
  shortLabel: '‹',
  keys: [','],
  perform: (s) => {
    s.pause();
    s.stepYear(-1);
  },
  disabled: (s) => s.year <= s.model.minYear,
};

export const nextYearAction: TimelineAction = {
  id: 'next-year',
  label: () => 'Next year',
  shortLabel: '›',
  keys: ['.'],
  perform: (s) => {
    s.pause();
    s.stepYear(1);
  },
  disabled: (s) => s.year >= s.model.maxYear,
};

export const timelineActions = [togglePlayAction, previousYearAction, nextYearAction];

/** The action a key press asks for, or undefined. */
export function actionForKey(key: string): TimelineAction | undefined {
  return timelineActions.find((a) => a.keys.includes(key));
}
