import { describe, expect, it } from 'vitest';
import { realModel } from '@tests/support/realData';
import { createExplorerStore } from '../../src/store/explorerStore';
import * as sel from '../../src/features/trade/selectors';
import { selectCheckedClaims } from '../../src/features/trade/tradeClaims';

const store = () => createExplorerStore(realModel(), { year: 2019 });

describe('trade selectors', () => {
  it('return the same rows, shares and claims through a year step, new ones for a new reporter', () => {
    const s = store();
    const before = s.getState();
    const rows = sel.selectTradeRows(before);
    const shares = sel.selectShareRows(before);
    const claims = selectCheckedClaims(before);
    const table = sel.selectTradeTableRows(before);
    s.getState().setYear(2020);
    const after = s.getState();
    expect(sel.selectTradeRows(after)).toBe(rows);
    expect(sel.selectShareRows(after)).toBe(shares);
    expect(selectCheckedClaims(after)).toBe(claims);
    expect(sel.selectTradeTableRows(after)).toBe(table);
    s.getState().setReporter('mirror');
    expect(sel.selectTradeRows(s.getState())).not.toBe(rows);
    expect(sel.selectTradeRows(s.getState())[0]?.sourceId).toBe(null); // 1991: a gap
  });

  it('reads out the year with the one share computation, and keeps the answer for equal inputs', () => {
    const s = store();
    s.getState().setYear(2020);
    const readout = sel.selectTradeReadout(s.getState());
    expect(readout).toMatchObject({ year: 2020, reporter: 'china', lowConfidence: false });
    expect(readout.share?.value).toBeCloseTo(66.6, 1);
    expect(readout.share?.sourceIds).toEqual(['IMF_DOTS_CHN', 'IMF_DOTS_TKM_WORLD']);
    s.getState().setSpeed(4); // another part of the state changes
    expect(sel.selectTradeReadout(s.getState())).toBe(readout);
    s.getState().setYear(2023);
    expect(sel.selectTradeReadout(s.getState())).toMatchObject({
      lowConfidence: true,
      share: null,
    });
    // The share line gives the same value as the readout for that year.
    const share2020 = sel.selectShareRows(s.getState()).find((r) => r.year === 2020)?.share;
    expect(share2020).toBe(readout.share?.value);
  });

  it('derives the notes’ facts once per dataset', () => {
    const s = store();
    const facts = sel.selectTradeFacts(s.getState());
    expect(facts).toMatchObject({
      firstGasYear: 2010,
      mirrorSourceIds: ['IMF_DOTS_TKM'],
      mirrorDerivedYears: '2004–2019',
      totalYears: '1992–2020',
      otherTotalSourceIds: ['COW_NATIONAL_4'],
      lowConfidenceYears: { china: { text: '2023', count: 1 } },
    });
    s.getState().setReporter('mirror');
    s.getState().setYear(2001);
    expect(sel.selectTradeFacts(s.getState())).toBe(facts);
  });

  it('gives "Both" China’s figures for claims and shares, and both series with the gaps', () => {
    const s = store();
    const china = selectCheckedClaims(s.getState());
    const both = sel.selectBothRows(s.getState());
    s.getState().setReporter('both');
    expect(sel.selectDataReporter(s.getState())).toBe('china');
    expect(selectCheckedClaims(s.getState())).toBe(china);
    // Built once per dataset: the same rows through reporter changes and year steps.
    expect(sel.selectBothRows(s.getState())).toBe(both);
    s.getState().setYear(2020);
    expect(sel.selectBothRows(s.getState())).toBe(both);
    const r2020 = both.find((r) => r.year === 2020)!;
    expect(r2020.chinaImports).toBe(6_071_165_280);
    expect(r2020.mirrorImports).toBe(4_444_088_132);
    expect(r2020.importsGap).toBe(4_444_088_132 - 6_071_165_280);
    // 2023: a China-reported news figure, no mirror: the gap is a gap.
    expect(both.find((r) => r.year === 2023)).toMatchObject({
      mirrorImports: null,
      importsGap: null,
    });
    const readout = sel.selectTradeReadout(s.getState());
    expect(readout.reporter).toBe('china');
    expect(readout.both?.imports).toEqual({
      china: 6_071_165_280,
      mirror: 4_444_088_132,
      gap: 4_444_088_132 - 6_071_165_280,
    });
    expect(sel.selectTradeSourceIds(s.getState())).toEqual(
      expect.arrayContaining(['IMF_DOTS_CHN', 'IMF_DOTS_TKM']),
    );
    s.getState().setReporter('china');
    expect(sel.selectTradeReadout(s.getState()).both).toBeNull();
  });
});
