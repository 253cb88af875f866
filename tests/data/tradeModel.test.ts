import { describe, expect, it } from 'vitest';
import { realModel } from '@tests/support/realData';
import {
  chartRows,
  isIsolated,
  linearDomain,
  linearTicks,
  niceStep,
  logDomain,
  logTicks,
  logScaleRows,
  logZeroNote,
  shareRows,
  sourceIdsOf,
  yearFraction,
  yearAtX,
  yearTicks,
} from '../../src/features/trade/tradeModel';
import { checkedClaims } from '../../src/features/trade/tradeClaims';
import { loadCatalog, translator } from '../../src/data/i18n/messages';

const model = realModel();
const { dataset, minYear, maxYear } = model;

describe('chartRows', () => {
  const rows = chartRows(model.trade, 'china', minYear, maxYear);

  it('covers every year of the model, with nulls in gaps (never interpolated)', () => {
    expect(rows.map((r) => r.year)).toEqual(
      Array.from({ length: maxYear - minYear + 1 }, (_, i) => minYear + i),
    );
    for (const y of [1991, 2021, 2022, 2024, 2025]) {
      expect(rows.find((r) => r.year === y)).toEqual({
        year: y,
        exports: null,
        imports: null,
        balance: null,
        sourceId: null,
      });
    }
  });

  it('computes the balance as imports minus exports and keeps the row’s source', () => {
    expect(rows.find((r) => r.year === 2020)).toEqual({
      year: 2020,
      exports: 444_815_020,
      imports: 6_071_165_280,
      balance: 6_071_165_280 - 444_815_020,
      sourceId: 'IMF_DOTS_CHN',
    });
    expect(rows.find((r) => r.year === 1998)!.balance).toBe(2_223_000 - 10_294_000);
    expect(rows.find((r) => r.year === 2023)!.sourceId).toBe('NEWS_GACC_2023');
  });

  it('lists the sources in use', () => {
    expect(sourceIdsOf(rows)).toEqual(['IMF_DOTS_CHN', 'NEWS_GACC_2023']);
    expect(sourceIdsOf(chartRows(model.trade, 'mirror', minYear, maxYear))).toEqual([
      'IMF_DOTS_TKM',
    ]);
  });
});

describe('shareRows', () => {
  it('divides bilateral trade by the DOTS world total; none after 2020', () => {
    const rows = shareRows(model.trade, 'china', minYear, maxYear);
    expect(rows.find((r) => r.year === 2020)!.share).toBeCloseTo(66.58, 1);
    expect(rows.find((r) => r.year === 2023)!.share).toBeNull();
    expect(rows.find((r) => r.year === 1991)!.share).toBeNull();
    const mirror = shareRows(model.trade, 'mirror', minYear, maxYear);
    expect(mirror.find((r) => r.year === 2020)!.share).toBeCloseTo(49.77, 1);
  });
});

describe('layout helpers', () => {
  it('finds isolated points, which need a dot to be seen', () => {
    const v = [null, 1, 2, null, 3, null];
    expect(v.map((_, i) => isIsolated(v, i))).toEqual([false, false, false, false, true, false]);
  });

  it('gives fewer year ticks on narrow charts', () => {
    expect(yearTicks(1991, 2025, 900)).toEqual([1995, 2000, 2005, 2010, 2015, 2020, 2025]);
    expect(yearTicks(1991, 2025, 340)).toEqual([2000, 2010, 2020]);
  });

  it('builds a log domain of whole powers of ten', () => {
    expect(logDomain([null, 387_603, 9_600_000_000, -5])).toEqual([1e5, 1e10]);
    expect(logTicks([1e5, 1e10])).toEqual([1e5, 1e6, 1e7, 1e8, 1e9, 1e10]);
    expect(logTicks([1e5, 1e10], true)).toEqual([1e5, 1e7, 1e9]);
    expect(logDomain([])).toEqual([1, 10]);
  });

  it('places years along the plot', () => {
    expect(yearFraction(1991, 1991, 2025)).toBe(0);
    expect(yearFraction(2025, 1991, 2025)).toBe(1);
  });
});

describe('checkedClaims', () => {
  it('checks the trade claims in year order and leaves gas claims to other views', () => {
    const claims = checkedClaims(dataset.claims, model.trade, 'china');
    expect(claims.map((c) => `${c.claim.year} ${c.result.verdict}`)).toEqual([
      '1998 matches',
      '2012 differs',
      '2012 cannot be checked',
      '2013 differs',
      '2016 cannot be checked',
      '2017 differs',
      '2017 differs',
      '2020 matches',
      '2020 differs',
      '2022 cannot be checked',
    ]);
    expect(claims.some((c) => c.claim.measure === 'gas-supply-target')).toBe(false);
  });
});

describe('linear ticks', () => {
  it('are round numbers that cover the data, zero included', () => {
    expect(linearTicks(-877e6, 23.6e9, 5)).toEqual([-5e9, 0, 5e9, 10e9, 15e9, 20e9, 25e9]);
    expect(linearTicks(0, 9.6e9, 4)).toEqual([0, 2.5e9, 5e9, 7.5e9, 10e9]);
    expect(niceStep(0, 5)).toBe(1);
  });
});

describe('yearAtX', () => {
  it('maps a position on the plot to the nearest year, clamped', () => {
    expect(yearAtX(64, 64, 340, 1991, 2025)).toBe(1991);
    expect(yearAtX(64 + 340, 64, 340, 1991, 2025)).toBe(2025);
    expect(yearAtX(64 + 145, 64, 340, 1991, 2025)).toBe(2006);
    expect(yearAtX(0, 64, 340, 1991, 2025)).toBe(1991);
    expect(yearAtX(900, 64, 340, 1991, 2025)).toBe(2025);
    expect(yearAtX(100, 64, 0, 1991, 2025)).toBe(1991);
  });
});

describe('linearDomain', () => {
  it('ends at a round top and goes below zero only as far as the data', () => {
    const [lo, hi] = linearDomain([-877e6, 23.6e9], 5);
    expect(hi).toBe(25e9);
    expect(lo).toBeLessThan(-877e6);
    expect(lo).toBeGreaterThan(-2e9);
    expect(linearDomain([5, 9], 5)).toEqual([0, 10]);
  });
});

describe('zeros on the log scale', () => {
  const row = (year: number, exports: number | null, imports: number | null) => ({
    year,
    exports,
    imports,
    balance: exports === null || imports === null ? null : imports - exports,
    sourceId: exports === null ? null : 'IMF_DOTS_CHN',
  });
  const rows = [row(1995, 0, 5), row(1996, 4, 0), row(1997, 0, 7), row(1998, null, null)];

  it('says which values are zero, as the log scale cannot draw them', () => {
    const en = translator('en');
    expect(logZeroNote(rows, en, 'en')).toBe(
      'On the log scale a zero cannot be drawn: China’s exports in 1995, 1997 and China’s imports in 1996 are $0, so the line breaks there too (the table shows it).',
    );
    expect(logZeroNote([row(2000, 0, 3)], en, 'en')).toBe(
      'On the log scale a zero cannot be drawn: China’s exports in 2000 is $0, so the line breaks there too (the table shows it).',
    );
    expect(logZeroNote([row(2000, 3, 0), row(2001, 4, 0)], en, 'en')).toMatch(
      /: China’s imports in 2000–2001 are \$0, so/,
    );
    expect(logZeroNote([row(2000, 2, 3), row(2001, null, null)], en, 'en')).toBe('');
  });

  it('says it in Russian, with the verb agreeing with the number of values', async () => {
    await loadCatalog('ru');
    const ru = translator('ru');
    expect(logZeroNote(rows, ru, 'ru')).toBe(
      'На логарифмической шкале ноль изобразить нельзя, а нулю равны значения экспорта Китая (1995, 1997) и импорта Китая (1996), поэтому линия там тоже прерывается (нули показаны в таблице).',
    );
    expect(logZeroNote([row(2000, 0, 3)], ru, 'ru')).toBe(
      'На логарифмической шкале ноль изобразить нельзя, а нулю равно значение экспорта Китая (2000), поэтому линия там тоже прерывается (нули показаны в таблице).',
    );
    expect(logZeroNote([row(2000, 3, 0), row(2001, 4, 0)], ru, 'ru')).toMatch(
      /нулю равны значения импорта Китая \(2000–2001\),/,
    );
    expect(logZeroNote([row(2000, 2, 3)], ru, 'ru')).toBe('');
  });

  it('says it in Chinese, with no English left', async () => {
    await loadCatalog('zh');
    const zh = translator('zh');
    expect(logZeroNote(rows, zh, 'zh')).toBe(
      '对数刻度无法绘制零值：中国1995、1997年的出口和中国1996年的进口均为零，因此曲线在此处也中断（表格中列出了这些零值）。',
    );
    expect(logZeroNote([row(2000, 0, 3)], zh, 'zh')).toBe(
      '对数刻度无法绘制零值：中国2000年的出口为零，因此曲线在此处也中断（表格中列出了这些零值）。',
    );
    expect(logZeroNote([row(2000, 2, 3)], zh, 'zh')).toBe('');
  });

  it('draws a zero as a gap on the log scale, and leaves other rows alone', () => {
    const drawn = logScaleRows(rows);
    expect(drawn.map((r) => [r.exports, r.imports])).toEqual([
      [null, 5],
      [4, null],
      [null, 7],
      [null, null],
    ]);
    const plain = [row(2000, 2, 3)];
    expect(logScaleRows(plain)).toBe(plain);
  });
});
