import { clampYear } from '../data/derive';
import type { Model } from '../data/model';
import { truncateText } from '../data/text';
import { CATEGORIES, type Category } from '../data/schema';
import {
  defaultUrlState,
  REPORTER_CHOICES,
  type ReporterChoice,
  type Scale,
  type UrlState,
} from '../store/explorerStore';

export const MAX_QUERY_LENGTH = 200;

const first = (params: URLSearchParams, key: string) => params.get(key)?.trim() ?? '';

/**
 * Reads the explorer's state from a query string. Every parameter is optional and validated:
 * an invalid value falls back to its default; a year outside the data is clamped.
 * Beside an open event (`eventYear` given), the address's year is honoured, and the year
 * falls back to the event's: an address always reproduces what was on screen.
 */
export function parseUrlState(search: string, model: Model, eventYear?: number): UrlState {
  const defaults = {
    ...defaultUrlState(model),
    ...(eventYear === undefined ? {} : { year: eventYear }),
  };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return defaults;
  }
  const yearText = first(params, 'year');
  const year = /^[+-]?\d{1,12}$/.test(yearText)
    ? clampYear(Number(yearText), model.minYear, model.maxYear)
    : defaults.year;
  const reporterText = first(params, 'reporter').toLowerCase();
  const reporter =
    REPORTER_CHOICES.find((r): r is ReporterChoice => r === reporterText) ?? defaults.reporter;
  const scaleText = first(params, 'scale').toLowerCase();
  const scale: Scale = scaleText === 'log' || scaleText === 'linear' ? scaleText : defaults.scale;
  const wanted = new Set(
    params
      .getAll('category')
      .flatMap((v) => v.split(','))
      .map((c) => c.trim().toLowerCase()),
  );
  // Kept in the canonical order of CATEGORIES, so equal selections give equal addresses.
  const categories = CATEGORIES.filter((c): c is Category => wanted.has(c));
  const query = truncateText(first(params, 'q'), MAX_QUERY_LENGTH);
  return { year, reporter, scale, categories, query };
}

/**
 * Writes the state as a query string (with its `?`), leaving out values that are the default.
 * Beside an open event (`eventYear` given), the year is left out only when it is both the
 * default and the event's year, so that `parseUrlState` reads back the same year.
 */
export function serializeUrlState(state: UrlState, model: Model, eventYear?: number): string {
  const defaults = defaultUrlState(model);
  const params = new URLSearchParams();
  if (state.year !== defaults.year || (eventYear !== undefined && state.year !== eventYear))
    params.set('year', String(state.year));
  if (state.reporter !== defaults.reporter) params.set('reporter', state.reporter);
  if (state.scale !== defaults.scale) params.set('scale', state.scale);
  if (state.categories.length) params.set('category', state.categories.join(','));
  if (state.query) params.set('q', state.query);
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

/**
 * The canonical query string of an event's address: the current parameters with the event's own
 * year (opening an event selects its year). The address is then already what the explorer would
 * rewrite it to, so opening an event pushes one history entry and rewrites nothing; and it does not
 * depend on the selected year, so list items keep their props while the user scrubs.
 */
export function eventLinkSearch(search: string, eventYear: number, model: Model): string {
  return serializeUrlState({ ...parseUrlState(search, model), year: eventYear }, model, eventYear);
}

/**
 * The path the app writes for `pathname`: leading slashes and backslashes collapsed to one.
 * `//host/…` (and `/\host/…`, which browsers read the same way) is another host's address
 * to the router and the browser; the app never navigates to one, whatever the reader typed.
 */
export function canonicalPathname(pathname: string): string {
  return pathname.replace(/^[/\\]*/, '/');
}
