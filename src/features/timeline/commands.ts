import type { Command } from '../../ui/commands';

/** The timeline's commands. (The slider's own arrow, Home and End keys are the range input's.) */
export const togglePlayCommand: Command = {
  id: 'toggle-play',
  title: 'Play or pause',
  label: (s) => (s.playing ? 'Pause' : 'Play'),
  keys: ['k'],
  perform: ({ state }) => state.togglePlay(),
};

export const previousYearCommand: Command = {
  id: 'previous-year',
  title: 'Previous year',
  shortLabel: '‹',
  keys: [','],
  perform: ({ state }) => {
    state.pause();
    state.stepYear(-1);
  },
  disabled: (s) => s.year <= s.model.minYear,
};

export const nextYearCommand: Command = {
  id: 'next-year',
  title: 'Next year',
  shortLabel: '›',
  keys: ['.'],
  perform: ({ state }) => {
    state.pause();
    state.stepYear(1);
  },
  disabled: (s) => s.year >= s.model.maxYear,
};

export const timelineCommands: readonly Command[] = [
  togglePlayCommand,
  previousYearCommand,
  nextYearCommand,
];
