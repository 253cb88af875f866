import type { MessageId, Translate } from '../../data/i18n/messages';
import type { Locale } from '../../data/locale';
import { escapeHtml } from '../../routing/pageHead';
import { localizePath, paths, type EmbedFigure } from '../../routing/paths';
import type { ReporterChoice, Scale } from '../../store/explorerStore';

/** The page's theme, as an embed address carries it. */
export type Theme = 'light' | 'dark';

/** What an embed shows: one of the figures, or the event open now. */
export type EmbedChoice = EmbedFigure | 'event';

/** The state an embed address reproduces. */
export interface EmbedState {
  year: number;
  reporter: ReporterChoice;
  scale: Scale;
  theme: Theme;
  /** The open event, for the `event` choice. */
  eventId?: string;
}

/** The figures' names, as the dialog offers them ("Trade", "Pipeline map", …). */
export const EMBED_LABEL: Readonly<Record<EmbedChoice, MessageId>> = {
  trade: 'share.choice.trade',
  map: 'share.choice.map',
  energy: 'share.choice.energy',
  event: 'share.choice.event',
};

/**
 * A height that shows each figure without a scroll bar at a typical article width (the embed
 * page scrolls inside the frame if the reader's is narrower).
 */
export const EMBED_HEIGHT: Readonly<Record<EmbedChoice, number>> = {
  trade: 900,
  map: 1000,
  energy: 1000,
  event: 560,
};

/**
 * The embed address (path and query) of a choice, in the page's locale (`/ru/embed/trade?…`).
 * The year is always written, so the embedded figure stays at the year it was shared at when
 * the data gains years; the trade figure also keeps its reporter and scale; every embed keeps
 * the theme.
 */
export function embedPath(choice: EmbedChoice, state: EmbedState, locale: Locale = 'en'): string {
  const params = new URLSearchParams();
  if (choice === 'event') {
    if (!state.eventId) throw new Error('an event embed needs the event');
    params.set('theme', state.theme);
    return localizePath(paths.embed.eventHref(state.eventId, `?${params.toString()}`), locale);
  }
  params.set('year', String(state.year));
  if (choice === 'trade') {
    params.set('reporter', state.reporter);
    params.set('scale', state.scale);
  }
  params.set('theme', state.theme);
  return localizePath(paths.embed.href(choice, `?${params.toString()}`), locale);
}

/** An absolute address on `origin` (`https://host`) for an app path (with its query and hash). */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, origin).href;
}

/** The iframe's title: what it shows, for screen readers on the embedding page, in `t`'s
 * language ("China–Turkmenistan trade, 2012 · China–Turkmenistan Relations Explorer"). */
export function embedTitle(
  t: Translate,
  choice: EmbedChoice,
  state: EmbedState,
  eventTitle?: string,
): string {
  const what =
    choice === 'event'
      ? (eventTitle ?? t('share.iframe.event'))
      : t(`share.iframe.${choice}`, { year: state.year });
  return t('share.iframeTitle', { what, app: t('app.title') });
}

/** The `<iframe>` snippet a reader pastes into their page. */
export function embedSnippet({
  src,
  title,
  height,
}: {
  src: string;
  title: string;
  height: number;
}): string {
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" ` +
    `width="100%" height="${height}" style="border: 0; max-width: 100%;" loading="lazy"></iframe>`
  );
}
