import { describe, expect, it } from 'vitest';
import { buildCsv } from '../../ui/download';
import { tradeCsv } from './tradeCsv';

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

describe('tradeCsv', () => {
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
