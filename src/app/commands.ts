import { closeDetailsCommand } from '../features/events/commands';
import { timelineCommands } from '../features/timeline/commands';
import { showShortcutsCommand, type Command } from '../ui/commands';

/**
 * Every command of the explorer, in the order the "Keyboard shortcuts" dialog lists them. The
 * features define their own; the explorer listens for all their keys with one listener.
 */
export const explorerCommands: readonly Command[] = [
  ...timelineCommands,
  closeDetailsCommand,
  showShortcutsCommand,
];
