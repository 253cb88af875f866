import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parseCsv as readCsv } from '../../../scripts/data/csv.mjs';
import { rawDataset } from '../dataset';
import { checkAllClaims } from '../claimsEnergy';
import { loadEnergyData } from '../energyDataset';
import { requireRoutes } from '../routes';
import { parseDataset } from '../validate';
import dataPackageSchema from '@tests/vendor/frictionless/data-package.json';
import tabularResourceSchema from '@tests/vendor/frictionless/tabular-data-resource.json';
import { explorerCitation, eventCitation } from './citation';
import { DATA_FILE } from './files';
import { publishedFiles } from './index';
import { makeDataVersion } from './version';

const parsed = parseDataset(rawDataset);
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const dataset = parsed.dataset;
const version = makeDataVersion('0123abcd', '2026-11-30');
const loaded = loadEnergyData(dataset);
if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
const energy = loaded.data.dataset;
// As the build publishes them: the core dataset and the energy data.
const files = publishedFiles(dataset, { version, url: null }, energy);
const file = (path: string) => {
  const found = files.find((f) => f.path === path);
  if (!found) throw new Error(`no ${path}`);
  return found.text;
};

describe('published data (/data/)', () => {
  it('publishes every table, the GeoJSON, the descriptor, README, licences and citations', () => {
    expect(files.map((f) => f.path).sort()).toEqual(
      [
        'CITATION.bib',
        'CITATION.cff',
        'LICENCES.md',
        'README.md',
        'claims.csv',
        'datapackage.json',
        'events.csv',
        'gas-exports.csv',
        'gas-to-china.csv',
        'milestones.csv',
        'pipelines.geojson',
        'places.csv',
        'sources.csv',
        'total-trade.csv',
        'trade.csv',
      ].sort(),
    );
  });

  it('publishes every file the pages name (the figures link to them without JavaScript)', () => {
    for (const name of Object.values(DATA_FILE)) expect(files.map((f) => f.path)).toContain(name);
  });

  it('trade.csv has every trade row with its values and source', () => {
    const rows = readCsv(file('trade.csv'));
    expect(rows).toHaveLength(dataset.trade.length);
    const row2014 = rows.find((r) => r.year === '2014' && r.reporter === 'china');
    const source2014 = dataset.trade.find((r) => r.year === 2014 && r.reporter === 'china')!;
    expect(row2014).toMatchObject({
      china_exports_usd: String(source2014.exportsUsd),
      china_imports_usd: '9516158297',
      source_id: 'IMF_DOTS_CHN',
    });
    // Gaps stay gaps: no 2021 row.
    expect(rows.some((r) => r.year === '2021')).toBe(false);
  });

  it('total trade, gas, events, milestones, places and sources match the dataset', () => {
    expect(readCsv(file('total-trade.csv'))).toHaveLength(dataset.totalTrade.length);
    const gas = readCsv(file('gas-to-china.csv'));
    expect(gas).toHaveLength(dataset.gas.length);
    expect(gas.find((r) => r.year === '2023')).toEqual({
      year: '2023',
      bcm: '30.506',
      source_id: 'EI_SR_2024',
    });
    expect(gas.some((r) => r.year === '2009')).toBe(false);
    const events = readCsv(file('events.csv'));
    expect(events).toHaveLength(dataset.events.length);
    const e = dataset.events[0]!;
    expect(events.find((r) => r.id === e.id)).toMatchObject({
      date: e.date,
      title: e.title,
      summary: e.summary,
      source_ids: e.sourceIds.join(';'),
    });
    expect(readCsv(file('milestones.csv'))).toHaveLength(dataset.milestones.length);
    expect(readCsv(file('places.csv'))).toHaveLength(dataset.places.length);
    const sources = readCsv(file('sources.csv'));
    expect(sources.map((s) => s.id)).toEqual(
      [...dataset.sources, ...energy.sources].map((s) => s.id),
    );
  });

  it('gas-exports.csv has every cell of the gas exports by destination, gaps left out', () => {
    const rows = readCsv(file('gas-exports.csv'));
    expect(rows).toHaveLength(energy.gasExports.length);
    expect(rows.find((r) => r.year === '2009' && r.destination === 'Russia')).toMatchObject({
      kind: 'country',
      bcm: '10.661',
      coverage: 'all',
    });
    // 2001–2008 exclude intra-FSU trade: Russia is absent there, not zero.
    expect(rows.filter((r) => r.year === '2005').map((r) => r.destination)).not.toContain('Russia');
    expect(rows.find((r) => r.year === '2005')?.coverage).toBe('excl-intra-fsu');
    expect(rows.filter((r) => r.destination === 'Total')).toHaveLength(
      new Set(energy.gasExports.map((r) => r.year)).size,
    );
    const sourceIds = new Set(readCsv(file('sources.csv')).map((s) => s.id));
    expect(rows.every((r) => sourceIds.has(r.source_id!))).toBe(true);
  });

  it('claims.csv carries the verdict computed by the claims code, energy claims too', () => {
    const rows = readCsv(file('claims.csv'));
    expect(rows).toHaveLength(dataset.claims.length);
    for (const { claim, result: v } of checkAllClaims(dataset, energy)) {
      const row = rows.find((r) => r.id === claim.id)!;
      expect(row.verdict).toBe(v.verdict);
      expect(row.data_value).toBe(v.dataValue === null ? '' : String(v.dataValue));
      expect(row.verdict_note).toBe(v.note);
    }
    expect(rows.find((r) => r.id === 'claim-2012-bilateral-trade')).toMatchObject({
      verdict: 'differs',
      matching_year: '2013',
    });
    expect(rows.find((r) => r.id === 'claim-2016-gas-supply-target')?.verdict).toBe('differs');
    const russia = rows.find((r) => r.id === 'claim-2009-gas-exports-via-russia-share')!;
    expect(russia.verdict).toBe('matches');
    expect(russia.verdict_note).toMatch(/“nearly” 70% is read as 63% to 70%/);
    expect(rows.find((r) => r.id === 'claim-2014-china-imports-agri-textile-share')?.verdict).toBe(
      'differs',
    );
  });

  it('pipelines.geojson has one feature a line, with its coordinates', () => {
    const geo = JSON.parse(file('pipelines.geojson'));
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features).toHaveLength(dataset.lines.length);
    const a = geo.features.find((f: { id: string }) => f.id === 'A');
    const lineA = dataset.lines.find((l) => l.id === 'A')!;
    expect(a.geometry).toEqual({
      type: 'MultiLineString',
      coordinates: requireRoutes(dataset.lines).get('A'),
    });
    expect(a.geometry.coordinates[0].length).toBeGreaterThan(1);
    expect(a.properties).toMatchObject({ capacity_bcm_per_year: 15, source_id: lineA.sourceId });
  });

  it('datapackage.json validates against the Frictionless Data Package schema', () => {
    const descriptor = JSON.parse(file('datapackage.json'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addFormat('textarea', true);
    const validPackage = ajv.compile(dataPackageSchema);
    expect(validPackage(descriptor) ? [] : validPackage.errors).toEqual([]);
    const validTabular = ajv.compile(tabularResourceSchema);
    const tabular = descriptor.resources.filter(
      (r: { profile: string }) => r.profile === 'tabular-data-resource',
    );
    expect(tabular).toHaveLength(files.filter((f) => f.path.endsWith('.csv')).length);
    for (const resource of tabular) {
      expect(validTabular(resource) ? [] : [resource.name, validTabular.errors]).toEqual([]);
    }
    expect(descriptor.version).toBe('2026-11-30.0123abcd');
  });

  it('the descriptor names every data file, with its fields as in the file', () => {
    const descriptor = JSON.parse(file('datapackage.json'));
    const dataFiles = files.filter((f) => /\.(csv|geojson)$/.test(f.path)).map((f) => f.path);
    expect(descriptor.resources.map((r: { path: string }) => r.path).sort()).toEqual(
      dataFiles.sort(),
    );
    for (const r of descriptor.resources.filter((x: { format: string }) => x.format === 'csv')) {
      const header = file(r.path).split('\r\n')[0];
      expect(header).toBe(r.schema.fields.map((f: { name: string }) => f.name).join(','));
      if (r.name !== 'sources') expect(r.sources.length).toBeGreaterThan(0);
    }
    const trade = descriptor.resources.find((r: { name: string }) => r.name === 'trade');
    expect(
      trade.schema.fields.find((f: { name: string }) => f.name === 'china_exports_usd'),
    ).toMatchObject({
      type: 'integer',
      unit: 'current US dollars',
    });
  });

  it('README names each file, units, caveats and the version', () => {
    const readme = file('README.md');
    for (const f of files.filter((x) => x.path !== 'README.md')) expect(readme).toContain(f.path);
    expect(readme).toContain('2026-11-30.0123abcd');
    expect(readme).toMatch(/current US dollars/);
    expect(readme).toMatch(/billion cubic metres/);
    expect(readme).toMatch(/Caveats and gaps/);
    expect(file('LICENCES.md')).toContain(
      'Global Energy Monitor, Global Gas Infrastructure Tracker',
    );
    expect(file('LICENCES.md')).toContain('IMF, Direction of Trade Statistics (DOTS)');
    expect(file('CITATION.cff')).toContain('version: "2026-11-30.0123abcd"');
  });
});

describe('citations', () => {
  it('cite the explorer with the version and the address', () => {
    const c = explorerCitation({
      version,
      url: 'https://example.org/sources',
      accessed: '2026-12-01',
    });
    expect(c.text).toBe(
      'China–Turkmenistan Relations Explorer contributors. (2026). China–Turkmenistan Relations Explorer (Data version 2026-11-30.0123abcd) [Data set and web application]. Retrieved 2026-12-01 from https://example.org/sources',
    );
    expect(c.bibtex).toContain('@misc{ctre-0123abcd,');
    expect(c.bibtex).toContain('author = {{China--Turkmenistan Relations Explorer contributors}}');
    expect(c.bibtex).toContain('url = {https://example.org/sources}');
  });

  it('cite an event with its date, id and sources', () => {
    const c = eventCitation(
      { id: 'x-y', date: '2009-12-14', title: 'A {braced} title', sourceIds: ['A', 'B'] },
      { version, url: 'https://example.org/events/x-y' },
    );
    expect(c.text).toContain(
      'A {braced} title (2009-12-14). In China–Turkmenistan Relations Explorer',
    );
    expect(c.text).toContain('event x-y; sources A, B');
    expect(c.bibtex).toContain('title = {A \\{braced\\} title (2009-12-14)}');
    expect(c.bibtex).toContain('url = {https://example.org/events/x-y}');
  });
});
