import type { Dataset } from '../schema';

/** The licence of the compilation and the credit lines of its sources (from the research notes;
 * docs/data.md lists them). */

export const PACKAGE_LICENCE = {
  name: 'CC-BY-SA-4.0',
  path: 'https://creativecommons.org/licenses/by-sa/4.0/',
  title: 'Creative Commons Attribution-ShareAlike 4.0',
};

export const LICENCE_NOTES = [
  'The compilation (selection, event summaries, notes and computed verdicts) is published under CC BY-SA 4.0, because the events and claims come from the Wikipedia article “China–Turkmenistan relations” (CC BY-SA 4.0).',
  'Pipeline routes and attributes: Global Energy Monitor, Global Gas Infrastructure Tracker (October 2024 release), CC BY 4.0 — credit “Global Energy Monitor, Global Gas Infrastructure Tracker” wherever the routes are drawn.',
  'Trade figures: credit “IMF, Direction of Trade Statistics (DOTS)”; Turkmenistan’s totals also “Correlates of War Project, Trade v4.0”. Figures remain subject to their publishers’ terms.',
  'Gas figures: credit “Energy Institute Statistical Review of World Energy (BP editions before 2023)”.',
  'Country outlines drawn on the map (not in these files): Natural Earth (public domain), via the npm package world-atlas.',
  'News reports are cited as sources of facts (dates, figures); no text of theirs is reproduced beyond short quotations.',
];

/** Every distinct credit line, with the ids of the sources that carry it. */
export function creditLines(d: Pick<Dataset, 'sources'>): { credit: string; ids: string[] }[] {
  const map = new Map<string, string[]>();
  for (const s of d.sources) {
    if (!s.credit) continue;
    const list = map.get(s.credit);
    if (list) list.push(s.id);
    else map.set(s.credit, [s.id]);
  }
  return [...map].map(([credit, ids]) => ({ credit, ids }));
}

export function licencesText(d: Pick<Dataset, 'sources'>): string {
  return [
    '# Licences and credit lines',
    '',
    ...LICENCE_NOTES.map((n) => `- ${n}`),
    '',
    '## Credit lines by source',
    '',
    ...creditLines(d).map((c) => `- ${c.credit} — ${c.ids.join(', ')}`),
    '',
  ].join('\n');
}
