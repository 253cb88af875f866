// The dataset as it ships: facts with sources, copied from ../shared/data by
// scripts/import-data.mjs and written from the source article. It is only `unknown`
// here: it becomes typed after `parseDataset` has validated it.
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

export const rawDataset: unknown = {
  sources,
  events: [...articleEvents.map((e) => ({ ...e, origin: 'article' })), ...researchEvents],
  trade,
  totalTrade,
  gas,
  claims: articleClaims,
  lines: pipelineLines,
  places,
  milestones,
};
