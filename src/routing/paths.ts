import { matchPath } from 'react-router';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../data/locale';

/**
 * The locale in an address: English at `/…`, the others under their prefix (`/ru/…`, `/zh/…`).
 * These are the one place that knows it: `AppLink`, `useGo` and the route table put every path
 * of `paths` (written in English, `/sources`) under the current locale, so every link keeps it.
 */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

/** The locale of an address and the address without it (`/ru/sources` → ru, `/sources`). */
export function splitLocale(path: string): { locale: Locale; rest: string } {
  const match = /^\/([a-z]{2})(?=$|[/?#])/.exec(path);
  if (match && isLocale(match[1]) && match[1] !== DEFAULT_LOCALE) {
    const rest = path.slice(match[0].length);
    return { locale: match[1], rest: rest.startsWith('/') ? rest : `/${rest}` };
  }
  return { locale: DEFAULT_LOCALE, rest: path };
}

/**
 * An app path (`/sources`, `/?year=2020`, `/claims#x`) under a locale: `/ru/sources`,
 * `/ru?year=2020`. A path that already names a locale is moved to this one. Route patterns
 * go through it too (`/events/:eventId` → `/zh/events/:eventId`).
 */
export function localizePath(path: string, locale: Locale): string {
  if (!path.startsWith('/')) return path;
  const { rest } = splitLocale(path);
  const prefix = localePrefix(locale);
  if (!prefix) return rest;
  return rest === '/' || rest.startsWith('/?') || rest.startsWith('/#')
    ? prefix + rest.slice(1)
    : prefix + rest;
}

/** The figures an embed address can show (besides one event). */
export const EMBED_FIGURES = ['trade', 'map', 'energy'] as const;
export type EmbedFigure = (typeof EMBED_FIGURES)[number];
export const isEmbedFigure = (value: string | undefined): value is EmbedFigure =>
  (EMBED_FIGURES as readonly (string | undefined)[]).includes(value);

/** Where the embed addresses start: hosts let other sites frame these only (src/app/csp.ts). */
export const EMBED_PREFIX = '/embed/';

/**
 * Every address of the app: each route's pattern (for the route table and for matching) and a
 * builder of its links. Nothing else in the app writes a path by hand.
 */
export const paths = {
  explorer: {
    pattern: '/',
    /** `search` is a query string with its `?` (or empty). */
    href: (search = ''): string => `/${search}`,
  },
  event: {
    pattern: '/events/:eventId',
    /** An event's address; the id is encoded, `search` is a query string with its `?`. */
    href: (eventId: string, search = ''): string =>
      `/events/${encodeURIComponent(eventId)}${search}`,
    /** The event id in `pathname`, or undefined when it is not an event's address. */
    match: (pathname: string): string | undefined =>
      matchPath(paths.event.pattern, splitLocale(pathname).rest)?.params.eventId,
  },
  sources: {
    pattern: '/sources',
    /** The sources page, or a section of it (`#data`). */
    href: (section?: string): string =>
      section === undefined ? '/sources' : `/sources#${encodeURIComponent(section)}`,
  },
  claims: {
    pattern: '/claims',
    /** The claims page, or one claim on it (`#id`). */
    href: (claimId?: string): string =>
      claimId === undefined ? '/claims' : `/claims#${encodeURIComponent(claimId)}`,
  },
  story: {
    pattern: '/story',
    chapterPattern: '/story/:chapter',
    /** The story (its first chapter) or a chapter; `search` is a query string with its `?`. */
    href: (chapterId?: string, search = ''): string =>
      chapterId === undefined ? '/story' : `/story/${encodeURIComponent(chapterId)}${search}`,
    /** The chapter id in `pathname`: undefined at `/story`, null when it is not the story's. */
    match: (localized: string): string | undefined | null => {
      const pathname = splitLocale(localized).rest;
      if (matchPath(paths.story.pattern, pathname)) return undefined;
      return matchPath(paths.story.chapterPattern, pathname)?.params.chapter ?? null;
    },
  },
  data: {
    /** A file of the published data (`/data/trade.csv`, docs/data.md): one address for every
     * language, so never localized. */
    href: (file: string): string => `/data/${encodeURIComponent(file)}`,
  },
  embed: {
    /** One figure (`trade`, `map`, `energy`) with minimal chrome, for an `<iframe>`. */
    pattern: '/embed/:figure',
    /** One event, for an `<iframe>`. */
    eventPattern: '/embed/events/:eventId',
    /** A figure's embed address; `search` is a query string with its `?` (year, reporter,
     * scale, theme). */
    href: (figure: EmbedFigure, search = ''): string => `${EMBED_PREFIX}${figure}${search}`,
    /** An event's embed address. */
    eventHref: (eventId: string, search = ''): string =>
      `${EMBED_PREFIX}events/${encodeURIComponent(eventId)}${search}`,
    /** Whether `pathname` is an embed address (the only ones other sites may frame). */
    match: (pathname: string): boolean => pathname.startsWith(EMBED_PREFIX),
  },
} as const;
