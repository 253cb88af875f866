import { paths } from '../../routing/paths';
import { serializeUrlState } from '../../routing/urlState';
import type { Command } from '../../ui/commands';

/**
 * Escape closes the event details, back to the explorer's address as the store has it (the
 * event's year is in the store a moment before it is in the address, so an early Escape keeps it).
 */
export const closeDetailsCommand: Command = {
  id: 'close-details',
  title: 'Close the event details',
  keys: ['Escape'],
  when: ({ location }) => paths.event.match(location.pathname) !== undefined,
  perform: ({ state, go }) => go(paths.explorer.href(serializeUrlState(state, state.model))),
};
