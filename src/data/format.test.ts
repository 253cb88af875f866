import { describe, expect, it } from 'vitest';
import { formatBcm, formatPercent, formatUsd, formatUsdShort } from './format';

describe('formatUsd (three significant digits, words)', () => {
  it.each([
    [444815020, '$445 million'],
    [6071165280, '$6.07 billion'],
    [4049000, '$4.05 million'],
    [12517000, '$12.5 million'],
    [10035017358, '$10.0 billion'],
    [999_600_000, '$1.00 billion'],
    [414000, '$414 thousand'],
    [999, '$999'],
    [0, '$0'],
    [-5626350260, '−$5.63 billion'],
  ])('%d → %s', (value, text) => expect(formatUsd(value)).toBe(text));

  it('reads "no data" for a gap', () => {
    expect(formatUsd(undefined)).toBe('no data');
    expect(formatUsd(null)).toBe('no data');
    expect(formatUsd(Number.NaN)).toBe('no data');
  });
});

describe('formatUsdShort (axis ticks)', () => {
  it.each([
    [500_000_000, '$500M'],
    [2_000_000_000, '$2B'],
    [12_500_000_000, '$12.5B'],
    [1_000, '$1K'],
    [-3_000_000, '−$3M'],
  ])('%d → %s', (value, text) => expect(formatUsdShort(value)).toBe(text));
});

describe('formatBcm and formatPercent', () => {
  it('gives gas in bcm with one decimal', () => {
    expect(formatBcm(33.294)).toBe('33.3 bcm');
    expect(formatBcm(3.55)).toBe('3.6 bcm');
    expect(formatBcm(24.407)).toBe('24.4 bcm');
    expect(formatBcm(undefined)).toBe('no data');
  });
  it('gives shares as whole percent unless asked', () => {
    expect(formatPercent(66.6)).toBe('67%');
    expect(formatPercent(66.64, 1)).toBe('66.6%');
    expect(formatPercent(null)).toBe('no data');
  });
});

describe('formats in Russian and Chinese (Intl, the locale’s own words)', () => {
  it.each([
    [444815020, '445 млн долл.', '4.45亿美元'],
    [9520000000, '9,52 млрд долл.', '95.2亿美元'],
    [6071165280, '6,07 млрд долл.', '60.7亿美元'],
    [4049000, '4,05 млн долл.', '405万美元'],
    [999_600_000, '1,00 млрд долл.', '10.0亿美元'],
    [414000, '414 тыс. долл.', '41.4万美元'],
    [0, '0 долл.', '0美元'],
    [-5626350260, '−5,63 млрд долл.', '−56.3亿美元'],
  ])('%d → %s / %s', (value, ruText, zhText) => {
    // Intl keeps the number and its word together with a no-break space.
    expect(formatUsd(value, 'ru').replace(/\u00a0/g, ' ')).toBe(ruText);
    expect(formatUsd(value, 'zh')).toBe(zhText);
  });

  it('gives gas with one decimal in bcm, or exactly the same figure in 亿立方米', () => {
    expect(formatBcm(33.294, 'ru')).toBe('33,3 млрд м³');
    expect(formatBcm(3.55, 'ru')).toBe('3,6 млрд м³');
    expect(formatBcm(33.294, 'zh')).toBe('333亿立方米');
    expect(formatBcm(0.04, 'zh')).toBe('0亿立方米');
    expect(formatBcm(3.55, 'zh')).toBe('36亿立方米');
  });

  it('gives shares and gaps in the locale', () => {
    expect(formatPercent(66.6, 0, 'ru')).toBe('67\u00a0%');
    expect(formatPercent(66.64, 1, 'zh')).toBe('66.6%');
    expect(formatUsd(null, 'ru')).toBe('нет данных');
    expect(formatBcm(undefined, 'zh')).toBe('无数据');
  });
});
