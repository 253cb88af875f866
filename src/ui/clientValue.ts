import { useSyncExternalStore } from 'react';

declare const __SITE_URL__: string;
declare const __BUILD_DATE__: string;

/** The site's public origin (`SITE_URL` at build time, see docs/addresses.md). */
export const SITE_URL: string = __SITE_URL__;

/** The day the build was made (YYYY-MM-DD): the "accessed" date of a baked page's citations. */
export const BUILD_DATE: string = __BUILD_DATE__;

const noSubscription = () => () => undefined;

/**
 * `browser()` once the page is live; `baked` in the prerendered HTML and while React hydrates it,
 * so that the first render matches the HTML (no hydration mismatch), then the browser's own value.
 */
export function useBrowserValue<T>(browser: () => T, baked: T): T {
  return useSyncExternalStore(noSubscription, browser, () => baked);
}

/** This page's origin (the baked pages say `SITE_URL`'s). */
export function useOrigin(): string {
  return useBrowserValue(() => window.location.origin, new URL(SITE_URL).origin);
}

const today = () => new Date().toISOString().slice(0, 10);

/** Today, as a citation's "accessed" date (the build's day in the baked pages). */
export function useToday(): string {
  return useBrowserValue(today, BUILD_DATE);
}
