import { describe, expect, it } from 'vitest';
import { loadCatalog, translator } from '../../data/i18n/messages';
import { gapSummary, gapsSentence } from './tradeModel';

const row = (year: number, sourceId: string | null) => ({ year, sourceId });

describe('the sentence on the years without figures', () => {
  const en = translator('en');

  it('lists the gaps as years and ranges, and is empty when every year has a figure', () => {
    expect(
      gapSummary([row(2001, null), row(2002, null), row(2003, 'S'), row(2005, null)], 'en'),
    ).toBe('2001–2002, 2005');
    expect(gapSummary([row(2001, 'S'), row(2002, 'S')], 'en')).toBe('');
  });

  it('says nothing when a series has no gap, rather than "no figures for no year"', () => {
    expect(gapsSentence(en, '', null)).toBe('');
    expect(gapsSentence(en, '', '')).toBe('');
    expect(gapsSentence(en, '1991', null)).toBe('No figures for 1991: the lines break there.');
  });

  it('with both reporters, names only the series that have gaps', () => {
    expect(gapsSentence(en, '1991', '2024')).toBe(
      'No China-reported figures for 1991, no mirror figures for 2024: the lines and the shading break there.',
    );
    expect(gapsSentence(en, '1991', '')).toBe(
      'No China-reported figures for 1991: the lines and the shading break there.',
    );
    expect(gapsSentence(en, '', '2024')).toBe(
      'No mirror figures for 2024: the lines and the shading break there.',
    );
  });

  it('says it in Russian and Chinese', async () => {
    await Promise.all([loadCatalog('ru'), loadCatalog('zh')]);
    expect(gapsSentence(translator('ru'), '', '2024')).toBe(
      'Нет зеркальных данных за 2024: линии и заливка там прерываются.',
    );
    expect(gapsSentence(translator('zh'), '1991', '')).toBe(
      '1991无中方报告数据：曲线和阴影在此中断。',
    );
  });
});
