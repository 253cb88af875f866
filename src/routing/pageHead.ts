import { matchPath } from 'react-router';
import '../data/i18n/later';
import { translator, type MessageId, type Translate } from '../data/i18n/messages';
import { LANGUAGE_TAGS, LOCALES, type Locale } from '../data/locale';
import type { Model } from '../data/model';
import type { DatasetEvent } from '../data/schema';
import { findChapter, type Story } from '../data/story';
import { documentTitle } from './documentTitle';
import { isEmbedFigure, localizePath, paths, splitLocale, type EmbedFigure } from './paths';

/** The site's one preview image (public/og-image.png), 1200 × 630. */
export const PREVIEW_IMAGE = { path: '/og-image.png', width: 1200, height: 630 } as const;

/** The title of each figure's embed address (`/embed/:figure`), the one its script sets. */
export const EMBED_TITLES: Readonly<Record<EmbedFigure, MessageId>> = {
  trade: 'head.embed.trade',
  map: 'head.embed.map',
  energy: 'head.embed.energy',
};

const EMBED_DESCRIPTIONS: Readonly<Record<EmbedFigure, MessageId>> = {
  trade: 'head.embedDescription.trade',
  map: 'head.embedDescription.map',
  energy: 'head.embedDescription.energy',
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
  /** The page's language, and the same page in each language (absolute URLs). */
  locale: Locale;
  alternates: { locale: Locale; url: string }[];
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
 * The head of the page at `localized` (an address from `prerenderAddresses`, or `/404`, in any
 * locale; `model` is in that locale's language, its catalog loaded). `origin` is the site's
 * public origin (`SITE_ORIGIN`, see docs/addresses.md), without a trailing slash.
 */
export function pageHead(
  model: Model,
  story: Story | null,
  localized: string,
  origin: string,
): PageHead {
  const { locale, rest: path } = splitLocale(localized);
  const t: Translate = translator(locale);
  const app = t('app.title');
  const title = (text?: string) => documentTitle(text, app);
  const site = (p: string) => `${origin}${p}`;
  const here = (p: string) => site(localizePath(p, locale));
  const SITE_DESCRIPTION = t('head.description');
  const base = {
    canonical: here(path),
    type: 'website' as const,
    image: site(PREVIEW_IMAGE.path),
    locale,
    alternates: LOCALES.map((other) => ({ locale: other, url: site(localizePath(path, other)) })),
  };
  /** An event's page (or its embed, whose canonical page is the event's). */
  const eventHead = (event: DatasetEvent, canonical: string): PageHead => ({
    ...base,
    canonical,
    type: 'article',
    title: title(event.title),
    shareTitle: event.title,
    description: clip(event.summary),
  });
  const eventId = paths.event.match(path);
  if (eventId !== undefined) {
    const event = model.eventsById.get(eventId);
    if (event) return eventHead(event, base.canonical);
  }
  // An embed address: one figure, for other sites' frames; its canonical page is the explorer's.
  const embedEvent = matchPath(paths.embed.eventPattern, path)?.params.eventId;
  const event = embedEvent === undefined ? undefined : model.eventsById.get(embedEvent);
  if (event) return eventHead(event, here(paths.event.href(event.id)));
  const figure = matchPath(paths.embed.pattern, path)?.params.figure;
  if (isEmbedFigure(figure)) {
    const figureTitle = t(EMBED_TITLES[figure]);
    return {
      ...base,
      canonical: here(paths.explorer.href()),
      title: title(figureTitle),
      shareTitle: figureTitle,
      description: t(EMBED_DESCRIPTIONS[figure]),
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
        canonical: here(paths.story.href(chapter.id)),
        title: title(t('head.chapter', { title: chapter.titleText, number: index + 1, total })),
        shareTitle: `${chapter.titleText} — ${story.title}`,
        description: clip(firstParagraph || SITE_DESCRIPTION),
      };
    }
  }
  /** A page's head from three fixed texts: its name in the title, share title, description. */
  const fixedHead = (name: MessageId, shareTitle: MessageId, description: MessageId): PageHead => ({
    ...base,
    title: title(t(name)),
    shareTitle: t(shareTitle),
    description: t(description),
  });
  switch (path) {
    case paths.explorer.href():
      return {
        ...base,
        title: title(),
        shareTitle: t('head.explorerShare', {
          from: model.minYear,
          to: model.maxYear,
          year: model.defaultYear,
        }),
        description: SITE_DESCRIPTION,
      };
    case paths.sources.href():
      return fixedHead('head.sources', 'head.sourcesShare', 'head.sourcesDescription');
    case paths.claims.href():
      return fixedHead('head.claims', 'head.claimsShare', 'head.claimsDescription');
    default:
      return fixedHead('head.notFound', 'head.notFound', 'head.notFoundDescription');
  }
}

/** Open Graph's locale tags (language_TERRITORY). */
const OG_LOCALES: Readonly<Record<Locale, string>> = { en: 'en_US', ru: 'ru_RU', zh: 'zh_CN' };

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
  const t = translator(head.locale);
  const app = t('app.title');
  return [
    `<title>${escapeHtml(head.title)}</title>`,
    meta('name', 'description', head.description),
    indexable
      ? `<link rel="canonical" href="${escapeHtml(head.canonical)}" />`
      : meta('name', 'robots', 'noindex'),
    ...(indexable
      ? head.alternates.map(
          (a) =>
            `<link rel="alternate" hreflang="${LANGUAGE_TAGS[a.locale]}" href="${escapeHtml(a.url)}" />`,
        )
      : []),
    meta('property', 'og:site_name', app),
    meta('property', 'og:locale', OG_LOCALES[head.locale]),
    meta('property', 'og:type', head.type),
    meta('property', 'og:title', head.shareTitle),
    meta('property', 'og:description', head.description),
    ...(indexable ? [meta('property', 'og:url', head.canonical)] : []),
    meta('property', 'og:image', head.image),
    meta('property', 'og:image:width', String(PREVIEW_IMAGE.width)),
    meta('property', 'og:image:height', String(PREVIEW_IMAGE.height)),
    meta('property', 'og:image:alt', t('head.imageAlt', { app })),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', head.shareTitle),
    meta('name', 'twitter:description', head.description),
    meta('name', 'twitter:image', head.image),
  ].join('\n    ');
}
