import type { Model } from '../data/model';
import type { Story } from '../data/story';
import { LOCALES, type Locale } from '../data/locale';
import { EMBED_FIGURES, localizePath, paths } from './paths';

/** One address baked into a static HTML file at build time, and the file it is written to. */
export interface PrerenderAddress {
  /** The address, as `paths` builds it (encoded, no query string). */
  path: string;
  /** The file under `dist/`, served for `path` by `vite preview` and common static hosts. */
  file: string;
}

/**
 * The file a static host serves for `path`: `/` is `index.html`, any other address `<path>.html`
 * (`/events/x` → `events/x.html`). `vite preview`, Netlify, Cloudflare Pages and GitHub Pages
 * serve `/sources` from `sources.html`, and the service worker's precache does too (Workbox's
 * `cleanURLs`), so the address keeps no trailing slash. A `/story.html` beside a `story/` folder
 * is fine for all of them.
 */
export function htmlFileFor(path: string): string {
  if (path === '/') return 'index.html';
  return `${decodeURIComponent(path.slice(1))}.html`;
}

/**
 * Every address with content, in the order the sitemap lists them: the explorer, its pages, the
 * story and each chapter, every event, then the embed addresses (whose canonical pages are the
 * explorer's, so the sitemap does not list them); in English, then under each other locale's
 * prefix (`/ru/events/x`). The one list the prerender, the sitemap and the service worker's
 * precache are built from; new address families go here.
 */
export function prerenderAddresses(
  model: Model,
  story: Story | null,
  locales: readonly Locale[] = LOCALES,
): PrerenderAddress[] {
  const list = [
    paths.explorer.href(),
    paths.sources.href(),
    paths.claims.href(),
    ...(story
      ? [paths.story.href(), ...story.chapters.map((chapter) => paths.story.href(chapter.id))]
      : []),
    ...model.events.map((event) => paths.event.href(event.id)),
    // The embed addresses: each figure, each event (one figure with minimal chrome, for frames).
    ...EMBED_FIGURES.map((figure) => paths.embed.href(figure)),
    ...model.events.map((event) => paths.embed.eventHref(event.id)),
  ];
  return locales
    .flatMap((locale) => list.map((path) => localizePath(path, locale)))
    .map((path) => ({ path, file: htmlFileFor(path) }));
}

/** The page every unknown address gets from a static host (and from the service worker). */
export const NOT_FOUND_ADDRESS: PrerenderAddress = { path: '/404', file: '404.html' };
