// The computed verdict notes of the article's claims, on the shipped data, in each language.
import { beforeAll, describe, expect, it } from 'vitest';
import { claimVerdict } from '../../src/data/claims';
import { checkAllClaims } from '../../src/data/claimsEnergy';
import { loadCatalog, translator } from '../../src/data/i18n/messages';
import '../../src/data/i18n/later';
import { indexTrade } from '../../src/data/trade';
import { verdictNoteText } from '../../src/data/verdictNotes';
import { realEnergy, realModel } from '@tests/support/realData';

beforeAll(async () => {
  await Promise.all([loadCatalog('ru'), loadCatalog('zh')]);
});

const checked = () => checkAllClaims(realModel().dataset, realEnergy().dataset);
const mirror = () => {
  const { dataset } = realModel();
  const trade = indexTrade(dataset);
  return dataset.claims.map((claim) => ({ claim, result: claimVerdict(claim, trade, 'mirror') }));
};
const byId = (id: string) => checked().find((c) => c.claim.id === id)!.result.noteParts;
const ru = (id: string) => verdictNoteText(byId(id), translator('ru'), 'ru').replace(/\s/g, ' ');
const zh = (id: string) => verdictNoteText(byId(id), translator('zh'), 'zh');

/** English words a translated note keeps: the article's hedges, an HS chapter's own label, the
 * Statistical Review's title, source ids. */
const KEPT =
  /\b(nearly|about|more than|mainly|Mineral fuels, mineral oils and products of their distillation|Statistical Review|HS|[A-Z_]+)\b/g;

describe('the article’s claims’ notes', () => {
  it('read in English through the catalog exactly as published (claims.csv)', () => {
    const all = [...checked(), ...mirror()];
    expect(all.length).toBeGreaterThan(20);
    for (const { result } of all)
      expect(verdictNoteText(result.noteParts, translator('en'), 'en')).toBe(result.note);
  });

  it('are in Russian and Chinese with no English left but what is quoted', () => {
    for (const { result } of [...checked(), ...mirror()])
      for (const locale of ['ru', 'zh'] as const) {
        const text = verdictNoteText(result.noteParts, translator(locale), locale);
        expect(text.replace(KEPT, '')).not.toMatch(/[A-Za-z]{2,}/);
      }
  });

  it('write the figures in Russian', () => {
    expect(ru('claim-2012-bilateral-trade')).toBe(
      '9,72 млрд долл. — цифра за 2012 год; утверждение совпадает с цифрой за 2013 год (10,0 млрд долл.).',
    );
    expect(ru('claim-2017-china-share-of-tkm-trade')).toBe(
      '57 % — цифра за 2017 год. Утверждение ниже на 32 процентных пункта.',
    );
    expect(ru('claim-2016-gas-supply-target')).toBe(
      '29,4 млрд м³ поставлено в Китай — цифра за 2016 год. Утверждение выше на 121 %. Источники относят эту цель к 2020 году; поставки газа в Китай в 2020 году: 27,2 млрд м³.',
    );
    expect(ru('claim-2022-china-share-of-tkm-trade')).toBe(
      'Нет цифры (по данным Китая) по показателю «доля Китая в общем товарообороте Туркменистана» за 2022 год: общий товарооборот Туркменистана (IMF_DOTS_TKM_WORLD) охватывает 1992–2020 годы.',
    );
  });

  it('write the figures in Chinese, with 亿 and no spaces between sentences', () => {
    expect(zh('claim-2012-bilateral-trade')).toBe(
      '2012年的数据为97.2亿美元；该说法与2013年的数据（100亿美元）相符。',
    );
    expect(zh('claim-2009-gas-exports-via-russia-share')).toBe(
      '2009年的数据为63.7%。容差：“nearly”（将近）70%理解为63%至70%（最多低十分之一，不高于该值）。2009年是数据首次涵盖俄罗斯的年份；更早的年份无法核对。',
    );
    expect(zh('claim-2016-gas-supply-target')).toContain('2016年的数据为294亿立方米（输往中国）。');
  });
});
