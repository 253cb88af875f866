import type { EnergyDataset } from '../energySchema';
import type { Dataset } from '../schema';
import { citationCff, explorerCitation, type CiteContext } from './citation';
import { dataPackage } from './datapackage';
import { DATA_FILE } from './files';
import { requireRoutes } from '../routes';
import { pipelinesGeoJson } from './geojson';
import { licencesText } from './licences';
import { publishedTables, tableCsv, type Table } from './tables';

/**
 * Every file published under /data/, made from the validated dataset. One code path: the build
 * (vite.config.ts) writes these files into dist/data/, and the sources page zips the same list.
 */

export interface PublishedFile {
  /** File name under /data/ (and in the ZIP). */
  path: string;
  mediatype: string;
  text: string;
}

const GEOJSON = {
  name: 'pipelines',
  path: DATA_FILE.pipelines,
  title: 'Pipeline lines (Central Asia–China gas pipeline and onward lines)',
  description:
    'Lines A–D and the West–East pipelines in China as GeoJSON MultiLineStrings (WGS84 lon/lat). Geometry is approximate; Line D is schematic. Capacity in bcm per year, length in km, diameter in mm.',
  format: 'geojson',
  mediatype: 'application/geo+json',
};

function readme(tables: readonly Table[], ctx: CiteContext): string {
  const cite = explorerCitation(ctx);
  const fileList = [
    ...tables.map((t) => {
      const units = t.fields.filter((x) => x.unit).map((x) => `\`${x.name}\`: ${x.unit}`);
      return `- \`${t.path}\` — ${t.title}. ${t.description} ${t.rows.length} rows. Columns: ${t.fields
        .map((x) => `\`${x.name}\``)
        .join(', ')}.${units.length ? ` Units: ${units.join('; ')}.` : ''}`;
    }),
    `- \`${GEOJSON.path}\` — ${GEOJSON.title}. ${GEOJSON.description}`,
    '- `datapackage.json` — Frictionless Data Package descriptor: every file with its fields, types, units, licence and sources.',
    '- `LICENCES.md` — licences and credit lines.',
    '- `CITATION.cff`, `CITATION.bib` — how to cite these data.',
  ];
  return [
    `# China–Turkmenistan Relations Explorer: data (version ${ctx.version.label})`,
    '',
    `Data version \`${ctx.version.label}\`: the date the dataset last changed and the first 8 hex digits of the SHA-256 of its validated content. The same version is in \`datapackage.json\`, in the explorer’s footer and in every download.`,
    '',
    '## Files',
    '',
    ...fileList,
    '',
    'CSV files: UTF-8, comma-separated, a header row, CRLF line ends. An empty cell means no value; several values in one cell are separated by `;`. Money is in current US dollars (not adjusted for inflation), gas in billion cubic metres (bcm).',
    '',
    'File names and column names are stable: new columns may be added at the end, but none is renamed or removed without a new file name.',
    '',
    '## Caveats and gaps',
    '',
    '- **Nothing is interpolated or estimated by the explorer.** A year without a row has no figure in the sources.',
    '- Trade (`trade.csv`): IMF DOTS copies end in 2020; 2023 is a rounded news report of China customs figures (low confidence); 2021–2022 and 2024 have no US-dollar figure. The mirror series (Turkmenistan as reporter) is largely derived from China’s figures (2004–2019 are China’s ×/÷ 1.06); the `basis` column says which.',
    '- Exports are FOB and imports CIF, so China’s exports and Turkmenistan’s reported imports of the same goods differ.',
    '- Total trade (`total-trade.csv`): IMF DOTS World and Correlates of War totals agree to 1999 and diverge after 2000; both are given, each row with its source.',
    '- Gas (`gas-to-china.csv`): one Statistical Review edition per data year; from data year 2017 the volumes are standardised to 40 MJ/m³ (GCV). No 2009 and no 2024 figure.',
    '- Pipelines (`pipelines.geojson`): routes are approximate (few vertices); Line D is schematic and not built.',
    '- Claims (`claims.csv`): trade verdicts are computed against China-reported trade with a tolerance of 2% or the claim’s own precision; gas and commodity claims against `gas-exports.csv` and the 2014 composition, a hedge ("nearly", "about", "more than") setting the tolerance, which `verdict_note` states; claims outside the data are "cannot be checked".',
    ...(tables.some((t) => t.name === 'gas-exports')
      ? [
          '- Gas exports by destination (`gas-exports.csv`): 2001–2008 exclude trade within the former Soviet Union (Russia absent, not zero; no shares); the 2022 and 2023 Russia values are identical in two editions, probably carried forward.',
        ]
      : []),
    '- Events: dates are as precise as the source gives them (YYYY, YYYY-MM or YYYY-MM-DD).',
    '',
    '## How to cite',
    '',
    cite.text,
    '',
    '```bibtex',
    cite.bibtex.trimEnd(),
    '```',
    '',
    'Credit the original sources too (see `LICENCES.md` and `sources.csv`).',
    '',
  ].join('\n');
}

export function publishedFiles(
  core: Dataset,
  ctx: CiteContext,
  energy?: EnergyDataset,
): PublishedFile[] {
  // The energy data's sources join the core's, so every source id of every file is in sources.csv.
  const d = energy ? { ...core, sources: [...core.sources, ...energy.sources] } : core;
  const tables = publishedTables(d, energy);
  const geoSources = [...new Set(d.lines.map((l) => l.sourceId))].sort();
  const descriptor = dataPackage(
    d,
    tables,
    [
      {
        ...GEOJSON,
        sourceIds: geoSources,
        licences: [
          {
            name: 'CC-BY-4.0',
            path: 'https://creativecommons.org/licenses/by/4.0/',
            title: 'Creative Commons Attribution 4.0 (Global Energy Monitor)',
          },
        ],
      },
    ],
    ctx.version,
  );
  const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
  return [
    ...tables.map((t) => ({ path: t.path, mediatype: 'text/csv', text: tableCsv(t) })),
    {
      path: GEOJSON.path,
      mediatype: GEOJSON.mediatype,
      text: json(pipelinesGeoJson(d, requireRoutes(d.lines))),
    },
    { path: 'datapackage.json', mediatype: 'application/json', text: json(descriptor) },
    { path: 'README.md', mediatype: 'text/markdown', text: readme(tables, ctx) },
    { path: 'LICENCES.md', mediatype: 'text/markdown', text: licencesText(d) },
    { path: 'CITATION.cff', mediatype: 'application/x-yaml', text: citationCff(ctx) },
    { path: 'CITATION.bib', mediatype: 'application/x-bibtex', text: explorerCitation(ctx).bibtex },
  ];
}
