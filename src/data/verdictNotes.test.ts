import { beforeAll, describe, expect, it } from 'vitest';
import { claim } from '@tests/support/dataset';
import { claimVerdict } from './claims';
import verdictsEn from './i18n/catalogs/verdicts/en.json';
import './i18n/later';
import { loadCatalog, translator } from './i18n/messages';
import type { Claim, Dataset } from './schema';
import { indexTrade } from './trade';
import {
  englishVerdictNote,
  formatClaimNumber,
  notePart,
  verdictNoteText,
  type NoteArg,
  type VerdictMessage,
  type VerdictNote,
} from './verdictNotes';

beforeAll(async () => {
  await Promise.all([loadCatalog('ru'), loadCatalog('zh')]);
});

const en = () => translator('en');

// Made-up trade: 2000 has a share (500 of 1000 total), 2001 only a total that is not DOTS.
const tiny = indexTrade({
  trade: [
    { year: 2000, reporter: 'china', exportsUsd: 100, importsUsd: 400, basis: 'x', sourceId: 'T' },
    { year: 2001, reporter: 'china', exportsUsd: 200, importsUsd: 400, basis: 'x', sourceId: 'T' },
  ],
  totalTrade: [
    { year: 2000, exportsUsd: 500, importsUsd: 500, sourceId: 'IMF_DOTS_TKM_WORLD' },
    { year: 2001, exportsUsd: 5000, importsUsd: 5000, sourceId: 'COW_NATIONAL_4' },
  ],
} satisfies Pick<Dataset, 'trade' | 'totalTrade'>);
const verdict = (over: Partial<Claim>) =>
  claimVerdict(claim({ year: 2000, value: 500, ...over }), tiny);
const share = (value: number, quote = 'Claim') =>
  verdict({ measure: 'china-share-of-tkm-trade', unit: 'percent', value, quote });

/** Sample values for every placeholder the catalog's English uses. */
const SAMPLE: Readonly<Record<string, NoteArg>> = {
  year: 2012,
  other: 2013,
  points: 32,
  value: { usd: 9_721_829_608 },
  otherValue: { usd: 10_030_000_000 },
  percent: { percent: 18.2, digits: 0 },
  min: { hedged: 63, unit: 'percent' },
  max: { hedged: 70, unit: 'percent' },
  hedge: { en: 'nearly' },
  reading: notePart('verdicts.reading.about', {
    hedge: { en: 'about' },
    value: { hedged: 5e9, unit: 'usd' },
    min: { hedged: 4.5e9, unit: 'usd' },
    max: { hedged: 5.5e9, unit: 'usd' },
  }),
  reporter: notePart('verdicts.reporter.mirror'),
  measure: notePart('verdicts.measure.bilateral-trade'),
  coverage: notePart('verdicts.coverage.series', {
    reporter: notePart('verdicts.reporter.china'),
    years: { years: [1994, 1992, 1993, 2023] },
  }),
  source: { en: 'IMF_DOTS_TKM_WORLD' },
  years: { years: [2001, 2002, 2003] },
  bcm: { bcm: 27.2 },
  code: { en: '27' },
  label: { en: 'Mineral fuels' },
  share: { percent: 99.24, digits: 1 },
  rest: { percent: 0.1, digits: 1 },
  upper: { percent: 0.4, digits: 1 },
};

describe('verdict notes in English', () => {
  it.each(Object.keys(verdictsEn) as VerdictMessage[])(
    '%s: the catalog’s English is the published English',
    (id) => {
      const placeholders = [...verdictsEn[id].matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]!);
      const values = Object.fromEntries(placeholders.map((p) => [p, SAMPLE[p]!]));
      const note: VerdictNote = [notePart(id, values)];
      expect(verdictNoteText(note, en(), 'en')).toBe(englishVerdictNote(note));
    },
  );

  it('keeps the notes as they were, word for word', () => {
    expect(verdict({ value: 500 }).note).toBe('The 2000 figure is $500.');
    expect(verdict({ value: 600 }).note).toBe(
      'The 2000 figure is $500; the claim matches the 2001 figure ($600).',
    );
    expect(verdict({ value: 900 }).note).toBe('The 2000 figure is $500. The claim is 80% higher.');
    expect(share(48.6).note).toBe('The 2000 figure is 50%. The claim is 1 percentage point lower.');
    expect(share(25).note).toBe('The 2000 figure is 50%. The claim is 25 percentage points lower.');
    expect(share(60, 'nearly 60%').note).toBe(
      'The 2000 figure is 50%. The claim is 10 percentage points higher. Tolerance: “nearly” 60% is read as 54% to 60% (up to a tenth below, not above).',
    );
    expect(verdict({ year: 1990 }).note).toBe(
      'No China-reported figure for bilateral trade (exports + imports) in 1990: the China-reported series covers 2000–2001.',
    );
    for (const v of [verdict({ value: 600 }), share(25), share(60, 'nearly 60%')])
      expect(verdictNoteText(v.noteParts, en(), 'en')).toBe(v.note);
  });
});

describe('verdict notes in Russian and Chinese', () => {
  // Intl puts no-break spaces in Russian numbers ("62,6 %"): compared as plain spaces.
  const ru = (note: VerdictNote) =>
    verdictNoteText(note, translator('ru'), 'ru').replace(/\s/g, ' ');
  const zh = (note: VerdictNote) => verdictNoteText(note, translator('zh'), 'zh');

  it('write the figures in the locale’s formats', () => {
    const v = verdict({ value: 900 });
    expect(ru(v.noteParts)).toBe('500 долл. — цифра за 2000 год. Утверждение выше на 80 %.');
    expect(zh(v.noteParts)).toBe('2000年的数据为500美元。该说法比数据高80%。');
    const other = verdict({ value: 600 });
    expect(ru(other.noteParts)).toBe(
      '500 долл. — цифра за 2000 год; утверждение совпадает с цифрой за 2001 год (600 долл.).',
    );
    expect(zh(other.noteParts)).toBe(
      '2000年的数据为500美元；该说法与2001年的数据（600美元）相符。',
    );
  });

  it('use real plurals for percentage points', () => {
    expect(ru(share(48.6).noteParts)).toContain('Утверждение ниже на 1 процентный пункт.');
    expect(ru(share(47).noteParts)).toContain('Утверждение ниже на 3 процентных пункта.');
    expect(ru(share(25).noteParts)).toContain('Утверждение ниже на 25 процентных пунктов.');
    expect(ru(share(71).noteParts)).toContain('Утверждение выше на 21 процентный пункт.');
    expect(zh(share(25).noteParts)).toBe('2000年的数据为50%。该说法比数据低25个百分点。');
  });

  it('read a hedge with the article’s word and the locale’s numbers', () => {
    const v = share(69.5, 'nearly 69.5%');
    expect(ru(v.noteParts)).toContain(
      'Допуск: «nearly» («почти») 69,5 % понимается как от 62,6 % до 69,5 % (до десятой доли ниже, но не выше).',
    );
    expect(zh(v.noteParts)).toContain(
      '容差：“nearly”（将近）69.5%理解为62.6%至69.5%（最多低十分之一，不高于该值）。',
    );
  });

  it('say why a claim cannot be checked, naming the reporter and the years', () => {
    const gap = verdict({ year: 1990 });
    expect(ru(gap.noteParts)).toBe(
      'Нет цифры (по данным Китая) по показателю «двусторонняя торговля (экспорт + импорт)» за 1990 год: ряд (по данным Китая) охватывает 2000–2001 годы.',
    );
    expect(zh(gap.noteParts)).toBe(
      '中方报告数据中没有1990年“双边贸易（出口+进口）”的数值：中方报告序列覆盖2000–2001年。',
    );
  });
});

describe('formatClaimNumber', () => {
  it('keeps at most one decimal, in the locale', () => {
    expect(formatClaimNumber(63, 'percent')).toBe('63%');
    expect(formatClaimNumber(62.55, 'percent', 'ru')).toBe('62,6\u00a0%');
    expect(formatClaimNumber(63, 'percent', 'zh')).toBe('63%');
    expect(formatClaimNumber(58.5, 'bcm-per-year')).toBe('58.5 bcm');
    expect(formatClaimNumber(58.5, 'bcm-per-year', 'ru')).toBe('58,5 млрд м³');
    expect(formatClaimNumber(4.5e9, 'usd', 'zh')).toBe('45.0亿美元');
  });
});
