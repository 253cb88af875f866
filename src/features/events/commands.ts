import { closeDetails } from '../../routing/closeDetails';
import { paths } from '../../routing/paths';
import { serializeUrlState } from '../../routing/urlState';
import type { Command } from '../../ui/commands';

/**
 * Escape closes the event details (returning to the history entry that opened them), back to the explorer's address as the store has it (the
 * event's year is in the store a moment before it is in the address, so an early Escape keeps it).
 */
export const closeDetailsCommand: Command = {
  id: 'close-details',
  title: 'cmd.closeDetails',
  keys: ['Escape'],
  when: ({ location }) => paths.event.match(location.pathname) !== undefined,
  perform: ({ state, go }) =>
    closeDetails(
      go,
      state.detailsOpener,
      paths.explorer.href(serializeUrlState(state, state.model)),
    ),
};
