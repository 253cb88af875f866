import { describe, expect, it } from 'vitest';
import { bothLogRows, bothReadout, bothRows, formatGap, gapOf, type ChartRow } from './tradeModel';

const row = (year: number, exports: number | null, imports: number | null, sourceId: string) =>
  ({
    year,
    exports,
    imports,
    balance: exports === null || imports === null ? null : imports - exports,
    sourceId: exports === null ? null : sourceId,
  }) satisfies ChartRow;

describe('the "Both" rows', () => {
  const china = [row(2000, 100, 1000, 'C'), row(2001, 0, 500, 'C'), row(2002, 300, 900, 'C')];
  const mirror = [row(2000, 110, 940, 'M'), row(2001, 20, 480, 'M'), row(2002, null, null, 'M')];

  it('pairs each year, with the gap as mirror − China and a band between the two', () => {
    const rows = bothRows(china, mirror);
    expect(rows[0]).toEqual({
      year: 2000,
      chinaExports: 100,
      mirrorExports: 110,
      exportsGap: 10,
      exportsBand: [100, 110],
      chinaImports: 1000,
      mirrorImports: 940,
      importsGap: -60,
      importsBand: [940, 1000],
      chinaSourceId: 'C',
      mirrorSourceId: 'M',
    });
  });

  it('leaves the gap and the band empty where one series has no figure (never zero)', () => {
    const r2002 = bothRows(china, mirror)[2]!;
    expect(r2002).toMatchObject({
      chinaExports: 300,
      mirrorExports: null,
      exportsGap: null,
      exportsBand: null,
      mirrorSourceId: null,
    });
    expect(gapOf(null, 5)).toBeNull();
    expect(gapOf(5, null)).toBeNull();
    expect(gapOf(5, 5)).toBe(0);
  });

  it('turns zeros into gaps on the log scale, and is the same array when nothing is zero', () => {
    const rows = bothRows(china, mirror);
    const log = bothLogRows(rows);
    expect(log[1]).toMatchObject({ chinaExports: null, exportsBand: null, mirrorExports: 20 });
    expect(log[1]?.exportsGap).toBe(20); // the gap itself is still the data's
    const positive = bothRows(china.slice(0, 1), mirror.slice(0, 1));
    expect(bothLogRows(positive)).toBe(positive);
  });

  it('reads out a year from both reporters', () => {
    const c = { year: 2000, reporter: 'china', exportsUsd: 100, importsUsd: 1000 } as const;
    const m = { year: 2000, reporter: 'mirror', exportsUsd: 110, importsUsd: 940 } as const;
    const both = bothReadout(
      { ...c, basis: 'b', sourceId: 'C' },
      { ...m, basis: 'b', sourceId: 'M' },
    );
    expect(both.exports).toEqual({ china: 100, mirror: 110, gap: 10 });
    expect(both.balance).toEqual({ china: 900, mirror: 830, gap: -70 });
    expect(bothReadout({ ...c, basis: 'b', sourceId: 'C' }, undefined).imports).toEqual({
      china: 1000,
      mirror: null,
      gap: null,
    });
  });

  it('formats a gap with its sign, and a missing one as "no data"', () => {
    expect(formatGap(12_300_000)).toBe('+$12.3 million');
    expect(formatGap(-360_000_000)).toBe('−$360 million');
    expect(formatGap(0)).toBe('$0');
    expect(formatGap(null)).toBe('no data');
  });
});
