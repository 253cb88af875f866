import { describe, expect, it } from 'vitest';
import { localizeModel } from '../../data/i18n/localizedModel';
import { createExplorerStore } from '../../store/explorerStore';
import { buildTestModel } from '@tests/support/dataset';
import { selectTradeFacts, selectTradeGaps } from './selectors';
import { tradeFacts } from './tradeModel';

/** 2000–2006: no China-reported figures for 2001, 2002 and 2005; no total trade for 2003. */
const english = buildTestModel({
  years: [2000, 2006],
  edit: (records) => {
    records.trade = records.trade.filter(
      (r) => r.reporter !== 'china' || ![2001, 2002, 2005].includes(r.year),
    );
    records.totalTrade = records.totalTrade.filter((r) => r.year !== 2003);
  },
});

describe('year lists follow the model’s language', () => {
  it('lists the gaps with the enumeration comma in Chinese and with commas otherwise', () => {
    const zh = localizeModel(english, 'zh', { ok: true, content: { locale: 'zh' } });
    const ru = localizeModel(english, 'ru', { ok: true, content: { locale: 'ru' } });
    expect(selectTradeGaps(createExplorerStore(english).getState())).toBe('2001–2002, 2005');
    expect(selectTradeGaps(createExplorerStore(ru).getState())).toBe('2001–2002, 2005');
    expect(selectTradeGaps(createExplorerStore(zh).getState())).toBe('2001–2002、2005');
  });

  it('writes the trade notes’ year lists in the model’s language', () => {
    const zh = localizeModel(english, 'zh', { ok: true, content: { locale: 'zh' } });
    expect(tradeFacts(english).totalYears).toBe('2000–2002, 2004–2006');
    expect(tradeFacts(zh).totalYears).toBe('2000–2002、2004–2006');
    expect(selectTradeFacts(createExplorerStore(zh).getState()).totalYears).not.toMatch(/, /);
  });
});
