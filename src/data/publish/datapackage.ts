import type { Dataset } from '../schema';
import { EXPLORER_TITLE } from './citation';
import { PACKAGE_LICENCE } from './licences';
import type { Table } from './tables';
import type { DataVersion } from './version';

/** datapackage.json: a Frictionless Data Package (v1) descriptor, one resource per file. */

export const PACKAGE_NAME = 'china-turkmenistan-relations';

function resourceSources(d: Pick<Dataset, 'sources'>, ids: readonly string[]) {
  const byId = new Map(d.sources.map((s) => [s.id, s]));
  return ids.map((id) => {
    const s = byId.get(id);
    return {
      title: s ? `${id}: ${s.title}` : id,
      ...(s?.url ? { path: s.url } : {}),
    };
  });
}

export function dataPackage(
  d: Dataset,
  tables: readonly Table[],
  extra: readonly {
    name: string;
    path: string;
    title: string;
    description: string;
    format: string;
    mediatype: string;
    sourceIds: string[];
    licences?: { name: string; path: string; title: string }[];
  }[],
  version: DataVersion,
) {
  return {
    profile: 'data-package',
    name: PACKAGE_NAME,
    title: `${EXPLORER_TITLE}: data`,
    description:
      'Trade, gas, pipelines, events and the source article’s figures behind the explorer, each row naming its source. See README.md for units, caveats and gaps.',
    version: version.label,
    created: `${version.date}T00:00:00Z`,
    keywords: ['China', 'Turkmenistan', 'trade', 'natural gas', 'pipelines'],
    licenses: [PACKAGE_LICENCE],
    sources: resourceSources(
      d,
      [
        ...new Set([...tables.flatMap((t) => t.sourceIds), ...extra.flatMap((e) => e.sourceIds)]),
      ].sort(),
    ),
    resources: [
      ...tables.map((t) => ({
        profile: 'tabular-data-resource',
        name: t.name,
        path: t.path,
        title: t.title,
        description: t.description,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', doubleQuote: true, lineTerminator: '\r\n', header: true },
        schema: {
          fields: t.fields.map((x) => ({
            name: x.name,
            type: x.type,
            description: x.list ? `${x.description}` : x.description,
            ...(x.unit ? { unit: x.unit } : {}),
          })),
          missingValues: [''],
          ...(t.primaryKey ? { primaryKey: t.primaryKey } : {}),
        },
        licenses: [PACKAGE_LICENCE],
        // The sources table is the list of sources itself.
        ...(t.sourceIds.length ? { sources: resourceSources(d, t.sourceIds) } : {}),
      })),
      ...extra.map((e) => ({
        profile: 'data-resource',
        name: e.name,
        path: e.path,
        title: e.title,
        description: e.description,
        format: e.format,
        mediatype: e.mediatype,
        encoding: 'utf-8',
        licenses: e.licences ?? [PACKAGE_LICENCE],
        sources: resourceSources(d, e.sourceIds),
      })),
    ],
  };
}
