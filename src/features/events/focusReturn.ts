/**
 * Where focus goes back to when the event details close. Kept outside the store on purpose:
 * it is a detail of keyboard navigation, not state that any view renders.
 */
let opener: string | null = null;

/** The DOM id of the list link of an event. */
export function eventLinkId(eventId: string): string {
  return `event-link-${eventId}`;
}

/** Remembers the event whose list link opened the details. */
export function rememberOpener(eventId: string): void {
  opener = eventId;
}

export function currentOpener(): string | null {
  return opener;
}

/**
 * Moves focus to the list link of the first of `eventIds` that is on the page (the opener, or the
 * event last shown), without scrolling the page; falls back to the event list's heading.
 * Returns whether something took focus.
 */
export function focusListLink(eventIds: readonly (string | null | undefined)[]): boolean {
  for (const id of eventIds) {
    if (!id) continue;
    const link = document.getElementById(eventLinkId(id));
    if (link) {
      link.focus({ preventScroll: true });
      if (typeof link.scrollIntoView === 'function') link.scrollIntoView({ block: 'nearest' });
      return true;
    }
  }
  const heading = document.getElementById('events-title');
  if (heading) {
    heading.focus({ preventScroll: true });
    return true;
  }
  return false;
}

let lastShown: string | null = null;

/** Remembers the event the details show now (after Previous/Next it differs from the opener). */
export function rememberShown(eventId: string | null): void {
  lastShown = eventId;
}

export function currentShown(): string | null {
  return lastShown;
}
