import { useMatch } from 'react-router';
import { useLocale } from '../routing/locale';
import { localizePath, paths } from '../routing/paths';
import { useMediaQuery } from '../ui/useMediaQuery';

/** Below this width the event details are a full view over the page (styles.css). */
export const DETAILS_COVER_QUERY = '(max-width: 959.98px)';

/** True while an event's details are open, under any locale (`/events/x`, `/ru/events/x`). */
export function useDetailsOpen(): boolean {
  return useMatch(localizePath(paths.event.pattern, useLocale())) !== null;
}

/**
 * True while the event details cover the whole page: everything behind them is then made
 * `inert` (not focusable, not in the accessibility tree), so Tab and a screen reader stay in
 * what the reader sees. Above 960 px the details sit beside the page, which stays live.
 */
export function useDetailsCover(): boolean {
  const open = useDetailsOpen();
  // Asked only while the details are open: the shell and the explorer page, which call this,
  // then do not re-render as the explorer's baked page is hydrated on a phone.
  const narrow = useMediaQuery(open ? DETAILS_COVER_QUERY : null);
  return open && narrow;
}
