import type { DatasetEvent } from '../schema';
import type { DataVersion } from './version';

/** How to cite the explorer and one of its events: APA-like text, BibTeX and CITATION.cff. */

export const EXPLORER_TITLE = 'China–Turkmenistan Relations Explorer';
export const EXPLORER_AUTHOR = 'China–Turkmenistan Relations Explorer contributors';

export interface CiteContext {
  version: DataVersion;
  /** Absolute address cited (the page, or the site's root); `null` when not known (build time). */
  url: string | null;
  /** `YYYY-MM-DD` the reader accessed it; APA asks for it with web pages that change. */
  accessed?: string;
}

export interface Citation {
  text: string;
  bibtex: string;
}

const year = (date: string) => date.slice(0, 4);
const retrieved = ({ url, accessed }: CiteContext) =>
  url ? ` Retrieved ${accessed ? `${accessed} ` : ''}from ${url}` : '';

/** BibTeX text: braces and backslashes escaped; en dashes written as `--`. */
function bib(value: string): string {
  return value.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/–/g, '--');
}

function bibEntry(kind: string, key: string, fields: Record<string, string | null>): string {
  const lines = Object.entries(fields)
    .filter((e): e is [string, string] => e[1] !== null && e[1] !== '')
    // A corporate author in double braces, so BibTeX does not split it into first and last names.
    .map(([k, v]) => (k === 'author' ? `  ${k} = {{${bib(v)}}}` : `  ${k} = {${bib(v)}}`));
  return `@${kind}{${key},\n${lines.join(',\n')}\n}\n`;
}

export function explorerCitation(ctx: CiteContext): Citation {
  const { version } = ctx;
  return {
    text: `${EXPLORER_AUTHOR}. (${year(version.date)}). ${EXPLORER_TITLE} (Data version ${version.label}) [Data set and web application].${retrieved(ctx)}`,
    bibtex: bibEntry('misc', `ctre-${version.hash}`, {
      author: EXPLORER_AUTHOR,
      title: EXPLORER_TITLE,
      year: year(version.date),
      version: version.label,
      note: `Data version ${version.label}${ctx.accessed ? `; accessed ${ctx.accessed}` : ''}`,
      url: ctx.url,
      howpublished: 'Data set and web application',
    }),
  };
}

export function eventCitation(
  event: Pick<DatasetEvent, 'id' | 'date' | 'title' | 'sourceIds'>,
  ctx: CiteContext,
): Citation {
  const { version } = ctx;
  return {
    text: `${EXPLORER_AUTHOR}. (${year(version.date)}). ${event.title} (${event.date}). In ${EXPLORER_TITLE} (Data version ${version.label}; event ${event.id}; sources ${event.sourceIds.join(', ')}).${retrieved(ctx)}`,
    bibtex: bibEntry('misc', `ctre-${event.id}-${version.hash}`, {
      author: EXPLORER_AUTHOR,
      title: `${event.title} (${event.date})`,
      howpublished: `In ${EXPLORER_TITLE}`,
      year: year(version.date),
      version: version.label,
      note: `Event ${event.id}; data version ${version.label}; sources ${event.sourceIds.join(', ')}${ctx.accessed ? `; accessed ${ctx.accessed}` : ''}`,
      url: ctx.url,
    }),
  };
}

/** CITATION.cff (Citation File Format 1.2.0) for the data set. */
export function citationCff(ctx: CiteContext): string {
  const q = (s: string) => JSON.stringify(s);
  return [
    'cff-version: 1.2.0',
    'message: "If you use these data, please cite them as below."',
    'type: dataset',
    `title: ${q(EXPLORER_TITLE)}`,
    'authors:',
    `  - name: ${q(EXPLORER_AUTHOR)}`,
    `version: ${q(ctx.version.label)}`,
    `date-released: ${q(ctx.version.date)}`,
    ...(ctx.url ? [`url: ${q(ctx.url)}`] : []),
    'license: CC-BY-SA-4.0',
    'keywords:',
    '  - China',
    '  - Turkmenistan',
    '  - trade',
    '  - natural gas',
    '',
  ].join('\n');
}
