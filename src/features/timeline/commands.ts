import type { Command } from '../../ui/commands';

/** The timeline's commands. (The slider's own arrow, Home and End keys are the range input's.) */
export const togglePlayCommand: Command = {
  id: 'toggle-play',
  title: 'cmd.playPause',
  label: (s) => (s.playing ? 'cmd.pause' : 'cmd.play'),
  keys: ['k'],
  perform: ({ state }) => state.togglePlay(),
};

/** A step of one year back or forward; it pauses playback and stops at the first/last year. */
const stepYearCommand = (
  step: -1 | 1,
  command: Pick<Command, 'id' | 'title' | 'shortLabel' | 'keys'>,
): Command => ({
  ...command,
  perform: ({ state }) => {
    state.pause();
    state.stepYear(step);
  },
  disabled: (s) => (step < 0 ? s.year <= s.model.minYear : s.year >= s.model.maxYear),
});

export const previousYearCommand = stepYearCommand(-1, {
  id: 'previous-year',
  title: 'cmd.prevYear',
  shortLabel: '‹',
  keys: [','],
});

export const nextYearCommand = stepYearCommand(1, {
  id: 'next-year',
  title: 'cmd.nextYear',
  shortLabel: '›',
  keys: ['.'],
});

export const timelineCommands: readonly Command[] = [
  togglePlayCommand,
  previousYearCommand,
  nextYearCommand,
];
