import type { Go } from './navigation';

/** The position of the current entry in this tab's history, which React Router keeps. */
export function historyIndex(): number | null {
  const state: unknown = typeof history === 'undefined' ? null : history.state;
  if (typeof state !== 'object' || state === null || !('idx' in state)) return null;
  const { idx } = state as { idx: unknown };
  return typeof idx === 'number' ? idx : null;
}

/**
 * The history entry the details were opened from, when the app pushed them (a link in the
 * explorer); null when they were the first page or were reached by Back/Forward.
 */
export function openerIndexAtOpen(navigationType: string): number | null {
  const index = historyIndex();
  return navigationType === 'PUSH' && index !== null && index > 0 ? index - 1 : null;
}

/**
 * Closes the event details. When the app opened them, it returns to that entry (past any
 * Previous/Next steps), so Back afterwards does not re-open the event and an open and close cost
 * no history; else it replaces the details with the explorer's address.
 */
export function closeDetails(go: Go, openerIndex: number | null, explorerHref: string): void {
  const index = historyIndex();
  if (openerIndex !== null && index !== null && index > openerIndex) go(openerIndex - index);
  else go(explorerHref, { replace: true });
}
