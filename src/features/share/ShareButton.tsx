import { lazy, Suspense, useState } from 'react';
import { eventYear } from '../../data/derive';
import { useWhere } from '../../routing/navigation';
import { useLocale, useT } from '../../routing/locale';
import { localizePath, paths, splitLocale } from '../../routing/paths';
import { canonicalPathname, serializeUrlState } from '../../routing/urlState';
import { useExplorerStoreApi } from '../../store/StoreProvider';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import type { ShareTarget } from './ShareDialog';
import type { Theme } from './shareLinks';

// The dialog (its builders and actions) is its own chunk, fetched on the first press: the button
// is all the first screen carries.
const ShareDialog = lazy(() => import('./ShareDialog'));

/**
 * "Share": opens a dialog with the current address (copy it, or share it natively) and an embed
 * snippet. What it shares is read when it opens: the address as the store has it (the address
 * bar lags a moment behind while the reader scrubs), the open event, and the theme shown.
 */
export function ShareButton({
  theme,
  forEvent = false,
  className = 'share-button',
}: {
  /** The theme the page shows now (the app knows it). */
  theme: () => Theme;
  /** In an event's details: "Share this event". */
  forEvent?: boolean;
  className?: string;
}) {
  const t = useT();
  const locale = useLocale();
  const api = useExplorerStoreApi();
  const where = useWhere();
  const [target, setTarget] = useState<ShareTarget | null>(null);

  const open = () => {
    const state = api.getState();
    const { model } = state;
    const location = where();
    // The page's own address, under its locale: `/ru/events/x` shares the Russian page.
    const pathname = canonicalPathname(splitLocale(location.pathname).rest);
    const eventId = paths.event.match(pathname);
    const event = eventId === undefined ? undefined : model.eventsById.get(eventId);
    // The explorer and an event: the store's state; other pages: their address as it is.
    const search =
      pathname === paths.explorer.pattern || event
        ? serializeUrlState(state, model, event ? eventYear(event) : undefined)
        : location.search;
    setTarget({
      origin: window.location.origin,
      path: localizePath(`${pathname}${search}${location.hash}`, locale),
      title: document.title,
      state: {
        year: state.year,
        reporter: state.reporter,
        scale: state.scale,
        theme: theme(),
        ...(event ? { eventId: event.id } : {}),
      },
      eventTitle: event?.title,
    });
  };

  return (
    <>
      <button
        type="button"
        className={className}
        aria-haspopup="dialog"
        aria-expanded={target !== null}
        onClick={open}
      >
        {t(forEvent ? 'share.thisEvent' : 'share.button')}
      </button>
      {target && (
        <ErrorBoundary name={t('error.name.share')}>
          <Suspense fallback={null}>
            <ShareDialog target={target} onClose={() => setTarget(null)} />
          </Suspense>
        </ErrorBoundary>
      )}
    </>
  );
}
