import type { Reporter } from './schema';

/** How each trade reporter is named in titles and notes. */
export const REPORTER_LABEL: Record<Reporter, string> = {
  china: 'China-reported',
  mirror: 'Turkmenistan-reported (mirror)',
};
