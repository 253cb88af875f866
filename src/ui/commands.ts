import { useCallback, useEffect } from 'react';
import { useGo, useWhere, type Go, type Location } from '../routing/navigation';
import type { ExplorerStore } from '../store/explorerStore';
import { useExplorerStoreApi } from '../store/StoreProvider';
import type { MessageId } from '../data/i18n/messages';

/** What a command may read and do when it runs. */
export interface CommandContext {
  state: ExplorerStore;
  go: Go;
  /** The address shown now. */
  location: Location;
}

/**
 * A user command (excalidraw's "actions"): one definition, shared by its button, its keyboard
 * shortcut and the "Keyboard shortcuts" dialog that lists it.
 */
export interface Command {
  id: string;
  /** What it does, as the shortcuts dialog lists it. */
  title: MessageId;
  /** The button's name, when it depends on the state (Play / Pause); otherwise `title`. */
  label?: (state: ExplorerStore) => MessageId;
  /** A compact visible label for narrow screens; the accessible name stays the label. */
  shortLabel?: string;
  /** `KeyboardEvent.key` values, matched whatever the case (Shift, Caps Lock). */
  keys: readonly string[];
  perform: (context: CommandContext) => void;
  /** A disabled button; its key does nothing. */
  disabled?: (state: ExplorerStore) => boolean;
  /** For its key only: whether the key means this command now (Escape only closes what is open). */
  when?: (context: CommandContext) => boolean;
}

/**
 * Whether a key press belongs to what has focus rather than to the page's shortcuts: text
 * entry (any input but the year slider, whose keys move it), a select, or editable content.
 */
export const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target.tagName === 'TEXTAREA' ||
    target.tagName === 'SELECT' ||
    (target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'range'));

/** Whether `key` (a `KeyboardEvent.key`) triggers `command`, ignoring case. */
export const matchesKey = (command: Command, key: string): boolean =>
  command.keys.some((k) => k.toLowerCase() === key.toLowerCase());

/** The command a key press asks for, if it is for the page's shortcuts at all. */
export function commandForKey(
  commands: readonly Command[],
  event: Pick<
    KeyboardEvent,
    'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'defaultPrevented' | 'target'
  >,
  context: CommandContext,
): Command | undefined {
  const { target } = event;
  // Keys pressed in a dialog are the dialog's (Escape closes it, not what is behind it).
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
  if (isTyping(target) || (target instanceof Element && target.closest('dialog'))) return;
  return commands.find(
    (c) => matchesKey(c, event.key) && !c.disabled?.(context.state) && (c.when?.(context) ?? true),
  );
}

/** A stable function that builds the context a command runs with, from the current state. */
export function useCommandContext(): () => CommandContext {
  const api = useExplorerStoreApi();
  const go = useGo();
  const where = useWhere();
  return useCallback(() => ({ state: api.getState(), go, location: where() }), [api, go, where]);
}

/** The one keydown listener for the commands' shortcuts. */
export function useCommandKeys(commands: readonly Command[]): void {
  const context = useCommandContext();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const now = context();
      const command = commandForKey(commands, e, now);
      if (!command) return;
      e.preventDefault();
      command.perform(now);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [commands, context]);
}

/** Opens the "Keyboard shortcuts" dialog. */
export const showShortcutsCommand: Command = {
  id: 'show-shortcuts',
  title: 'cmd.showShortcuts',
  label: () => 'cmd.shortcuts',
  shortLabel: '?',
  keys: ['?'],
  perform: ({ state }) => state.setShortcutsOpen(true),
};
