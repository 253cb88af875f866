import { describe, expect, it } from 'vitest';
import { tradeCsv } from '../features/trade/tradeCsv';
import { buildCsv, csvField, frameSvg } from './download';

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

describe('csvField', () => {
  it('quotes commas, quotes and line breaks only', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(null)).toBe('');
    expect(csvField(12)).toBe('12');
  });
});

describe('buildCsv', () => {
  it('writes any table: title and notes as # lines, then columns and rows', () => {
    const csv = buildCsv({
      title: 'Gas exports',
      notes: ['Units: bcm'],
      columns: ['year', 'china_bcm'],
      rows: [
        [2009, null],
        [2010, 3.55],
      ],
    });
    expect(csv).toBe('# Gas exports\r\n# Units: bcm\r\nyear,china_bcm\r\n2009,\r\n2010,3.55\r\n');
  });

  const sources = [{ id: 'IMF_DOTS_CHN', title: 'IMF DOTS, China reporter' }];

  it('has header rows with title, units and sources, then the series with empty gaps', () => {
    const csv = buildCsv(
      tradeCsv({ title: 'Trade, China-reported', rows, includeBalance: true, sources }),
    );
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

describe('frameSvg', () => {
  it('wraps the chart with a title, units and a source line, without interactive attributes', () => {
    const host = document.createElement('figure');
    host.innerHTML =
      '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" tabindex="0" role="application"><g role="button" tabindex="0"><line x1="0" x2="10" y1="0" y2="0" style="stroke: var(--x)"/></g></svg>';
    document.body.appendChild(host);
    const svg = host.querySelector('svg')!;
    const text = frameSvg(svg, {
      title: 'Trade title',
      units: 'US dollars',
      sourceLine: 'Sources: X',
    });
    host.remove();
    expect(text).toContain('<title>Trade title</title>');
    expect(text).toContain('>US dollars</text>');
    expect(text).toContain('>Sources: X</text>');
    expect(text).toContain('height="280"');
    expect(text).not.toContain('tabindex');
    expect(text).not.toContain('role=');
  });
});
