import { strFromU8, unzipSync } from 'fflate';
import { rawDataset } from '../../data/dataset';
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
});
