import { useEffect, useRef } from 'react';
import { useLocation, useNavigate, useNavigationType } from 'react-router';
import { eventYear } from '../data/derive';
import { useExplorerStoreApi } from '../store/StoreProvider';
import { paths } from './paths';
import type { Model } from '../data/model';
import { canonicalPathname, parseUrlState, serializeUrlState } from './urlState';

/**
 * The one place where the address and the store meet.
 * - Address → store: on every change of the query string or the opened event.
 *   Beside an open event the address's year is honoured (so reloading or sharing it shows the
 *   same screen); an event address without a year selects the event's year.
 * - Store → address: when year, reporter, scale, categories or search change, the query string is
 *   rewritten with `replace`, so scrubbing never floods the history. Opening an event is a link,
 *   which pushes an entry, so Back returns to where the user was.
 * Entries this hook wrote itself are marked (`state.fromStore`) and never read back: while the
 * user scrubs, the router may render an older one of them after the store has moved on, and
 * reading it would pull the year back.
 */

const FROM_STORE = { fromStore: true } as const;

/**
 * Store changes reach the address once they have settled for this long. A write (history
 * `replaceState` plus the router's re-render) costs a few milliseconds of main-thread time; while
 * the user scrubs, doing it between steps would delay the next step, so it waits for a pause.
 */
export const URL_WRITE_DELAY_MS = 150;

/** …but during a long scrub the address never lags further behind than this. */
export const URL_WRITE_MAX_WAIT_MS = 1000;

/** True when the browser's history has moved to an entry the router has not rendered yet. */
function routerIsBehind(renderedKey: string): boolean {
  const state: unknown = typeof history === 'undefined' ? null : history.state;
  if (typeof state !== 'object' || state === null || !('key' in state)) return false;
  return (state as { key: unknown }).key !== renderedKey;
}

/** The year of the open event, which an event address may leave out (see `parseUrlState`). */
function openEventYear(model: Model, eventId: string | null | undefined): number | undefined {
  const event = eventId ? model.eventsById.get(eventId) : undefined;
  return event ? eventYear(event) : undefined;
}

function writtenByStore(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'fromStore' in state;
}
export function useUrlSync(): void {
  const api = useExplorerStoreApi();
  const location = useLocation();
  const navigate = useNavigate();
  const navigationType = useNavigationType();
  // Under any locale prefix (`/ru/events/…`).
  const eventId = paths.event.match(location.pathname);
  const latest = useRef({ location, navigate });
  const previousEventId = useRef<string | undefined>(undefined);
  const processedKey = useRef<string | null>(null);

  useEffect(() => {
    latest.current = { location, navigate };
  });

  useEffect(() => {
    // Each address is read once: an effect that runs again for the same history entry (React's
    // StrictMode, a new `navigate`) must not re-apply a query string that was just rewritten.
    if (processedKey.current === location.key) return;
    processedKey.current = location.key;
    if (navigationType === 'REPLACE' && writtenByStore(location.state)) return;
    // A path that would read as another host's (`//host/…`, `/\\host/…`) is first rewritten to
    // the path it stands for; that address is then read like any other.
    const pathname = canonicalPathname(location.pathname);
    if (pathname !== location.pathname) {
      void navigate(
        { pathname, search: location.search, hash: location.hash },
        { replace: true, state: location.state },
      );
      return;
    }
    const { model } = api.getState();
    const event = eventId === undefined ? undefined : model.eventsById.get(eventId);
    const parsed = parseUrlState(location.search, model, openEventYear(model, event?.id));
    const opened = eventId !== previousEventId.current;
    previousEventId.current = eventId;
    const state = api.getState();
    // Selecting an event selects its year: the address's year comes after it.
    if (opened) state.selectEvent(event ? event.id : null);
    state.applyUrlState(parsed);
    // Invalid or out-of-range parameters are rewritten to what is shown.
    const canonical = serializeUrlState(api.getState(), model, openEventYear(model, event?.id));
    if (canonical !== location.search) {
      void navigate(
        { pathname: location.pathname, search: canonical, hash: location.hash },
        { replace: true, state: FROM_STORE },
      );
    }
  }, [
    api,
    location.key,
    location.search,
    location.pathname,
    location.hash,
    location.state,
    navigationType,
    eventId,
    navigate,
  ]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let idle: number | null = null;
    // When the first change not yet in the address was made.
    let pendingSince: number | null = null;
    const cancel = () => {
      if (timer !== null) clearTimeout(timer);
      if (idle !== null) cancelIdleCallback(idle);
      timer = null;
      idle = null;
    };
    const schedule = (now: number) => {
      pendingSince ??= now;
      cancel();
      const wait = Math.min(URL_WRITE_DELAY_MS, pendingSince + URL_WRITE_MAX_WAIT_MS - now);
      timer = setTimeout(writeWhenIdle, Math.max(0, wait));
    };
    // Once the browser has drawn what is pending: a write never delays the frame of a year step.
    // It waits for an idle moment as long as the address may still lag (up to the maximum wait),
    // not only for the delay: on a slow device a user stepping every 200 ms or so leaves a pause
    // longer than the delay after each step, and a write forced then lands between the next key
    // and its frame (history `replaceState` plus the router's re-render of the page).
    const writeWhenIdle = () => {
      timer = null;
      if (typeof requestIdleCallback !== 'function') write();
      else
        idle = requestIdleCallback(
          () => {
            idle = null;
            write();
          },
          { timeout: Math.max(URL_WRITE_DELAY_MS, lagBudget(Date.now())) },
        );
    };
    const lagBudget = (now: number) =>
      pendingSince === null ? 0 : pendingSince + URL_WRITE_MAX_WAIT_MS - now;
    const write = () => {
      const { location: current, navigate: go } = latest.current;
      // The router renders address changes in a transition, which fast scrubbing can hold
      // back. Until it has caught up with the browser's history (our own last write, a Back
      // or a link), writing now could use a stale path: try again shortly instead.
      if (routerIsBehind(current.key)) {
        timer = setTimeout(writeWhenIdle, URL_WRITE_DELAY_MS);
        return;
      }
      pendingSince = null;
      const state = api.getState();
      const search = serializeUrlState(
        state,
        state.model,
        openEventYear(state.model, state.selectedEventId),
      );
      if (search !== current.search) {
        void go(
          { pathname: canonicalPathname(current.pathname), search, hash: current.hash },
          { replace: true, state: FROM_STORE },
        );
      }
    };
    const unsubscribe = api.subscribe((state, prev) => {
      if (
        state.year === prev.year &&
        state.reporter === prev.reporter &&
        state.scale === prev.scale &&
        state.categories === prev.categories &&
        state.query === prev.query
      )
        return;
      schedule(Date.now());
    });
    return () => {
      unsubscribe();
      cancel();
    };
  }, [api]);
}
