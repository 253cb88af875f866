import { describe, expect, it } from 'vitest';
import { realModel } from '@tests/support/realData';
import { buildCsv } from '../../ui/download';
import { bothTradeCsv, tradeCsv } from './tradeCsv';

const rows = [
  {
    year: 2020,
    exports: 444_815_020,
    imports: 6_071_165_280,
    balance: 5_626_350_260,
    sourceId: 'IMF_DOTS_CHN',
  },
  { year: 2021, exports: null, imports: null, balance: null, sourceId: null },
];

/** The CSV of `rows` with the balance column, as the figure downloads it. */
const csvWithBalance = (title: string, sources: { id: string; title: string }[]) =>
  buildCsv(tradeCsv({ title, rows, includeBalance: true, sources }));

describe('tradeCsv', () => {
  const sources = [{ id: 'IMF_DOTS_CHN', title: 'IMF DOTS, China reporter' }];

  it('has header rows with title, units and sources, then the series with empty gaps', () => {
    const csv = csvWithBalance('Trade, China-reported', sources);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('"# Trade, China-reported"');
    expect(lines[1]).toContain('Units: current US dollars');
    expect(lines[2]).toBe('"# Source IMF_DOTS_CHN: IMF DOTS, China reporter"');
    expect(lines).toContain('year,china_exports_usd,china_imports_usd,balance_usd,source_id');
    expect(lines.at(-2)).toBe('2020,444815020,6071165280,5626350260,IMF_DOTS_CHN');
    expect(lines.at(-1)).toBe('2021,,,,');
  });

  it('leaves out the balance when it is not on screen', () => {
    const csv = buildCsv(tradeCsv({ title: 'T', rows, includeBalance: false, sources }));
    expect(csv).toContain('year,china_exports_usd,china_imports_usd,source_id\r\n');
    expect(csv).toContain('2020,444815020,6071165280,IMF_DOTS_CHN\r\n');
    expect(csv).not.toContain('balance');
  });
});

describe('the CSV opens the same in Excel, LibreOffice, pandas and R', () => {
  // Plain ASCII, no byte-order mark: every program reads ASCII the same under any encoding it
  // guesses (Excel on Windows guesses its ANSI code page), and a BOM would glue itself to the
  // first "#" comment line, which R's read.csv and pandas would then not skip as a comment.
  // The shipped sources' titles: the real text a CSV must carry in ASCII.
  const model = realModel();
  const all = model.dataset.sources.map((s) => ({ id: s.id, title: s.title }));

  it('is plain ASCII bytes with no byte-order mark, whatever the titles hold', () => {
    const csv = csvWithBalance('China–Turkmenistan trade by year, China’s report', all);
    const bytes = new TextEncoder().encode(csv);
    expect(bytes[0]).toBe('"'.charCodeAt(0));
    expect([...bytes].filter((b) => b > 0x7f)).toEqual([]);
  });

  it('keeps the metadata readable: dashes, quotes and accents become their ASCII forms', () => {
    const csv = csvWithBalance('China–Turkmenistan trade, China’s “report”', [
      { id: 'X', title: 'Türkmenistan — Ashgabat, 1992–2020 … 10³ m³ × 2' },
    ]);
    expect(csv).toContain('# China-Turkmenistan trade, China\'s ""report""');
    expect(csv).toContain('# Source X: Turkmenistan - Ashgabat, 1992-2020 ... 10^3 m^3 x 2');
    expect(csv).toContain("# balance_usd = China's imports minus China's exports");
  });
});

describe('bothTradeCsv', () => {
  it('gives each flow from both reporters and the gap, empty where either is missing', () => {
    const csv = buildCsv(
      bothTradeCsv({
        title: 'Trade, China-reported and mirror',
        sources: [{ id: 'IMF_DOTS_TKM', title: 'IMF DOTS, Turkmenistan reporter' }],
        rows: [
          {
            year: 2020,
            chinaExports: 444_815_020,
            mirrorExports: 430_000_000,
            exportsGap: 430_000_000 - 444_815_020,
            chinaImports: 6_071_165_280,
            mirrorImports: 4_440_000_000,
            importsGap: 4_440_000_000 - 6_071_165_280,
            chinaSourceId: 'IMF_DOTS_CHN',
            mirrorSourceId: 'IMF_DOTS_TKM',
          },
          {
            year: 2023,
            chinaExports: 1e9,
            mirrorExports: null,
            exportsGap: null,
            chinaImports: 9.6e9,
            mirrorImports: null,
            importsGap: null,
            chinaSourceId: 'NEWS_GACC_2023',
            mirrorSourceId: null,
          },
        ],
      }),
    );
    const lines = csv.trimEnd().split('\r\n');
    expect(csv).toContain('CIF');
    expect(lines).toContain(
      'year,china_exports_usd_china_reported,china_exports_usd_mirror,china_exports_gap_usd,china_imports_usd_china_reported,china_imports_usd_mirror,china_imports_gap_usd,china_reported_source_id,mirror_source_id',
    );
    expect(lines.at(-2)).toBe(
      '2020,444815020,430000000,-14815020,6071165280,4440000000,-1631165280,IMF_DOTS_CHN,IMF_DOTS_TKM',
    );
    expect(lines.at(-1)).toBe('2023,1000000000,,,9600000000,,,NEWS_GACC_2023,');
  });
});
