import { matchPath } from 'react-router';
import type { Model } from '../data/model';
import { findChapter, type Story } from '../data/story';
import { APP_TITLE, documentTitle } from './documentTitle';
import { isEmbedFigure, paths, type EmbedFigure } from './paths';

const SITE_DESCRIPTION =
  'Scrub through the years of China–Turkmenistan relations: trade, events and the Central Asia–China gas pipeline, every figure with its source.';

/** The site's one preview image (public/og-image.png), 1200 × 630. */
export const PREVIEW_IMAGE = { path: '/og-image.png', width: 1200, height: 630 } as const;

/** The title of each figure's embed address (`/embed/:figure`), the one its script sets. */
export const EMBED_TITLES: Readonly<Record<EmbedFigure, string>> = {
  trade: 'China–Turkmenistan trade',
  map: 'Central Asia–China gas pipeline',
  energy: 'Turkmenistan’s gas exports by destination',
};

const EMBED_DESCRIPTIONS: Readonly<Record<EmbedFigure, string>> = {
  trade:
    'China–Turkmenistan trade, year by year, as both countries report it (IMF Direction of Trade Statistics), with its source.',
  map: 'The Central Asia–China gas pipeline, Lines A–D, by status in the year, with the gas sent to China and each source.',
  energy:
    'Where Turkmenistan’s pipeline gas goes, year by year (Energy Institute Statistical Review), with its sources.',
};

/** What a page says about itself to search engines and link previews. */
export interface PageHead {
  /** The document title: the same one the page sets once its script runs. */
  title: string;
  /** The title a link preview shows (without the app's name, which is `og:site_name`). */
  shareTitle: string;
  description: string;
  /** Absolute URL of the page. */
  canonical: string;
  type: 'website' | 'article';
  /** Absolute URL of the preview image. */
  image: string;
}

/** A preview's description: whole words, at most `max` characters, with an ellipsis if cut. */
export function clip(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/, '')}…`;
}

/**
 * The head of the page at `path` (an address from `prerenderAddresses`, or `/404`). `origin` is
 * the site's public origin (`SITE_ORIGIN`, see docs/addresses.md), without a trailing slash.
 */
export function pageHead(
  model: Model,
  story: Story | null,
  path: string,
  origin: string,
): PageHead {
  const site = (p: string) => `${origin}${p}`;
  const base = {
    canonical: site(path),
    type: 'website' as const,
    image: site(PREVIEW_IMAGE.path),
  };
  const eventId = paths.event.match(path);
  if (eventId !== undefined) {
    const event = model.eventsById.get(eventId);
    if (event)
      return {
        ...base,
        type: 'article',
        title: documentTitle(event.title),
        shareTitle: event.title,
        description: clip(event.summary),
      };
  }
  // An embed address: one figure, for other sites' frames; its canonical page is the explorer's.
  const embedEvent = matchPath(paths.embed.eventPattern, path)?.params.eventId;
  const event = embedEvent === undefined ? undefined : model.eventsById.get(embedEvent);
  if (event)
    return {
      ...base,
      canonical: site(paths.event.href(event.id)),
      type: 'article',
      title: documentTitle(event.title),
      shareTitle: event.title,
      description: clip(event.summary),
    };
  const figure = matchPath(paths.embed.pattern, path)?.params.figure;
  if (isEmbedFigure(figure)) {
    const title = EMBED_TITLES[figure];
    return {
      ...base,
      canonical: site(paths.explorer.href()),
      title: documentTitle(title),
      shareTitle: title,
      description: EMBED_DESCRIPTIONS[figure],
    };
  }
  const chapterId = paths.story.match(path);
  if (chapterId !== null && story) {
    const found = findChapter(story, chapterId);
    if (found) {
      const { chapter, index } = found;
      const total = story.chapters.length;
      const firstParagraph = chapter.body[0]?.map((s) => s.text).join('') ?? '';
      return {
        ...base,
        // `/story` is the first chapter: one canonical address for the same page.
        canonical: site(paths.story.href(chapter.id)),
        title: documentTitle(`${chapter.titleText} · Story, chapter ${index + 1} of ${total}`),
        shareTitle: `${chapter.titleText} — ${story.title}`,
        description: clip(firstParagraph || SITE_DESCRIPTION),
      };
    }
  }
  switch (path) {
    case paths.explorer.href():
      return {
        ...base,
        title: documentTitle(),
        shareTitle: `China–Turkmenistan relations, ${model.minYear}–${model.maxYear} (shown: ${model.defaultYear})`,
        description: SITE_DESCRIPTION,
      };
    case paths.sources.href():
      return {
        ...base,
        title: documentTitle('Sources'),
        shareTitle: 'Sources and data',
        description:
          'Every source behind the explorer’s figures and events, and the data to download, with how to cite it.',
      };
    case paths.claims.href():
      return {
        ...base,
        title: documentTitle('The article’s claims'),
        shareTitle: 'The article’s claims, checked against the data',
        description:
          'Each figure the source article states about China–Turkmenistan trade and gas, set beside the data with its verdict.',
      };
    default:
      return {
        ...base,
        title: documentTitle('Page not found'),
        shareTitle: 'Page not found',
        description: 'There is no page at this address.',
      };
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Text made safe for HTML text and for a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * The head's tags for a page, as HTML (every value escaped): the title, the description, the
 * canonical link, Open Graph and Twitter card tags. `indexable: false` (the not-found page)
 * adds `noindex` and leaves out the canonical link.
 */
export function headTags(head: PageHead, { indexable = true } = {}): string {
  const meta = (attr: 'name' | 'property', key: string, value: string) =>
    `<meta ${attr}="${key}" content="${escapeHtml(value)}" />`;
  return [
    `<title>${escapeHtml(head.title)}</title>`,
    meta('name', 'description', head.description),
    indexable
      ? `<link rel="canonical" href="${escapeHtml(head.canonical)}" />`
      : meta('name', 'robots', 'noindex'),
    meta('property', 'og:site_name', APP_TITLE),
    meta('property', 'og:type', head.type),
    meta('property', 'og:title', head.shareTitle),
    meta('property', 'og:description', head.description),
    ...(indexable ? [meta('property', 'og:url', head.canonical)] : []),
    meta('property', 'og:image', head.image),
    meta('property', 'og:image:width', String(PREVIEW_IMAGE.width)),
    meta('property', 'og:image:height', String(PREVIEW_IMAGE.height)),
    meta('property', 'og:image:alt', `${APP_TITLE}: trade, events and the gas pipeline`),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', head.shareTitle),
    meta('name', 'twitter:description', head.description),
    meta('name', 'twitter:image', head.image),
  ].join('\n    ');
}
