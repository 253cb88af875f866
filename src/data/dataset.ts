// The dataset as it ships: facts with sources, copied from the researched data files by
// scripts/data/import-data.mjs and written from the source article (docs/data.md). It is only
// `unknown` here: it becomes typed after `parseDataset` has validated it. Nothing may index it
// before: a raw file can hold anything (`{}`, `null`, an empty list) and must reach the error page.
import articleClaims from './raw/articleClaims.json';
import articleEvents from './raw/articleEvents.json';
import gas from './raw/gas.json';
import milestones from './raw/milestones.json';
import pipelineLines from './raw/pipelineLines.json';
import places from './raw/places.json';
import researchEvents from './raw/researchEvents.json';
import sources from './raw/sources.json';
import totalTrade from './raw/totalTrade.json';
import trade from './raw/trade.json';

/** The raw files by name (src/data/raw/NAME.json), as parsed JSON of any shape. */
export const RAW_FILES: Readonly<Record<string, unknown>> = {
  sources,
  articleEvents,
  researchEvents,
  trade,
  totalTrade,
  gas,
  articleClaims,
  pipelineLines,
  places,
  milestones,
};

/**
 * The article's events (marked with their origin) and the researched ones, as one list. When a
 * file is not a list, it is passed on as it is, so that validation reports it; when one is empty,
 * the list is empty, which validation reports too.
 */
function concatEvents(article: unknown, research: unknown): unknown {
  if (!Array.isArray(article)) return article;
  if (!Array.isArray(research)) return research;
  if (article.length === 0 || research.length === 0) return [];
  const marked = article.map((e: unknown) =>
    typeof e === 'object' && e !== null && !Array.isArray(e) ? { ...e, origin: 'article' } : e,
  );
  return [...marked, ...research];
}

/** The dataset as `parseDataset` reads it, from the raw files; never throws. */
export function assembleDataset(files: Readonly<Record<string, unknown>>): unknown {
  return {
    sources: files.sources,
    events: concatEvents(files.articleEvents, files.researchEvents),
    trade: files.trade,
    totalTrade: files.totalTrade,
    gas: files.gas,
    claims: files.articleClaims,
    lines: files.pipelineLines,
    places: files.places,
    milestones: files.milestones,
  };
}

export const rawDataset: unknown = assembleDataset(RAW_FILES);
