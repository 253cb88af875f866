// Copies the researched figures (CSV and GeoJSON files kept outside this repository, by default in
// ../shared/data beside it) into typed-by-schema JSON under src/data/raw. Run once when they
// change: `node scripts/data/import-data.mjs [path/to/data]`. docs/data.md lists what they hold.
// Values are copied as they are; nothing is rounded, interpolated or invented here.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCsv } from './csv.mjs';
import { gasExportRows } from './gas-destinations.mjs';

const dataDir = resolve(process.argv[2] ?? '../shared/data');
const outDir = resolve('src/data/raw');

/** The records of one CSV file of the data folder. */
const readCsv = (file) => parseCsv(readFileSync(resolve(dataDir, file), 'utf8').trim());

const write = (name, value) =>
  writeFileSync(resolve(outDir, name), JSON.stringify(value, null, 2) + '\n');

write(
  'trade.json',
  readCsv('trade_annual.csv').map((r) => ({
    year: Number(r.year),
    reporter: r.reporter.startsWith('Turkmenistan') ? 'mirror' : 'china',
    exportsUsd: Number(r.china_exports_usd),
    importsUsd: Number(r.china_imports_usd),
    basis: r.reporter,
    sourceId: r.source_id,
  })),
);

write(
  'totalTrade.json',
  readCsv('turkmenistan_total_trade.csv').map((r) => ({
    year: Number(r.year),
    exportsUsd: Number(r.tkm_exports_usd),
    importsUsd: Number(r.tkm_imports_usd),
    sourceId: r.source_id,
  })),
);

write(
  'gas.json',
  readCsv('gas_exports_to_china.csv').map((r) => ({
    year: Number(r.year),
    bcm: Number(r.bcm),
    sourceId: r.source_id,
  })),
);

// Gas exports by destination (docs/data.md, "The energy data"): names normalised (`Russia` and
// `Russian Federation` are one country), each edition's wording kept in `published`, and each
// year's coverage from its total row (2001–2008 exclude trade within the former Soviet Union).
write('gasExports.json', gasExportRows(readCsv('gas_exports_by_destination.csv')));

// China's imports from Turkmenistan by HS chapter (docs/data.md): 2014 only, labels as the source
// gives them, values in US dollars as given.
write(
  'tradeComposition.json',
  readCsv('trade_composition.csv').map((r) => ({
    year: Number(r.year),
    flow: r.flow,
    hsCode: r.hs_code,
    label: r.hs_label,
    usd: Number(r.usd),
    sourceId: r.source_id,
  })),
);

// Which pipeline lines each researched event concerns (by the event's title in the CSV).
const linesByTitle = {
  'Uzbekistan-China deal on the Uzbek section': ['A', 'B'],
  'Pipeline construction starts at Bukhara': ['A', 'B'],
  'Kazakh section completed': ['A', 'B'],
  'Central Asian gas enters West-East Gas Pipeline 2': ['WEPP2'],
  'Line B starts': ['B'],
  'Line D intergovernmental agreements': ['D'],
  'Line D joint venture in Tajikistan': ['D'],
  'Line C starts flowing': ['C'],
  'CNPC-Uzbekneftegaz Line D agreement': ['D'],
  'Line D Tajik section groundbreaking': ['D'],
  'Agreement to build Line D': ['D'],
  'West-East Gas Pipeline 4 construction begins': ['WEPP4', 'D'],
  'Line D delays acknowledged': ['D'],
};
const slug = (s) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .split('-')
    .slice(0, 7)
    .join('-');

write(
  'researchEvents.json',
  readCsv('events_extra.csv').map((r) => {
    const lines = linesByTitle[r.title];
    return {
      id: `${r.date.slice(0, 4)}-${slug(r.title)}`,
      date: r.date,
      title: r.title,
      summary: r.summary,
      category: r.category,
      people: [],
      places: [],
      sourceIds: r.source_id.split(';').map((s) => s.trim()),
      origin: 'research',
      ...(lines ? { lines } : {}),
    };
  }),
);

const geo = JSON.parse(readFileSync(resolve(dataDir, 'pipeline.geojson'), 'utf8'));
const lines = [];
const routes = [];
const places = [];
for (const f of geo.features) {
  const p = f.properties;
  if (f.geometry.type === 'Point') {
    const [lon, lat] = f.geometry.coordinates;
    places.push({
      id: slug(p.name),
      name: p.name,
      kind: p.kind,
      role: p.role,
      sourceId: p.source_id,
      lon,
      lat,
    });
    continue;
  }
  lines.push({
    id: p.line,
    name: p.name,
    gemStatus: p.status,
    commissioned: p.commissioned ?? null,
    capacityBcm: p.capacity_bcm ?? null,
    lengthKm: p.length_km ?? null,
    diameterMm: p.diameter_mm ?? null,
    countries: p.countries,
    startPoint: p.start_point ?? null,
    endPoint: p.end_point ?? null,
    connectsTo: p.connects_to ?? null,
    note: p.note ?? null,
    routePrecision: p.route_precision,
    schematic: p.schematic,
    sourceId: p.source_id,
    attributeSources: p.attribute_sources,
  });
  // The routes only the map draws, apart: they need not load with the first screen.
  routes.push({
    lineId: p.line,
    coordinates:
      f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates,
  });
}
write('pipelineLines.json', lines);
write('pipelineRoutes.json', routes);
write('places.json', places);
console.log(`imported into ${outDir}`);
