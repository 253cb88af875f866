import { useEffect } from 'react';
import { useExplorerStoreApi } from '../../store/StoreProvider';
import { actionForKey } from './actions';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target.tagName === 'TEXTAREA' ||
    target.tagName === 'SELECT' ||
    (target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'range'));

/** Page-wide keys for the timeline actions: K play/pause, comma and period step a year. */
export function useTimelineShortcuts(): void {
  const api = useExplorerStoreApi();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      const action = actionForKey(e.key);
      if (!action) return;
      const state = api.getState();
      if (action.disabled?.(state)) return;
      e.preventDefault();
      action.perform(state);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [api]);
}
