import type { Command } from '../../ui/commands';

/** The timeline's commands. (The slider's own arrow, Home and End keys are the range input's.) */
export const togglePlayCommand: Command = {
  id: 'toggle-play',
  title: 'cmd.playPause',
  label: (s) => (s.playing ? 'cmd.pause' : 'cmd.play'),
  keys: ['k'],
  perform: ({ state }) => state.togglePlay(),
};

export const previousYearCommand: Command = {
  id: 'previous-year',
  title: 'cmd.prevYear',
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
  title: 'cmd.nextYear',
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
