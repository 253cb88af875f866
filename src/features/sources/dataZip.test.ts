import { strFromU8, unzipSync } from 'fflate';
import { rawDataset } from '../../data/dataset';
import { loadEnergyData } from '../../data/energyDataset';
import { publishedFiles } from '../../data/publish';
import { makeDataVersion } from '../../data/publish/version';
import { parseDataset } from '../../data/validate';
import { buildDataZip, zipFolderName } from './dataZip';

const parsed = parseDataset(rawDataset);
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const ctx = { version: makeDataVersion('0123abcd', '2026-11-30'), url: 'https://example.org/' };

describe('the data ZIP', () => {
  const entries = unzipSync(buildDataZip(parsed.dataset, ctx));
  const folder = zipFolderName(ctx);

  it('holds every published file, in one folder named after the version', () => {
    expect(folder).toBe('china-turkmenistan-data-2026-11-30.0123abcd');
    expect(Object.keys(entries).sort()).toEqual(
      publishedFiles(parsed.dataset, ctx)
        .map((f) => `${folder}/${f.path}`)
        .sort(),
    );
    expect(Object.keys(entries)).toEqual(
      expect.arrayContaining([
        `${folder}/trade.csv`,
        `${folder}/datapackage.json`,
        `${folder}/README.md`,
        `${folder}/LICENCES.md`,
        `${folder}/CITATION.cff`,
        `${folder}/CITATION.bib`,
        `${folder}/pipelines.geojson`,
      ]),
    );
  });

  it('has the same bytes as the published files, and a README with units and caveats', () => {
    for (const f of publishedFiles(parsed.dataset, ctx))
      expect(strFromU8(entries[`${folder}/${f.path}`]!)).toBe(f.text);
    const readme = strFromU8(entries[`${folder}/README.md`]!);
    expect(readme).toContain('version 2026-11-30.0123abcd');
    expect(readme).toContain('## Caveats and gaps');
    expect(readme).toContain('`trade.csv`');
    expect(readme).toContain('https://example.org/');
    expect(strFromU8(entries[`${folder}/CITATION.cff`]!)).toContain('url: "https://example.org/"');
  });

  it('with the energy data, holds the gas exports by destination as /data/ does', () => {
    const energy = loadEnergyData(parsed.dataset);
    if (!energy.ok) throw new Error(energy.errors.join('\n'));
    const withEnergy = unzipSync(buildDataZip(parsed.dataset, ctx, energy.data.dataset));
    const gas = strFromU8(withEnergy[`${folder}/gas-exports.csv`]!);
    expect(gas.split('\r\n')[0]).toBe('year,destination,kind,published,bcm,coverage,source_id');
    expect(strFromU8(withEnergy[`${folder}/README.md`]!)).toContain('`gas-exports.csv`');
  });
});
