/**
 * The build's server side: renders each address to HTML with React's own static renderer, for
 * the prerender step (scripts/vite-prerender.ts). Never shipped to the browser. It renders the
 * same tree as src/main.tsx, in a StaticRouter, from a store prepared the same way, so the
 * browser hydrates it without a mismatch.
 */
// Every English message, the later views' too: the figures' no-script alternatives
// (ui/NoScriptAlternative) say theirs only here, never in the browser.
import './data/i18n/later';
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { matchPath, StaticRouter } from 'react-router';
import { AppRoutes, preloadRoute, preparedStore } from './app/App';
import { loadModel } from './app/loadModel';
import { RootErrorBoundary } from './app/RootErrorBoundary';
import rawStory from './data/raw/story.json';
import { translator } from './data/i18n/messages';
import { parseStory, storyInLanguage, type Story } from './data/story';
import type { Model } from './data/model';
import { verdictLabel } from './ui/claimLabels';
import { escapeHtml, headTags, pageHead } from './routing/pageHead';
import { paths, splitLocale } from './routing/paths';
import { LANGUAGE_TAGS, type Locale } from './data/locale';
import { NOT_FOUND_ADDRESS, prerenderAddresses, type PrerenderAddress } from './routing/prerender';
import type { ExplorerStoreApi } from './store/explorerStore';
import { localeModels } from './store/localeModels';
import { StoreProvider } from './store/StoreProvider';
import { NoScriptAlternative } from './ui/NoScriptAlternative';
import { NoScriptContent, type NoScriptFigureProps } from './ui/NoScriptFigure';

export interface BakedPage extends PrerenderAddress {
  /** The root's inner HTML. */
  html: string;
  /** The head's tags (title, description, canonical, Open Graph, Twitter). */
  head: string;
  /** The page's canonical URL, for the sitemap; null for the not-found page. */
  canonical: string | null;
  /** The lazily loaded modules the page shows (from the project's root), whose stylesheets the
   * page links so it is styled before its script runs; empty when it needs none. */
  routeModules: string[];
  /** The page's language, as `<html lang>` says it. */
  lang: string;
  /** The words of the bar shown when the script never runs (index.html's `boot-stalled`), in
   * the page's language: HTML, escaped. */
  stalled: string;
}

/** The "could not be loaded" bar's words in `locale`, with its reload link. */
function stalledBar(locale: Locale): string {
  const t = translator(locale);
  return `${escapeHtml(t('boot.stalled'))}\n      <a href="">${escapeHtml(t('error.reload'))}</a>`;
}

/** The lazily loaded modules of `localized` (the ones preloadRoute fetches). */
function routeModules(localized: string): string[] {
  const path = splitLocale(localized).rest;
  if (paths.event.match(path) !== undefined) return ['src/features/events/EventDetails.tsx'];
  if (paths.story.match(path) !== null) return ['src/app/StoryPage.tsx'];
  if (matchPath(paths.sources.pattern, path)) return ['src/features/sources/SourcesPage.tsx'];
  if (matchPath(paths.claims.pattern, path)) return ['src/features/claims/ClaimsPage.tsx'];
  if (paths.embed.match(path)) {
    const figure = matchPath(paths.embed.pattern, path)?.params.figure;
    const shown: Record<string, string> = {
      map: 'src/features/map/PipelineMap.tsx',
      energy: 'src/features/energy/EnergyView.tsx',
    };
    return ['src/app/EmbedPage.tsx', ...(figure && shown[figure] ? [shown[figure]] : [])];
  }
  return [];
}

const loaded = loadModel();
if (!('model' in loaded)) throw new Error(`The dataset is invalid:\n${loaded.errors.join('\n')}`);
const { model } = loaded;
const storyResult = parseStory(rawStory, model.dataset, model);
const story = storyResult.ok ? storyResult.story : null;

/** The story in a locale's language (its chapters' titles and first paragraphs for the head). */
function storyIn(localized: Model, locale: Locale): Story | null {
  const t = translator(locale);
  const told = storyInLanguage(rawStory, localized, {
    locale,
    verdict: (v) => verdictLabel(t, v),
  });
  return told.ok ? told.story : null;
}

/** Every address to bake, then the not-found page. */
export function addresses(): PrerenderAddress[] {
  return [...prerenderAddresses(model, story), NOT_FOUND_ADDRESS];
}

const noScriptAlternative = (props: NoScriptFigureProps) => <NoScriptAlternative {...props} />;

async function renderHtml(path: string, store: ExplorerStoreApi): Promise<string> {
  // The route's lazily loaded chunk first, as in the browser before it hydrates: nothing
  // suspends, so the HTML is complete, with no streaming script (the CSP allows none).
  await preloadRoute(path);
  const { prelude } = await prerender(
    <StrictMode>
      <RootErrorBoundary>
        <StoreProvider store={store}>
          <StaticRouter location={path}>
            {/* What a figure drawn by script says without it: in the HTML only (ui/NoScriptFigure). */}
            <NoScriptContent value={noScriptAlternative}>
              <AppRoutes />
            </NoScriptContent>
          </StaticRouter>
        </StoreProvider>
      </RootErrorBoundary>
    </StrictMode>,
    {
      onError: (error) => console.error(`prerender ${path}:`, error),
      // Never outline a large part to be revealed by a script (the CSP allows no inline script):
      // each page is one complete document.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
    },
  );
  const html = await new Response(prelude).text();
  if (/<script|<!--\$[?!]/.test(html))
    throw new Error(`prerender ${path}: a part suspended or failed; its HTML would need a script`);
  return html;
}

/** Renders page after page for one build: each locale's model and story are made once. */
export function pageRenderer(): (address: PrerenderAddress, origin: string) => Promise<BakedPage> {
  const prepare = localeModels(model);
  const stories = new Map<Locale, Story | null>();
  const storyOf = (localized: Model, locale: Locale) => {
    if (!stories.has(locale)) stories.set(locale, storyIn(localized, locale));
    return stories.get(locale) ?? null;
  };
  /** The page at `address`, for a site served from `origin` (no trailing slash). */
  return async (address, origin) => {
    const indexable = address !== NOT_FOUND_ADDRESS;
    const { locale } = splitLocale(address.path);
    // The page's store, in the page's state and words (its locale's catalog and model).
    const store = await preparedStore(model, address.path, prepare);
    const localized = store.getState().model;
    const head = pageHead(localized, storyOf(localized, locale) ?? story, address.path, origin);
    return {
      ...address,
      lang: LANGUAGE_TAGS[locale],
      html: await renderHtml(address.path, store),
      head: headTags(head, { indexable }),
      canonical: indexable ? head.canonical : null,
      routeModules: routeModules(address.path),
      stalled: stalledBar(locale),
    };
  };
}
