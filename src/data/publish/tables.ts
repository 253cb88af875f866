import { claimVerdict } from '../claims';
import { checkAllClaims } from '../claimsEnergy';
import type { EnergyDataset } from '../energySchema';
import type { Dataset } from '../schema';
import { indexTrade } from '../trade';
import { joinList, toCsv, type Cell } from './csv';
import { DATA_FILE } from './files';

/**
 * The tables published under /data/. Their file names and column names are a public surface
 * (see README, "Published data"): add columns at the end, never rename or remove one.
 */

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'year';

export interface Field {
  name: string;
  type: FieldType;
  description: string;
  /** Units where the field is a quantity (a custom Table Schema property). */
  unit?: string;
  /** A `;`-separated list in one cell. */
  list?: boolean;
}

export interface Table {
  /** Frictionless resource name (lower case, `-`). */
  name: string;
  /** File name under /data/. */
  path: string;
  title: string;
  description: string;
  fields: Field[];
  rows: Cell[][];
  /** Source ids the rows name (the values of `source_id` columns), sorted. */
  sourceIds: string[];
  primaryKey?: string[];
}

const f = (
  name: string,
  type: FieldType,
  description: string,
  extra: Partial<Field> = {},
): Field => ({ name, type, description, ...extra });

const sourceIdField = f('source_id', 'string', 'Id of the source of the row (see sources.csv).');
const sourceIdsField = f(
  'source_ids',
  'string',
  'Ids of the sources (see sources.csv), separated by ";".',
  { list: true },
);

const ids = (values: Iterable<string>) => [...new Set(values)].sort();

/**
 * The tables, from the core dataset and (where given) the energy data: with it, the gas exports by
 * destination are a table of their own and every claim, the energy ones too, carries the verdict
 * the claims page shows.
 */
export function publishedTables(d: Dataset, energy?: EnergyDataset): Table[] {
  const byYear = <T extends { year: number }>(rows: readonly T[]) =>
    [...rows].sort((a, b) => a.year - b.year);
  const trade = [...d.trade].sort(
    (a, b) => a.reporter.localeCompare(b.reporter) || a.year - b.year,
  );
  const totals = byYear(d.totalTrade);
  const gas = byYear(d.gas);
  const events = [...d.events].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  const tradeIndex = indexTrade(d);
  const claims = energy
    ? checkAllClaims(d, energy).map((c) => ({ claim: c.claim, check: c.result }))
    : d.claims.map((c) => ({ claim: c, check: claimVerdict(c, tradeIndex) }));
  return [
    {
      name: 'trade',
      path: DATA_FILE.trade,
      title: 'China–Turkmenistan merchandise trade by year',
      description:
        'Annual trade in current US dollars, as China reports it (reporter "china") and as the Turkmenistan mirror series gives it (reporter "mirror"). Years without a row have no figure: nothing is interpolated.',
      fields: [
        f('year', 'year', 'Calendar year.'),
        f('reporter', 'string', '"china": China as reporter; "mirror": Turkmenistan as reporter.'),
        f('china_exports_usd', 'integer', 'China’s exports to Turkmenistan (FOB).', {
          unit: 'current US dollars',
        }),
        f('china_imports_usd', 'integer', 'China’s imports from Turkmenistan (CIF).', {
          unit: 'current US dollars',
        }),
        f(
          'basis',
          'string',
          'How the row was obtained (reported, estimated, derived from China’s figures).',
        ),
        sourceIdField,
      ],
      primaryKey: ['reporter', 'year'],
      rows: trade.map((r) => [r.year, r.reporter, r.exportsUsd, r.importsUsd, r.basis, r.sourceId]),
      sourceIds: ids(trade.map((r) => r.sourceId)),
    },
    {
      name: 'total-trade',
      path: DATA_FILE.totalTrade,
      title: 'Turkmenistan’s total merchandise trade (with the world)',
      description:
        'Turkmenistan’s exports (FOB) and imports (CIF) with the world, by year and source; two sources overlap and diverge after 2000 (see the README).',
      fields: [
        f('year', 'year', 'Calendar year.'),
        f('exports_usd', 'integer', 'Turkmenistan’s total exports.', {
          unit: 'current US dollars',
        }),
        f('imports_usd', 'integer', 'Turkmenistan’s total imports.', {
          unit: 'current US dollars',
        }),
        sourceIdField,
      ],
      primaryKey: ['source_id', 'year'],
      rows: totals.map((r) => [r.year, r.exportsUsd, r.importsUsd, r.sourceId]),
      sourceIds: ids(totals.map((r) => r.sourceId)),
    },
    {
      name: 'gas-to-china',
      path: 'gas-to-china.csv',
      title: 'Turkmenistan’s pipeline gas exports to China',
      description:
        'Pipeline gas from Turkmenistan to China by data year, one Statistical Review edition per year. 2009 and 2024 have no figure.',
      fields: [
        f('year', 'year', 'Data year.'),
        f('bcm', 'number', 'Pipeline gas exported to China.', {
          unit: 'billion cubic metres (bcm)',
        }),
        sourceIdField,
      ],
      primaryKey: ['year'],
      rows: gas.map((r) => [r.year, r.bcm, r.sourceId]),
      sourceIds: ids(gas.map((r) => r.sourceId)),
    },
    ...(energy ? [gasExportsTable(energy)] : []),
    {
      name: 'events',
      path: 'events.csv',
      title: 'Dated events in China–Turkmenistan relations',
      description:
        'Events from the source article (origin "article") and from research (origin "research"). Dates are as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD.',
      fields: [
        f('id', 'string', 'Stable id; the event’s page in the explorer is /events/<id>.'),
        f('date', 'string', 'YYYY, YYYY-MM or YYYY-MM-DD.'),
        f('title', 'string', 'Short title.'),
        f('summary', 'string', 'What happened.'),
        f('category', 'string', 'One of the explorer’s categories.'),
        f('people', 'string', 'People named, separated by ";".', { list: true }),
        f('places', 'string', 'Places named, separated by ";".', { list: true }),
        sourceIdsField,
        f('origin', 'string', '"article" or "research".'),
        f(
          'lines',
          'string',
          'Pipeline lines concerned (ids as in pipelines.geojson), separated by ";".',
          {
            list: true,
          },
        ),
        f('note', 'string', 'Caveats about the date or the sources.'),
      ],
      primaryKey: ['id'],
      rows: events.map((e) => [
        e.id,
        e.date,
        e.title,
        e.summary,
        e.category,
        joinList(e.people),
        joinList(e.places),
        joinList(e.sourceIds),
        e.origin,
        joinList(e.lines),
        e.note ?? '',
      ]),
      sourceIds: ids(events.flatMap((e) => e.sourceIds)),
    },
    {
      name: 'claims',
      path: 'claims.csv',
      title: 'The source article’s figures, checked against the statistics',
      description:
        'Each figure quoted from the source article with the verdict the explorer computes: trade claims against China-reported trade, gas and commodity claims against the Statistical Review gas exports and the 2014 composition (hedged wording such as "nearly" sets its tolerance, stated in verdict_note): "matches", "differs" or "cannot be checked".',
      fields: [
        f('id', 'string', 'Stable id.'),
        f('quote', 'string', 'The article’s words.'),
        f('year', 'year', 'The year the claim is about.'),
        f('measure', 'string', 'What the figure measures.'),
        f('value', 'number', 'The article’s figure, in `unit`.'),
        f('unit', 'string', '"usd" (current US dollars), "percent" or "bcm-per-year".'),
        sourceIdField,
        f('note', 'string', 'Research note on the claim.'),
        f('verdict', 'string', 'Computed: "matches", "differs" or "cannot be checked".'),
        f(
          'data_value',
          'number',
          'The statistics’ value for the claim’s year, in `unit`; empty when unchecked.',
        ),
        f(
          'data_source_ids',
          'string',
          'Sources the data value was computed from, separated by ";".',
          {
            list: true,
          },
        ),
        f(
          'matching_year',
          'integer',
          'A neighbouring year whose figure matches the claim, if any.',
        ),
        f('tolerance', 'number', 'Largest difference that still counts as a match, in `unit`.'),
        f('verdict_note', 'string', 'The computed verdict in words.'),
      ],
      primaryKey: ['id'],
      rows: claims.map(({ claim: c, check: v }) => [
        c.id,
        c.quote,
        c.year,
        c.measure,
        c.value,
        c.unit,
        c.sourceId,
        c.note,
        v.verdict,
        v.dataValue,
        joinList(v.sourceIds),
        v.matchingYear,
        v.tolerance,
        v.note,
      ]),
      sourceIds: ids([
        ...claims.map((c) => c.claim.sourceId),
        ...claims.flatMap((c) => c.check.sourceIds),
      ]),
    },
    {
      name: 'milestones',
      path: DATA_FILE.milestones,
      title: 'Pipeline milestones',
      description: 'Agreements, construction starts, entries into service and delays of each line.',
      fields: [
        f('line_id', 'string', 'Line id as in pipelines.geojson.'),
        f('date', 'string', 'YYYY, YYYY-MM or YYYY-MM-DD.'),
        f('kind', 'string', '"agreed", "construction-started", "in-service" or "delayed".'),
        f('event_id', 'string', 'The event in events.csv, if any.'),
        sourceIdsField,
        f('note', 'string', 'What the milestone was.'),
      ],
      rows: d.milestones.map((m) => [
        m.lineId,
        m.date,
        m.kind,
        m.eventId ?? '',
        joinList(m.sourceIds),
        m.note,
      ]),
      sourceIds: ids(d.milestones.flatMap((m) => m.sourceIds)),
    },
    {
      name: 'places',
      path: 'places.csv',
      title: 'Places drawn on the map',
      description: 'Reference points (capitals, fields, border crossings) with WGS84 coordinates.',
      fields: [
        f('id', 'string', 'Stable id.'),
        f('name', 'string', 'Name.'),
        f('kind', 'string', 'Kind of place.'),
        f('role', 'string', 'Why it is on the map.'),
        f('lon', 'number', 'Longitude.', { unit: 'degrees (WGS84)' }),
        f('lat', 'number', 'Latitude.', { unit: 'degrees (WGS84)' }),
        sourceIdField,
      ],
      primaryKey: ['id'],
      rows: d.places.map((p) => [p.id, p.name, p.kind, p.role, p.lon, p.lat, p.sourceId]),
      sourceIds: ids(d.places.map((p) => p.sourceId)),
    },
    {
      name: 'sources',
      path: 'sources.csv',
      title: 'Sources',
      description:
        'Every source a row names, with its credit line, confidence and where in it the figures are.',
      fields: [
        f('id', 'string', 'Source id, as used in the other files.'),
        f('title', 'string', 'Title.'),
        f('publisher', 'string', 'Publisher.'),
        f('url', 'string', 'Address of the copy read, if any.'),
        f('detail', 'string', 'Where in the source (sheet, row, column, commit).'),
        f('credit', 'string', 'The credit line to show when reusing its figures.'),
        f('confidence', 'string', '"high", "medium" or "low".'),
        f('kind', 'string', 'Kind of source.'),
        f('note', 'string', 'Caveats.'),
      ],
      primaryKey: ['id'],
      rows: d.sources.map((s) => [
        s.id,
        s.title,
        s.publisher,
        s.url ?? '',
        s.detail,
        s.credit,
        s.confidence,
        s.kind,
        s.note,
      ]),
      sourceIds: [],
    },
  ];
}

export function tableCsv(table: Table): string {
  return toCsv(
    table.fields.map((x) => x.name),
    table.rows,
  );
}

/** Turkmenistan's pipeline gas exports by importer, one Statistical Review edition per year. */
function gasExportsTable(energy: EnergyDataset): Table {
  const rows = [...energy.gasExports].sort(
    (a, b) =>
      a.year - b.year ||
      Number(a.kind === 'total') - Number(b.kind === 'total') ||
      a.destination.localeCompare(b.destination),
  );
  return {
    name: 'gas-exports',
    path: DATA_FILE.gasExports,
    title: 'Turkmenistan’s pipeline gas exports by destination',
    description:
      'Each non-zero cell of Turkmenistan’s exporter column in the Statistical Review’s pipeline trade table, one edition per data year, with the edition’s total. Years with coverage "excl-intra-fsu" (2001–2008) leave out trade between former Soviet republics: Russia is absent there, not zero, and shares must not be computed for them.',
    fields: [
      f('year', 'year', 'The data year.'),
      f(
        'destination',
        'string',
        'The importer as the explorer names it ("Russia" for "Russia" and "Russian Federation"); "Total" for the edition’s total.',
      ),
      f('kind', 'string', '"country", "group" (a group of importers, "Other …") or "total".'),
      f('published', 'string', 'The row’s name as the edition spells it.'),
      f('bcm', 'number', 'Pipeline gas exported that year.', { unit: 'bcm' }),
      f(
        'coverage',
        'string',
        '"all", or "excl-intra-fsu" where the edition excludes trade within the former Soviet Union.',
      ),
      sourceIdField,
    ],
    primaryKey: ['year', 'destination'],
    rows: rows.map((r) => [
      r.year,
      r.destination,
      r.kind,
      r.published,
      r.bcm,
      r.coverage,
      r.sourceId,
    ]),
    sourceIds: ids(rows.map((r) => r.sourceId)),
  };
}
