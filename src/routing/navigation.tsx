import { createSelector } from 'reselect';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';
import {
  useLocation,
  useNavigate,
  useParams,
  type Location,
  type NavigateOptions,
} from 'react-router';
import { yearOf } from '../data/dates';
import type { ExplorerStore } from '../store/explorerStore';
import { useExplorer } from '../store/StoreProvider';
import { useLocale } from './locale';
import { localizePath, paths } from './paths';
import { eventLinkSearch, serializeUrlState } from './urlState';

/**
 * Navigation that does not re-render on every change of address.
 *
 * React Router's `Link` and `useNavigate` read the router's location, so every one of them
 * re-renders whenever the address changes, which it does as the user scrubs (the year is in
 * it). The explorer has well over a hundred links; these helpers give them a stable `go`
 * function and stable addresses instead.
 */
/** Goes to an address, or (a number) that many entries back or forward in the history. */
export type Go = (to: string | number, options?: NavigateOptions) => void;

const GoContext = createContext<Go | null>(null);
const WhereContext = createContext<(() => Location) | null>(null);
/** Whether every in-app link opens in a new tab (inside an embed page, see NavigationProvider). */
const NewTabContext = createContext(false);

/**
 * Provides a stable `go`; mount it once inside the router. Every address it goes to is put under
 * the current locale (`/sources` → `/ru/sources`), so no view writes a locale itself. With
 * `newTab` (the embed pages, shown in other sites' frames), every in-app link and `go` opens its
 * address in a new tab instead, so a reader never browses the full app inside someone else's frame.
 */
export function NavigationProvider({
  children,
  newTab = false,
}: {
  children: ReactNode;
  newTab?: boolean;
}) {
  const navigate = useNavigate();
  const location = useLocation();
  const locale = useLocale();
  const latest = useRef({ navigate, location, locale });
  useEffect(() => {
    latest.current = { navigate, location, locale };
  });
  const go = useCallback<Go>(
    (to, options) => {
      if (typeof to === 'number') {
        void latest.current.navigate(to);
        return;
      }
      const localized = localizePath(to, latest.current.locale);
      if (newTab) window.open(localized, '_blank', 'noopener');
      else void latest.current.navigate(localized, options);
    },
    [newTab],
  );
  const where = useCallback(() => latest.current.location, []);
  return (
    <GoContext.Provider value={go}>
      <WhereContext.Provider value={where}>
        <NewTabContext.Provider value={newTab}>{children}</NewTabContext.Provider>
      </WhereContext.Provider>
    </GoContext.Provider>
  );
}

export function useGo(): Go {
  const go = useContext(GoContext);
  if (!go) throw new Error('useGo must be used inside <NavigationProvider>');
  return go;
}

/** A stable function that returns the address the router shows now (read it when needed, e.g.
 * on a key press: reading the location in render would re-render on every address change). */
export function useWhere(): () => Location {
  const where = useContext(WhereContext);
  if (!where) throw new Error('useWhere must be used inside <NavigationProvider>');
  return where;
}

export type { Location };

/** How the address shown now was reached: `PUSH` (a link), `REPLACE`, or `POP` (Back, a reload). */
export { useNavigationType } from 'react-router';

/** The id in an event's address (`paths.event.pattern`), as written; '' on any other route. */
export function useEventIdParam(): string {
  return useParams().eventId ?? '';
}

/**
 * The explorer's query string without the year (reporter, scale, categories, search), for
 * links that keep the user's choices: it does not change while the user scrubs.
 */
export function useChoicesSearch(): string {
  return useExplorer(selectChoicesSearch);
}

/**
 * The address of an event with the user's choices and the event's own year, the address the
 * explorer shows once it is open (so opening it pushes one entry and rewrites nothing). The
 * function changes only when the choices do, not while the user scrubs.
 */
export function useEventHref(): (eventId: string) => string {
  const model = useExplorer((s) => s.model);
  const choices = useChoicesSearch();
  return useCallback(
    (eventId: string) => {
      const event = model.eventsById.get(eventId);
      const year = event ? yearOf(event.date) : model.defaultYear;
      return paths.event.href(eventId, eventLinkSearch(choices, year, model));
    },
    [model, choices],
  );
}

/**
 * A string, so zustand sees it unchanged (by value) while the user scrubs. Every subscriber runs
 * it on every store change (each year step); the memoized selector answers from its inputs.
 */
const selectChoicesSearch = createSelector(
  [
    (s: ExplorerStore) => s.model,
    (s: ExplorerStore) => s.reporter,
    (s: ExplorerStore) => s.scale,
    (s: ExplorerStore) => s.categories,
    (s: ExplorerStore) => s.query,
  ],
  (model, reporter, scale, categories, query) =>
    serializeUrlState({ year: model.defaultYear, reporter, scale, categories, query }, model),
);

const isModified = (e: MouseEvent) => e.metaKey || e.altKey || e.ctrlKey || e.shiftKey;

/** An in-app link: a real `<a href>` (open in new tab works) that navigates without a reload. */
export function AppLink({
  to,
  onClick,
  ...rest
}: { to: string } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  const go = useGo();
  const href = localizePath(to, useLocale());
  const newTab = useContext(NewTabContext);
  return (
    <a
      {...(newTab ? { target: '_blank', rel: 'noopener' } : {})}
      {...rest}
      href={href}
      onClick={(e) => {
        onClick?.(e);
        if (e.defaultPrevented || e.button !== 0 || isModified(e) || rest.target || newTab) return;
        e.preventDefault();
        go(to);
      }}
    />
  );
}
